<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>BulkNoticeDialog</name>
        <message>
            <location filename="../../app/ui/printing/bulk_dialog.py" line="61" />
            <source>Posting notices for a building or stairwell</source>
            <translation>楼栋或单元张贴通知</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/bulk_dialog.py" line="75" />
            <source>One notice per &amp;stairwell (to post)</source>
            <translation>每单元一张（张贴）(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/bulk_dialog.py" line="76" />
            <source>One notice per &amp;household (to deliver)</source>
            <translation>每户一张（入户送达）(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/bulk_dialog.py" line="85" />
            <source>Printed under the text, e.g. what to prepare</source>
            <translation>印在正文下方，如需用户提前准备的事项</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/bulk_dialog.py" line="89" />
            <source>&amp;Estate</source>
            <translation>小区(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/bulk_dialog.py" line="90" />
            <source>&amp;Building</source>
            <translation>楼号(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/bulk_dialog.py" line="91" />
            <source>S&amp;tairwell (unit)</source>
            <translation>单元(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/bulk_dialog.py" line="93" />
            <source>&amp;Reason</source>
            <translation>事由(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/bulk_dialog.py" line="94" />
            <source>&amp;From</source>
            <translation>开始(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/bulk_dialog.py" line="95" />
            <source>&amp;To</source>
            <translation>结束(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/bulk_dialog.py" line="96" />
            <source>Copies</source>
            <translation>份数</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/bulk_dialog.py" line="97" />
            <source>&amp;Note</source>
            <translation>备注(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/bulk_dialog.py" line="100" />
            <source>Cancel (Esc)</source>
            <translation>取消 (Esc)</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/bulk_dialog.py" line="106" />
            <source>Preview… (Ctrl+Enter)</source>
            <translation>预览… (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/bulk_dialog.py" line="108" />
            <source>Save PDF… (Ctrl+S)</source>
            <translation>保存 PDF… (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/bulk_dialog.py" line="110" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/bulk_dialog.py" line="158" />
            <source>%1 household(s)</source>
            <translation>共 %1 户</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/bulk_dialog.py" line="201" />
            <source>Save PDF</source>
            <translation>保存 PDF</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/bulk_dialog.py" line="203" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/bulk_dialog.py" line="215" />
            <source>Cancelled; no file written.</source>
            <translation>已取消，未写入文件。</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/bulk_dialog.py" line="225" />
            <source>Not saved: %1</source>
            <translation>未保存：%1</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/bulk_dialog.py" line="227" />
            <source>Saved %1 page(s) to %2; %3 household(s) recorded as notified.</source>
            <translation>已将 %1 页保存到 %2；已记录 %3 户已通知。</translation>
        </message>
        <message>
            <source>Preparing the notices…</source>
            <translation>正在准备楼栋张贴通知…</translation>
        </message>
        <message>
            <source>Writing the notices…</source>
            <translation>正在生成楼栋张贴通知…</translation>
        </message>
        <message>
            <source>Why it cannot wait (printed on the notice and kept on its record)</source>
            <translation>为何不能推迟（印在通知上并存入通知记录）</translation>
        </message>
        <message>
            <source>Reason for the e&amp;xception</source>
            <translation>例外原因(&amp;X)</translation>
        </message>
        <message>
            <source>The work falls inside the heating season.</source>
            <translation>检修时间在供暖季内。</translation>
        </message>
        <message>
            <source>Less than %1 h notice.</source>
            <translation>提前通知不足 %1 小时。</translation>
        </message>
        <message>
            <source>Planned maintenance belongs outside the heating season with notice in advance (rule 5.2.1): state the reason.</source>
            <translation>计划检修应安排在供暖季以外并提前通知（第 5.2.1 条），请说明原因。</translation>
        </message>
    </context>
    <context>
        <name>LetterheadDialog</name>
        <message>
            <location filename="../../app/ui/printing/letterhead_dialog.py" line="49" />
            <source>Letterhead and notice wording</source>
            <translation>信头与通知措辞</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/letterhead_dialog.py" line="60" />
            <source>Choose logo…</source>
            <translation>选择标志…</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/letterhead_dialog.py" line="62" />
            <source>Bundled logo</source>
            <translation>默认标志</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/letterhead_dialog.py" line="74" />
            <source>&amp;Company</source>
            <translation>公司名称(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/letterhead_dialog.py" line="75" />
            <source>&amp;Hotline</source>
            <translation>服务热线(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/letterhead_dialog.py" line="76" />
            <source>&amp;Motto</source>
            <translation>服务宗旨(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/letterhead_dialog.py" line="77" />
            <source>Signing &amp;lines</source>
            <translation>落款(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/letterhead_dialog.py" line="79" />
            <source>Logo</source>
            <translation>标志</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/letterhead_dialog.py" line="81" />
            <source>Entry</source>
            <translation>条目</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/letterhead_dialog.py" line="81" />
            <source>Text</source>
            <translation>文字</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/letterhead_dialog.py" line="91" />
            <source>Fields in braces are filled when printing: {name} customer, {reason} reason, {hotline}, {scope} building or stairwell, {company}.</source>
            <translation>花括号中的字段在打印时填入：{name} 用户姓名，{reason} 事由，{hotline} 服务热线，{scope} 楼栋或单元，{company} 公司名称。</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/letterhead_dialog.py" line="100" />
            <source>&amp;Letterhead</source>
            <translation>信头(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/letterhead_dialog.py" line="101" />
            <source>&amp;Wording</source>
            <translation>措辞(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/letterhead_dialog.py" line="102" />
            <source>Save (Ctrl+S)</source>
            <translation>保存 (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/letterhead_dialog.py" line="104" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/letterhead_dialog.py" line="122" />
            <source>Choose logo</source>
            <translation>选择标志</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/letterhead_dialog.py" line="123" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>图片 (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/letterhead_dialog.py" line="154" />
            <source>Only a shift leader may change the letterhead.</source>
            <translation>只有值班长可以修改信头。</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在读取…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message>
            <location filename="../../app/ui/printing/preview_dialog.py" line="56" />
            <source>Print preview: %1</source>
            <translation>打印预览：%1</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/preview_dialog.py" line="64" />
            <source>Previous page</source>
            <translation>上一页</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/preview_dialog.py" line="65" />
            <source>Next page</source>
            <translation>下一页</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/preview_dialog.py" line="73" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/preview_dialog.py" line="79" />
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/preview_dialog.py" line="80" />
            <source>Save PDF…</source>
            <translation>保存 PDF…</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/preview_dialog.py" line="81" />
            <source>Close (Esc)</source>
            <translation>关闭 (Esc)</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/preview_dialog.py" line="102" />
            <source>No pages</source>
            <translation>没有页面</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/preview_dialog.py" line="107" />
            <source>Page %1 of %2</source>
            <translation>第 %1 页，共 %2 页</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/preview_dialog.py" line="114" />
            <source>Save PDF</source>
            <translation>保存 PDF</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/preview_dialog.py" line="115" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/preview_dialog.py" line="122" />
            <source>Writing %1 …</source>
            <translation>正在写入 %1 …</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/preview_dialog.py" line="126" />
            <source>Cancelled; no file written.</source>
            <translation>已取消，未写入文件。</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/preview_dialog.py" line="128" />
            <source>The PDF could not be made: %1</source>
            <translation>无法生成 PDF：%1</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/preview_dialog.py" line="137" />
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/preview_dialog.py" line="143" />
            <source>Saved %1.</source>
            <translation>已保存 %1。</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/preview_dialog.py" line="149" />
            <source>Print %1</source>
            <translation>打印 %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/preview_dialog.py" line="165" />
            <source>Printing cancelled.</source>
            <translation>已取消打印。</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/preview_dialog.py" line="170" />
            <source>Sent %1 page(s) to the printer.</source>
            <translation>已向打印机发送 %1 页。</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../app/ui/printing/install.py" line="27" />
            <source>Visit notice…</source>
            <translation>上门通知…</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/install.py" line="28" />
            <source>Work-order sheet…</source>
            <translation>打印工单…</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/install.py" line="29" />
            <source>Posting notices for a building…</source>
            <translation>楼栋张贴通知…</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/install.py" line="31" />
            <source>Letterhead and wording (shift leader)…</source>
            <translation>信头与通知措辞（值班长）…</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/install.py" line="45" />
            <location filename="../../app/ui/printing/install.py" line="56" />
            <source>Work-order sheet</source>
            <translation>打印工单</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/install.py" line="46" />
            <source>Work order number (e.g. GD00000012):</source>
            <translation>工单号（如 GD00000012）：</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/install.py" line="75" />
            <source>Letterhead and notice wording</source>
            <translation>信头与通知措辞</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/install.py" line="76" />
            <source>Only a shift leader may change the letterhead.</source>
            <translation>只有值班长可以修改信头。</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/labels.py" line="19" />
            <source>Repair</source>
            <translation>维修</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/labels.py" line="20" />
            <source>Room temperature measurement</source>
            <translation>室温测量</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/labels.py" line="21" />
            <source>Meter check</source>
            <translation>查表</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/labels.py" line="22" />
            <source>Inspection</source>
            <translation>检查</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/labels.py" line="23" />
            <source>Planned maintenance</source>
            <translation>计划检修</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/labels.py" line="24" />
            <source>Heating interruption</source>
            <translation>停热</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/labels.py" line="25" />
            <source>Sampling visits</source>
            <translation>入户抽测</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/labels.py" line="29" />
            <source>No household of ours at this address.</source>
            <translation>该地址没有我公司的用户。</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/labels.py" line="30" />
            <source>This time has passed; planned work is announced in advance.</source>
            <translation>该时间已过；计划检修须提前通知。</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/labels.py" line="32" />
            <source>There is no work order with this number.</source>
            <translation>没有这个工单号。</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/labels.py" line="33" />
            <source>This work order has no customer to notify.</source>
            <translation>该工单没有可通知的用户。</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/labels.py" line="35" />
            <source>The logo must be a PNG or JPEG image.</source>
            <translation>标志须为 PNG 或 JPEG 图片。</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/labels.py" line="36" />
            <source>The logo file is larger than 512 KB.</source>
            <translation>标志文件超过 512 KB。</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/labels.py" line="37" />
            <source>Only {name}, {reason}, {hotline}, {scope} and {company} can be filled in.</source>
            <translation>只能使用 {name}、{reason}、{hotline}、{scope} 和 {company}。</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/labels.py" line="39" />
            <source>Unknown wording entry.</source>
            <translation>未知的措辞条目。</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/labels.py" line="71" />
            <source>Notified on %1: %2</source>
            <translation>已于 %1 通知：%2</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/labels.py" line="75" />
            <source>(from %1)</source>
            <translation>（%1 起）</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/notice_preview.py" line="17" />
            <source>%1 household(s) recorded as notified.</source>
            <translation>已记录 %1 户已通知。</translation>
        </message>
        <message>
            <source>Preparing the work-order sheet…</source>
            <translation>正在准备工单…</translation>
        </message>
        <message>
            <source>Planned maintenance inside the heating season or at short notice needs a stated reason.</source>
            <translation>供暖季内或提前通知不足的计划检修须说明原因。</translation>
        </message>
        <message>
            <source>— exception: %1</source>
            <translation>——例外：%1</translation>
        </message>
    </context>
    <context>
        <name>VisitNoticeDialog</name>
        <message>
            <location filename="../../app/ui/printing/visit_dialog.py" line="43" />
            <source>Visit notice</source>
            <translation>上门通知</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/visit_dialog.py" line="45" />
            <source>GD00000012, or empty for the customer only</source>
            <translation>GD00000012，或留空只按用户通知</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/visit_dialog.py" line="47" />
            <source>From the work order</source>
            <translation>按工单类别</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/visit_dialog.py" line="50" />
            <source>&amp;Agreed time (otherwise blanks to fill in by hand)</source>
            <translation>已约定时间（否则留空由现场手填）(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/visit_dialog.py" line="63" />
            <source>Empty: the assignee of the work order</source>
            <translation>留空：工单的维修人员</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/visit_dialog.py" line="64" />
            <source>Empty: the unit's phone</source>
            <translation>留空：执行单位电话</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/visit_dialog.py" line="68" />
            <source>&amp;Work order</source>
            <translation>工单号(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/visit_dialog.py" line="69" />
            <source>&amp;Reason</source>
            <translation>事由(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/visit_dialog.py" line="73" />
            <source>Day and time</source>
            <translation>日期和时间</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/visit_dialog.py" line="74" />
            <source>&amp;Staff</source>
            <translation>工作人员(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/visit_dialog.py" line="75" />
            <source>Staff &amp;phone</source>
            <translation>联系电话(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/visit_dialog.py" line="76" />
            <source>&amp;Note</source>
            <translation>备注(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/visit_dialog.py" line="77" />
            <source>Preview… (Ctrl+Enter)</source>
            <translation>预览… (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing/visit_dialog.py" line="80" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Preparing the notice…</source>
            <translation>正在准备上门通知…</translation>
        </message>
    </context>
    <context>
        <name>PdfChoice</name>
        <message>
            <source>%1 was saved, but no program opened it. Open it from its folder, or ask for a PDF viewer to be set up.</source>
            <translation>%1 已保存，但没有程序能打开它。请到所在文件夹中打开，或请管理员安装 PDF 阅读器。</translation>
        </message>
    </context>
</TS>
