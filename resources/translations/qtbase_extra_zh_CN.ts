<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <!-- Qt's own dialog texts that Qt's qtbase_zh_CN.qm leaves in English (their
         sources gained a mnemonic it has no entry for); loaded after it, so these win.
         tests/ui/test_layout_and_dialogs.py lists the Qt dialogs' texts and fails on
         any left in English. -->
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>查找范围(&amp;L)：</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>文件类型(&amp;T)：</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <source>Page &amp;Set:</source>
            <translation>页面组(&amp;S)：</translation>
        </message>
    </context>
</TS>
