<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>TelephonyDesk</name>
        <message>
            <source>The caller hung up before the call was answered</source>
            <translation>来电方在接听前已挂断</translation>
        </message>
        <message>
            <source>The call was cut off: the PBX went away</source>
            <translation>通话已中断：交换机连接断开</translation>
        </message>
        <message>
            <source>A call without a caller number</source>
            <translation>来电未显示号码</translation>
        </message>
        <message>
            <source>Dialling…</source>
            <translation>正在呼叫…</translation>
        </message>
        <message>
            <source>Your phone rings: pick it up to call %1</source>
            <translation>您的话机正在振铃：摘机后将呼叫 %1</translation>
        </message>
    </context>
    <context>
        <name>DialDialog</name>
        <message>
            <source>Call the customer</source>
            <translation>呼叫用户</translation>
        </message>
        <message>
            <source>Your own phone rings first; pick it up and the PBX calls the customer. The call is kept with the order.</source>
            <translation>先振铃您自己的话机，摘机后由交换机呼叫用户。通话记录随工单保存。</translation>
        </message>
        <message>
            <source>&amp;Number</source>
            <translation>号码(&amp;N)</translation>
        </message>
        <message>
            <source>For</source>
            <translation>事由</translation>
        </message>
        <message>
            <source>&amp;Dial</source>
            <translation>拨打(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>PbxFiguresTable</name>
        <message>
            <source>From the phone system (PBX times)</source>
            <translation>来自电话交换机（交换机时间）</translation>
        </message>
        <message>
            <source>Answered in time</source>
            <translation>及时接听</translation>
        </message>
        <message>
            <source>Answered within %1 rings</source>
            <translation>%1 声内接听</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>坐席</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>班次</translation>
        </message>
        <message>
            <source>Calls offered</source>
            <translation>呼入</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>接听</translation>
        </message>
        <message>
            <source>Abandoned while ringing</source>
            <translation>振铃中放弃</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>未接（转他人或超时）</translation>
        </message>
        <message>
            <source>Mean time to answer</source>
            <translation>平均接听用时</translation>
        </message>
        <message>
            <source>Dialled out</source>
            <translation>外呼</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>正在统计…</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 秒</translation>
        </message>
        <message>
            <source>Counted from the calls the PBX reported at each desk, with the PBX's own ring and answer times. No calls from the PBX in these days.</source>
            <translation>按交换机报告的各坐席通话统计，振铃和接听时间以交换机为准。所选日期内交换机无通话记录。</translation>
        </message>
        <message>
            <source>Counted from the calls the PBX reported at each desk, with the PBX's own ring and answer times; a ring lasts as long as set for rule 4.4.</source>
            <translation>按交换机报告的各坐席通话统计，振铃和接听时间以交换机为准；每声振铃时长按第 4.4 条的设置计算。</translation>
        </message>
    </context>
    <context>
        <name>Telephony</name>
        <message>
            <source>Call the customer through the PBX</source>
            <translation>通过交换机呼叫用户</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>拨打</translation>
        </message>
        <message>
            <source>Call the caller or the customer shown back through the PBX (Ctrl+Shift+C)</source>
            <translation>通过交换机回拨来电方或当前显示的用户（Ctrl+Shift+C）</translation>
        </message>
    </context>
    <context>
        <name>TelephonyMessages</name>
        <message>
            <source>This number may not be dialled from the desk (outside the allowed numbers set by the centre).</source>
            <translation>此号码不允许从工作台拨打（不在中心设定的允许号码范围内）。</translation>
        </message>
        <message>
            <source>No extension is set for you: ask a shift leader to set it.</source>
            <translation>尚未为您设置分机号，请联系值班长设置。</translation>
        </message>
        <message>
            <source>The PBX is not connected: dial the number on the phone.</source>
            <translation>交换机未连接，请在话机上直接拨号。</translation>
        </message>
        <message>
            <source>The PBX refused the call: dial the number on the phone.</source>
            <translation>交换机拒绝了呼叫，请在话机上直接拨号。</translation>
        </message>
        <message>
            <source>This is not a phone number.</source>
            <translation>这不是有效的电话号码。</translation>
        </message>
        <message>
            <source>The last day must not come before the first.</source>
            <translation>结束日期不能早于开始日期。</translation>
        </message>
        <message>
            <source>Choose at most one year.</source>
            <translation>最多选择一年。</translation>
        </message>
    </context>
    <context>
        <name>OrderDial</name>
        <message>
            <source>Call the customer (Ctrl+Shift+C)</source>
            <translation>呼叫用户 (Ctrl+Shift+C)</translation>
        </message>
    </context>
    <context>
        <name>LinkLabel</name>
        <message>
            <source>Phone: connected, extension %1</source>
            <translation>电话：已连接，分机 %1</translation>
        </message>
        <message>
            <source>Phone: connecting…</source>
            <translation>电话：正在连接…</translation>
        </message>
        <message>
            <source>Phone: link lost, retrying</source>
            <translation>电话：连接中断，正在重试</translation>
        </message>
        <message>
            <source>Phone: login refused</source>
            <translation>电话：登录被拒绝</translation>
        </message>
        <message>
            <source>Phone: no PBX (desk clock)</source>
            <translation>电话：未接交换机</translation>
        </message>
        <message>
            <source>Calls and their times come from the PBX (%1).</source>
            <translation>来电及其时间来自交换机（%1）。</translation>
        </message>
        <message>
            <source>Connecting to the PBX (%1).</source>
            <translation>正在连接交换机（%1）。</translation>
        </message>
        <message>
            <source>The PBX cannot be reached (%1). The desk retries by itself; meanwhile ring and answer times are the desk's.</source>
            <translation>无法连接交换机（%1）。工作台会自动重试；在此期间振铃和接听时间按工作台时钟记录。</translation>
        </message>
        <message>
            <source>The PBX refused the login (%1): check the AMI user and its secret.</source>
            <translation>交换机拒绝登录（%1）：请检查 AMI 用户及其密码。</translation>
        </message>
        <message>
            <source>No PBX is connected: calls are timed by the desk clock (%1).</source>
            <translation>未连接交换机：通话按工作台时钟计时（%1）。</translation>
        </message>
        <message>
            <source>Phone: no AMI secret</source>
            <translation>电话：缺少 AMI 密码</translation>
        </message>
        <message>
            <source>The AMI secret cannot be read (%1). Calls are timed by the desk clock until it can.</source>
            <translation>无法读取 AMI 密码（%1）。在读到之前，通话按工作台时钟计时。</translation>
        </message>
    </context>
</TS>
