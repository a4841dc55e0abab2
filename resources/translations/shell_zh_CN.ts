<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>BrandBand</name>
        <message>
            <source>HeatDesk</source>
            <translation>供热客服工作台</translation>
        </message>
        <message>
            <source>Honest service, warmth for every home</source>
            <translation>诚信服务、温暖万家</translation>
        </message>
    </context>
    <context>
        <name>FirstAdminDialog</name>
        <message>
            <source>HeatDesk - First administrator</source>
            <translation>供热客服工作台 — 创建首位管理员</translation>
        </message>
        <message>
            <source>This database has no administrator yet. Create the administrator account now: there is no default password. The administrator then adds the agents' accounts.</source>
            <translation>此数据库还没有管理员。请现在创建管理员账号（系统没有默认密码），之后由管理员为客服人员创建账号。</translation>
        </message>
        <message>
            <source>&amp;Job number</source>
            <translation>工号(&amp;J)</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>姓名(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>密码(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Repeat password</source>
            <translation>确认密码(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Create administrator</source>
            <translation>创建管理员(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>The database cannot be reached now. Check the network and try again.</source>
            <translation>暂时无法连接数据库，请检查网络后重试。</translation>
        </message>
        <message>
            <source>Creating the administrator…</source>
            <translation>正在创建管理员…</translation>
        </message>
        <message>
            <source>e.g. 0311-96111</source>
            <translation>例如 0311-96111</translation>
        </message>
        <message>
            <source>The service hotline is printed on every notice and sheet. Left empty, documents print no hotline until a shift leader sets it in the letterhead.</source>
            <translation>服务热线印在每一份通知和单据上。不填则单据上不印服务热线，待值班长在信头设置中填写。</translation>
        </message>
        <message>
            <source>Service &amp;hotline</source>
            <translation>服务热线(&amp;H)</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>HeatDesk - Log in</source>
            <translation>供热客服工作台 — 登录</translation>
        </message>
        <message>
            <source>&amp;Job number</source>
            <translation>工号(&amp;J)</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>密码(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Log in</source>
            <translation>登录(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>数据库：%1</translation>
        </message>
        <message>
            <source>Connecting to the database…</source>
            <translation>正在连接数据库…</translation>
        </message>
        <message>
            <source>Demo accounts (job number / password):
%1</source>
            <translation>演示账号（工号 / 密码）：
%1</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>演示数据</translation>
        </message>
        <message>
            <source>The job number or the password is not correct. Please try again.</source>
            <translation>工号或密码不正确，请重试。</translation>
        </message>
        <message>
            <source>The database cannot be reached now. Check the network and try again.</source>
            <translation>暂时无法连接数据库，请检查网络后重试。</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>正在登录…</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Please fill this in.</source>
            <translation>请填写此项。</translation>
        </message>
        <message>
            <source>This is not a valid phone number (a mobile, a landline with area code, or a local number).</source>
            <translation>电话号码格式不正确（应为手机号、带区号的固定电话或本地号码）。</translation>
        </message>
        <message>
            <source>No customer has this account number.</source>
            <translation>没有此户号的用户。</translation>
        </message>
        <message>
            <source>Another customer already has this account number.</source>
            <translation>此户号已属于其他用户。</translation>
        </message>
        <message>
            <source>Choose an executing unit from the list.</source>
            <translation>请从列表中选择执行单位。</translation>
        </message>
        <message>
            <source>Choose a priority level from the list.</source>
            <translation>请从列表中选择处理等级。</translation>
        </message>
        <message>
            <source>Choose one of the listed options.</source>
            <translation>请从列出的选项中选择。</translation>
        </message>
        <message>
            <source>This text is too long; please shorten it.</source>
            <translation>内容过长，请精简。</translation>
        </message>
        <message>
            <source>The times are in the wrong order: the later time must not come first.</source>
            <translation>时间先后顺序不正确：较晚的时间不能排在前面。</translation>
        </message>
        <message>
            <source>A job number has 2 to 20 letters or digits.</source>
            <translation>工号应为 2 至 20 位字母或数字。</translation>
        </message>
        <message>
            <source>This job number is already in use.</source>
            <translation>此工号已被使用。</translation>
        </message>
        <message>
            <source>The password needs at least %1 characters.</source>
            <translation>密码至少需要 %1 个字符。</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
        <message>
            <source>Choose a role from the list.</source>
            <translation>请从列表中选择角色。</translation>
        </message>
        <message>
            <source>An administrator already exists; please ask them to create your account.</source>
            <translation>系统已有管理员，请由管理员为您创建账号。</translation>
        </message>
        <message>
            <source>The heated area is outside the plausible range.</source>
            <translation>供热面积超出合理范围。</translation>
        </message>
        <message>
            <source>Please enter a valid number.</source>
            <translation>请输入有效的数字。</translation>
        </message>
        <message>
            <source>Choose at least one service (heating, hot water or steam).</source>
            <translation>请至少选择一项服务（供暖、生活热水或蒸汽）。</translation>
        </message>
        <message>
            <source>The customer was not reached, so there is no satisfaction to record.</source>
            <translation>未联系到用户，不能记录满意度。</translation>
        </message>
        <message>
            <source>Choose an active colleague from the list.</source>
            <translation>请从列表中选择一位在职同事。</translation>
        </message>
        <message>
            <source>This time must lie in the future.</source>
            <translation>此时间必须晚于当前时间。</translation>
        </message>
        <message>
            <source>This incident is no longer open.</source>
            <translation>该事故已处理完毕，不再开放。</translation>
        </message>
        <message>
            <source>This work order has no customer on file.</source>
            <translation>该工单没有登记用户。</translation>
        </message>
        <message>
            <source>No work order has this number.</source>
            <translation>没有此编号的工单。</translation>
        </message>
        <message>
            <source>The list position is no longer valid; press F5 to read the list again.</source>
            <translation>列表位置已失效，请按 F5 重新读取列表。</translation>
        </message>
        <message>
            <source>Choose a queue from the list.</source>
            <translation>请从列表中选择队列。</translation>
        </message>
        <message>
            <source>Choose a category from the list.</source>
            <translation>请从列表中选择类别。</translation>
        </message>
        <message>
            <source>Choose a status from the list.</source>
            <translation>请从列表中选择状态。</translation>
        </message>
        <message>
            <source>Choose a sort order from the list.</source>
            <translation>请从列表中选择排序方式。</translation>
        </message>
        <message>
            <source>This entry is not accepted (%1).</source>
            <translation>输入内容不被接受（%1）。</translation>
        </message>
        <message>
            <source>This number is too long (at most %1 digits).</source>
            <translation>号码过长（最多 %1 位）。</translation>
        </message>
        <message>
            <source>A case needs a way to reach the customer: enter a phone number.</source>
            <translation>个案须有联系客户的方式：请填写电话号码。</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Incoming calls cannot be announced: the ring port is in use (%1). Is another HeatDesk running on this computer?</source>
            <translation>无法提示来电：来电端口已被占用（%1）。这台电脑上是否已经运行了另一个供热客服工作台？</translation>
        </message>
        <message>
            <source>Ring hook not available</source>
            <translation>来电提示不可用</translation>
        </message>
        <message>
            <source>Incomplete installation</source>
            <translation>安装不完整</translation>
        </message>
        <message>
            <source>The desk window is missing from this installation.</source>
            <translation>此安装缺少工作台主窗口。</translation>
        </message>
        <message>
            <source>Database on a network share</source>
            <translation>数据库位于网络共享上</translation>
        </message>
    </context>
    <context>
        <name>StartupErrors</name>
        <message>
            <source>This database was upgraded by a newer HeatDesk (schema revision %1). This HeatDesk only knows revision %2 and will not open it, so that no data is damaged. Please install the newer HeatDesk.</source>
            <translation>此数据库已由更新版本的供热客服工作台升级（结构版本 %1）。本程序只认识版本 %2，为避免损坏数据，不会打开它。请安装更新版本的供热客服工作台。</translation>
        </message>
        <message>
            <source>Database too new</source>
            <translation>数据库版本过新</translation>
        </message>
        <message>
            <source>The shared database has an older schema than this HeatDesk. An administrator upgrades it once for the whole centre with:

    python main.py db upgrade --db &lt;URL&gt;

Then start HeatDesk again.</source>
            <translation>共享数据库的结构版本比本程序旧。请管理员为整个中心执行一次升级：

    python main.py db upgrade --db &lt;URL&gt;

然后重新启动供热客服工作台。</translation>
        </message>
        <message>
            <source>Database needs an upgrade</source>
            <translation>数据库需要升级</translation>
        </message>
        <message>
            <source>HeatDesk cannot reach the database. Check the network connection and the database address (--db or HEATDESK_DB_URL), then start again.

Details: %1</source>
            <translation>供热客服工作台无法连接数据库。请检查网络连接和数据库地址（--db 或 HEATDESK_DB_URL），然后重新启动。

详细信息：%1</translation>
        </message>
        <message>
            <source>Database not reachable</source>
            <translation>无法连接数据库</translation>
        </message>
        <message>
            <source>HeatDesk cannot open the database.

Details: %1</source>
            <translation>供热客服工作台无法打开数据库。

详细信息：%1</translation>
        </message>
        <message>
            <source>Cannot open the database</source>
            <translation>无法打开数据库</translation>
        </message>
        <message>
            <source>The database file %1 lies on a network share. SQLite is not safe there and the data can be damaged when several desks use it. A centre with several desks uses the shared PostgreSQL database.</source>
            <translation>数据库文件 %1 位于网络共享上。SQLite 在网络共享上并不安全，多个坐席同时使用时数据可能损坏。多坐席的客服中心请使用共享的 PostgreSQL 数据库。</translation>
        </message>
        <message>
            <source>The shared database has an older schema (revision %1) than HeatDesk %2 needs (revision %3). An administrator upgrades it once for the whole centre with HeatDesk %2, the version on this desk:

    heatdesk db upgrade --db &lt;URL&gt;

Then start HeatDesk again.</source>
            <translation>共享数据库的表结构（版本 %1）比 HeatDesk %2 需要的（版本 %3）旧。请管理员用本机的 HeatDesk %2 为整个中心升级一次：

    heatdesk db upgrade --db &lt;URL&gt;

然后重新启动 HeatDesk。</translation>
        </message>
        <message>
            <source>The shared database has an older schema (revision %1) than HeatDesk %2 needs (revision %3). An administrator upgrades it once for the whole centre with HeatDesk %2, the version on this desk:

    %4 db upgrade --db &lt;URL&gt;

Then start HeatDesk again.</source>
            <translation>共享数据库的表结构（版本 %1）比 HeatDesk %2 需要的（版本 %3）旧。请管理员用本机的 HeatDesk %2 为整个中心升级一次：

    %4 db upgrade --db &lt;URL&gt;

然后重新启动 HeatDesk。</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About HeatDesk</source>
            <translation>关于 HeatDesk</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Database schema</source>
            <translation>数据库表结构</translation>
        </message>
        <message>
            <source>revision %1</source>
            <translation>版本 %1</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>数据库</translation>
        </message>
        <message>
            <source>Program folder</source>
            <translation>程序文件夹</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>数据文件夹</translation>
        </message>
        <message>
            <source>Built with</source>
            <translation>运行环境</translation>
        </message>
        <message>
            <source>The Chinese font is WenQuanYi Micro Hei (Apache License 2.0). The database address and the letterhead are set on each desk, never built into the program.</source>
            <translation>中文字体为文泉驿微米黑（Apache License 2.0）。数据库地址和信头在每台坐席上设置，不写入程序。</translation>
        </message>
        <message>
            <source>&amp;Copy details</source>
            <translation>复制详细信息(&amp;C)</translation>
        </message>
        <message>
            <source>HeatDesk %1 (F1: About)</source>
            <translation>HeatDesk %1（F1：关于）</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About HeatDesk</source>
            <translation>关于 HeatDesk(&amp;A)</translation>
        </message>
    </context>
</TS>
