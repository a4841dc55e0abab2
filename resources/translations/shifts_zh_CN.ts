<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>CarryTable</name>
        <message>
            <location filename="../../app/ui/shifts/carry_table.py" />
            <source>Work order</source>
            <translation>工单</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/carry_table.py" />
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/carry_table.py" />
            <source>Level</source>
            <translation>级别</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/carry_table.py" />
            <source>Due</source>
            <translation>时限</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/carry_table.py" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/carry_table.py" />
            <source>Description</source>
            <translation>内容</translation>
        </message>
    </context>
    <context>
        <name>CasesTable</name>
        <message>
            <location filename="../../app/ui/shifts/log_editor.py" />
            <source>Work order</source>
            <translation>工单</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/log_editor.py" />
            <source>What the next shift must know</source>
            <translation>需要下一班了解的情况</translation>
        </message>
    </context>
    <context>
        <name>DutyGuard</name>
        <message>
            <location filename="../../app/ui/shifts/duty_guard.py" />
            <source>Your handover to %1 is waiting for their signature. Until the incoming colleague signs, you remain on duty and may not leave the desk (rule 3.4.2).</source>
            <translation>您交给 %1 的交接班记录正在等待对方签字。接班人签字之前，您仍在岗，不得离台（第 3.4.2 条）。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/duty_guard.py" />
            <source>Your handover log is still a draft: hand it over and wait for the incoming colleague's signature before ending the shift (rule 3.4.2).</source>
            <translation>您的交接日志还是草稿：请先交班，并等接班人签字后再下班（第 3.4.2 条）。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/duty_guard.py" />
            <source>You are on the %1 shift until %2 and have not handed over yet: write the handover log first (rules 3.4.2, 3.4.3).</source>
            <translation>您在%1值班至 %2，尚未交班：请先填写交接日志（第 3.4.2、3.4.3 条）。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/duty_guard.py" />
            <source>On duty: awaiting %1's signature</source>
            <translation>在岗：等待 %1 签字接班</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/duty_guard.py" />
            <source>On duty: %1 shift until %2</source>
            <translation>在岗：%1 至 %2</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/duty_guard.py" />
            <source>Off duty</source>
            <translation>未在岗</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/duty_guard.py" />
            <source>You remain on duty</source>
            <translation>您仍在岗</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/duty_guard.py" />
            <source>Open handover log</source>
            <translation>打开交接日志</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/duty_guard.py" />
            <source>You took over the desk from %1 at %2 and have not handed over yet: write the handover log first (rules 3.4.2, 3.4.3).</source>
            <translation>您于 %2 从%1手中接班，尚未交班：请先填写交接日志（第 3.4.2、3.4.3 条）。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/duty_guard.py" />
            <source>On duty since %1 (took over from %2)</source>
            <translation>在岗：%1 起（接替%2）</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/duty_guard.py" />
            <source>On duty</source>
            <translation>在岗</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/duty_guard.py" />
            <source>Off duty — nobody is on the roster now (Roster: Ctrl+Shift+R)</source>
            <translation>未在岗 — 当前无人排班（排班：Ctrl+Shift+R）</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/duty_guard.py" />
            <source>No shift is on the roster around now, so the desk cannot tell who is on duty. Click to open the roster.</source>
            <translation>当前前后都没有排班，无法判断谁在岗。点击打开排班。</translation>
        </message>
    </context>
    <context>
        <name>EquipmentTable</name>
        <message>
            <location filename="../../app/ui/shifts/log_editor.py" />
            <source>Equipment</source>
            <translation>设备</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/log_editor.py" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/log_editor.py" />
            <source>Note (say what is wrong)</source>
            <translation>说明（故障情况）</translation>
        </message>
    </context>
    <context>
        <name>HandoverDialog</name>
        <message>
            <location filename="../../app/ui/shifts/handover_dialog.py" />
            <source>Shift handover — %1</source>
            <translation>交接班 — %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/handover_dialog.py" />
            <source>Anything else the next shift must know</source>
            <translation>下一班需要知道的其他事项</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/handover_dialog.py" />
            <source>&amp;Save draft</source>
            <translation>保存草稿(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/handover_dialog.py" />
            <source>&amp;Hand over</source>
            <translation>交班(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/handover_dialog.py" />
            <source>&amp;Take back to edit</source>
            <translation>收回修改(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/handover_dialog.py" />
            <source>Incoming si&amp;gns here…</source>
            <translation>接班人在此签字(&amp;G)…</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/handover_dialog.py" />
            <source>&amp;Leader release…</source>
            <translation>班长确认放行(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/handover_dialog.py" />
            <source>&amp;Print sheet…</source>
            <translation>打印交接单(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/handover_dialog.py" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/handover_dialog.py" />
            <source>Add e&amp;quipment</source>
            <translation>添加设备(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/handover_dialog.py" />
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/handover_dialog.py" />
            <source>Add &amp;case</source>
            <translation>添加个案(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/handover_dialog.py" />
            <source>&amp;Incoming colleague</source>
            <translation>接班人(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/handover_dialog.py" />
            <source>Equipment status</source>
            <translation>设备状况</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/handover_dialog.py" />
            <source>Difficult cases</source>
            <translation>疑难个案</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/handover_dialog.py" />
            <source>Staffing changes</source>
            <translation>人员变动</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/handover_dialog.py" />
            <source>Other notes</source>
            <translation>其他事项</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/handover_dialog.py" />
            <source>Your open, overdue and callback-pending work orders pass to the incoming colleague, who acknowledges each one when signing.</source>
            <translation>您负责的未完成、已超时和待回访工单将移交给接班人，接班人签字时逐条确认。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/handover_dialog.py" />
            <source>— choose —</source>
            <translation>— 请选择 —</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/handover_dialog.py" />
            <source>%1 shift until %2</source>
            <translation>%1，至 %2</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/handover_dialog.py" />
            <source>Swap: %1 and %2 (%3 / %4) %5</source>
            <translation>调班：%1 与 %2（%3 / %4）%5</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/handover_dialog.py" />
            <source>Leave: %1 from %2 to %3</source>
            <translation>请假：%1 %2 至 %3</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/handover_dialog.py" />
            <source>Carried-over work orders: %1</source>
            <translation>移交工单：%1 条</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/handover_dialog.py" />
            <source>Handed over to %1 at %2. You remain on duty until they sign with their own password (rule 3.4.2).</source>
            <translation>已于 %2 交给 %1。对方用本人密码签字之前，您仍在岗（第 3.4.2 条）。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/handover_dialog.py" />
            <source>Handover complete (%1, %2). You may end your shift.</source>
            <translation>交接完成（%1，%2）。您可以下班了。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/handover_dialog.py" />
            <source>You are on duty%1. Write the log, then hand it over: you stay on duty until the incoming colleague signs (rule 3.4.2).</source>
            <translation>您正在值班%1。请填写交接日志后交班；接班人签字之前您仍在岗（第 3.4.2 条）。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/handover_dialog.py" />
            <source>Row %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/handover_dialog.py" />
            <source>Nobody is on the roster now, so the desk cannot tell who is on duty. A shift leader sets up the shifts in Roster, leave and swaps (Ctrl+Shift+R). You may still write and hand over a log.</source>
            <translation>当前无人排班，无法判断谁在岗。班长可在“排班、请假与换班”(Ctrl+Shift+R)中安排班次。您仍可填写并提交交接日志。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/handover_dialog.py" />
            <source>You are not on duty now. You may still write and hand over a log; once handed over you stay on duty until the incoming colleague signs (rule 3.4.2).</source>
            <translation>您当前不在岗。您仍可填写并提交交接日志；交班后，接班人签字之前您仍在岗（第 3.4.2 条）。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/handover_dialog.py" />
            <source>%1. Write the log, then hand it over: you stay on duty until the incoming colleague signs (rule 3.4.2).</source>
            <translation>%1。请填写交接日志后交班；接班人签字之前您仍在岗（第 3.4.2 条）。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/handover_dialog.py" />
            <source>You are on duty</source>
            <translation>您正在值班</translation>
        </message>
    </context>
    <context>
        <name>HandoverInstall</name>
        <message>
            <location filename="../../app/ui/shifts/install.py" />
            <source>Shift handover…</source>
            <translation>交接班…</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/install.py" />
            <source>Sign incoming handover…</source>
            <translation>签字接班…</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/install.py" />
            <source>Handover history…</source>
            <translation>交接班记录…</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/install.py" />
            <source>Roster, leave and swaps…</source>
            <translation>排班、请假与调班…</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/install.py" />
            <source>End shift</source>
            <translation>下班</translation>
        </message>
    </context>
    <context>
        <name>HandoverLabels</name>
        <message>
            <location filename="../../app/ui/shifts/labels.py" />
            <source>Working</source>
            <translation>正常</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/labels.py" />
            <source>Faulty</source>
            <translation>故障</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/labels.py" />
            <source>Out of service</source>
            <translation>停用</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/labels.py" />
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/labels.py" />
            <source>Awaiting signature</source>
            <translation>待接班人签字</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/labels.py" />
            <source>Signed</source>
            <translation>已签字交接</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/labels.py" />
            <source>Released by leader</source>
            <translation>班长确认放行</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/labels.py" />
            <source>Overdue</source>
            <translation>已超时</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/labels.py" />
            <source>Callback pending</source>
            <translation>待回访</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/labels.py" />
            <source>To follow up</source>
            <translation>待跟踪</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/labels.py" />
            <source>Pending</source>
            <translation>待审批</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/labels.py" />
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/labels.py" />
            <source>Rejected</source>
            <translation>未批准</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/labels.py" />
            <source>Withdrawn</source>
            <translation>已撤回</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/labels.py" />
            <source>Mon</source>
            <translation>周一</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/labels.py" />
            <source>Tue</source>
            <translation>周二</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/labels.py" />
            <source>Wed</source>
            <translation>周三</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/labels.py" />
            <source>Thu</source>
            <translation>周四</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/labels.py" />
            <source>Fri</source>
            <translation>周五</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/labels.py" />
            <source>Sat</source>
            <translation>周六</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/labels.py" />
            <source>Sun</source>
            <translation>周日</translation>
        </message>
    </context>
    <context>
        <name>HandoverMessages</name>
        <message>
            <location filename="../../app/ui/shifts/messages.py" />
            <source>The database cannot be reached; what you typed is kept. Try again.</source>
            <translation>无法连接数据库；已填写的内容仍保留，请稍后重试。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/messages.py" />
            <source>Job number or password is wrong; nothing was signed.</source>
            <translation>工号或密码不正确，未签字。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/messages.py" />
            <source>The outgoing agent cannot sign their own handover.</source>
            <translation>交班人不能为自己的交接签字。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/messages.py" />
            <source>This handover is addressed to another colleague; only they can sign it.</source>
            <translation>这份交接是交给另一位同事的，只有该同事可以签字。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/messages.py" />
            <source>Only a shift leader can release an agent without a signature.</source>
            <translation>只有班长可以在接班人未签字时确认放行。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/messages.py" />
            <source>Tick every carried-over work order to acknowledge it first.</source>
            <translation>请先逐条勾选确认全部移交工单。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/messages.py" />
            <source>This handover is already complete and can no longer change.</source>
            <translation>此交接已完成，不能再修改。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/messages.py" />
            <source>The outgoing agent has not handed this log over yet.</source>
            <translation>交班人尚未交班。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/messages.py" />
            <source>This handover is not waiting for a signature.</source>
            <translation>此交接不在等待签字状态。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/messages.py" />
            <source>The log is handed over; take it back first to change it.</source>
            <translation>日志已交班；如需修改，请先收回。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/messages.py" />
            <source>Another desk changed this handover just now; open it again.</source>
            <translation>另一台工作站刚刚修改了此交接，请重新打开。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/messages.py" />
            <source>Corrections are for signed handovers; edit the draft instead.</source>
            <translation>更正只用于已完成的交接；草稿请直接修改。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/messages.py" />
            <source>Choose a colleague: you cannot hand over to yourself.</source>
            <translation>请选择一位同事：不能交班给自己。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/messages.py" />
            <source>Choose a colleague from the list.</source>
            <translation>请从列表中选择同事。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/messages.py" />
            <source>This colleague is on approved leave that day (rule 3.4.1).</source>
            <translation>该同事当天已获准请假（第 3.4.1 条）。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/messages.py" />
            <source>Say what is wrong with equipment that is not working.</source>
            <translation>设备不正常时，请说明具体情况。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/messages.py" />
            <source>No work order has this number.</source>
            <translation>没有这个编号的工单。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/messages.py" />
            <source>A work-order number looks like GD00000012.</source>
            <translation>工单编号格式如 GD00000012。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/messages.py" />
            <source>Choose a shift of the pattern.</source>
            <translation>请选择一个班次。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/messages.py" />
            <source>Two shifts have the same name.</source>
            <translation>有两个班次名称相同。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/messages.py" />
            <source>Enter a time as HH:MM, e.g. 08:00.</source>
            <translation>请按 时:分 填写时间，例如 08:00。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/messages.py" />
            <source>A shift lasts 1 to 24 hours.</source>
            <translation>一个班次为 1 到 24 小时。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/messages.py" />
            <source>This colleague is already on that shift.</source>
            <translation>该同事已在这个班次上。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/messages.py" />
            <source>This duty was swapped and stays on the roster for the record.</source>
            <translation>该班次已调过班，为留存记录不能删除。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/messages.py" />
            <source>Choose a duty on the roster.</source>
            <translation>请在排班表中选择一个班次。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/messages.py" />
            <source>A swap needs two different colleagues.</source>
            <translation>调班需要两位不同的同事。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/messages.py" />
            <source>A shift that has begun can no longer be swapped.</source>
            <translation>已开始的班次不能再调班。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/messages.py" />
            <source>Only the two colleagues or a shift leader can record this.</source>
            <translation>只有调班双方或班长可以登记。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/messages.py" />
            <source>You already asked for leave on some of these days.</source>
            <translation>这些日期中已有您的请假申请。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/messages.py" />
            <source>This request has already been decided.</source>
            <translation>此申请已审批。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/messages.py" />
            <source>Another leader decides on your own leave (rule 3.4.1).</source>
            <translation>本人的请假须由其他领导审批（第 3.4.1 条）。</translation>
        </message>
        <message>
            <source>Only an agent or a leader of the desk can take over the shift.</source>
            <translation>只有坐席或值班长等服务台人员才能接班。</translation>
        </message>
    </context>
    <context>
        <name>HandoverView</name>
        <message>
            <location filename="../../app/ui/shifts/view_html.py" />
            <source>Handover log</source>
            <translation>交接日志</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/view_html.py" />
            <source>Shift: %1 · outgoing: %2 · incoming: %3</source>
            <translation>班次：%1 · 交班人：%2 · 接班人：%3</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/view_html.py" />
            <source>Handed over %1 · completed %2</source>
            <translation>交班 %1 · 完成 %2</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/view_html.py" />
            <source>Released by shift leader %1: %2</source>
            <translation>班长 %1 确认放行：%2</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/view_html.py" />
            <source>Equipment</source>
            <translation>设备</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/view_html.py" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/view_html.py" />
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/view_html.py" />
            <source>Difficult cases</source>
            <translation>疑难个案</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/view_html.py" />
            <source>Work order</source>
            <translation>工单</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/view_html.py" />
            <source>Case</source>
            <translation>情况</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/view_html.py" />
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/view_html.py" />
            <source>Staffing changes</source>
            <translation>人员变动</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/view_html.py" />
            <source>Notes</source>
            <translation>其他事项</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/view_html.py" />
            <source>Carried-over work orders</source>
            <translation>移交工单</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/view_html.py" />
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/view_html.py" />
            <source>Due</source>
            <translation>时限</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/view_html.py" />
            <source>Acknowledged</source>
            <translation>已确认</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/view_html.py" />
            <source>Corrections</source>
            <translation>更正记录</translation>
        </message>
    </context>
    <context>
        <name>HistoryWindow</name>
        <message>
            <location filename="../../app/ui/shifts/history_window.py" />
            <source>Handover history</source>
            <translation>交接班记录查询</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/history_window.py" />
            <source>&amp;Dates</source>
            <translation>日期(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/history_window.py" />
            <source>Agent name or job number</source>
            <translation>坐席姓名或工号</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/history_window.py" />
            <source>Text in the log</source>
            <translation>日志中的文字</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/history_window.py" />
            <source>&amp;Search</source>
            <translation>查询(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/history_window.py" />
            <source>Created</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/history_window.py" />
            <source>Shift</source>
            <translation>班次</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/history_window.py" />
            <source>Outgoing</source>
            <translation>交班人</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/history_window.py" />
            <source>Incoming</source>
            <translation>接班人</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/history_window.py" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/history_window.py" />
            <source>A signed log is read-only: write a correction here; it is appended with your name and the time</source>
            <translation>已签字的日志不能修改：请在此填写更正，系统将附上您的姓名和时间追加保存</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/history_window.py" />
            <source>&amp;Append correction</source>
            <translation>追加更正(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/history_window.py" />
            <source>&amp;Leader release…</source>
            <translation>班长确认放行(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/history_window.py" />
            <source>Complete an unsigned handover without the incoming signature (shift leader)</source>
            <translation>在接班人未签字时完成交接（班长）</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/history_window.py" />
            <source>&amp;Print sheet…</source>
            <translation>打印交接单(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/history_window.py" />
            <source>Agent</source>
            <translation>坐席</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/history_window.py" />
            <source>Text</source>
            <translation>文字</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/history_window.py" />
            <source>%1 handovers found</source>
            <translation>共找到 %1 条交接记录</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/history_window.py" />
            <source>Searching…</source>
            <translation>正在搜索…</translation>
        </message>
    </context>
    <context>
        <name>LeaveTab</name>
        <message>
            <location filename="../../app/ui/shifts/leave_tab.py" />
            <source>&amp;Request leave</source>
            <translation>提交请假(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/leave_tab.py" />
            <source>From</source>
            <translation>开始</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/leave_tab.py" />
            <source>To</source>
            <translation>结束</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/leave_tab.py" />
            <source>Reason</source>
            <translation>事由</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/leave_tab.py" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/leave_tab.py" />
            <source>Decided by</source>
            <translation>审批人</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/leave_tab.py" />
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/leave_tab.py" />
            <source>Colleague</source>
            <translation>人员</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/leave_tab.py" />
            <source>Note to the colleague (required to reject)</source>
            <translation>给申请人的说明（不批准时必填）</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/leave_tab.py" />
            <source>A&amp;pprove</source>
            <translation>批准(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/leave_tab.py" />
            <source>Re&amp;ject</source>
            <translation>不批准(&amp;J)</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/leave_tab.py" />
            <source>First day</source>
            <translation>第一天</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/leave_tab.py" />
            <source>Last day</source>
            <translation>最后一天</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/leave_tab.py" />
            <source>Rea&amp;son</source>
            <translation>事由(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/leave_tab.py" />
            <source>My leave requests</source>
            <translation>我的请假申请</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/leave_tab.py" />
            <source>Requests waiting for a leader's decision</source>
            <translation>待班长审批的请假申请</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/leave_tab.py" />
            <source>Approved. These shifts now need cover: %1</source>
            <translation>已批准。以下班次需要安排顶班：%1</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/leave_tab.py" />
            <source>Decision recorded.</source>
            <translation>审批已记录。</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <location filename="../../app/ui/shifts/override_dialog.py" />
            <source>Leader release without signature</source>
            <translation>班长确认放行（无接班签字）</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/override_dialog.py" />
            <source>The incoming colleague has not signed. A shift leader may release the outgoing agent; the reason is recorded in the audit log.</source>
            <translation>接班人尚未签字。班长可以确认放行交班人，原因将记入审计日志。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/override_dialog.py" />
            <source>Why the handover completes without signature</source>
            <translation>在无接班签字情况下完成交接的原因</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/override_dialog.py" />
            <source>Leader's &amp;job number</source>
            <translation>班长工号(&amp;J)</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/override_dialog.py" />
            <source>Leader's &amp;password</source>
            <translation>班长密码(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/override_dialog.py" />
            <source>&amp;Reason</source>
            <translation>原因(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/override_dialog.py" />
            <source>&amp;Release</source>
            <translation>确认放行(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/override_dialog.py" />
            <source>Release (Ctrl+Enter)</source>
            <translation>确认放行(Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/override_dialog.py" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>PatternTab</name>
        <message>
            <location filename="../../app/ui/shifts/pattern_tab.py" />
            <source>Shift name</source>
            <translation>班次名称</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/pattern_tab.py" />
            <source>Starts (HH:MM)</source>
            <translation>开始时间（时:分）</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/pattern_tab.py" />
            <source>Hours</source>
            <translation>时长（小时）</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/pattern_tab.py" />
            <source>Preset: &amp;day and night</source>
            <translation>预设：白班/夜班(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/pattern_tab.py" />
            <source>Preset: &amp;three shifts</source>
            <translation>预设：三班倒(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/pattern_tab.py" />
            <source>Add s&amp;hift</source>
            <translation>添加班次(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/pattern_tab.py" />
            <source>Re&amp;move shift</source>
            <translation>删除班次(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/pattern_tab.py" />
            <source>&amp;Save pattern</source>
            <translation>保存班次设置(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/pattern_tab.py" />
            <source>Save pattern (Ctrl+S)</source>
            <translation>保存班次设置(Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/pattern_tab.py" />
            <source>Times are the centre's local time. Only a shift leader changes the pattern; duties already rostered keep their shift.</source>
            <translation>时间为本中心当地时间。只有班长可以修改班次设置；已排的班次保持不变。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/pattern_tab.py" />
            <source>Day shift</source>
            <translation>白班</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/pattern_tab.py" />
            <source>Night shift</source>
            <translation>夜班</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/pattern_tab.py" />
            <source>Early shift</source>
            <translation>早班</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/pattern_tab.py" />
            <source>Middle shift</source>
            <translation>中班</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/pattern_tab.py" />
            <source>Row %1: </source>
            <translation>第 %1 行：</translation>
        </message>
    </context>
    <context>
        <name>RosterWindow</name>
        <message>
            <location filename="../../app/ui/shifts/roster_window.py" />
            <source>Roster, leave and swaps</source>
            <translation>排班、请假与调班</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/roster_window.py" />
            <source>&amp;Roster</source>
            <translation>排班表(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/roster_window.py" />
            <source>Shift &amp;pattern</source>
            <translation>班次设置(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/roster_window.py" />
            <source>L&amp;eave</source>
            <translation>请假(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/roster_window.py" />
            <source>◀ Previous week</source>
            <translation>◀ 上一周</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/roster_window.py" />
            <source>Next week ▶</source>
            <translation>下一周 ▶</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/roster_window.py" />
            <source>&amp;Assign to selected shift</source>
            <translation>排入所选班次(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/roster_window.py" />
            <source>Re&amp;move duty</source>
            <translation>移出班次(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/roster_window.py" />
            <source>Record s&amp;wap</source>
            <translation>登记调班(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/roster_window.py" />
            <source>On the selected shift</source>
            <translation>所选班次的人员</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/roster_window.py" />
            <source>Colleague</source>
            <translation>人员</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/roster_window.py" />
            <source>Swap with duty</source>
            <translation>与此班次对调</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/roster_window.py" />
            <source>or give to</source>
            <translation>或转给</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/roster_window.py" />
            <source>Reason</source>
            <translation>事由</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/roster_window.py" />
            <source>— nobody —</source>
            <translation>— 无 —</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/roster_window.py" />
            <source>— none —</source>
            <translation>— 无 —</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/roster_window.py" />
            <source>No shifts are set up yet, so the desk cannot tell who is on duty. To start: 1. on the Shift pattern tab (Alt+P), add the shifts, e.g. 白班 08:00 for 12 h and 夜班 20:00 for 12 h, and save; 2. back here, select a day and a shift, choose a colleague and press Assign (Alt+A).</source>
            <translation>尚未设置班次，无法判断谁在岗。开始步骤：1. 在“班次设置”页(Alt+P)添加班次，例如白班 08:00 起 12 小时、夜班 20:00 起 12 小时，然后保存；2. 回到本页，选中某天的某个班次，选择同事并按“排入所选班次”(Alt+A)。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/roster_window.py" />
            <source>No shifts are set up yet, so the desk cannot tell who is on duty. A shift leader sets up the shift pattern and the roster here.</source>
            <translation>尚未设置班次，无法判断谁在岗。班次设置和排班由班长在此完成。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/roster_window.py" />
            <source>Nobody is on the roster this week. Select a day and a shift, choose a colleague and press Assign (Alt+A).</source>
            <translation>本周无人排班。请选中某天的某个班次，选择同事并按“排入所选班次”(Alt+A)。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/roster_window.py" />
            <source>Nobody is on the roster this week. A shift leader assigns the shifts here.</source>
            <translation>本周无人排班。排班由班长在此安排。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/roster_window.py" />
            <source>Set &amp;up the shift pattern…</source>
            <translation>设置班次(&amp;U)…</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <location filename="../../app/ui/shifts/sign_dialog.py" />
            <source>Take over the shift: sign the handover</source>
            <translation>接班：签字确认交接</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/sign_dialog.py" />
            <source>Acknowledged</source>
            <translation>已确认</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/sign_dialog.py" />
            <source>Work order</source>
            <translation>工单</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/sign_dialog.py" />
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/sign_dialog.py" />
            <source>Due</source>
            <translation>时限</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/sign_dialog.py" />
            <source>Description</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/sign_dialog.py" />
            <source>&amp;Acknowledge all</source>
            <translation>全部确认(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/sign_dialog.py" />
            <source>Tick every carried-over work order (Alt+A)</source>
            <translation>勾选全部移交工单(Alt+A)</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/sign_dialog.py" />
            <source>&amp;Sign and take over</source>
            <translation>签字接班(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/sign_dialog.py" />
            <source>Sign (Ctrl+Enter)</source>
            <translation>签字(Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/sign_dialog.py" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/sign_dialog.py" />
            <source>No handover is waiting for your signature.</source>
            <translation>没有等待您签字的交接。</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/sign_dialog.py" />
            <source>&amp;Job number</source>
            <translation>工号(&amp;J)</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/sign_dialog.py" />
            <source>&amp;Password</source>
            <translation>密码(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/sign_dialog.py" />
            <source>From %1, handed over %2</source>
            <translation>%1 交班，时间 %2</translation>
        </message>
        <message>
            <location filename="../../app/ui/shifts/sign_dialog.py" />
            <source>Carried-over work orders to acknowledge: %1</source>
            <translation>需确认的移交工单：%1 条</translation>
        </message>
    </context>
    <context>
        <name>StaffingEdit</name>
        <message>
            <location filename="../../app/ui/shifts/log_editor.py" />
            <source>One change per line: leave, swaps, who covers whom</source>
            <translation>每行一项：请假、调班、谁顶谁的班</translation>
        </message>
    </context>
</TS>
