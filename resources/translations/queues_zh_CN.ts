<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../app/ui/queues/detail_pane.py" line="55"/>
        <location filename="../../app/ui/queues/detail_pane.py" line="91"/>
        <source>No order selected</source>
        <translation>未选择工单</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/detail_pane.py" line="66"/>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/detail_pane.py" line="71"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/detail_pane.py" line="71"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/detail_pane.py" line="71"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/detail_pane.py" line="71"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/detail_pane.py" line="104"/>
        <source>Customer</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/detail_pane.py" line="105"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/detail_pane.py" line="105"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/detail_pane.py" line="106"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/detail_pane.py" line="106"/>
        <source>Level %1</source>
        <translation>%1级</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/detail_pane.py" line="108"/>
        <source>Unit</source>
        <translation>执行单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/detail_pane.py" line="108"/>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/detail_pane.py" line="109"/>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/detail_pane.py" line="110"/>
        <source>Due</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/detail_pane.py" line="111"/>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/detail_pane.py" line="114"/>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/detail_pane.py" line="116"/>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../app/ui/queues/filter_bar.py" line="37"/>
        <source>Order number GD…, phone, address or words  (/ or Ctrl+F)</source>
        <translation>工单号 GD…、电话、地址或内容（/ 或 Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/filter_bar.py" line="40"/>
        <source>Any category</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/filter_bar.py" line="42"/>
        <source>Any level</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/filter_bar.py" line="43"/>
        <source>Level %1</source>
        <translation>%1级</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/filter_bar.py" line="45"/>
        <source>Any unit</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/filter_bar.py" line="47"/>
        <source>Any estate</source>
        <translation>全部小区</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/filter_bar.py" line="48"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/filter_bar.py" line="50"/>
        <source>Queue order</source>
        <translation>默认排序</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/filter_bar.py" line="52"/>
        <source>&amp;Newest first</source>
        <translation>倒序(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/filter_bar.py" line="60"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>QueueActions</name>
    <message>
        <location filename="../../app/ui/queues/actions.py" line="47"/>
        <source>&amp;Claim</source>
        <translation>认领(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/actions.py" line="52"/>
        <source>&amp;Dispatch…</source>
        <translation>派单(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/actions.py" line="57"/>
        <source>&amp;Start work</source>
        <translation>开始处理(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/actions.py" line="62"/>
        <source>&amp;Pause…</source>
        <translation>暂停(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/actions.py" line="67"/>
        <source>Res&amp;ume</source>
        <translation>恢复(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/actions.py" line="72"/>
        <source>&amp;Escalate…</source>
        <translation>升级(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/actions.py" line="77"/>
        <source>Resol&amp;ve…</source>
        <translation>办结(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/actions.py" line="82"/>
        <source>Call&amp;back…</source>
        <translation>回访(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/actions.py" line="87"/>
        <source>C&amp;lose</source>
        <translation>结案(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/actions.py" line="145"/>
        <source>Another desk changed this order meanwhile; nothing was saved. The order has been reloaded.</source>
        <translation>其他坐席刚修改了此工单，本次操作未保存，已重新载入工单。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/actions.py" line="155"/>
        <source>%1 already holds this order.</source>
        <translation>该工单已由%1认领。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/actions.py" line="159"/>
        <source>This order is finished.</source>
        <translation>该工单已办结。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/actions.py" line="165"/>
        <source>This step does not apply to an order that is %1.</source>
        <translation>状态为“%1”的工单不能执行此操作。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/actions.py" line="175"/>
        <source>You may not do this, or the order no longer exists.</source>
        <translation>您无权执行此操作，或该工单已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/actions.py" line="182"/>
        <source>The database cannot be reached; nothing was saved.</source>
        <translation>无法连接数据库，未保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/actions.py" line="203"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/actions.py" line="212"/>
        <source>Dispatch</source>
        <translation>派单</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/actions.py" line="213"/>
        <source>Executing unit:</source>
        <translation>执行单位：</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/actions.py" line="227"/>
        <location filename="../../app/ui/queues/actions.py" line="237"/>
        <location filename="../../app/ui/queues/actions.py" line="243"/>
        <source>Resolve</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/actions.py" line="228"/>
        <source>Responsibility:</source>
        <translation>责任归属：</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/actions.py" line="238"/>
        <source>Which third party:</source>
        <translation>第三方名称：</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/actions.py" line="244"/>
        <source>What was done:</source>
        <translation>处理结果：</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/actions.py" line="255"/>
        <source>Not reached</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/actions.py" line="258"/>
        <location filename="../../app/ui/queues/actions.py" line="266"/>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/actions.py" line="259"/>
        <source>Customer&apos;s satisfaction:</source>
        <translation>用户满意度：</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/actions.py" line="267"/>
        <source>The customer&apos;s words:</source>
        <translation>用户原话：</translation>
    </message>
</context>
<context>
    <name>QueueLabels</name>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="20"/>
        <source>My orders</source>
        <translation>我的工单</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="21"/>
        <source>My unit&apos;s orders</source>
        <translation>本单位工单</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="22"/>
        <source>All open orders</source>
        <translation>全部未结工单</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="23"/>
        <location filename="../../app/ui/queues/labels.py" line="53"/>
        <source>Due within the hour</source>
        <translation>一小时内到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="24"/>
        <location filename="../../app/ui/queues/labels.py" line="52"/>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="25"/>
        <source>Awaiting callback</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="26"/>
        <source>Closed today</source>
        <translation>今日结案</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="32"/>
        <source>Due time</source>
        <translation>按时限</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="33"/>
        <source>Received time</source>
        <translation>按受理时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="34"/>
        <location filename="../../app/ui/queues/labels.py" line="90"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="54"/>
        <source>Deadline paused: waiting for the customer</source>
        <translation>时限已暂停：等待用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="63"/>
        <source>Created</source>
        <translation>建单</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="64"/>
        <source>Edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="65"/>
        <source>Dispatched</source>
        <translation>派单</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="66"/>
        <source>Claimed</source>
        <translation>认领</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="67"/>
        <source>Released</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="68"/>
        <source>Work started</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="69"/>
        <source>Resolved</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="70"/>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="71"/>
        <source>Reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="72"/>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="73"/>
        <source>Paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="74"/>
        <source>Resumed</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="75"/>
        <source>Escalated</source>
        <translation>升级至值班长</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="76"/>
        <source>Became overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="77"/>
        <source>Opened as a case</source>
        <translation>转为个案</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="78"/>
        <source>Customer urged</source>
        <translation>用户催办</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="79"/>
        <source>Followed up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="80"/>
        <source>Linked to an incident</source>
        <translation>关联事件</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="87"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="88"/>
        <source>Due</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="89"/>
        <source>Paused at</source>
        <translation>暂停时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="91"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="92"/>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="93"/>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="94"/>
        <source>Responsibility</source>
        <translation>责任归属</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="95"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="96"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="97"/>
        <source>Customer&apos;s words</source>
        <translation>用户意见</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="98"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="99"/>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="100"/>
        <source>Escalation reason</source>
        <translation>升级原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="101"/>
        <source>Third party</source>
        <translation>第三方</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="102"/>
        <source>Closed at</source>
        <translation>结案时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="103"/>
        <source>Resolved at</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="110"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="111"/>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="112"/>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/labels.py" line="113"/>
        <source>Very dissatisfied</source>
        <translation>很不满意</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../app/ui/queues/table_model.py" line="101"/>
        <source>Order</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/table_model.py" line="101"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/table_model.py" line="102"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/table_model.py" line="101"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/table_model.py" line="102"/>
        <source>Customer</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/table_model.py" line="102"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/table_model.py" line="103"/>
        <source>Unit</source>
        <translation>执行单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/table_model.py" line="103"/>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/table_model.py" line="101"/>
        <source>Due</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/table_model.py" line="103"/>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/table_model.py" line="104"/>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/table_model.py" line="126"/>
        <source> (%1 min late)</source>
        <translation>（超时%1分钟）</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/table_model.py" line="128"/>
        <source> (%1 min left)</source>
        <translation>（剩%1分钟）</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/table_model.py" line="141"/>
        <source> (paused)</source>
        <translation>（已暂停）</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/table_model.py" line="143"/>
        <source> (escalated)</source>
        <translation>（已升级）</translation>
    </message>
</context>
<context>
    <name>QueueWindow</name>
    <message>
        <location filename="../../app/ui/queues/queue_window.py" line="45"/>
        <source>Work-order queues</source>
        <translation>工单队列</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/queue_window.py" line="142"/>
        <source>The database cannot be reached; showing the last rows read. F5 tries again.</source>
        <translation>无法连接数据库，显示的是上次读取的数据。按 F5 重试。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/queue_window.py" line="146"/>
        <source>, more below</source>
        <translation>，向下滚动加载更多</translation>
    </message>
    <message>
        <location filename="../../app/ui/queues/queue_window.py" line="147"/>
        <source>%1: %2 shown%3</source>
        <translation>%1：显示 %2 条%3</translation>
    </message>
</context>
<context>
    <name>Queues</name>
    <message>
        <location filename="../../app/ui/queues/install.py" line="27"/>
        <source>Work-order queues</source>
        <translation>工单队列</translation>
    </message>
</context>
</TS>
