<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>CustomerImport</name>
        <message>
            <source>Account number</source>
            <translation>户号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>户名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>District</source>
            <translation>区</translation>
        </message>
        <message>
            <source>Estate</source>
            <translation>小区</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>楼栋</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单元</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>室</translation>
        </message>
        <message>
            <source>Heated area</source>
            <translation>供热面积</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>服务</translation>
        </message>
        <message>
            <source>Space heating</source>
            <translation>采暖</translation>
        </message>
        <message>
            <source>Hot water</source>
            <translation>热水</translation>
        </message>
        <message>
            <source>Steam</source>
            <translation>蒸汽</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>用户类型</translation>
        </message>
        <message>
            <source>Special marks</source>
            <translation>特殊标记</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Important customer</source>
            <translation>重点用户</translation>
        </message>
        <message>
            <source>%1 rows: %2 new, %3 updated, %4 unchanged, %5 refused</source>
            <translation>共 %1 行：新增 %2，更新 %3，未变 %4，拒绝 %5</translation>
        </message>
        <message>
            <source>No stored value changes.</source>
            <translation>已有用户的档案内容没有变化。</translation>
        </message>
        <message>
            <source>Changes by field: %1</source>
            <translation>按字段统计的变更：%1</translation>
        </message>
        <message>
            <source>Address (estate, building, unit, room)</source>
            <translation>地址（小区、楼栋、单元、室）</translation>
        </message>
        <message>
            <source>Contract status</source>
            <translation>合同状态</translation>
        </message>
        <message>
            <source>Heating season</source>
            <translation>供暖季</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>签订日期</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import the customer archive</source>
            <translation>导入用户档案</translation>
        </message>
        <message>
            <source>an .xlsx or .csv file (UTF-8 or GBK)</source>
            <translation>.xlsx 或 .csv 文件（UTF-8 或 GBK 编码）</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)……</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>下一步(&amp;N)</translation>
        </message>
        <message>
            <source>Choose the archive exported from billing or kept in a spreadsheet. Rows are matched by account number: new accounts are added, known ones updated where a cell differs; an empty cell keeps what is stored. Nothing is written before you have seen the preview.</source>
            <translation>请选择从收费系统导出或用表格维护的用户档案。按户号对应：新户号新增，已有户号只更新有变化的单元格；空单元格保留原有内容。看过预览之前不会写入任何数据。</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>文件(&amp;F)：</translation>
        </message>
        <message>
            <source>Accept &amp;estates the archive does not know yet</source>
            <translation>接受档案中尚未有的小区(&amp;E)</translation>
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
            <source>Customer archive</source>
            <translation>用户档案</translation>
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
            <translation>正在读取文件……</translation>
        </message>
        <message>
            <source>%1: choose what each column is (* must be there). The choice is remembered for the next file.</source>
            <translation>%1：请选择每一列导入为什么（带 * 的必须有）。本次选择会记住，下次导入时沿用。</translation>
        </message>
        <message>
            <source>Checking every row (nothing is written)…</source>
            <translation>正在逐行检查（不写入任何数据）……</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>正在检查……</translation>
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
            <translation>正在导入……</translation>
        </message>
        <message>
            <source>Import cancelled: nothing was written.</source>
            <translation>导入已取消，未写入任何数据。</translation>
        </message>
        <message>
            <source>%1 imported.</source>
            <translation>%1 已导入。</translation>
        </message>
    </context>
    <context>
        <name>ArchiveWindow</name>
        <message>
            <source>Customer archive</source>
            <translation>用户档案</translation>
        </message>
        <message>
            <source>Name, pinyin (zs), estate, 3-2-501, account or phone</source>
            <translation>姓名、拼音（zs）、小区、3-2-501、户号或电话</translation>
        </message>
        <message>
            <source>&amp;Find a customer</source>
            <translation>查找用户(&amp;F)</translation>
        </message>
        <message>
            <source>Find a customer on the left (Ctrl+F).</source>
            <translation>请在左侧查找用户（Ctrl+F）。</translation>
        </message>
        <message>
            <source>&amp;1 Record and history</source>
            <translation>&amp;1 档案与变更记录</translation>
        </message>
        <message>
            <source>&amp;2 Contracts per season</source>
            <translation>&amp;2 各供暖季合同</translation>
        </message>
        <message>
            <source>&amp;3 Stop/resume heating</source>
            <translation>&amp;3 报停/复热</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>导入(&amp;I)…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>导出(&amp;X)…</translation>
        </message>
        <message>
            <source>Season &amp;lists… (Ctrl+L)</source>
            <translation>供暖季名单(&amp;L)…（Ctrl+L）</translation>
        </message>
        <message>
            <source> [important]</source>
            <translation> [重要]</translation>
        </message>
        <message>
            <source>%1 found</source>
            <translation>找到 %1 户</translation>
        </message>
        <message>
            <source>Nobody found; try pinyin initials or the estate.</source>
            <translation>未找到；可试拼音首字母或小区名。</translation>
        </message>
        <message>
            <source>Opening the record…</source>
            <translation>正在打开档案…</translation>
        </message>
        <message>
            <source>Contract %1: %2</source>
            <translation>%1 合同：%2</translation>
        </message>
    </context>
    <context>
        <name>ArchiveCard</name>
        <message>
            <source>Contract: %1</source>
            <translation>合同：%1</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>备注：%1</translation>
        </message>
    </context>
    <context>
        <name>ContractDialog</name>
        <message>
            <source>Heating contract</source>
            <translation>供用热合同</translation>
        </message>
        <message>
            <source>Heating contract %1</source>
            <translation>供用热合同 %1</translation>
        </message>
        <message>
            <source>empty: the recorded area</source>
            <translation>空：按档案面积</translation>
        </message>
        <message>
            <source>Space &amp;heating</source>
            <translation>供暖(&amp;H)</translation>
        </message>
        <message>
            <source>Hot &amp;water</source>
            <translation>生活热水(&amp;W)</translation>
        </message>
        <message>
            <source>S&amp;team</source>
            <translation>蒸汽(&amp;T)</translation>
        </message>
        <message>
            <source>Standard (by importance)</source>
            <translation>标准（按重要程度）</translation>
        </message>
        <message>
            <source>Level %1</source>
            <translation>%1 级</translation>
        </message>
        <message>
            <source>standard</source>
            <translation>标准</translation>
        </message>
        <message>
            <source>&amp;Season</source>
            <translation>供暖季(&amp;S)</translation>
        </message>
        <message>
            <source>S&amp;tatus</source>
            <translation>状态(&amp;T)</translation>
        </message>
        <message>
            <source>Signed &amp;on</source>
            <translation>签订日期(&amp;O)</translation>
        </message>
        <message>
            <source>Heated &amp;area (m²)</source>
            <translation>供热面积（m²）(&amp;A)</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>服务</translation>
        </message>
        <message>
            <source>&amp;Response level</source>
            <translation>响应级别(&amp;R)</translation>
        </message>
        <message>
            <source>Room temperature from (°C)</source>
            <translation>室温下限（°C）</translation>
        </message>
        <message>
            <source>Room temperature to (°C)</source>
            <translation>室温上限（°C）</translation>
        </message>
        <message>
            <source>Hot water from (°C)</source>
            <translation>热水下限（°C）</translation>
        </message>
        <message>
            <source>Hot water to (°C)</source>
            <translation>热水上限（°C）</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>备注(&amp;N)</translation>
        </message>
        <message>
            <source>Saving the contract…</source>
            <translation>正在保存合同…</translation>
        </message>
    </context>
    <context>
        <name>ContractsTab</name>
        <message>
            <source>Season</source>
            <translation>供暖季</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>签订日期</translation>
        </message>
        <message>
            <source>Area m²</source>
            <translation>面积 m²</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>服务</translation>
        </message>
        <message>
            <source>Response level</source>
            <translation>响应级别</translation>
        </message>
        <message>
            <source>Room °C</source>
            <translation>室温 °C</translation>
        </message>
        <message>
            <source>Hot water °C</source>
            <translation>热水 °C</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>&amp;New contract (Ctrl+N)</source>
            <translation>新合同(&amp;N)（Ctrl+N）</translation>
        </message>
        <message>
            <source>&amp;Change (Enter)</source>
            <translation>修改(&amp;C)（Enter）</translation>
        </message>
        <message>
            <source>Empty ranges and level: the company's standard applies. The contract of the season in force sets the deadlines and the quality ranges.</source>
            <translation>范围和级别为空即执行公司标准。当前供暖季的合同决定工单时限和室温、热水合格范围。</translation>
        </message>
        <message>
            <source>heating</source>
            <translation>供暖</translation>
        </message>
        <message>
            <source>hot water</source>
            <translation>生活热水</translation>
        </message>
        <message>
            <source>steam</source>
            <translation>蒸汽</translation>
        </message>
    </context>
    <context>
        <name>Archive</name>
        <message>
            <source>Customer archive</source>
            <translation>用户档案</translation>
        </message>
    </context>
    <context>
        <name>_ListTab</name>
        <message>
            <source>All estates</source>
            <translation>全部小区</translation>
        </message>
        <message>
            <source>&amp;Print to PDF (Ctrl+P)</source>
            <translation>打印为 PDF(&amp;P)（Ctrl+P）</translation>
        </message>
        <message>
            <source>&amp;Export to Excel (Ctrl+E)</source>
            <translation>导出 Excel(&amp;E)（Ctrl+E）</translation>
        </message>
        <message>
            <source>&amp;Season</source>
            <translation>供暖季(&amp;S)</translation>
        </message>
        <message>
            <source>E&amp;state</source>
            <translation>小区(&amp;S)</translation>
        </message>
        <message>
            <source>Save the list</source>
            <translation>保存名单</translation>
        </message>
        <message>
            <source>Writing the list…</source>
            <translation>正在生成名单…</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>已保存到 %1</translation>
        </message>
    </context>
    <context>
        <name>ChecklistTab</name>
        <message>
            <source>Account</source>
            <translation>户号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Estate</source>
            <translation>小区</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>楼栋</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单元</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>房号</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>合同</translation>
        </message>
        <message>
            <source>Last signed</source>
            <translation>上次签订</translation>
        </message>
        <message>
            <source>%1 customers have not signed for the %2 season: %3 without a contract, %4 not yet renewed, %5 in arrears.</source>
            <translation>%2 供暖季未签合同 %1 户：无合同 %3 户，未续签 %4 户，欠费 %5 户。</translation>
        </message>
        <message>
            <source>The first %1 are shown; the export has them all.</source>
            <translation>此处显示前 %1 户，导出文件包含全部。</translation>
        </message>
        <message>
            <source>All estates</source>
            <translation>全部小区</translation>
        </message>
        <message>
            <source>&amp;Print to PDF (Ctrl+P)</source>
            <translation>打印为 PDF(&amp;P)（Ctrl+P）</translation>
        </message>
        <message>
            <source>&amp;Export to Excel (Ctrl+E)</source>
            <translation>导出 Excel(&amp;E)（Ctrl+E）</translation>
        </message>
        <message>
            <source>&amp;Season</source>
            <translation>供暖季(&amp;S)</translation>
        </message>
        <message>
            <source>E&amp;state</source>
            <translation>小区(&amp;S)</translation>
        </message>
        <message>
            <source>Save the list</source>
            <translation>保存名单</translation>
        </message>
        <message>
            <source>Writing the list…</source>
            <translation>正在生成名单…</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>已保存到 %1</translation>
        </message>
    </context>
    <context>
        <name>StopListTab</name>
        <message>
            <source>Estate</source>
            <translation>小区</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>楼栋</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单元</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>房号</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>户号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>申请</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Work order</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>受理时间</translation>
        </message>
        <message>
            <source>%1 season: %2 stops (%3 waiting for the field check), %4 resumes (%5 waiting).</source>
            <translation>%1 供暖季：报停 %2 户（待上门 %3 户），复热 %4 户（待上门 %5 户）。</translation>
        </message>
        <message>
            <source>All estates</source>
            <translation>全部小区</translation>
        </message>
        <message>
            <source>&amp;Print to PDF (Ctrl+P)</source>
            <translation>打印为 PDF(&amp;P)（Ctrl+P）</translation>
        </message>
        <message>
            <source>&amp;Export to Excel (Ctrl+E)</source>
            <translation>导出 Excel(&amp;E)（Ctrl+E）</translation>
        </message>
        <message>
            <source>&amp;Season</source>
            <translation>供暖季(&amp;S)</translation>
        </message>
        <message>
            <source>E&amp;state</source>
            <translation>小区(&amp;S)</translation>
        </message>
        <message>
            <source>Save the list</source>
            <translation>保存名单</translation>
        </message>
        <message>
            <source>Writing the list…</source>
            <translation>正在生成名单…</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>已保存到 %1</translation>
        </message>
    </context>
    <context>
        <name>ListsWindow</name>
        <message>
            <source>Season lists</source>
            <translation>供暖季名单</translation>
        </message>
        <message>
            <source>&amp;1 Contracts not signed</source>
            <translation>&amp;1 未签合同</translation>
        </message>
        <message>
            <source>&amp;2 Stop/resume per estate</source>
            <translation>&amp;2 各小区报停/复热</translation>
        </message>
    </context>
    <context>
        <name>ArchiveMessages</name>
        <message>
            <source>Please fill this in.</source>
            <translation>请填写此项。</translation>
        </message>
        <message>
            <source>Name a season as 2026-2027.</source>
            <translation>供暖季请写成 2026-2027。</translation>
        </message>
        <message>
            <source>Enter a date as YYYY-MM-DD.</source>
            <translation>日期请写成 YYYY-MM-DD。</translation>
        </message>
        <message>
            <source>This day has not come yet.</source>
            <translation>这一天还没到。</translation>
        </message>
        <message>
            <source>This temperature is not possible here.</source>
            <translation>这个温度不可能，请核对。</translation>
        </message>
        <message>
            <source>The upper limit is below the lower one.</source>
            <translation>上限低于下限。</translation>
        </message>
        <message>
            <source>This season already has a contract: edit that one.</source>
            <translation>该供暖季已有合同，请修改原合同。</translation>
        </message>
        <message>
            <source>A phone's label has at most 20 characters.</source>
            <translation>电话备注最多 20 个字。</translation>
        </message>
        <message>
            <source>At most 8 phone numbers.</source>
            <translation>最多 8 个电话号码。</translation>
        </message>
        <message>
            <source>The list is too long to print; choose one estate, or export it to Excel.</source>
            <translation>名单太长无法打印；请选择一个小区，或导出为 Excel。</translation>
        </message>
        <message>
            <source>Save as .pdf or .xlsx.</source>
            <translation>请保存为 .pdf 或 .xlsx。</translation>
        </message>
        <message>
            <source>Applications are taken only within the application window.</source>
            <translation>只在申请期内受理。</translation>
        </message>
        <message>
            <source>An application is already waiting for its field check; withdraw it first.</source>
            <translation>已有申请等待上门办理；如需变更请先撤回。</translation>
        </message>
        <message>
            <source>The account is in arrears (as imported from billing): settle it at the billing office first.</source>
            <translation>该户欠费（据收费系统导入）：请先到收费处结清。</translation>
        </message>
        <message>
            <source>Heating is already stopped for this home.</source>
            <translation>该户已报停。</translation>
        </message>
        <message>
            <source>Heating is not stopped: there is nothing to resume.</source>
            <translation>该户未报停，无需复热。</translation>
        </message>
        <message>
            <source>This home cannot be shut off on its own (no own valve): a stop is not possible.</source>
            <translation>该户无独立关断阀门，不能单独报停。</translation>
        </message>
        <message>
            <source>Only an application waiting for its field check can be withdrawn.</source>
            <translation>只能撤回尚未上门办理的申请。</translation>
        </message>
        <message>
            <source>Phones and notes are changed by agents, leaders and admins.</source>
            <translation>电话和备注由坐席员、值班长和管理员修改。</translation>
        </message>
        <message>
            <source>Name, address, area, services, class and special marks are changed by shift leaders, supervisors and admins; ask the leader on duty.</source>
            <translation>姓名、地址、面积、服务、类别和特殊标记由值班长、主管和管理员修改；请联系当班值班长。</translation>
        </message>
        <message>
            <source>Contracts are kept by shift leaders, supervisors and admins.</source>
            <translation>合同由值班长、主管和管理员维护。</translation>
        </message>
        <message>
            <source>Stop and resume applications are taken by agents, leaders and admins.</source>
            <translation>报停、复热申请由坐席员、值班长和管理员受理。</translation>
        </message>
        <message>
            <source>The season lists are for shift leaders, supervisors and admins.</source>
            <translation>供暖季名单供值班长、主管和管理员使用。</translation>
        </message>
        <message>
            <source>Importing is for shift leaders, supervisors and admins.</source>
            <translation>导入由值班长、主管和管理员进行。</translation>
        </message>
    </context>
    <context>
        <name>RecordPanel</name>
        <message>
            <source>Space &amp;heating</source>
            <translation>供暖(&amp;H)</translation>
        </message>
        <message>
            <source>Hot &amp;water</source>
            <translation>生活热水(&amp;W)</translation>
        </message>
        <message>
            <source>S&amp;team</source>
            <translation>蒸汽(&amp;T)</translation>
        </message>
        <message>
            <source>The home has its own shut-off valve</source>
            <translation>该户有独立关断阀门</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>号码</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Add &amp;phone</source>
            <translation>添加电话(&amp;P)</translation>
        </message>
        <message>
            <source>Remove phone</source>
            <translation>删除电话</translation>
        </message>
        <message>
            <source>&amp;Save (Ctrl+S)</source>
            <translation>保存(&amp;S)（Ctrl+S）</translation>
        </message>
        <message>
            <source>Account number</source>
            <translation>户号</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>姓名(&amp;N)</translation>
        </message>
        <message>
            <source>District</source>
            <translation>区</translation>
        </message>
        <message>
            <source>&amp;Estate</source>
            <translation>小区(&amp;E)</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>楼栋</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单元</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>房号</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Heated &amp;area (m²)</source>
            <translation>供热面积（m²）(&amp;A)</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>服务</translation>
        </message>
        <message>
            <source>&amp;Class</source>
            <translation>类别(&amp;C)</translation>
        </message>
        <message>
            <source>Special marks</source>
            <translation>特殊标记</translation>
        </message>
        <message>
            <source>Contract notes</source>
            <translation>合同备注</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>备注(&amp;O)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>What</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Was</source>
            <translation>原值</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>新值</translation>
        </message>
        <message>
            <source>History (newest first)</source>
            <translation>变更记录（最新在前）</translation>
        </message>
        <message>
            <source>%1 created</source>
            <translation>新建%1</translation>
        </message>
        <message>
            <source>%1 removed</source>
            <translation>删除%1</translation>
        </message>
        <message>
            <source>Saving the record…</source>
            <translation>正在保存档案…</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
    </context>
    <context>
        <name>StopDialog</name>
        <message>
            <source>Application window for the %1 season: %2 to %3</source>
            <translation>%1 供暖季申请期：%2 至 %3</translation>
        </message>
        <message>
            <source>The window is closed; the next opens on %1.</source>
            <translation>申请期已过；下次申请期 %1 开始。</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>来访</translation>
        </message>
        <message>
            <source>e.g. away for the winter</source>
            <translation>例如：外出过冬</translation>
        </message>
        <message>
            <source>Field &amp;unit</source>
            <translation>上门单位(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Taken by</source>
            <translation>受理方式(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>电话(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>原因(&amp;R)</translation>
        </message>
        <message>
            <source>Taking the application…</source>
            <translation>正在受理申请…</translation>
        </message>
    </context>
    <context>
        <name>StopTab</name>
        <message>
            <source>Apply to &amp;stop heating (Ctrl+T)</source>
            <translation>受理报停(&amp;S)（Ctrl+T）</translation>
        </message>
        <message>
            <source>Apply to &amp;resume heating (Ctrl+R)</source>
            <translation>受理复热(&amp;R)（Ctrl+R）</translation>
        </message>
        <message>
            <source>&amp;Withdraw the pending application</source>
            <translation>撤回待办申请(&amp;W)</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>受理时间</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>申请</translation>
        </message>
        <message>
            <source>Season</source>
            <translation>供暖季</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Work order</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>Taken by</source>
            <translation>受理人</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Heating state: %1</source>
            <translation>供热状态：%1</translation>
        </message>
        <message>
            <source>Applications for the %1 season are taken from %2 to %3.</source>
            <translation>%1 供暖季报停、复热申请期：%2 至 %3。</translation>
        </message>
        <message>
            <source>The application window is closed; the next opens on %1.</source>
            <translation>申请期已过；下次申请期 %1 开始。</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
    </context>
    <context>
        <name>ArchiveNames</name>
        <message>
            <source>Residential</source>
            <translation>居民</translation>
        </message>
        <message>
            <source>Commercial</source>
            <translation>非居民（商业）</translation>
        </message>
        <message>
            <source>Public institution</source>
            <translation>公共机构</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>医院</translation>
        </message>
        <message>
            <source>School</source>
            <translation>学校</translation>
        </message>
        <message>
            <source>Kindergarten</source>
            <translation>幼儿园</translation>
        </message>
        <message>
            <source>Elderly home</source>
            <translation>养老院</translation>
        </message>
        <message>
            <source>Important customer</source>
            <translation>重要用户</translation>
        </message>
        <message>
            <source>Disabled or elderly living alone</source>
            <translation>残疾或独居老人</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>已签订</translation>
        </message>
        <message>
            <source>Not yet renewed</source>
            <translation>未续签</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>报停</translation>
        </message>
        <message>
            <source>In arrears</source>
            <translation>欠费</translation>
        </message>
        <message>
            <source>No contract</source>
            <translation>无合同</translation>
        </message>
        <message>
            <source>Heating</source>
            <translation>正常供热</translation>
        </message>
        <message>
            <source>Stop applied, valve not sealed yet</source>
            <translation>已申请报停，尚未关阀</translation>
        </message>
        <message>
            <source>Heating stopped</source>
            <translation>已报停</translation>
        </message>
        <message>
            <source>Resume applied, valve not opened yet</source>
            <translation>已申请复热，尚未开阀</translation>
        </message>
        <message>
            <source>Stop heating</source>
            <translation>报停</translation>
        </message>
        <message>
            <source>Resume heating</source>
            <translation>复热</translation>
        </message>
        <message>
            <source>Waiting for the field check</source>
            <translation>待上门</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>已撤回</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>District</source>
            <translation>区</translation>
        </message>
        <message>
            <source>Estate</source>
            <translation>小区</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>楼栋</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单元</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>房号</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Heated area</source>
            <translation>供热面积</translation>
        </message>
        <message>
            <source>Space heating</source>
            <translation>供暖</translation>
        </message>
        <message>
            <source>Hot water</source>
            <translation>生活热水</translation>
        </message>
        <message>
            <source>Steam</source>
            <translation>蒸汽</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Special marks</source>
            <translation>特殊标记</translation>
        </message>
        <message>
            <source>Own shut-off valve</source>
            <translation>独立关断阀门</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Contract notes</source>
            <translation>合同备注</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Season</source>
            <translation>供暖季</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>签订日期</translation>
        </message>
        <message>
            <source>Response level</source>
            <translation>响应级别</translation>
        </message>
        <message>
            <source>Room temperature from</source>
            <translation>室温下限</translation>
        </message>
        <message>
            <source>Room temperature to</source>
            <translation>室温上限</translation>
        </message>
        <message>
            <source>Hot water from</source>
            <translation>热水下限</translation>
        </message>
        <message>
            <source>Hot water to</source>
            <translation>热水上限</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>申请</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Work order</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>档案</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>合同</translation>
        </message>
        <message>
            <source>Stop/resume</source>
            <translation>报停/复热</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export customers to Excel</source>
            <translation>导出用户到 Excel</translation>
        </message>
        <message>
            <source>all estates; or a name, its beginning or its pinyin (xfy)</source>
            <translation>全部小区；或输入小区名、名称开头或拼音（如 xfy）</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>不限</translation>
        </message>
        <message>
            <source>Residential</source>
            <translation>居民</translation>
        </message>
        <message>
            <source>Commercial</source>
            <translation>非居民（商业）</translation>
        </message>
        <message>
            <source>Public institution</source>
            <translation>公共机构</translation>
        </message>
        <message>
            <source>Important customer</source>
            <translation>重点用户</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>医院</translation>
        </message>
        <message>
            <source>School</source>
            <translation>学校</translation>
        </message>
        <message>
            <source>Kindergarten</source>
            <translation>幼儿园</translation>
        </message>
        <message>
            <source>Elderly home</source>
            <translation>养老院</translation>
        </message>
        <message>
            <source>Disabled or elderly living alone</source>
            <translation>残疾人或独居老人</translation>
        </message>
        <message>
            <source>&amp;Save as…</source>
            <translation>另存为(&amp;S)……</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>关闭(&amp;C)</translation>
        </message>
        <message>
            <source>Export customers</source>
            <translation>导出用户</translation>
        </message>
        <message>
            <source>customers.xlsx</source>
            <translation>用户档案.xlsx</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>正在写入……</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>正在导出……</translation>
        </message>
        <message>
            <source>%1 customers written to %2</source>
            <translation>已将 %1 户写入 %2</translation>
        </message>
    </context>
</TS>
