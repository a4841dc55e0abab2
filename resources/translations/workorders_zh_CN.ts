<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Incidents</name>
    <message>
        <source>Burst pipe</source>
        <translation>爆管</translation>
    </message>
    <message>
        <source>Substation fault</source>
        <translation>换热站故障</translation>
    </message>
    <message>
        <source>Supply interruption</source>
        <translation>停热</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事故</translation>
    </message>
    <message>
        <source>Known incident here (%1): %2</source>
        <translation>本楼已知事故（%1）：%2</translation>
    </message>
    <message>
        <source>expected to end %1</source>
        <translation>预计 %1 恢复</translation>
    </message>
</context>
</TS>
