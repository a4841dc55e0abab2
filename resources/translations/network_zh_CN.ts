<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DeclareDialog</name>
        <message>
            <source>Declare an outage</source>
            <translation>宣布停热</translation>
        </message>
        <message>
            <source>%1 (%2 households)</source>
            <translation>%1（%2 户）</translation>
        </message>
        <message>
            <source>Covers</source>
            <translation>范围</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Reported by</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>e.g. circulation pump failure</source>
            <translation>例如：循环泵故障</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Expected end</source>
            <translation>预计恢复</translation>
        </message>
        <message>
            <source>Executing unit</source>
            <translation>执行单位</translation>
        </message>
        <message>
            <source>Open a new incident</source>
            <translation>新建事故</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>事故</translation>
        </message>
        <message>
            <source>Join: %1</source>
            <translation>并入：%1</translation>
        </message>
        <message>
            <source>Declaring…</source>
            <translation>正在宣布…</translation>
        </message>
    </context>
    <context>
        <name>EquipmentTab</name>
        <message>
            <source>Choose a substation in the tree.</source>
            <translation>请在左侧选择换热站。</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>型号</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>状态时间</translation>
        </message>
        <message>
            <source>What was found or done (required unless intact)</source>
            <translation>发现的问题或处理情况（完好以外必填）</translation>
        </message>
        <message>
            <source>Change status (Ctrl+Return)</source>
            <translation>更改状态（Ctrl+Return）</translation>
        </message>
        <message>
            <source>New status</source>
            <translation>新状态</translation>
        </message>
        <message>
            <source>Name, e.g. 1# circulation pump</source>
            <translation>名称，例如 1# 循环泵</translation>
        </message>
        <message>
            <source>Add unit</source>
            <translation>添加设备</translation>
        </message>
        <message>
            <source>Status history of the chosen unit</source>
            <translation>所选设备的状态记录</translation>
        </message>
        <message>
            <source>Equipment of %1</source>
            <translation>%1 的设备</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
    </context>
    <context>
        <name>Network</name>
        <message>
            <source>Heating network</source>
            <translation>供热管网</translation>
        </message>
    </context>
    <context>
        <name>NetworkLabels</name>
        <message>
            <source>Pump</source>
            <translation>水泵</translation>
        </message>
        <message>
            <source>Heat exchanger</source>
            <translation>换热器</translation>
        </message>
        <message>
            <source>Valve</source>
            <translation>阀门</translation>
        </message>
        <message>
            <source>Meter</source>
            <translation>计量表</translation>
        </message>
        <message>
            <source>Controller</source>
            <translation>控制器</translation>
        </message>
        <message>
            <source>Intact</source>
            <translation>完好</translation>
        </message>
        <message>
            <source>Faulty</source>
            <translation>故障</translation>
        </message>
        <message>
            <source>Under repair</source>
            <translation>维修中</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>已报废</translation>
        </message>
        <message>
            <source>Fault</source>
            <translation>故障</translation>
        </message>
        <message>
            <source>Planned maintenance</source>
            <translation>计划检修</translation>
        </message>
        <message>
            <source>Declared by the shift leader</source>
            <translation>值班长宣布</translation>
        </message>
        <message>
            <source>Reported by the dispatch centre</source>
            <translation>调度中心报告</translation>
        </message>
        <message>
            <source>Maintenance plan</source>
            <translation>检修计划</translation>
        </message>
        <message>
            <source>Another node has this name.</source>
            <translation>已有同名节点。</translation>
        </message>
        <message>
            <source>This building already hangs on a substation.</source>
            <translation>该楼栋已挂在某个换热站下。</translation>
        </message>
        <message>
            <source>Choose a node of the network tree.</source>
            <translation>请选择管网中的节点。</translation>
        </message>
        <message>
            <source>Move or remove what hangs below this node first.</source>
            <translation>请先移走或删除该节点下的内容。</translation>
        </message>
        <message>
            <source>The unit already has this status.</source>
            <translation>设备已是该状态。</translation>
        </message>
        <message>
            <source>A planned outage comes from the maintenance plan; a fault from the dispatch centre or the shift leader.</source>
            <translation>计划停热来自检修计划；故障停热由调度中心报告或值班长宣布。</translation>
        </message>
        <message>
            <source>No building hangs below the chosen nodes.</source>
            <translation>所选节点下没有楼栋。</translation>
        </message>
        <message>
            <source>This outage is already restored.</source>
            <translation>该停热已恢复。</translation>
        </message>
        <message>
            <source>A notice needs the expected end of the outage.</source>
            <translation>张贴通知需要预计恢复时间。</translation>
        </message>
        <message>
            <source>No household lives in the covered buildings.</source>
            <translation>所涉楼栋没有住户。</translation>
        </message>
        <message>
            <source>Save the list as .xlsx or .csv.</source>
            <translation>请保存为 .xlsx 或 .csv 文件。</translation>
        </message>
        <message>
            <source>Another desk has decided this proposal already.</source>
            <translation>其他席位已处理该提示。</translation>
        </message>
        <message>
            <source>The expected end must come after the start.</source>
            <translation>预计恢复时间须晚于开始时间。</translation>
        </message>
        <message>
            <source>This incident is no longer open.</source>
            <translation>该事故已不再处理中。</translation>
        </message>
    </context>
    <context>
        <name>NetworkTreeView</name>
        <message>
            <source>Network</source>
            <translation>管网</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>户数</translation>
        </message>
    </context>
    <context>
        <name>NetworkWindow</name>
        <message>
            <source>Heating network</source>
            <translation>供热管网</translation>
        </message>
        <message>
            <source>Add source</source>
            <translation>添加热源</translation>
        </message>
        <message>
            <source>Add below… (Ins)</source>
            <translation>添加下级…（Ins）</translation>
        </message>
        <message>
            <source>Change… (F2)</source>
            <translation>修改…（F2）</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Recount households</source>
            <translation>重新统计户数</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>设备</translation>
        </message>
        <message>
            <source>Outages</source>
            <translation>停热</translation>
        </message>
        <message>
            <source>Reading the network…</source>
            <translation>正在读取管网…</translation>
        </message>
        <message>
            <source>Heating network — %1 households</source>
            <translation>供热管网 — 共 %1 户</translation>
        </message>
        <message>
            <source>No equipment registered yet (rule 5.2.1)</source>
            <translation>尚未登记设备（第 5.2.1 条）</translation>
        </message>
        <message>
            <source>met</source>
            <translation>达标</translation>
        </message>
        <message>
            <source>below target</source>
            <translation>未达标</translation>
        </message>
        <message>
            <source>Equipment intact rate %1 % (%2 of %3 units), target ≥ %4 %: %5</source>
            <translation>设备完好率 %1 %（%3 台中 %2 台完好），目标 ≥ %4 %：%5</translation>
        </message>
        <message>
            <source>Heat source</source>
            <translation>热源</translation>
        </message>
        <message>
            <source>Substation</source>
            <translation>换热站</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>楼栋</translation>
        </message>
        <message>
            <source>%1 households below</source>
            <translation>下辖 %1 户</translation>
        </message>
        <message>
            <source>Remove %1?</source>
            <translation>删除 %1？</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>正在统计…</translation>
        </message>
        <message>
            <source>Outage declared over %1 households</source>
            <translation>已宣布停热，影响 %1 户</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Fed by</source>
            <translation>供热换热站</translation>
        </message>
        <message>
            <source>%1 substations</source>
            <translation>%1 个换热站</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>导入…</translation>
        </message>
    </context>
    <context>
        <name>NodeDialog</name>
        <message>
            <source>Heat source</source>
            <translation>热源</translation>
        </message>
        <message>
            <source>Substation</source>
            <translation>换热站</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>楼栋</translation>
        </message>
        <message>
            <source>Estate</source>
            <translation>小区</translation>
        </message>
        <message>
            <source>Building No.</source>
            <translation>楼号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
    </context>
    <context>
        <name>OutageFollower</name>
        <message>
            <source>No outage covers this caller's building</source>
            <translation>来电人所在楼栋没有停热</translation>
        </message>
        <message>
            <source>The work order of this call joins the incident when saved</source>
            <translation>本次来电的工单保存后将并入事故</translation>
        </message>
        <message>
            <source>Work order %1 added to the incident</source>
            <translation>工单 %1 已并入事故</translation>
        </message>
        <message>
            <source>Adding to the incident…</source>
            <translation>正在并入事故…</translation>
        </message>
        <message>
            <source> (F11 adds this call to the incident)</source>
            <translation>（F11 将本次来电并入事故）</translation>
        </message>
    </context>
    <context>
        <name>OutagesTab</name>
        <message>
            <source>Starts</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Covers</source>
            <translation>范围</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Expected end</source>
            <translation>预计恢复</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>户数</translation>
        </message>
        <message>
            <source>Notified</source>
            <translation>已通知</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>恢复时间</translation>
        </message>
        <message>
            <source>Declare outage… (Ctrl+D)</source>
            <translation>宣布停热…（Ctrl+D）</translation>
        </message>
        <message>
            <source>Heat restored…</source>
            <translation>恢复供热…</translation>
        </message>
        <message>
            <source>Print notices for all buildings…</source>
            <translation>打印全部楼栋停热通知…</translation>
        </message>
        <message>
            <source>Export phones for SMS…</source>
            <translation>导出短信名单…</translation>
        </message>
        <message>
            <source>No heat</source>
            <translation>停热中</translation>
        </message>
        <message>
            <source>Heat restored</source>
            <translation>恢复供热</translation>
        </message>
        <message>
            <source>How was it resolved? (closes the incident and queues the callbacks)</source>
            <translation>处理结果（将结束事故并安排回访）：</translation>
        </message>
        <message>
            <source>Repaired; heating restored</source>
            <translation>已修复，恢复供热</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>正在恢复…</translation>
        </message>
        <message>
            <source>%1 household(s) recorded as notified.</source>
            <translation>已记录 %1 户已通知。</translation>
        </message>
        <message>
            <source>Preparing the notices…</source>
            <translation>正在生成通知…</translation>
        </message>
        <message>
            <source>Export phones for the SMS gateway</source>
            <translation>导出短信平台名单</translation>
        </message>
        <message>
            <source>Excel (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>%1 phone number(s) written to %2</source>
            <translation>已写入 %1 个号码：%2</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>正在导出…</translation>
        </message>
    </context>
    <context>
        <name>ProposalPanel</name>
        <message>
            <source>Declare outage…</source>
            <translation>宣布停热…</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>忽略</translation>
        </message>
        <message>
            <source>%1: %2 no-heat calls since %3 (%4 households below)</source>
            <translation>%1：自 %3 起 %2 个来电反映不热（下辖 %4 户）</translation>
        </message>
    </context>
    <context>
        <name>ProposalWatch</name>
        <message>
            <source>Outage proposals</source>
            <translation>停热研判</translation>
        </message>
        <message>
            <source>%1 no-heat calls from the substation's buildings</source>
            <translation>该站所供楼栋 %1 个来电反映不热</translation>
        </message>
    </context>
    <context>
        <name>NetworkPop</name>
        <message>
            <source>a time not yet known</source>
            <translation>待定时间</translation>
        </message>
        <message>
            <source>%1 planned maintenance</source>
            <translation>%1计划检修</translation>
        </message>
        <message>
            <source>%1 fault</source>
            <translation>%1故障</translation>
        </message>
        <message>
            <source>Your building is hit by the %1 fault; heating expected back at %2</source>
            <translation>所在楼栋受%1故障影响，预计 %2 恢复</translation>
        </message>
        <message>
            <source>From %3 your building is off for %1 planned maintenance; heating expected back at %2</source>
            <translation>所在楼栋将于 %3 起因%1计划检修停热，预计 %2 恢复</translation>
        </message>
        <message>
            <source>Your building is off for %1 planned maintenance; heating expected back at %2</source>
            <translation>所在楼栋因%1计划检修停热，预计 %2 恢复</translation>
        </message>
    </context>
    <context>
        <name>ImportWords</name>
        <message>
            <source>the same building is in an earlier row</source>
            <translation>与前面某行的楼栋重复</translation>
        </message>
    </context>
    <context>
        <name>NetworkImport</name>
        <message>
            <source>Heat source</source>
            <translation>热源</translation>
        </message>
        <message>
            <source>Substation</source>
            <translation>换热站</translation>
        </message>
        <message>
            <source>Estate</source>
            <translation>小区</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>楼号</translation>
        </message>
        <message>
            <source>Source address</source>
            <translation>热源地址</translation>
        </message>
        <message>
            <source>Substation address</source>
            <translation>换热站地址</translation>
        </message>
        <message>
            <source>%1 rows: %2 new buildings, %3 changed, %4 unchanged, %5 refused</source>
            <translation>%1 行：新楼栋 %2 个，变更 %3 个，未变 %4 个，拒收 %5 行</translation>
        </message>
    </context>
    <context>
        <name>NetworkImportDialog</name>
        <message>
            <source>Import the heating network</source>
            <translation>导入供热管网</translation>
        </message>
        <message>
            <source>an .xlsx or .csv file (UTF-8 or GBK)</source>
            <translation>.xlsx 或 .csv 文件（UTF-8 或 GBK）</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>下一步(&amp;N)</translation>
        </message>
        <message>
            <source>One row per building: heat source, substation, estate and building number (the addresses of source and substation if you have them). New sources and substations are created, a building under another substation moves; nothing is removed. Nothing is written before you have seen the preview.</source>
            <translation>每行一个楼栋：热源、换热站、小区和楼号（如有，可附热源和换热站地址）。新出现的热源和换热站将被新建，挂在其他换热站下的楼栋将被移过来；不会删除任何节点。预览之前不写入任何数据。</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>上一步(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>预览(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>关闭(&amp;C)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Heating network</source>
            <translation>供热管网</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv)</source>
            <translation>表格文件 (*.xlsx *.csv)</translation>
        </message>
        <message>
            <source>Choose a file first.</source>
            <translation>请先选择文件。</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>正在读取文件…</translation>
        </message>
        <message>
            <source>%1: choose what each column is (* must be there). The choice is remembered for the next file.</source>
            <translation>%1：请为每一列选择对应的字段（带 * 的必须有），选择会记住供下次使用。</translation>
        </message>
        <message>
            <source>Checking every row (nothing is written)…</source>
            <translation>正在检查每一行（不写入数据）…</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>正在检查…</translation>
        </message>
        <message>
            <source>Preview: %1</source>
            <translation>预览：%1</translation>
        </message>
        <message>
            <source>&amp;Import %1 rows</source>
            <translation>导入 %1 行(&amp;I)</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <source>Import cancelled: nothing was written.</source>
            <translation>导入已取消：未写入任何数据。</translation>
        </message>
        <message>
            <source>%1 imported.</source>
            <translation>%1 已导入。</translation>
        </message>
    </context>
</TS>
