<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Operations</name>
        <message>
            <source>The database cannot be reached — what you typed is kept; try again once the connection is back.</source>
            <translation>无法连接数据库——已填写的内容都已保留；连接恢复后请再试一次。</translation>
        </message>
        <message>
            <source>%1 already holds this; nothing was saved.</source>
            <translation>%1 已在处理此项；未保存任何内容。</translation>
        </message>
        <message>
            <source>Another desk changed this in the meantime; nothing was saved. Reload to see the current state.</source>
            <translation>其他坐席刚刚修改了此项；未保存任何内容。请重新载入查看最新状态。</translation>
        </message>
        <message>
            <source>This step no longer applies to the record as it is now; nothing was saved. Reload to see the current state.</source>
            <translation>此项的当前状态已不允许这一步操作；未保存任何内容。请重新载入查看最新状态。</translation>
        </message>
        <message>
            <source>Your role may not do this; nothing was saved.</source>
            <translation>您的岗位无权进行此操作；未保存任何内容。</translation>
        </message>
        <message>
            <source>The record no longer exists; it may have been removed at another desk.</source>
            <translation>该记录已不存在，可能已在其他坐席被删除。</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>重新载入</translation>
        </message>
    </context>
    <context>
        <name>OpRunner</name>
        <message>
            <source>Working…</source>
            <translation>正在处理…</translation>
        </message>
    </context>
</TS>