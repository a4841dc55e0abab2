<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>QueueGrading</name>
        <message>
            <source>Chan&amp;ge level…</source>
            <translation>调整级别(&amp;G)…</translation>
        </message>
        <message>
            <source>Level:</source>
            <translation>级别：</translation>
        </message>
        <message>
            <source>Level %1</source>
            <translation>%1级</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <source>Below level 1</source>
            <translation>低于一级</translation>
        </message>
        <message>
            <source>%1 (by %2, %3)</source>
            <translation>%1（%2，%3）</translation>
        </message>
        <message>
            <source>Graded below level 1</source>
            <translation>定级低于一级</translation>
        </message>
        <message>
            <source>Change level</source>
            <translation>调整级别</translation>
        </message>
    </context>
</TS>
