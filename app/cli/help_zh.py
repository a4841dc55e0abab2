"""`--help` in Chinese: every parser's English help text and its Chinese, one table.

The commands are written with English help (as the GUI's self.tr() source); when the
command line speaks Chinese (the default, app/cli/messages.py) `translate(parser)` walks the
whole argparse tree (commands, `print` and `bench` kinds, every option, the command lists)
and puts the Chinese of each text in its place, and gives every parser a help formatter
that heads its sections with a full-width colon (位置参数：) and wraps Chinese by its
width on the screen (a Chinese character takes two columns). Option names, metavars,
URLs, paths and examples stay as typed. A text missing from the table stays English;
tests/e2e/test_cli_help_language.py walks the tree and fails on any missing one, so a new
option's help needs its line here.
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from collections.abc import Iterable, Iterator

from app.ring_protocol import DEFAULT_PORT

HELP_ZH: dict[str, str] = {
    # heatdesk (the options of every command line)
    "database URL (default: HEATDESK_DB_URL, else the desk's own SQLite file)":
        "数据库 URL（默认：环境变量 HEATDESK_DB_URL，否则本机自己的 SQLite 文件）",
    "language of the interface and the messages (default: zh_CN)":
        "界面和提示信息的语言（默认：zh_CN 中文）",
    "open the demo database (created with demo data on first use)":
        "打开演示数据库（首次使用时新建并填入演示数据）",
    "show this help message and exit": "显示本帮助并退出",
    "show program's version number and exit": "显示程序的版本号并退出",
    "database URL": "数据库 URL",
    # db
    "database schema": "数据库表结构",
    "upgrade: create or upgrade the schema of the database; current: show its schema "
    "revision; roles: the owner and desk roles of a shared PostgreSQL; password: store this "
    "desk's database password (keyring or --file).":
        "upgrade：新建或升级数据库的表结构；current：显示其表结构版本；roles：为共享的 "
        "PostgreSQL 建立所有者角色和工作台角色；password：保存本工作台的数据库密码"
        "（系统密钥环或 --file）。",
    "upgrade (create or upgrade the schema), current (show its revision), roles (the owner "
    "and desk roles of a shared PostgreSQL) or password (store this desk's database "
    "password)":
        "upgrade（新建或升级表结构）、current（显示其版本）、roles（共享 PostgreSQL 的"
        "所有者角色和工作台角色）或 password（保存本工作台的数据库密码）",
    "roles: the owner role's name (default heatdesk_owner)":
        "roles：所有者角色的名称（默认 heatdesk_owner）",
    "roles: the desk role's name (default heatdesk_desk)":
        "roles：工作台角色的名称（默认 heatdesk_desk）",
    "password: write the password file (readable by you only) instead of the keyring":
        "password：写入密码文件（仅您本人可读），而不是系统密钥环",
    # user
    "staff accounts": "员工账号",
    "Staff accounts, for an administrator: add, reset-password, deactivate, activate, "
    "unlock; passwd changes one's own password. Passwords are always asked, never given on "
    "the command line.":
        "员工账号，仅限管理员：add 新建，reset-password 重置密码，deactivate 停用，activate "
        "启用，unlock 解锁；passwd 修改本人密码。密码一律询问输入，从不写在命令行上。",
    "what to do": "要执行的操作",
    "job number (digits and letters, at most 20)": "工号（字母和数字，最多 20 位）",
    "the staff member's name (add)": "员工姓名（add）",
    "the staff member's role (add)": "员工角色（add）：agent 坐席，shift_leader 值班长，"
                                     "technician 技术员，supervisor 主管，admin 管理员",
    "the administrator's job number (else asked)": "管理员工号（不填则询问）",
    # ring
    "deliver a caller's number to the running workstation": "把来电号码送到正在运行的工作台",
    "Deliver a caller's number to the workstation running on this computer (port: --port, "
    "else HEATDESK_RING_PORT, else the port the workstation wrote to its data folder, else "
    f"{DEFAULT_PORT}). Full-width digits (１３８ ００１３ ８０００) are the same number.":
        "把来电号码送到本机正在运行的工作台（端口：--port，否则环境变量 HEATDESK_RING_PORT，"
        "否则工作台写在数据文件夹中的端口，否则 "
        f"{DEFAULT_PORT}）。全角数字（１３８ ００１３ ８０００）视为同一号码。",
    "the caller's phone number": "来电号码",
    "the workstation's ring port": "工作台的来电端口",
    "seconds to wait": "等待的秒数",
    # pbx-sim
    "a simulated Asterisk PBX (AMI) on this computer, playing calls":
        "本机上的模拟 Asterisk 交换机（AMI），播放来电场景",
    "Serve the Asterisk Manager Interface on 127.0.0.1 and play scripted calls to the desks "
    "logged in to it: a queue call answered in 2 rings, one abandoned after 5, a transfer, "
    "the PBX restarting mid-call. The secret is the desk's (keyring or the data folder's "
    "ami.secret).":
        "在 127.0.0.1 上提供 Asterisk 管理接口（AMI），向已登录的工作台播放预设来电：两声内接听"
        "的队列来电、五声后放弃的来电、转接、通话中交换机重启。密码与工作台相同（系统密钥环或数据"
        "文件夹中的 ami.secret）。",
    "the AMI port": "AMI 端口",
    "the AMI user the desks log in as": "工作台登录所用的 AMI 用户",
    "the extension the calls ring": "来电振铃的分机",
    "the extension a transfer goes to": "转接的目标分机",
    "the caller's number": "来电方号码",
    "the scenarios to play, in order, separated by commas": "按顺序播放的场景，用逗号分隔",
    "seconds between the start of one call and the next": "相邻两次来电开始之间的秒数",
    "real seconds per PBX second (0.1: ten times faster)": "每个交换机秒对应的实际秒数（0.1 即快十倍）",
    "play the list once, then stop": "场景列表只播放一遍，然后停止",
    # demo
    "generate demo customers, staff and a season of contacts":
        "生成演示客户、员工和一个供暖季的来电",
    "Generate deterministic Chinese demo data (same seed and --now: same rows). Demo users "
    "and their passwords are listed in the README.":
        "生成可复现的中文演示数据（种子和 --now 相同则数据相同）。演示用户及其密码见 README。",
    "number of customers": "客户数",
    "random seed (the same seed and --now give the same data)":
        "随机种子（种子和 --now 相同则数据相同）",
    "average past contacts per customer (default 3)": "每个客户平均的历史来电次数（默认 3）",
    "ISO time the history ends at (default: now), e.g. 2026-11-26T09:30+08:00; fixes the "
    "data for a seed":
        "历史数据截止的 ISO 时间（默认：现在），例如 2026-11-26T09:30+08:00；"
        "固定它则同一种子的数据不变",
    "add to a database that already has customers": "追加到已有客户的数据库",
    # print
    "notices and work-order sheets as PDF": "通知和工单打印为 PDF",
    "上门通知 for one household": "一户的上门通知",
    "Print a 上门通知 (visit notice) for the household of a work order or a customer "
    "account.":
        "为一张工单或一个用户编号对应的住户打印上门通知。",
    "work order number as printed (GD00001234) or its digits":
        "单上印的工单号（GD00001234）或其中的数字",
    "customer account number (no work order)": "用户编号（不涉及工单）",
    "why the household is visited":
        "上门事由：repair 维修，temperature 室温测量，meter 查表，inspection 检查",
    "visit day YYYY-MM-DD (omit: blanks to fill by hand)":
        "上门日期 YYYY-MM-DD（不填：留空由人手写）",
    "time window HH:MM-HH:MM, e.g. 09:00-12:00": "时段 HH:MM-HH:MM，例如 09:00-12:00",
    "who visits": "上门人员",
    "the visiting staff member's phone": "上门人员的电话",
    "a note printed on the notice": "印在通知上的备注",
    "张贴通知 for a building or stairwell": "一栋楼或一个单元的张贴通知",
    "Print a 张贴通知 (posting notice) for the households of an estate, building or "
    "stairwell, and record them as notified.":
        "为一个小区、一栋楼或一个单元的住户打印张贴通知，并登记为已通知。",
    "estate (小区) as in the customer records": "小区（与客户资料中的写法一致）",
    "building (楼号)": "楼号",
    "stairwell (单元)": "单元",
    "the notice's kind":
        "通知类别：maintenance 计划检修，interruption 停热，sampling 入户抽测",
    "YYYY-MM-DD HH:MM": "开始时间 YYYY-MM-DD HH:MM",
    "YYYY-MM-DD HH:MM or HH:MM": "结束时间 YYYY-MM-DD HH:MM，同一天结束可只写 HH:MM",
    "one notice per stairwell (default) or per household":
        "每个单元一张（默认）或每户一张",
    "why planned maintenance falls in the heating season or comes at short notice "
    "(required then)":
        "计划检修落在供暖季内或提前通知不足时须说明的原因（此时必须填写）",
    "work-order sheet for field staff": "给现场人员的工单",
    "Print work-order sheets for field staff, several in one PDF.":
        "打印给现场人员的工单，可多张合为一个 PDF。",
    "work order number as printed (GD00001234) or its digits; repeat for several sheets in "
    "one PDF":
        "单上印的工单号（GD00001234）或其中的数字；重复给出可把多张工单放进一个 PDF",
    "PDF file": "PDF 文件",
    "a draft: do not record the households as notified": "草稿：不把住户登记为已通知",
    "job number of the staff member who records the notice (else asked; the password is "
    "always asked)": "登记通知的员工工号（不填则询问；密码总是询问）",
    # report
    "service-quality report as PDF or Excel": "服务质量报表，PDF 或 Excel",
    "Write one heating season's report as a PDF or Excel file (see --list for the "
    "reports).":
        "把一个供暖季的报表写成 PDF 或 Excel 文件（报表名见 --list）。",
    "report name (see --list)": "报表名（见 --list）",
    "heating season, e.g. 2025-2026": "供暖季，例如 2025-2026",
    "out.pdf or out.xlsx": "out.pdf 或 out.xlsx",
    "list the reports and exit": "列出所有报表并退出",
    # import (issue 14)
    "import the customer archive from .xlsx or .csv": "从 .xlsx 或 .csv 导入用户档案",
    "customers, upserted by account number": "用户档案，按户号新增或更新",
    "Import the customer archive from an .xlsx or .csv file (UTF-8 or GBK): rows are "
    "checked, then new accounts added and known ones updated where a cell differs, in one "
    "transaction. Needs a shift leader's or administrator's login.":
        "从 .xlsx 或 .csv 文件（UTF-8 或 GBK 编码）导入用户档案：先逐行检查，再在一个事务中"
        "新增新户号、更新已有户号中有变化的内容。需要值班长或管理员登录。",
    "the .xlsx or .csv file": ".xlsx 或 .csv 文件",
    "JSON file {\"header\": \"field\"} naming the columns (default: as last time, else "
    "guessed)": "列对应的 JSON 文件 {\"表头\": \"字段\"}（默认：沿用上次的对应，否则自动识别）",
    "preview only: check and count, write nothing": "仅预览：检查并统计，不写入任何数据",
    "accept estates the archive does not know yet": "接受档案中尚未有的小区",
    "job number of a shift leader or administrator (else asked)":
        "值班长或管理员的工号（不填则询问）",
    "print the report's figures as JSON": "以 JSON 输出导入结果的统计",
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
    # bench
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


def _columns(text: str) -> int:
    """Columns on a terminal: a Chinese character or full-width sign takes two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


_TOKEN = re.compile(r"\s+|[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]|[^\s\u2e80-\u9fff"
                    r"\u3000-\u303f\uff00-\uffef]+")
_NO_LINE_START = set("，。：；、）」』》！？")
_NO_LINE_END = set("（「『《")


def _tokens(text: str) -> list[str]:
    """Words, single Chinese characters and spaces; a closing sign sticks to what precedes
    it, an opening one to what follows (no line starts with ， or ends with （)."""
    merged: list[str] = []
    glue_next = False
    for token in _TOKEN.findall(text):
        if merged and not token.isspace() and (
                glue_next or token[0] in _NO_LINE_START) and not merged[-1].isspace():
            merged[-1] += token
        else:
            merged.append(token)
        glue_next = token[-1] in _NO_LINE_END
    return merged


def wrap(text: str, width: int) -> list[str]:
    """`text` in lines of at most `width` columns, breaking at spaces or between Chinese
    characters (a word longer than a line gets a line of its own)."""
    lines: list[str] = []
    line = ""
    for token in _tokens(" ".join(text.split())):
        if token.isspace():
            if line:
                line += " "
            continue
        if line and _columns(line.rstrip() + token) > width and _columns(line) > 0:
            lines.append(line.rstrip())
            line = ""
        line += token
    if line.strip():
        lines.append(line.rstrip())
    return lines


class ChineseHelpFormatter(argparse.HelpFormatter):
    """Section headings with a full-width colon, Chinese wrapped by its screen width, the
    usage's continuation lines under its first word although 用法： is six columns wide."""

    class _Section(argparse.HelpFormatter._Section):
        def format_help(self) -> str:
            text: str = super().format_help()
            heading = self.heading
            if isinstance(heading, str) and heading is not argparse.SUPPRESS:
                text = text.replace(f"{heading}:\n", f"{heading}：\n", 1)
            return text

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for line in wrap(text, width - len(indent)))

    def _format_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                      groups: Iterable[argparse._MutuallyExclusiveGroup],
                      prefix: str | None) -> str:
        text = super()._format_usage(usage, actions, groups, prefix)
        shown = argparse._("usage: ") if prefix is None else prefix  # type: ignore[attr-defined]
        extra = _columns(shown) - len(shown)
        if extra <= 0:
            return text
        lines = text.split("\n")
        return "\n".join([lines[0], *(" " * extra + line if line.startswith(" ") else line
                                      for line in lines[1:])])


def parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """`parser` and every parser below it (commands, their kinds), each once."""
    seen: set[int] = set()
    stack = [parser]
    while stack:
        each = stack.pop(0)
        if id(each) in seen:
            continue
        seen.add(id(each))
        yield each
        for action in each._actions:
            if isinstance(action, argparse._SubParsersAction):
                stack.extend(action.choices.values())


def _texted(parser: argparse.ArgumentParser) -> Iterator[tuple[object, str]]:
    """(holder, attribute) of each help text of one parser that --help shows."""
    yield parser, "description"
    yield parser, "epilog"
    for action in parser._actions:
        yield action, "help"
        if isinstance(action, argparse._SubParsersAction):
            for listed in action._choices_actions:  # the command list's one-liners
                yield listed, "help"


def help_texts(parser: argparse.ArgumentParser,
               deep: bool = True) -> Iterator[tuple[str, str]]:
    """(prog, text) of every help text shown in the tree under `parser` (deep) or in the
    --help of `parser` alone."""
    for each in parsers(parser) if deep else [parser]:
        for holder, attribute in _texted(each):
            text = getattr(holder, attribute)
            if isinstance(text, str) and text and text != argparse.SUPPRESS:
                yield each.prog, text


def translate(parser: argparse.ArgumentParser) -> None:
    """Chinese help for the whole tree under `parser` (a text not in the table stays)."""
    for each in parsers(parser):
        each.formatter_class = ChineseHelpFormatter
        for holder, attribute in _texted(each):
            text = getattr(holder, attribute)
            if isinstance(text, str) and text in HELP_ZH:
                setattr(holder, attribute, HELP_ZH[text])
