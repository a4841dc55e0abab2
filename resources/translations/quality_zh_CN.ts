<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>EntryForm</name>
        <message>
            <location filename="../../app/ui/quality/entry_form.py" line="42" />
            <source>e.g. living room</source>
            <translation>例如：客厅</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/entry_form.py" line="50" />
            <source>&amp;Save (Ctrl+S)</source>
            <translation>保存(&amp;S)（Ctrl+S）</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/entry_form.py" line="56" />
            <source>&amp;Technician job number</source>
            <translation>测温人员工号(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/entry_form.py" line="58" />
            <source>&amp;Account number</source>
            <translation>户号(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/entry_form.py" line="59" />
            <source>&amp;Date</source>
            <translation>日期(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/entry_form.py" line="60" />
            <source>T&amp;ime</source>
            <translation>时间(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/entry_form.py" line="63" />
            <source>&amp;Room</source>
            <translation>房间(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/entry_form.py" line="67" />
            <source>Water temperature °&amp;C</source>
            <translation>水温 °C(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/entry_form.py" line="67" />
            <source>Room temperature °&amp;C</source>
            <translation>室温 °C(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/entry_form.py" line="115" />
            <source>qualified</source>
            <translation>合格</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/entry_form.py" line="115" />
            <source>NOT qualified</source>
            <translation>不合格</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/entry_form.py" line="118" />
            <source> (contract)</source>
            <translation>（合同）</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/entry_form.py" line="119" />
            <source>Saved: %1, %2 °C, %3 (range %4).</source>
            <translation>已保存：%1，%2 °C，%3（合格范围 %4）。</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
    </context>
    <context>
        <name>HotWaterTab</name>
        <message>
            <location filename="../../app/ui/quality/hot_water_tab.py" line="20" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/hot_water_tab.py" line="20" />
            <source>Account</source>
            <translation>户号</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/hot_water_tab.py" line="20" />
            <source>Name</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/hot_water_tab.py" line="21" />
            <source>°C</source>
            <translation>°C</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/hot_water_tab.py" line="21" />
            <source>Qualified range °C</source>
            <translation>合格范围 °C</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/hot_water_tab.py" line="22" />
            <source>Qualified</source>
            <translation>合格</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/hot_water_tab.py" line="36" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/hot_water_tab.py" line="36" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/hot_water_tab.py" line="36" />
            <source> (contract)</source>
            <translation>（合同）</translation>
        </message>
    </context>
    <context>
        <name>OutdoorTab</name>
        <message>
            <location filename="../../app/ui/quality/outdoor_tab.py" line="47" />
            <source>&amp;Save day</source>
            <translation>保存当日(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/outdoor_tab.py" line="57" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/outdoor_tab.py" line="57" />
            <source>Daily mean °C</source>
            <translation>日均气温 °C</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/outdoor_tab.py" line="57" />
            <source>Exempt</source>
            <translation>豁免</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/outdoor_tab.py" line="58" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/outdoor_tab.py" line="60" />
            <source>&amp;Date</source>
            <translation>日期(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/outdoor_tab.py" line="61" />
            <source>Daily &amp;mean °C</source>
            <translation>日均气温 °C(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/outdoor_tab.py" line="66" />
            <source>CSV lines: date,mean, e.g. 2025-12-05,-8.5. A day colder than the exemption threshold makes its samples exempt (rule 5.1.1).</source>
            <translation>CSV 每行：日期,日均气温，例如 2025-12-05,-8.5。日均气温低于豁免界限的当天，抽检样本豁免（规则 5.1.1）。</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/outdoor_tab.py" line="89" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/outdoor_tab.py" line="91" />
            <source>CSV</source>
            <translation>CSV 导入</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/outdoor_tab.py" line="91" />
            <source>typed</source>
            <translation>手工录入</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/outdoor_tab.py" line="110" />
            <source>Import outdoor temperatures</source>
            <translation>导入室外气温</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/outdoor_tab.py" line="110" />
            <source>CSV files (*.csv *.txt)</source>
            <translation>CSV 文件 (*.csv *.txt)</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/outdoor_tab.py" line="118" />
            <source>The file cannot be read as UTF-8 text.</source>
            <translation>无法按 UTF-8 文本读取该文件。</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/outdoor_tab.py" line="132" />
            <source>%1 days imported.</source>
            <translation>已导入 %1 天。</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
        <message>
            <source>Importing outdoor temperatures…</source>
            <translation>正在导入室外温度…</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/outdoor_tab.py" />
            <source>&amp;Import CSV…</source>
            <translation>导入 CSV(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/outdoor_tab.py" />
            <source>Import outdoor temperatures from a CSV file (Ctrl+I)</source>
            <translation>从 CSV 文件导入室外气温（Ctrl+I）</translation>
        </message>
    </context>
    <context>
        <name>PlanTab</name>
        <message>
            <location filename="../../app/ui/quality/plan_tab.py" line="29" />
            <source>&amp;Make plan</source>
            <translation>生成计划(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/plan_tab.py" line="34" />
            <source>Account</source>
            <translation>户号</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/plan_tab.py" line="34" />
            <source>Name</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/plan_tab.py" line="34" />
            <source>Estate</source>
            <translation>小区</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/plan_tab.py" line="35" />
            <source>Heated area m²</source>
            <translation>供热面积 m²</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/plan_tab.py" line="35" />
            <source>Samples</source>
            <translation>已测样本</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/plan_tab.py" line="36" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/plan_tab.py" line="39" />
            <source>Sampling &amp;day</source>
            <translation>抽检日(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/plan_tab.py" line="92" />
            <source>No plan for this day yet: press Make plan (Alt+M).</source>
            <translation>该抽检日尚无计划：请按“生成计划”(Alt+M)。</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/plan_tab.py" line="95" />
            <source>target reached</source>
            <translation>已达标</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/plan_tab.py" line="95" />
            <source>BELOW target</source>
            <translation>未达标</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/plan_tab.py" line="97" />
            <source>%1 homes in %2 estates: %3 m² of %4 m² = %5 ‰ (target %6 ‰, %7).</source>
            <translation>%2 个小区共 %1 户：%3 m² / 总面积 %4 m² = %5 ‰（要求 %6 ‰，%7）。</translation>
        </message>
        <message>
            <source>Making the sampling plan…</source>
            <translation>正在生成抽检计划…</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/plan_tab.py" />
            <source>No plan for this day yet: the technical section makes it.</source>
            <translation>该抽检日尚无计划：由技术科生成。</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/plan_tab.py" />
            <source>the day has not come yet</source>
            <translation>抽检日未到</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/plan_tab.py" />
            <source>BELOW %1 ‰: measure more homes</source>
            <translation>低于 %1 ‰，须增测用户</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/plan_tab.py" />
            <source>Measured: %1 homes, %2 m² of %3 m² = %4 ‰ (target %5 ‰, %6).</source>
            <translation>实测：%1 户，%2 m² / 总面积 %3 m² = %4 ‰（要求 %5 ‰，%6）。</translation>
        </message>
    </context>
    <context>
        <name>QualityInstall</name>
        <message>
            <location filename="../../app/ui/quality/install.py" line="27" />
            <source>Heating quality (sampling, hot water)</source>
            <translation>供热质量（室温抽检、生活热水）</translation>
        </message>
    </context>
    <context>
        <name>QualityMessages</name>
        <message>
            <location filename="../../app/ui/quality/messages.py" line="17" />
            <source>This temperature is not possible here; please check the reading.</source>
            <translation>该温度不可能出现，请核对读数。</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/messages.py" line="19" />
            <source>Enter a date as YYYY-MM-DD.</source>
            <translation>请按 YYYY-MM-DD 输入日期。</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/messages.py" line="20" />
            <source>This day is outside the heating season.</source>
            <translation>该日期不在供暖季内。</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/messages.py" line="22" />
            <source>Samples are taken on the 5th, 15th and 25th of each month (rule 5.1.2).</source>
            <translation>室温抽检只在每月 5 日、15 日、25 日进行（规则 5.1.2）。</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/messages.py" line="25" />
            <source>This day has not come yet.</source>
            <translation>该日期尚未到来。</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/messages.py" line="26" />
            <source>This day already appears on an earlier line.</source>
            <translation>该日期在前面的行中已出现。</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/messages.py" line="28" />
            <source>Enter a time as HH:MM, e.g. 09:30.</source>
            <translation>请按 HH:MM 输入时间，例如 09:30。</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/messages.py" line="29" />
            <source>This moment is still in the future.</source>
            <translation>该时间尚未到来。</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/messages.py" line="30" />
            <source>No active colleague has this job number.</source>
            <translation>没有在职员工使用该工号。</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/messages.py" line="32" />
            <source>This customer does not receive hot water.</source>
            <translation>该用户未开通生活热水。</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/messages.py" line="34" />
            <source>The file has wrong lines; nothing was imported.</source>
            <translation>文件中有错误的行，未导入任何数据。</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/messages.py" line="36" />
            <source>A line needs two columns: date,mean temperature.</source>
            <translation>每行需要两列：日期,日均气温。</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/messages.py" line="38" />
            <source>The file has no temperatures.</source>
            <translation>文件中没有气温数据。</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/messages.py" line="39" />
            <source>This home already has an open heating-quality work order.</source>
            <translation>该户已有未完结的供热质量工单。</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/messages.py" line="41" />
            <location filename="../../app/ui/quality/messages.py" line="43" />
            <source>Name a season as 2025-2026.</source>
            <translation>供暖季请写作 2025-2026。</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/messages.py" line="44" />
            <source>Only technicians, shift leaders, supervisors and admins may enter temperatures.</source>
            <translation>只有技术员、值班长、主管和管理员可以录入温度。</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/messages.py" line="44" />
            <source>The database cannot be reached; what you typed is kept. Try again.</source>
            <translation>无法连接数据库；已输入的内容已保留，请重试。</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/messages.py" line="55" />
            <source>Line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
    </context>
    <context>
        <name>QualityWindow</name>
        <message>
            <location filename="../../app/ui/quality/quality_window.py" line="44" />
            <source>Heating quality</source>
            <translation>供热质量</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/quality_window.py" line="68" />
            <source>&amp;1 Measurements</source>
            <translation>&amp;1 室温测量</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/quality_window.py" line="69" />
            <source>&amp;2 Outdoor temperature</source>
            <translation>&amp;2 室外气温</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/quality_window.py" line="70" />
            <source>&amp;3 Hot water</source>
            <translation>&amp;3 生活热水</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/quality_window.py" line="71" />
            <source>&amp;4 Unqualified homes</source>
            <translation>&amp;4 不合格住户</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/quality_window.py" line="79" />
            <source>Heating &amp;season</source>
            <translation>供暖季(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/quality_window.py" line="124" />
            <source>no samples</source>
            <translation>暂无样本</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/quality_window.py" line="125" />
            <source>Room temperature: %1 (%2 of %3 samples; target %4 %)</source>
            <translation>室温合格率：%1（%3 个计入样本中 %2 个合格；目标 %4 %）</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/quality_window.py" line="129" />
            <source>exempt, reported apart: %1</source>
            <translation>豁免样本（单列）：%1</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/quality_window.py" line="130" />
            <source>Hot water: %1 (%2 of %3; target %4 %)</source>
            <translation>生活热水合格率：%1（%3 个读数中 %2 个合格；目标 %4 %）</translation>
        </message>
        <message>
            <source>, below target</source>
            <translation>，未达标</translation>
        </message>
    </context>
    <context>
        <name>UnqualifiedTab</name>
        <message>
            <location filename="../../app/ui/quality/unqualified_tab.py" line="31" />
            <source>&amp;Open work order (Ctrl+O)</source>
            <translation>派发工单(&amp;O)(Ctrl+O)</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/unqualified_tab.py" line="37" />
            <source>Account</source>
            <translation>户号</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/unqualified_tab.py" line="37" />
            <source>Name</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/unqualified_tab.py" line="37" />
            <source>Failed samples</source>
            <translation>不合格样本</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/unqualified_tab.py" line="38" />
            <source>Last date</source>
            <translation>最近日期</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/unqualified_tab.py" line="38" />
            <source>Room</source>
            <translation>房间</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/unqualified_tab.py" line="38" />
            <source>°C</source>
            <translation>°C</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/unqualified_tab.py" line="39" />
            <source>Qualified range °C</source>
            <translation>合格范围 °C</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/unqualified_tab.py" line="39" />
            <source>Work order</source>
            <translation>工单</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/unqualified_tab.py" line="40" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/unqualified_tab.py" line="44" />
            <source>Executing &amp;unit</source>
            <translation>执行单位(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/unqualified_tab.py" line="69" />
            <source> (contract)</source>
            <translation>（合同）</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/unqualified_tab.py" line="88" />
            <source>Room temperature sample not qualified: %1 %2 %3 °C (qualified %4–%5 °C), %6 failed samples this season.</source>
            <translation>室温抽检不合格：%1 %2 %3 °C（合格范围 %4–%5 °C），本供暖季共 %6 个不合格样本。</translation>
        </message>
        <message>
            <location filename="../../app/ui/quality/unqualified_tab.py" line="109" />
            <source>Work order %1 opened for %2.</source>
            <translation>已为 %2 派发工单 %1。</translation>
        </message>
        <message>
            <source>Opening the work order…</source>
            <translation>正在开立工单…</translation>
        </message>
    </context>
</TS>
