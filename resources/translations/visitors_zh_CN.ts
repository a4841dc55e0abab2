<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ReceptionForm</name>
        <message>
            <source>when known</source>
            <translation>已知时填写</translation>
        </message>
        <message>
            <source>Level %1</source>
            <translation>%1 级</translation>
        </message>
        <message>
            <source>Handed to the visitor</source>
            <translation>发放给来访人的材料</translation>
        </message>
        <message>
            <source>&amp;Save visit (Ctrl+S)</source>
            <translation>保存来访(&amp;S) (Ctrl+S)</translation>
        </message>
        <message>
            <source>&amp;Visitor, how many</source>
            <translation>来访人、人数(&amp;V)</translation>
        </message>
        <message>
            <source>P&amp;hone</source>
            <translation>电话(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Account</source>
            <translation>用户编号(&amp;A)</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>到达时间</translation>
        </message>
        <message>
            <source>Ca&amp;tegory</source>
            <translation>类别(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>来访事由(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Outcome</source>
            <translation>处理方式(&amp;O)</translation>
        </message>
        <message>
            <source>Answer given</source>
            <translation>答复内容</translation>
        </message>
        <message>
            <source>Work order: level, unit</source>
            <translation>工单：优先级、执行单位</translation>
        </message>
        <message>
            <source>&amp;Follow-up</source>
            <translation>后续跟进(&amp;F)</translation>
        </message>
        <message>
            <source>(choose a unit)</source>
            <translation>（请选择执行单位）</translation>
        </message>
        <message>
            <source>Saving the visit…</source>
            <translation>正在保存来访记录…</translation>
        </message>
    </context>
    <context>
        <name>ReceptionWindow</name>
        <message>
            <source>Visitor reception</source>
            <translation>来访接待</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>到达</translation>
        </message>
        <message>
            <source>Visitor</source>
            <translation>来访人</translation>
        </message>
        <message>
            <source>Persons</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>About</source>
            <translation>事由</translation>
        </message>
        <message>
            <source>Handed</source>
            <translation>发放材料</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>工单号</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>后续跟进</translation>
        </message>
        <message>
            <source>Received by</source>
            <translation>接待人</translation>
        </message>
        <message>
            <source>Visit saved; work order %1</source>
            <translation>来访已保存，工单 %1</translation>
        </message>
        <message>
            <source>Visit saved</source>
            <translation>来访已保存</translation>
        </message>
        <message>
            <source>Register of &amp;day</source>
            <translation>登记日期(&amp;D)</translation>
        </message>
        <message>
            <source>Visitors of the day: %1 visits, %2 persons</source>
            <translation>当日来访：%1 批，%2 人</translation>
        </message>
    </context>
    <context>
        <name>VisitorsInstall</name>
        <message>
            <source>Visitor reception</source>
            <translation>来访接待</translation>
        </message>
    </context>
</TS>
