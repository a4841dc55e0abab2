<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>LeaveMemoDialog</name>
        <message>
            <source>Leave a message</source>
            <translation>留言</translation>
        </message>
        <message>
            <source>e.g. before 15:00 today</source>
            <translation>例如 今天 15:00 前</translation>
        </message>
        <message>
            <source>&amp;For</source>
            <translation>留给(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Caller</source>
            <translation>来电人(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>电话(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>事由(&amp;A)</translation>
        </message>
        <message>
            <source>Call &amp;back</source>
            <translation>约定回电(&amp;B)</translation>
        </message>
        <message>
            <source>(choose a colleague or a unit)</source>
            <translation>（请选择同事或单位）</translation>
        </message>
        <message>
            <source>Unit: %1</source>
            <translation>单位：%1</translation>
        </message>
    </context>
    <context>
        <name>MemoIndicator</name>
        <message>
            <source>Messages: %1 unread</source>
            <translation>留言：%1 条未读</translation>
        </message>
        <message>
            <source> · %1 unread too long</source>
            <translation> · %1 条超时未读</translation>
        </message>
        <message>
            <source>Messages for you</source>
            <translation>您的留言</translation>
        </message>
        <message>
            <source>%1 message(s) were left for you:</source>
            <translation>有 %1 条留言给您：</translation>
        </message>
        <message>
            <source>Open messages</source>
            <translation>打开留言</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>稍后</translation>
        </message>
    </context>
    <context>
        <name>MemoOrderDialog</name>
        <message>
            <source>Work order from a message</source>
            <translation>由留言生成工单</translation>
        </message>
        <message>
            <source>Level %1</source>
            <translation>%1 级</translation>
        </message>
        <message>
            <source>Ca&amp;tegory</source>
            <translation>类别(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Level</source>
            <translation>优先级(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>执行单位(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>问题描述(&amp;D)</translation>
        </message>
        <message>
            <source>(choose a unit)</source>
            <translation>（请选择执行单位）</translation>
        </message>
    </context>
    <context>
        <name>MemoWindow</name>
        <message>
            <source>Messages</source>
            <translation>留言</translation>
        </message>
        <message>
            <source>Left at</source>
            <translation>留言时间</translation>
        </message>
        <message>
            <source>From</source>
            <translation>留言人</translation>
        </message>
        <message>
            <source>For</source>
            <translation>留给</translation>
        </message>
        <message>
            <source>Caller</source>
            <translation>来电人</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>About</source>
            <translation>事由</translation>
        </message>
        <message>
            <source>Call back</source>
            <translation>约定回电</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>&amp;1 For me</source>
            <translation>给我的(&amp;1)</translation>
        </message>
        <message>
            <source>&amp;2 Left by me</source>
            <translation>我留的(&amp;2)</translation>
        </message>
        <message>
            <source>&amp;3 Unread too long</source>
            <translation>超时未读(&amp;3)</translation>
        </message>
        <message>
            <source>&amp;New message (Ctrl+N)</source>
            <translation>新留言(&amp;N) (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Done (Ctrl+D)</source>
            <translation>已处理(&amp;D) (Ctrl+D)</translation>
        </message>
        <message>
            <source>&amp;Reply (Ctrl+R)</source>
            <translation>回复(&amp;R) (Ctrl+R)</translation>
        </message>
        <message>
            <source>&amp;Work order (Ctrl+W)</source>
            <translation>生成工单(&amp;W) (Ctrl+W)</translation>
        </message>
        <message>
            <source>%1 unread, %2 open</source>
            <translation>%1 条未读，%2 条未处理</translation>
        </message>
        <message>
            <source>Reply to %1</source>
            <translation>回复 %1</translation>
        </message>
        <message>
            <source>Your answer (it reaches %1 as a message):</source>
            <translation>您的答复（将作为留言送达 %1）：</translation>
        </message>
        <message>
            <source>Work order %1 opened</source>
            <translation>已生成工单 %1</translation>
        </message>
    </context>
    <context>
        <name>MemosInstall</name>
        <message>
            <source>Messages for colleagues</source>
            <translation>同事留言</translation>
        </message>
    </context>
    <context>
        <name>MemoLabels</name>
        <message>
            <source>unit %1</source>
            <translation>单位 %1</translation>
        </message>
        <message>
            <source>Work order %1</source>
            <translation>已转工单 %1</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>已回复</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已处理</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>未读</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>已读</translation>
        </message>
        <message>
            <source>From %1 at %2 for %3</source>
            <translation>%1 于 %2 留给 %3</translation>
        </message>
        <message>
            <source>Passed on at the handover by %1</source>
            <translation>交接班时由 %1 转交</translation>
        </message>
        <message>
            <source>Caller: %1 %2</source>
            <translation>来电人：%1 %2</translation>
        </message>
        <message>
            <source>Call back: %1</source>
            <translation>约定回电：%1</translation>
        </message>
        <message>
            <source>Reply: %1</source>
            <translation>答复：%1</translation>
        </message>
    </context>
    <context>
        <name>MemoMessages</name>
        <message>
            <source>This message has its work order already.</source>
            <translation>这条留言已经生成过工单。</translation>
        </message>
    </context>
</TS>
