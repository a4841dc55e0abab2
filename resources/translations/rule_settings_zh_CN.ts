<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>RuleSettings</name>
        <message>
            <source>Rule settings (leaders)…</source>
            <translation>规则设置（值班长、主管）…</translation>
        </message>
    </context>
    <context>
        <name>RuleSettingsDialog</name>
        <message>
            <source>Rule settings</source>
            <translation>规则设置</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <source> hours</source>
            <translation> 小时</translation>
        </message>
        <message>
            <source>Count &amp;callback answers in the satisfaction rate (the report says so)</source>
            <translation>回访评价计入满意率（报表注明）(&amp;C)</translation>
        </message>
        <message>
            <source>Forms dated up to, &amp;after the season's end</source>
            <translation>供暖季结束后计入本季的调查表(&amp;A)</translation>
        </message>
        <message>
            <source>Announce planned maintenance at least &amp;ahead</source>
            <translation>计划检修至少提前通知(&amp;A)</translation>
        </message>
        <message>
            <source>May pause a deadline</source>
            <translation>可暂停时限</translation>
        </message>
        <message>
            <source>May grade (any level)</source>
            <translation>可定级（任意级别）</translation>
        </message>
        <message>
            <source>May only raise the level</source>
            <translation>仅可提高级别</translation>
        </message>
        <message>
            <source>Satisfaction survey (rule 5.3.2.2)</source>
            <translation>满意度调查（规则 5.3.2.2）</translation>
        </message>
        <message>
            <source>Planned maintenance (rule 5.2.1)</source>
            <translation>计划检修（规则 5.2.1）</translation>
        </message>
        <message>
            <source>Work-order deadlines (rule 5.2.2)</source>
            <translation>工单时限（规则 5.2.2）</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>保存 (Ctrl+S)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在读取…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
        <message>
            <source>Only a shift leader, supervisor or administrator may change the rule settings.</source>
            <translation>只有值班长、主管或管理员可以修改规则设置。</translation>
        </message>
    </context>
</TS>
