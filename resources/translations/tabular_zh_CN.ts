<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ImportWords</name>
        <message>
            <source>missing</source>
            <translation>缺失</translation>
        </message>
        <message>
            <source>repeats row {detail}</source>
            <translation>与第 {detail} 行重复</translation>
        </message>
        <message>
            <source>not an estate of the archive</source>
            <translation>不是档案中已有的小区</translation>
        </message>
        <message>
            <source>not a phone number</source>
            <translation>不是有效的电话号码</translation>
        </message>
        <message>
            <source>phone number too long</source>
            <translation>电话号码过长</translation>
        </message>
        <message>
            <source>not a number</source>
            <translation>不是数字</translation>
        </message>
        <message>
            <source>number out of range</source>
            <translation>数值超出范围</translation>
        </message>
        <message>
            <source>too long</source>
            <translation>过长</translation>
        </message>
        <message>
            <source>not an account number</source>
            <translation>不是有效的户号</translation>
        </message>
        <message>
            <source>should be yes or no</source>
            <translation>应为“是”或“否”</translation>
        </message>
        <message>
            <source>not a known value</source>
            <translation>不是可识别的值</translation>
        </message>
        <message>
            <source>unknown service</source>
            <translation>无法识别的服务</translation>
        </message>
        <message>
            <source>unknown mark</source>
            <translation>无法识别的标记</translation>
        </message>
        <message>
            <source>no column is chosen for it</source>
            <translation>没有选择对应的列</translation>
        </message>
        <message>
            <source>two columns are chosen for it</source>
            <translation>选择了两列</translation>
        </message>
        <message>
            <source>This is not a readable .xlsx or .csv file.</source>
            <translation>这不是可读的 .xlsx 或 .csv 文件。</translation>
        </message>
        <message>
            <source>The file holds no table (no header row).</source>
            <translation>文件里没有表格（找不到表头行）。</translation>
        </message>
        <message>
            <source>Only .xlsx and .csv files can be imported.</source>
            <translation>只能导入 .xlsx 和 .csv 文件。</translation>
        </message>
        <message>
            <source>not an address</source>
            <translation>不是有效的地址</translation>
        </message>
        <message>
            <source>not a heating season (2026-2027)</source>
            <translation>不是供暖季（如 2026-2027）</translation>
        </message>
        <message>
            <source>not a date (2026-10-15)</source>
            <translation>不是日期（如 2026-10-15）</translation>
        </message>
    </context>
    <context>
        <name>ProgressPanel</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>正在取消……</translation>
        </message>
        <message>
            <source>%1 rows read</source>
            <translation>已读取 %1 行</translation>
        </message>
    </context>
    <context>
        <name>MappingTable</name>
        <message>
            <source>Column in the file</source>
            <translation>文件中的列</translation>
        </message>
        <message>
            <source>First values</source>
            <translation>前几行的值</translation>
        </message>
        <message>
            <source>Imported as</source>
            <translation>导入为</translation>
        </message>
        <message>
            <source>(ignore)</source>
            <translation>（不导入）</translation>
        </message>
    </context>
    <context>
        <name>ErrorsModel</name>
        <message>
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
    </context>
    <context>
        <name>ErrorsView</name>
        <message>
            <source>&amp;Column:</source>
            <translation>列(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Problem:</source>
            <translation>问题(&amp;P)：</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>%1 of %2 problems shown</source>
            <translation>显示 %1 条，共 %2 条问题</translation>
        </message>
    </context>
</TS>
