<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ChartWidget</name>
        <message>
            <location filename="../../app/ui/reports/chart_widget.py" line="36" />
            <source>(no data)</source>
            <translation>（无数据）</translation>
        </message>
    </context>
    <context>
        <name>DashboardWindow</name>
        <message>
            <location filename="../../app/ui/reports/dashboard.py" line="90" />
            <source>Service-quality reports</source>
            <translation>服务质量报表</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/dashboard.py" line="101" />
            <source>Export &amp;PDF (Ctrl+P)</source>
            <translation>导出 PDF(&amp;P) (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/dashboard.py" line="102" />
            <source>Export &amp;Excel (Ctrl+E)</source>
            <translation>导出 Excel(&amp;E) (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/dashboard.py" line="103" />
            <source>Enter &amp;surveys (Ctrl+N)</source>
            <translation>录入调查表(&amp;S) (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/dashboard.py" line="108" />
            <source>Heating &amp;season</source>
            <translation>供暖季(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/dashboard.py" line="137" />
            <source>Write the season as two years, e.g. 2025-2026.</source>
            <translation>供暖季请写成两个年份，例如 2025-2026。</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/dashboard.py" line="167" />
            <location filename="../../app/ui/reports/dashboard.py" line="181" />
            <source>Export report</source>
            <translation>导出报表</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/dashboard.py" line="171" />
            <source>Writing the report…</source>
            <translation>正在生成报表…</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/dashboard.py" line="185" />
            <source>Written to %1</source>
            <translation>已保存到 %1</translation>
        </message>
        <message>
            <source>Building the report…</source>
            <translation>正在统计报表…</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <location filename="../../app/ui/reports/install.py" line="35" />
            <source>Service-quality reports</source>
            <translation>服务质量报表</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/install.py" line="38" />
            <source>Enter satisfaction surveys</source>
            <translation>录入满意度调查表</translation>
        </message>
    </context>
    <context>
        <name>SurveyDialog</name>
        <message>
            <location filename="../../app/ui/reports/survey_form.py" line="71" />
            <source>Satisfaction survey forms</source>
            <translation>满意度调查表录入</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/survey_form.py" line="78" />
            <source>number printed on the paper form</source>
            <translation>纸质调查表上的编号</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/survey_form.py" line="79" />
            <source>Satisfied</source>
            <translation>满意</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/survey_form.py" line="79" />
            <source>Basically satisfied</source>
            <translation>基本满意</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/survey_form.py" line="80" />
            <source>Dissatisfied</source>
            <translation>不满意</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/survey_form.py" line="80" />
            <source>Very dissatisfied</source>
            <translation>很不满意</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/survey_form.py" line="85" />
            <source>&amp;Season</source>
            <translation>供暖季(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/survey_form.py" line="86" />
            <source>Survey &amp;date</source>
            <translation>调查日期(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/survey_form.py" line="87" />
            <source>Form &amp;number</source>
            <translation>表单编号(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/survey_form.py" line="89" />
            <source>Customer &amp;account</source>
            <translation>客户户号(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/survey_form.py" line="82" />
            <source>optional: the customer's account number</source>
            <translation>可选：客户户号</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/survey_form.py" line="88" />
            <source>Indoor temperature at least 18 °C</source>
            <translation>室温不低于18°C</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/survey_form.py" line="89" />
            <source>Stability of heating</source>
            <translation>供热稳定性</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/survey_form.py" line="90" />
            <source>Quality of service</source>
            <translation>服务质量</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/survey_form.py" line="93" />
            <source>Press 1-4 for each item; Enter saves the form.</source>
            <translation>每项按 1-4 选择评价；按回车保存本表。</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/survey_form.py" line="140" />
            <source>Form saved (%1 this session). Next form.</source>
            <translation>已保存（本次共 %1 份），请录入下一份。</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/survey_form.py" line="150" />
            <source>Please fill this in.</source>
            <translation>请填写此项。</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/survey_form.py" line="151" />
            <source>Choose one of the four levels.</source>
            <translation>请从四个评价等级中选择一个。</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/survey_form.py" line="152" />
            <source>This date is outside the heating season.</source>
            <translation>该日期不在供暖季内。</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/survey_form.py" line="153" />
            <source>Write the season as two years, e.g. 2025-2026.</source>
            <translation>供暖季请写成两个年份，例如 2025-2026。</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/survey_form.py" line="154" />
            <source>This text is too long; please shorten it.</source>
            <translation>文字过长，请删减。</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>保存 (Ctrl+S)</translation>
        </message>
    </context>
</TS>
