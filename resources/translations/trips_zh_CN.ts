<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AppointmentDialog</name>
        <message>
            <source>Phone result: %1</source>
            <translation>电话预约结果：%1</translation>
        </message>
        <message>
            <source>Time &amp;agreed</source>
            <translation>已约定时间(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Not reached</source>
            <translation>未联系上(&amp;N)</translation>
        </message>
        <message>
            <source>Who answered</source>
            <translation>接电话的人</translation>
        </message>
        <message>
            <source>Agreed time (%1)</source>
            <translation>约定时间（%1）</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>CandidatesPanel</name>
        <message>
            <source>&amp;Find (F5)</source>
            <translation>查找(&amp;F) (F5)</translation>
        </message>
        <message>
            <source>&amp;Create trip (Ctrl+Enter)</source>
            <translation>生成行程(&amp;C) (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Floor</source>
            <translation>楼层</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>工单号</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Matter</source>
            <translation>事由</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>日期(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>执行单位(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Estate</source>
            <translation>小区(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Technician</source>
            <translation>技术员(&amp;T)</translation>
        </message>
        <message>
            <source>(all units)</source>
            <translation>（全部单位）</translation>
        </message>
        <message>
            <source>(not named)</source>
            <translation>（暂不指定）</translation>
        </message>
        <message>
            <source>Finding households…</source>
            <translation>正在查找上门住户…</translation>
        </message>
        <message>
            <source>%1 households found; tick the ones to visit (Space).</source>
            <translation>找到 %1 户，勾选要上门的住户（空格键）。</translation>
        </message>
        <message>
            <source>Creating the trip…</source>
            <translation>正在生成行程…</translation>
        </message>
    </context>
    <context>
        <name>FeedbackDialog</name>
        <message>
            <source>Feedback of stop %1: %2</source>
            <translation>第 %1 站反馈：%2</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>公司责任</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>用户责任</translation>
        </message>
        <message>
            <source>°C, e.g. 18.5</source>
            <translation>°C，例如 18.5</translation>
        </message>
        <message>
            <source>Living room</source>
            <translation>客厅</translation>
        </message>
        <message>
            <source>(not asked)</source>
            <translation>（未询问）</translation>
        </message>
        <message>
            <source>Satisfied</source>
            <translation>满意</translation>
        </message>
        <message>
            <source>Not satisfied</source>
            <translation>不满意</translation>
        </message>
        <message>
            <source>One file name a line, e.g. IMG_0001.jpg</source>
            <translation>每行一个文件名，例如 IMG_0001.jpg</translation>
        </message>
        <message>
            <source>Repair</source>
            <translation>报修</translation>
        </message>
        <message>
            <source>Heating quality</source>
            <translation>供热质量</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>&amp;Result</source>
            <translation>处理结果(&amp;R)</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>现场发现</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>处理情况</translation>
        </message>
        <message>
            <source>Why it waits</source>
            <translation>暂停原因</translation>
        </message>
        <message>
            <source>Responsibility</source>
            <translation>责任归属</translation>
        </message>
        <message>
            <source>Indoor temperature, room, time</source>
            <translation>室温、房间、测量时间</translation>
        </message>
        <message>
            <source>Confirmed by</source>
            <translation>用户确认人</translation>
        </message>
        <message>
            <source>Customer's verdict</source>
            <translation>用户评价</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>照片</translation>
        </message>
        <message>
            <source>Problem for a new order</source>
            <translation>需另开工单的问题</translation>
        </message>
        <message>
            <source>New order's category, unit</source>
            <translation>新工单类别、执行单位</translation>
        </message>
        <message>
            <source>(the trip's unit)</source>
            <translation>（行程的执行单位）</translation>
        </message>
        <message>
            <source>Waiting for a part</source>
            <translation>等待配件到货</translation>
        </message>
        <message>
            <source>Nobody at home at the visit</source>
            <translation>上门时无人在家</translation>
        </message>
        <message>
            <source>Saving the feedback…</source>
            <translation>正在保存反馈…</translation>
        </message>
    </context>
    <context>
        <name>TripMessages</name>
        <message>
            <source>Tick at least one household.</source>
            <translation>请至少勾选一户。</translation>
        </message>
        <message>
            <source>Too many stops for one trip; split it into two.</source>
            <translation>一次行程的站点太多，请分成两次。</translation>
        </message>
        <message>
            <source>This trip is reported already and no longer changes.</source>
            <translation>此行程已报告，不能再修改。</translation>
        </message>
        <message>
            <source>The feedback of this stop is entered already.</source>
            <translation>此站点的反馈已经录入。</translation>
        </message>
        <message>
            <source>This stop has no work order: choose looked at or a follow-up.</source>
            <translation>此站点没有工单：请选择“已查看”或“另开工单”。</translation>
        </message>
        <message>
            <source>One file name a line, without folders, at most 20 photos.</source>
            <translation>每行一个文件名，不含文件夹，最多 20 张照片。</translation>
        </message>
    </context>
    <context>
        <name>TripPanel</name>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Floor</source>
            <translation>楼层</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>工单号</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Phone result</source>
            <translation>电话预约</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>现场反馈</translation>
        </message>
        <message>
            <source>&amp;Phone result…</source>
            <translation>电话预约结果(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Feedback… (Enter)</source>
            <translation>录入反馈(&amp;F)… (Enter)</translation>
        </message>
        <message>
            <source>&amp;Print trip (Ctrl+P)</source>
            <translation>打印行程(&amp;P) (Ctrl+P)</translation>
        </message>
        <message>
            <source>Trip &amp;report (Ctrl+R)</source>
            <translation>行程报告(&amp;R) (Ctrl+R)</translation>
        </message>
        <message>
            <source>T&amp;rip</source>
            <translation>行程(&amp;R)</translation>
        </message>
        <message>
            <source>reported</source>
            <translation>已报告</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>计划中</translation>
        </message>
        <message>
            <source>%1 %2 %3: %4 stops (%5)</source>
            <translation>%1 %2 %3：%4 站（%5）</translation>
        </message>
        <message>
            <source>all estates</source>
            <translation>全部小区</translation>
        </message>
        <message>
            <source>No trip yet: tick households above and press Create trip.</source>
            <translation>还没有行程：在上方勾选住户后按“生成行程”。</translation>
        </message>
        <message>
            <source>%1 stops in %2 buildings of %3 estates, about %4.</source>
            <translation>共 %1 站，%3 个小区 %2 栋楼，预计用时 %4。</translation>
        </message>
        <message>
            <source>Preparing the route sheet and the notices…</source>
            <translation>正在准备路线单和上门通知…</translation>
        </message>
        <message>
            <source>%1 visit notice(s) recorded.</source>
            <translation>已记录 %1 份上门通知。</translation>
        </message>
        <message>
            <source>Preparing the trip report…</source>
            <translation>正在准备行程报告…</translation>
        </message>
        <message>
            <source>Remove stop (Del)</source>
            <translation>移除站点 (Del)</translation>
        </message>
    </context>
    <context>
        <name>TripWindow</name>
        <message>
            <source>Field trips</source>
            <translation>外出服务行程</translation>
        </message>
    </context>
    <context>
        <name>TripsInstall</name>
        <message>
            <source>Field trips (route, phone, feedback)</source>
            <translation>外出服务（路线、电话预约、反馈）</translation>
        </message>
    </context>
    <context>
        <name>TripLabels</name>
        <message>
            <source>Work order</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>Announced visit</source>
            <translation>预约上门</translation>
        </message>
        <message>
            <source>Temperature sample</source>
            <translation>室温抽测</translation>
        </message>
        <message>
            <source>Not phoned</source>
            <translation>未电话预约</translation>
        </message>
        <message>
            <source>Time agreed</source>
            <translation>已约定</translation>
        </message>
        <message>
            <source>Not reached</source>
            <translation>未联系上</translation>
        </message>
        <message>
            <source>Not entered</source>
            <translation>未填写</translation>
        </message>
        <message>
            <source>Resolved on site</source>
            <translation>现场已处理</translation>
        </message>
        <message>
            <source>Needs a part</source>
            <translation>待配件</translation>
        </message>
        <message>
            <source>Nobody home</source>
            <translation>无人在家</translation>
        </message>
        <message>
            <source>Looked at</source>
            <translation>已查看</translation>
        </message>
        <message>
            <source>Follow-up order</source>
            <translation>另开工单</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 小时 %2 分钟</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 分钟</translation>
        </message>
    </context>
</TS>
