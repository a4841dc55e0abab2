<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>CallTimer</name>
        <message>
            <location filename="../../app/ui/intake/call_timer.py" line="69" />
            <source>No call</source>
            <translation>无来电</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/call_timer.py" line="74" />
            <source>Ringing %1 s · ring %2</source>
            <translation>振铃中 %1 秒 · 第 %2 声</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/call_timer.py" line="76" />
            <source>Answered after %1 s · %2 rings</source>
            <translation>应答用时 %1 秒 · %2 声</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/call_timer.py" line="80" />
            <source>Answer within %1 rings (rule 4.4)</source>
            <translation>振铃不得超过 %1 声（第 4.4 条）</translation>
        </message>
    </context>
    <context>
        <name>CallerBar</name>
        <message>
            <location filename="../../app/ui/intake/caller_bar.py" line="31" />
            <source>Caller number (F3)</source>
            <translation>来电号码 (F3)</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/caller_bar.py" line="34" />
            <source>Answer (F2)</source>
            <translation>接听 (F2)</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/caller_bar.py" line="36" />
            <source>Pick up the ringing call (F2)</source>
            <translation>接听正在振铃的来电 (F2)</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/caller_bar.py" line="41" />
            <source>Search account, name or address (Ctrl+F)</source>
            <translation>搜索户号、姓名或地址 (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/caller_bar.py" line="46" />
            <source>Caller</source>
            <translation>来电</translation>
        </message>
    </context>
    <context>
        <name>CustomerCardView</name>
        <message>
            <location filename="../../app/ui/intake/customer_card.py" line="42" />
            <source>Waiting for a call. Type the caller's number (F3) or search a customer (Ctrl+F).</source>
            <translation>等待来电。输入来电号码 (F3) 或搜索客户 (Ctrl+F)。</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/customer_card.py" line="51" />
            <source>Unregistered caller</source>
            <translation>未登记来电</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/customer_card.py" line="55" />
            <source>New customer (Ctrl+N)</source>
            <translation>新建客户 (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/customer_card.py" line="58" />
            <source>Register this caller as a customer; the intake form keeps what you typed</source>
            <translation>将来电人登记为客户；受理单中已输入的内容保留不变</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/customer_card.py" line="60" />
            <source>You can also take the call without a customer record.</source>
            <translation>也可以不建客户档案直接受理。</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/customer_card.py" line="75" />
            <source>Important customer</source>
            <translation>重要客户</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/customer_card.py" line="90" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/customer_card.py" line="91" />
            <source>Services</source>
            <translation>服务</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/customer_card.py" line="92" />
            <source>Phones</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/customer_card.py" line="93" />
            <source>Heated area</source>
            <translation>供热面积</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/customer_card.py" line="94" />
            <source>Contract</source>
            <translation>合同</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/customer_card.py" line="117" />
            <source>Account %1</source>
            <translation>户号 %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/customer_card.py" line="123" />
            <source>Contract level %1</source>
            <translation>合同约定 %1 级</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
    </context>
    <context>
        <name>CustomerList</name>
        <message>
            <location filename="../../app/ui/intake/customer_list.py" line="53" />
            <source> [important]</source>
            <translation> [重要客户]</translation>
        </message>
    </context>
    <context>
        <name>DeskWindow</name>
        <message>
            <location filename="../../app/ui/desk_window.py" line="79" />
            <source>HeatDesk — intake desk</source>
            <translation>供热客服工作台 — 来电受理</translation>
        </message>
        <message>
            <location filename="../../app/ui/desk_window.py" line="89" />
            <source>Unsaved draft restored</source>
            <translation>已恢复未保存的草稿</translation>
        </message>
        <message>
            <location filename="../../app/ui/desk_window.py" line="182" />
            <source>Database connection is back</source>
            <translation>数据库连接已恢复</translation>
        </message>
        <message>
            <location filename="../../app/ui/desk_window.py" line="223" />
            <source>%1 customers share this number: choose with ↑↓ and Enter</source>
            <translation>此号码登记了 %1 位客户：用 ↑↓ 和回车选择</translation>
        </message>
        <message>
            <location filename="../../app/ui/desk_window.py" line="250" />
            <source>No customer matches “%1”</source>
            <translation>没有与“%1”相符的客户</translation>
        </message>
        <message>
            <location filename="../../app/ui/desk_window.py" line="252" />
            <source>%1 found: choose with ↑↓ and Enter</source>
            <translation>找到 %1 位客户：用 ↑↓ 和回车选择</translation>
        </message>
        <message>
            <location filename="../../app/ui/desk_window.py" line="258" />
            <source>No ringing call to answer</source>
            <translation>没有正在振铃的来电</translation>
        </message>
        <message>
            <location filename="../../app/ui/desk_window.py" line="289" />
            <source>Saved: work order %1, due %2</source>
            <translation>已保存：工单 %1，完成时限 %2</translation>
        </message>
        <message>
            <location filename="../../app/ui/desk_window.py" line="292" />
            <source>Saved: contact recorded</source>
            <translation>已保存：来电已登记</translation>
        </message>
        <message>
            <location filename="../../app/ui/desk_window.py" line="320" />
            <source>Unsaved text: press Esc again to discard it</source>
            <translation>有未保存的内容：再按一次 Esc 放弃</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/desk_chrome.py" line="35" />
            <source>&amp;Call</source>
            <translation>通话(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/desk_chrome.py" line="37" />
            <source>Answer</source>
            <translation>接听</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/desk_chrome.py" line="39" />
            <source>Caller number</source>
            <translation>来电号码</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/desk_chrome.py" line="41" />
            <source>Search customer</source>
            <translation>搜索客户</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/desk_chrome.py" line="43" />
            <source>New customer</source>
            <translation>新建客户</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/desk_chrome.py" line="45" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/desk_chrome.py" line="47" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/desk_chrome.py" line="49" />
            <source>Clear / next call</source>
            <translation>清空 / 下一通来电</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/desk_chrome.py" line="54" />
            <source>F&amp;eatures</source>
            <translation>功能(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/desk_chrome.py" line="69" />
            <source>Database: %1</source>
            <translation>数据库：%1</translation>
        </message>
        <message>
            <source>Looking up the caller…</source>
            <translation>正在查找来电用户…</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>正在搜索…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <location filename="../../app/ui/intake/history_panel.py" line="48" />
            <source>Open work orders</source>
            <translation>未完结工单</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/history_panel.py" line="50" />
            <source>Order</source>
            <translation>工单号</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/history_panel.py" line="50" />
            <location filename="../../app/ui/intake/history_panel.py" line="56" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/history_panel.py" line="50" />
            <source>Level</source>
            <translation>级别</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/history_panel.py" line="51" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/history_panel.py" line="51" />
            <source>Unit</source>
            <translation>执行单位</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/history_panel.py" line="51" />
            <source>Due</source>
            <translation>完成时限</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/history_panel.py" line="52" />
            <location filename="../../app/ui/intake/history_panel.py" line="57" />
            <source>Description</source>
            <translation>来电内容</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/history_panel.py" line="54" />
            <source>Last contacts</source>
            <translation>最近来往记录</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/history_panel.py" line="56" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/history_panel.py" line="56" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/history_panel.py" line="57" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/history_panel.py" line="57" />
            <source>Agent</source>
            <translation>坐席</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/history_panel.py" line="81" />
            <source>Open work orders (%1), %2 overdue</source>
            <translation>未完结工单（%1），其中 %2 张已超时</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/history_panel.py" line="82" />
            <source>Open work orders (%1)</source>
            <translation>未完结工单（%1）</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/history_panel.py" line="92" />
            <source>Overdue</source>
            <translation>已超时</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/history_panel.py" line="94" />
            <source>Due within the hour</source>
            <translation>一小时内到期</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/history_panel.py" line="105" />
            <source>Last contacts (%1)</source>
            <translation>最近来往记录（%1）</translation>
        </message>
        <message>
            <source> (%1)</source>
            <translation>（%1）</translation>
        </message>
    </context>
    <context>
        <name>IntakeFormView</name>
        <message>
            <location filename="../../app/ui/intake/intake_form.py" line="71" />
            <source>What the caller reports: time, place, person, event (rule 3.6.2)</source>
            <translation>来电反映的问题：时间、地点、人物、事件（第 3.6.2 条）</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/intake_form.py" line="77" />
            <source>The answer given to the caller</source>
            <translation>给来电人的答复</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/intake_form.py" line="87" />
            <source>Save (Ctrl+S)</source>
            <translation>保存 (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/intake_form.py" line="89" />
            <source>Save the contact (Ctrl+S or Ctrl+Enter)</source>
            <translation>保存本次受理（Ctrl+S 或 Ctrl+Enter）</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/intake_form.py" line="105" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/intake_form.py" line="106" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/intake_form.py" line="107" />
            <source>Description</source>
            <translation>来电内容</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/intake_form.py" line="108" />
            <source>Responsibility</source>
            <translation>责任归属</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/intake_form.py" line="109" />
            <source>Outcome</source>
            <translation>处理方式</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/intake_form.py" line="110" />
            <source>Answer</source>
            <translation>答复内容</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/intake_form.py" line="111" />
            <source>Priority level</source>
            <translation>处理级别</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/intake_form.py" line="112" />
            <source>Executing unit</source>
            <translation>执行单位</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/intake_form.py" line="119" />
            <source>Due</source>
            <translation>完成时限</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/intake_form.py" line="164" />
            <source>(choose a unit)</source>
            <translation>（请选择执行单位）</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/intake_form.py" line="180" />
            <source>No work order</source>
            <translation>不派工单</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/intake_form.py" line="183" />
            <source>%1 (in %2 h)</source>
            <translation>%1（%2 小时内）</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/intake_form.py" />
            <source>What you told the caller (for the record)</source>
            <translation>给来电人的答复（记录在案）</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/intake_form.py" />
            <source>The answer given to the caller (required)</source>
            <translation>给来电人的答复（必填）</translation>
        </message>
        <message>
            <source>Caller's details verified</source>
            <translation>已核实用户信息</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>核实用户信息</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>收到时间</translation>
        </message>
        <message>
            <source>Complaint not satisfactorily resolved</source>
            <translation>投诉未圆满解决</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
    </context>
    <context>
        <name>IntakeLabels</name>
        <message>
            <location filename="../../app/ui/intake/labels.py" line="19" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/labels.py" line="20" />
            <source>Visit</source>
            <translation>来访</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/labels.py" line="21" />
            <source>Letter</source>
            <translation>来信</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/labels.py" line="22" />
            <source>Field visit</source>
            <translation>上门</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/labels.py" line="23" />
            <source>12345 transfer</source>
            <translation>12345转办</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/labels.py" line="30" />
            <source>Enquiry</source>
            <translation>咨询</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/labels.py" line="31" />
            <source>Complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/labels.py" line="32" />
            <source>Repair</source>
            <translation>报修</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/labels.py" line="33" />
            <source>Heating quality (room temperature)</source>
            <translation>供热质量（室温）</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/labels.py" line="35" />
            <source>Contract or new connection</source>
            <translation>合同或新装</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/labels.py" line="37" />
            <source>Suggestion</source>
            <translation>建议</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/labels.py" line="38" />
            <source>Praise</source>
            <translation>表扬</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/labels.py" line="45" />
            <source>Undetermined</source>
            <translation>待定</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/labels.py" line="47" />
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/labels.py" line="48" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/labels.py" line="49" />
            <source>Third party</source>
            <translation>第三方</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/labels.py" line="56" />
            <source>Answered now</source>
            <translation>当场答复</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/labels.py" line="57" />
            <source>Work order</source>
            <translation>派发工单</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/labels.py" line="63" />
            <source>New</source>
            <translation>已受理</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/labels.py" line="64" />
            <source>Dispatched</source>
            <translation>已派出</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/labels.py" line="65" />
            <source>In progress</source>
            <translation>处理中</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/labels.py" line="67" />
            <source>Resolved</source>
            <translation>已处理</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/labels.py" line="68" />
            <source>Called back</source>
            <translation>已回访</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/labels.py" line="70" />
            <source>Closed</source>
            <translation>已结案</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/labels.py" line="76" />
            <source>Space heating</source>
            <translation>供暖</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/labels.py" line="77" />
            <source>Domestic hot water</source>
            <translation>生活热水</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/labels.py" line="78" />
            <source>Steam</source>
            <translation>蒸汽</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/labels.py" line="83" />
            <source>Level %1 (within %2 h)</source>
            <translation>%1 级（%2 小时内）</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>坐席</translation>
        </message>
        <message>
            <source>Shift leader</source>
            <translation>值班长</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>技术员</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>主管</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
    </context>
    <context>
        <name>NewCustomerDialog</name>
        <message>
            <location filename="../../app/ui/intake/new_customer_dialog.py" line="35" />
            <source>New customer</source>
            <translation>新建客户</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/new_customer_dialog.py" line="41" />
            <source>Several numbers separated by commas</source>
            <translation>多个号码用逗号分隔</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/new_customer_dialog.py" line="45" />
            <source>Space heating</source>
            <translation>供暖</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/new_customer_dialog.py" line="47" />
            <source>Domestic hot water</source>
            <translation>生活热水</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/new_customer_dialog.py" line="48" />
            <source>Steam</source>
            <translation>蒸汽</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/new_customer_dialog.py" line="49" />
            <source>Important customer (level 1, rule 5.2.2)</source>
            <translation>重要客户（1 级，第 5.2.2 条）</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/new_customer_dialog.py" line="59" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/new_customer_dialog.py" line="59" />
            <source>Phones</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/new_customer_dialog.py" line="60" />
            <source>District</source>
            <translation>区</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/new_customer_dialog.py" line="61" />
            <source>Estate</source>
            <translation>小区</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/new_customer_dialog.py" line="62" />
            <source>Building</source>
            <translation>楼号</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/new_customer_dialog.py" line="63" />
            <source>Entrance</source>
            <translation>单元</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/new_customer_dialog.py" line="64" />
            <source>Room</source>
            <translation>室</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/new_customer_dialog.py" line="65" />
            <source>Heated area (m²)</source>
            <translation>供热面积（m²）</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/new_customer_dialog.py" line="66" />
            <source>Services</source>
            <translation>服务</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/new_customer_dialog.py" line="68" />
            <source>Contract notes</source>
            <translation>合同备注</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/new_customer_dialog.py" line="73" />
            <source>Save (Ctrl+S)</source>
            <translation>保存 (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/new_customer_dialog.py" line="74" />
            <source>Cancel (Esc)</source>
            <translation>取消 (Esc)</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/new_customer_dialog.py" line="110" />
            <source>The database cannot be reached; nothing was saved. Try again shortly.</source>
            <translation>数据库无法连接，未保存任何内容，请稍后再试。</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
    </context>
    <context>
        <name>OfflineBanner</name>
        <message>
            <location filename="../../app/ui/intake/offline_banner.py" line="25" />
            <source>Database unreachable — what you typed is kept; save again once the connection is back</source>
            <translation>数据库无法连接 — 已输入的内容已保留，连接恢复后可再次保存</translation>
        </message>
        <message>
            <location filename="../../app/ui/intake/offline_banner.py" line="28" />
            <source>Retry now</source>
            <translation>立即重试</translation>
        </message>
    </context>
</TS>
