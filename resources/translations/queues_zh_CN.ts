<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>CaseDialog</name>
        <message>
            <location filename="../../app/ui/tickets/case_dialog.py" line="45" />
            <source>Open a case: %1</source>
            <translation>转为个案：%1</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/case_dialog.py" line="48" />
            <source>— choose —</source>
            <translation>— 请选择 —</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/case_dialog.py" line="56" />
            <source>A question that cannot be answered at once: a responsible person holds it and calls the customer back by the promised time (rule 3.6.2).</source>
            <translation>不能当即答复的问题：由责任人负责，并在承诺时间前回复用户（第 3.6.2 条）。</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/case_dialog.py" line="59" />
            <source>&amp;Responsible person</source>
            <translation>责任人(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/case_dialog.py" line="60" />
            <source>&amp;Call back by</source>
            <translation>回访期限(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/case_dialog.py" line="92" />
            <source>Another desk changed this order meanwhile; nothing was saved. Close and look again.</source>
            <translation>其他坐席刚修改了此工单，未保存任何内容。请关闭后重新查看。</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/case_dialog.py" line="95" />
            <source>A case can only be opened for an unfinished order.</source>
            <translation>只有未处理完成的工单才能转为个案。</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/case_dialog.py" line="97" />
            <source>The database cannot be reached; nothing was saved.</source>
            <translation>无法连接数据库，未保存任何内容。</translation>
        </message>
        <message>
            <source>The number to call the customer back on</source>
            <translation>回电所用的客户电话</translation>
        </message>
        <message>
            <source>Customer's &amp;phone</source>
            <translation>客户电话(&amp;P)</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <location filename="../../app/ui/tickets/detail_pane.py" line="56" />
            <location filename="../../app/ui/tickets/detail_pane.py" line="91" />
            <source>No order selected</source>
            <translation>未选择工单</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/detail_pane.py" line="66" />
            <source>History</source>
            <translation>处理记录</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/detail_pane.py" line="71" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/detail_pane.py" line="71" />
            <source>By</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/detail_pane.py" line="71" />
            <source>Step</source>
            <translation>步骤</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/detail_pane.py" line="71" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/detail_pane.py" line="105" />
            <source>Customer</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/detail_pane.py" line="106" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/detail_pane.py" line="106" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/detail_pane.py" line="107" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/detail_pane.py" line="107" />
            <source>Level %1</source>
            <translation>%1级</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/detail_pane.py" line="109" />
            <source>Unit</source>
            <translation>执行单位</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/detail_pane.py" line="109" />
            <source>Assignee</source>
            <translation>处理人</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/detail_pane.py" line="110" />
            <source>Received</source>
            <translation>受理时间</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/detail_pane.py" line="111" />
            <source>Due</source>
            <translation>时限</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/detail_pane.py" line="112" />
            <source>Description</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/detail_pane.py" line="115" />
            <source>Case</source>
            <translation>个案</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/detail_pane.py" line="115" />
            <source>held by %1</source>
            <translation>由 %1 负责</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/detail_pane.py" line="118" />
            <source>Call back by</source>
            <translation>回访期限</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/detail_pane.py" line="120" />
            <source>Resolution</source>
            <translation>处理结果</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/detail_pane.py" line="122" />
            <source>Closed</source>
            <translation>已结案</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/detail_pane.py" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/detail_pane.py" />
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/detail_pane.py" />
            <source>System</source>
            <translation>系统</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../app/ui/tickets/filter_bar.py" line="39" />
            <source>Order number GD…, phone, address or words  (/ or Ctrl+F)</source>
            <translation>工单号 GD…、电话、地址或内容（/ 或 Ctrl+F）</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/filter_bar.py" line="42" />
            <source>Any category</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/filter_bar.py" line="44" />
            <source>Any level</source>
            <translation>全部等级</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/filter_bar.py" line="45" />
            <source>Level %1</source>
            <translation>%1级</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/filter_bar.py" line="47" />
            <source>Any unit</source>
            <translation>全部单位</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/filter_bar.py" line="49" />
            <source>Any estate</source>
            <translation>全部小区</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/filter_bar.py" line="50" />
            <source>Any status</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/filter_bar.py" line="52" />
            <source>Queue order</source>
            <translation>默认排序</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/filter_bar.py" line="54" />
            <source>&amp;Newest first</source>
            <translation>倒序(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/filter_bar.py" line="62" />
            <source>Search (Ctrl+F):</source>
            <translation>搜索(Ctrl+F)：</translation>
        </message>
        <message>
            <source>No estate named %1</source>
            <translation>没有名为%1的小区</translation>
        </message>
        <message>
            <source>The estates are still being read</source>
            <translation>小区列表正在读取</translation>
        </message>
    </context>
    <context>
        <name>IncidentFormView</name>
        <message>
            <location filename="../../app/ui/tickets/incident_form.py" line="48" />
            <source>New incident (Ctrl+N, save with Ctrl+S)</source>
            <translation>新建事故（Ctrl+N，Ctrl+S 保存）</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/incident_form.py" line="56" />
            <source>e.g. Pipe burst at buildings 3 and 4</source>
            <translation>例如：3、4号楼供热管道爆裂</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/incident_form.py" line="58" />
            <source>(choose a unit)</source>
            <translation>（请选择执行单位）</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/incident_form.py" line="64" />
            <source>e.g. 3, 4 (empty: the whole estate)</source>
            <translation>例如 3，4（留空：整个小区）</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/incident_form.py" line="67" />
            <source>Open incident</source>
            <translation>建立事故</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/incident_form.py" line="73" />
            <source>&amp;Kind</source>
            <translation>类型(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/incident_form.py" line="74" />
            <source>&amp;Title</source>
            <translation>标题(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/incident_form.py" line="75" />
            <source>&amp;Unit</source>
            <translation>执行单位(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/incident_form.py" line="76" />
            <source>&amp;Estate</source>
            <translation>小区(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/incident_form.py" line="77" />
            <source>&amp;Buildings</source>
            <translation>楼号(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/incident_form.py" line="78" />
            <source>E&amp;xpected end</source>
            <translation>预计恢复(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/incident_form.py" line="80" />
            <source>&amp;Description</source>
            <translation>说明(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>IncidentsWindow</name>
        <message>
            <location filename="../../app/ui/tickets/incidents_window.py" line="64" />
            <source>Incidents</source>
            <translation>事故</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/incidents_window.py" line="81" />
            <source>Incidents (↑↓ to choose)</source>
            <translation>事故（↑↓ 选择）</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/incidents_window.py" line="106" />
            <source>Selected incident</source>
            <translation>所选事故</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/incidents_window.py" line="114" />
            <source>Order number, e.g. GD00001234</source>
            <translation>工单号，例如 GD00001234</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/incidents_window.py" line="74" />
            <source>S&amp;how resolved</source>
            <translation>显示已处理(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/incidents_window.py" line="116" />
            <source>Link &amp;order</source>
            <translation>关联(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/incidents_window.py" line="125" />
            <source>Resol&amp;ve incident and its orders</source>
            <translation>事故及其工单处理完成(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/incidents_window.py" line="132" />
            <source>Orders</source>
            <translation>工单</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/incidents_window.py" line="138" />
            <source>&amp;Link order</source>
            <translation>关联工单(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/incidents_window.py" line="141" />
            <source>&amp;Resolution</source>
            <translation>处理结果(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/incidents_window.py" line="142" />
            <source>Res&amp;ponsibility</source>
            <translation>责任归属(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/incidents_window.py" line="177" />
            <source>The database cannot be reached. F5 tries again.</source>
            <translation>无法连接数据库。按 F5 重试。</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/incidents_window.py" line="181" />
            <source>resolved</source>
            <translation>已处理</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/incidents_window.py" line="183" />
            <source>%1 orders</source>
            <translation>%1 张工单</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/incidents_window.py" line="202" />
            <source>No incident selected</source>
            <translation>未选择事故</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/incidents_window.py" line="205" />
            <source>%1 — expected to end %2</source>
            <translation>%1 — 预计 %2 恢复</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/incidents_window.py" line="208" />
            <source>Resolution: %1</source>
            <translation>处理结果：%1</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/incidents_window.py" line="225" />
            <source>Incident “%1” opened; link the callers' orders.</source>
            <translation>已建立事故“%1”，请关联来电用户的工单。</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/incidents_window.py" line="280" />
            <source>This order is already resolved or closed; it cannot be linked.</source>
            <translation>此工单已处理或已结案，不能关联。</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/incidents_window.py" line="282" />
            <source>The database cannot be reached; nothing was saved.</source>
            <translation>无法连接数据库，未保存任何内容。</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/incidents_window.py" line="246" />
            <source>%1 linked to the incident.</source>
            <translation>%1 已关联到该事故。</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/incidents_window.py" line="273" />
            <source>“%1” resolved: %2 orders resolved, their callbacks queued.</source>
            <translation>“%1”已处理：%2 张工单已处理，回访已排入队列。</translation>
        </message>
        <message>
            <source>%1 and more: %2 estates, %3 buildings</source>
            <translation>%1等 %2 个小区，%3 栋楼</translation>
        </message>
        <message>
            <source>[%1] %2</source>
            <translation>【%1】%2</translation>
        </message>
    </context>
    <context>
        <name>OverdueAlerts</name>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="129" />
            <source>%1 min late</source>
            <translation>超时 %1 分钟</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="126" />
            <source>%1 d %2 h late</source>
            <translation>超时 %1 天 %2 小时</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="131" />
            <source>%1 h %2 min late</source>
            <translation>超时 %1 小时 %2 分钟</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/overdue_alerts.py" line="73" />
            <source>New overdue orders, escalated to you (rule 2.8). Enter opens the order, Delete dismisses it.</source>
            <translation>新超时工单，已上报给您（第 2.8 条）。回车打开工单，Delete 移除提醒。</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/overdue_alerts.py" line="84" />
            <source>(no customer)</source>
            <translation>（无用户）</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/overdue_alerts.py" line="150" />
            <source>Overdue alerts (%1)</source>
            <translation>超时提醒（%1）</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/overdue_alerts.py" line="203" />
            <source>%1 new overdue alert(s) in the list: Ctrl+Shift+O</source>
            <translation>%1 条新超时提醒：Ctrl+Shift+O 查看</translation>
        </message>
        <message>
            <source>and %1 more earlier: Enter opens the overdue queue</source>
            <translation>另有更早的 %1 张超时工单：回车打开“已超时”队列</translation>
        </message>
        <message>
            <source>%1 min left</source>
            <translation>剩 %1 分钟</translation>
        </message>
        <message>
            <source>%1 h %2 min left</source>
            <translation>剩 %1 小时 %2 分钟</translation>
        </message>
    </context>
    <context>
        <name>QueueActions</name>
        <message>
            <location filename="../../app/ui/tickets/actions.py" line="50" />
            <source>&amp;Claim</source>
            <translation>认领(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/actions.py" line="55" />
            <source>&amp;Dispatch…</source>
            <translation>派单(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/actions.py" line="60" />
            <source>&amp;Start work</source>
            <translation>开始处理(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/actions.py" line="65" />
            <source>&amp;Pause…</source>
            <translation>暂停(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/actions.py" line="70" />
            <source>Res&amp;ume</source>
            <translation>恢复(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/actions.py" line="75" />
            <source>&amp;Escalate…</source>
            <translation>升级(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/actions.py" line="80" />
            <source>Resol&amp;ve…</source>
            <translation>处理完成(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/actions.py" line="85" />
            <source>Call&amp;back…</source>
            <translation>回访(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/actions.py" line="90" />
            <source>C&amp;lose</source>
            <translation>结案(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/actions.py" line="95" />
            <source>Open c&amp;ase…</source>
            <translation>转为个案(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/actions.py" line="100" />
            <source>&amp;Reopen…</source>
            <translation>重新处理(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/actions.py" line="127" />
            <source>%1 already holds this order.</source>
            <translation>该工单已由%1认领。</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/actions.py" line="129" />
            <source>This order is finished.</source>
            <translation>该工单已处理完成。</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/actions.py" line="131" />
            <source>Another desk changed this order meanwhile; nothing was saved. Reload to see it as it is now.</source>
            <translation>其他坐席刚修改了此工单，本次操作未保存。请重新载入查看最新状态。</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/actions.py" line="135" />
            <source>This step does not apply to an order that is %1.</source>
            <translation>状态为“%1”的工单不能执行此操作。</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/actions.py" line="139" />
            <source>You may not do this, or the order no longer exists.</source>
            <translation>您无权执行此操作，或该工单已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/actions.py" line="142" />
            <source>The database cannot be reached; nothing was saved.</source>
            <translation>无法连接数据库，未保存。</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/actions.py" line="212" />
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/actions.py" line="226" />
            <source>Dispatch</source>
            <translation>派单</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/actions.py" line="227" />
            <source>Executing unit:</source>
            <translation>执行单位：</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/actions.py" line="253" />
            <location filename="../../app/ui/tickets/actions.py" line="262" />
            <location filename="../../app/ui/tickets/actions.py" line="264" />
            <source>Resolve</source>
            <translation>处理完成</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/actions.py" line="254" />
            <source>Responsibility:</source>
            <translation>责任归属：</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/actions.py" line="263" />
            <source>Which third party:</source>
            <translation>第三方名称：</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/actions.py" line="265" />
            <source>What was done:</source>
            <translation>处理结果：</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/actions.py" line="273" />
            <source>Not reached</source>
            <translation>未联系上</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/actions.py" line="276" />
            <location filename="../../app/ui/tickets/actions.py" line="281" />
            <source>Callback</source>
            <translation>回访</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/actions.py" line="277" />
            <source>Customer's satisfaction:</source>
            <translation>用户满意度：</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/actions.py" line="282" />
            <source>The customer's words:</source>
            <translation>用户原话：</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>认领</translation>
        </message>
        <message>
            <source>Start work</source>
            <translation>开始处理</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>Escalate</source>
            <translation>升级</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>结案</translation>
        </message>
        <message>
            <source>Open a case</source>
            <translation>转为个案</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>重新处理</translation>
        </message>
        <message>
            <source>%1 (job number %2)</source>
            <translation>%1（工号 %2）</translation>
        </message>
    </context>
    <context>
        <name>QueueLabels</name>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="22" />
            <source>My orders</source>
            <translation>我的工单</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="23" />
            <source>My unit's orders</source>
            <translation>本单位工单</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="24" />
            <source>All open orders</source>
            <translation>全部未结工单</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="25" />
            <location filename="../../app/ui/tickets/labels.py" line="55" />
            <source>Due within the hour</source>
            <translation>一小时内到期</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="26" />
            <location filename="../../app/ui/tickets/labels.py" line="54" />
            <source>Overdue</source>
            <translation>已超时</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="27" />
            <source>Awaiting callback</source>
            <translation>待回访</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="28" />
            <source>Closed today</source>
            <translation>今日结案</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="34" />
            <source>Due time</source>
            <translation>按时限</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="35" />
            <source>Received time</source>
            <translation>按受理时间</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="36" />
            <location filename="../../app/ui/tickets/labels.py" line="94" />
            <source>Level</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="56" />
            <source>Deadline paused</source>
            <translation>时限已暂停</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="65" />
            <source>Created</source>
            <translation>建单</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="66" />
            <source>Edited</source>
            <translation>修改</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="68" />
            <source>Claimed</source>
            <translation>认领</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="69" />
            <source>Released</source>
            <translation>退回</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="70" />
            <source>Work started</source>
            <translation>开始处理</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="72" />
            <source>Callback</source>
            <translation>回访</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="73" />
            <source>Reopened</source>
            <translation>重新打开</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="75" />
            <source>Paused</source>
            <translation>暂停</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="76" />
            <source>Resumed</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="77" />
            <source>Escalated</source>
            <translation>升级至值班长</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="78" />
            <source>Became overdue</source>
            <translation>已超时</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="79" />
            <location filename="../../app/ui/tickets/labels.py" line="83" />
            <source>Opened as a case</source>
            <translation>转为个案</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="80" />
            <source>Customer urged</source>
            <translation>用户催办</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="81" />
            <source>Followed up</source>
            <translation>跟进</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="82" />
            <location filename="../../app/ui/tickets/labels.py" line="84" />
            <source>Linked to an incident</source>
            <translation>关联事件</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="91" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="92" />
            <source>Due</source>
            <translation>时限</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="93" />
            <source>Paused at</source>
            <translation>暂停时间</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="95" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="96" />
            <source>Description</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="97" />
            <source>Resolution</source>
            <translation>处理结果</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="98" />
            <source>Responsibility</source>
            <translation>责任归属</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="99" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="100" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="101" />
            <source>Customer's words</source>
            <translation>用户意见</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="102" />
            <source>Satisfaction</source>
            <translation>满意度</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="103" />
            <source>Reached</source>
            <translation>已联系上</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="104" />
            <source>Escalation reason</source>
            <translation>升级原因</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="105" />
            <source>Third party</source>
            <translation>第三方</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="106" />
            <source>Closed at</source>
            <translation>结案时间</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="107" />
            <source>Resolved at</source>
            <translation>处理完成时间</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="108" />
            <source>Call back by</source>
            <translation>回访期限</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="115" />
            <source>Satisfied</source>
            <translation>满意</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="116" />
            <source>Basically satisfied</source>
            <translation>基本满意</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="117" />
            <source>Dissatisfied</source>
            <translation>不满意</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" line="118" />
            <source>Very dissatisfied</source>
            <translation>很不满意</translation>
        </message>
        <message>
            <source>Customer accepted</source>
            <translation>客户是否接受答复</translation>
        </message>
        <message>
            <source>No: a leader's support is needed</source>
            <translation>不接受：需要领导支持</translation>
        </message>
        <message>
            <source>Yes, escalated as a major or hard problem</source>
            <translation>接受，因重大或疑难问题上报</translation>
        </message>
        <message>
            <source>No answer could be offered</source>
            <translation>尚无法答复</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/labels.py" />
            <source>Customer dissatisfied at the callback</source>
            <translation>回访不满意</translation>
        </message>
        <message>
            <source>Deadline paused: %1</source>
            <translation>时限已暂停：%1</translation>
        </message>
    </context>
    <context>
        <name>QueueTableModel</name>
        <message>
            <location filename="../../app/ui/tickets/table_model.py" line="111" />
            <source>Order</source>
            <translation>工单号</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/table_model.py" line="111" />
            <source>Level</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/table_model.py" line="112" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/table_model.py" line="111" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/table_model.py" line="112" />
            <source>Customer</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/table_model.py" line="112" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/table_model.py" line="113" />
            <source>Unit</source>
            <translation>执行单位</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/table_model.py" line="113" />
            <source>Assignee</source>
            <translation>处理人</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/table_model.py" line="111" />
            <source>Due</source>
            <translation>时限</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/table_model.py" line="113" />
            <source>Received</source>
            <translation>受理时间</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/table_model.py" line="114" />
            <source>Description</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/table_model.py" line="137" />
            <source> (%1)</source>
            <translation>（%1）</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/table_model.py" line="152" />
            <source> (paused)</source>
            <translation>（已暂停）</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/table_model.py" line="154" />
            <source> (escalated)</source>
            <translation>（已升级）</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/table_model.py" />
            <source> (overdue, reported)</source>
            <translation>（已超时上报）</translation>
        </message>
    </context>
    <context>
        <name>QueueWindow</name>
        <message>
            <location filename="../../app/ui/tickets/queue_window.py" line="60" />
            <source>Work-order queues</source>
            <translation>工单队列</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/queue_window.py" line="208" />
            <source>The database cannot be reached; showing the last rows read. F5 tries again.</source>
            <translation>无法连接数据库，显示的是上次读取的数据。按 F5 重试。</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/queue_window.py" line="184" />
            <source>, more below</source>
            <translation>，向下滚动加载更多</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/queue_window.py" line="190" />
            <source>%1: %2 shown%3</source>
            <translation>%1：显示 %2 条%3</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/queue_window.py" line="187" />
            <source>Searching all orders, open and closed (queue and filters do not apply): %1 found%2</source>
            <translation>搜索全部工单（含已结案，不受队列和筛选限制）：找到 %1 条%2</translation>
        </message>
        <message>
            <source>No order has this order or phone number. Check the number, or search by address or words.</source>
            <translation>没有该工单号或电话号码的工单。请核对号码，或按地址、文字搜索。</translation>
        </message>
        <message>
            <source>No order in “%1” matches the search and filters. Clear the search (Esc) or set the filters back to “Any”.</source>
            <translation>“%1”中没有符合搜索和筛选条件的工单。请清除搜索（Esc），或把筛选条件改回“全部”。</translation>
        </message>
        <message>
            <source>No orders are assigned to you. Orders taken by agents are in “%1” (Ctrl+3).</source>
            <translation>没有分配给您的工单。坐席受理的工单在“%1”（Ctrl+3）中查看。</translation>
        </message>
        <message>
            <source>No open orders for your unit (or you belong to no unit: an administrator sets it). Every open order is in “%1” (Ctrl+3).</source>
            <translation>您所在单位没有未结工单（如您未归属任何单位，请联系管理员设置）。全部未结工单在“%1”（Ctrl+3）中查看。</translation>
        </message>
        <message>
            <source>No open orders. An order saved at any desk appears here at once.</source>
            <translation>没有未结工单。任何坐席保存的工单会立即显示在这里。</translation>
        </message>
        <message>
            <source>No order falls due within the hour.</source>
            <translation>一小时内没有到期的工单。</translation>
        </message>
        <message>
            <source>No order is overdue.</source>
            <translation>没有超时的工单。</translation>
        </message>
        <message>
            <source>No order awaits a callback. Orders appear here once they are resolved.</source>
            <translation>没有待回访的工单。工单处理完毕后会显示在这里。</translation>
        </message>
        <message>
            <source>No order has been closed today.</source>
            <translation>今天没有已结案的工单。</translation>
        </message>
        <message>
            <source>No orders in this queue.</source>
            <translation>此队列中没有工单。</translation>
        </message>
    </context>
    <context>
        <name>Queues</name>
        <message>
            <location filename="../../app/ui/tickets/install.py" line="31" />
            <source>Work-order queues</source>
            <translation>工单队列</translation>
        </message>
        <message>
            <location filename="../../app/ui/tickets/install.py" line="41" />
            <source>Incidents</source>
            <translation>事故</translation>
        </message>
    </context>
    <context>
        <name>EscalationDialog</name>
        <message>
            <source>Escalate to the shift leader: %1</source>
            <translation>上报值班长：%1</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— 请选择 —</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>原因(&amp;R)</translation>
        </message>
        <message>
            <source>Did the customer &amp;accept the answer?</source>
            <translation>客户是否接受答复(&amp;A)？</translation>
        </message>
    </context>
</TS>
