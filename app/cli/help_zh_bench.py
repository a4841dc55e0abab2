"""The Chinese of `bench` and its kinds' help texts: part of help_zh.HELP_ZH, kept apart
because every benchmark adds its lines and the commands' own table stays readable."""

BENCH_HELP_ZH: dict[str, str] = {
    "customer archive import: rows per second (JSON)": "用户档案导入：每秒行数（JSON）",
    "Generate an archive spreadsheet and import it into an empty database: the preview, the "
    "import and a re-import of the same file, in rows per second.":
        "生成一份用户档案表格并导入空数据库：预览、导入和同一文件的再次导入，以每秒行数计。",
    "skip the re-import": "跳过再次导入",
    "customer search as agents type it: p50/p95/max (JSON)":
        "坐席边输入边查找用户：p50/p95/最大值（JSON）",
    "Build (or reuse) a demo archive and time the customer search by kind of input "
    "(pinyin, names, addresses, phone tails), beside the raw SQL.":
        "生成（或沿用）演示档案，按输入类型（拼音、姓名、地址、电话尾号）计时用户查找，"
        "并与裸 SQL 对比。",
    "searches per kind": "每类查找的次数",
    "search this database as it is": "按原样查找此数据库",
    "city network, declaring an outage over 20,000 households (JSON)":
        "城市管网：对两万户宣布停热的耗时（JSON）",
    "Lay a city network (sources, substations, every building of the archive) on a copy of "
    "--db or a demo data set, then time declaring an outage over --households households, the "
    "screen pop of callers under it, the streamed phone export and the restore.":
        "在 --db 或演示数据集的副本上铺设城市管网（热源、换热站、档案中的每栋楼），"
        "然后计时：对 --households 户宣布停热、受影响来电者的弹屏、电话清单的流式导出和恢复供热。",
    "callers to pop per kind": "每类弹屏的来电者数",
    "split the archive's buildings into stairwells on the copy until the city has this many "
    "(0: as they are)":
        "在副本上把档案中的楼栋按单元拆分，直到城市有这么多栋楼（0：保持原样）",
    "data set to copy (left unchanged)": "要复制的数据集（原数据不变）",
    "the outage covers substations until it holds this many":
        "停热逐个纳入换热站，直到覆盖这么多户",
    "performance figures (prints JSON)": "性能数据（输出 JSON）",
    "ring → card painted, save and start-up timings (JSON)":
        "来电到弹屏显示、保存和启动的耗时（JSON）",
    "Build (or reuse) a demo data set, or take --db as it is, and time a ring until the "
    "card is painted in the desk window (offscreen) for a mix of callers, beside the pop's "
    "raw SQL; saving a work order (on a copy) and the start-up of the workstation.":
        "新建（或复用）演示数据集，或直接使用 --db，对各类来电者测量从来电到坐席窗口"
        "（离屏）显示客户卡片的耗时，并与弹屏的原始 SQL 对照；另测保存工单（在副本上）"
        "和工作台启动的耗时。",
    "calls to ring, shared out over the kinds of caller": "来电次数，分摊到各类来电者",
    "rings per kind under the GUI-thread stall meter": "在界面线程卡顿计量下每类来电的次数",
    "measure the --db database as it is (read-only, any data)":
        "按原样测量 --db 数据库（只读，任何数据均可）",
    "work orders to save": "要保存的工单数",
    "skip launching the workstation": "不测工作台启动",
    "an empty database (default: a SQLite file in the temp dir, reused when it holds the "
    "same data set)":
        "一个空数据库（默认：临时目录中的 SQLite 文件，数据集相同时复用）",
    "render N visit notices to one PDF": "把 N 张上门通知排成一个 PDF",
    "Time laying out and rendering N visit notices (one page each) into one PDF; prints "
    "JSON.":
        "测量把 N 张上门通知（每张一页）排版并生成一个 PDF 的耗时；输出 JSON。",
    "also write the PDF here": "同时把 PDF 写到这里",
    "work-order queue timings on a large data set": "大数据集上工单队列的耗时",
    "Build (or reuse) a data set of work orders (one in fifteen open) and time the first "
    "page of each queue, a filter change, the next page and opening an order's history.":
        "新建（或复用）一个工单数据集（十五张中一张未办结），测量每个队列的首页、"
        "更换筛选条件、翻到下一页和打开工单历史的耗时。",
    "pause of each of the 20 claiming desks between claims":
        "20 个认领坐席每两次认领之间的停顿",
    "time only F6 to the first page painted (and its GUI stall) on --db as it is, e.g. a "
    "demo or full-size set; it only reads":
        "只测量在原样的 --db 上按 F6 到首页显示的耗时（及界面线程卡顿），"
        "例如演示数据集或全量数据集；只读",
    "claim latency with concurrent desks (prints JSON)": "多个坐席同时认领的延迟（输出 JSON）",
    "Time claiming work orders with DESKS desks contending for the same orders; prints "
    "p50/p95/p99 as JSON.":
        "测量 DESKS 个坐席争抢同一批工单时的认领耗时；以 JSON 输出 p50/p95/p99。",
    "fresh orders to claim": "待认领的新工单数",
    "pause of each desk between two claims (0: back to back)":
        "每个坐席两次认领之间的停顿（0：连续认领）",
    "a PostgreSQL database already migrated (default: a temporary one on the local "
    "server)":
        "已完成迁移的 PostgreSQL 数据库（默认：本机服务器上的临时数据库）",
    "longest GUI-thread stall on a slow PostgreSQL server (JSON)":
        "PostgreSQL 服务器较慢时界面线程的最长卡顿（JSON）",
    "Build a throwaway PostgreSQL database, make the server slow with a loopback proxy and "
    "measure the longest GUI-thread stall of a ring, a save and queue paging, with the "
    "runner forced inline (before) and as it chooses (after).":
        "新建一个用后即弃的 PostgreSQL 数据库，用本机回环代理让服务器变慢，测量来电、"
        "保存和队列翻页时界面线程的最长卡顿：强制在界面线程执行（之前）"
        "与由运行器自行安排（之后）两种情形。",
    "added to every client-to-server chunk": "每段客户端到服务器的数据附加的延迟",
    "runs of each action": "每个动作的运行次数",
    "audit viewer pages and filters on a big event table (JSON)":
        "大型审计事件表上审计日志查看器的分页与筛选耗时（JSON）",
    "Fill a fresh database with --events audit events and time the audit viewer's keyset "
    "pages for each filter (person, desk, order, customer, days), a deep page and the desk "
    "list.":
        "在新建的数据库中写入 --events 条审计事件，测量审计日志查看器按各筛选条件（人员、"
        "工作台、工单、客户、日期）的键集分页、深层分页以及工作台列表的耗时。",
    "the database to build the events in": "写入这些事件的数据库",
    "overdue sweep of a backlog, raw-SQL floor and GUI stall (JSON)":
        "积压工单的超期扫描、原始 SQL 下限和界面线程卡顿（JSON）",
    "Time the overdue sweep of a backlog of newly overdue orders on a copy of --db (or a "
    "demo data set built for the run), beside the bare UPDATE, and the GUI-thread stall of "
    "a desk window sweeping it.":
        "在 --db 的副本（或为本次运行新建的演示数据集）上测量一批新超期工单的超期扫描耗时，"
        "并与单纯的 UPDATE 对照；另测坐席窗口执行扫描时界面线程的卡顿。",
    "data set to copy (never written)": "要复制的数据集（不会被写入）",
    "without --db: demo customers to build": "不给 --db 时：要新建的演示客户数",
    "without --db: where to build the demo data set": "不给 --db 时：新建演示数据集的位置",
    "skip the desk window": "不测坐席窗口",
    "sampling plan of a day and its raw-SQL floor (JSON)":
        "一天的抽检计划及其原始 SQL 下限（JSON）",
    "Time making a day's sampling plan (rolled back, nothing is written) on --db, or on a "
    "demo data set built for the run, beside the same statements run straight through the "
    "driver.":
        "在 --db（或为本次运行新建的演示数据集）上测量生成一天抽检计划的耗时"
        "（事务回滚，不写入任何数据），并与直接通过驱动执行同样语句对照。",
    "sampling day (default: the season's first one without a plan)":
        "抽检日（默认：本供暖季第一个还没有计划的抽检日）",
    "data set to read (left unchanged)": "要读取的数据集（不会被改动）",
    "season report timings on an existing data set (JSON)":
        "在已有数据集上各供暖季报表的耗时（JSON）",
    "Time every season report as the dashboard builds it, its main aggregate query alone, "
    "and opening the F8 dashboard, on a database that already holds data (nothing is "
    "written).":
        "在已有数据的数据库上测量：按报表看板的方式生成每张供暖季报表的耗时、"
        "仅其主要汇总查询的耗时，以及打开 F8 报表看板的耗时（不写入任何数据）。",
    "database URL (read only)": "数据库 URL（只读）",
    "e.g. 2025-2026 (default: the season of the latest work order)":
        "例如 2025-2026（默认：最新一张工单所在的供暖季）",
    "skip the F8 window": "不测 F8 窗口",
}
