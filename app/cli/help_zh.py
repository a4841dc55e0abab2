"""`--help` in Chinese: every parser's English help text and its Chinese, one table.

The commands are written with English help (as the GUI's self.tr() source); when the
command line speaks Chinese (the default, app/cli/messages.py) `translate(parser)` walks the
whole argparse tree (commands, `print` and `bench` kinds, every option, the command lists)
and puts the Chinese of each text in its place, and gives every parser a help formatter
that heads its sections with a full-width colon (位置参数：) and wraps Chinese by its
width on the screen (a Chinese character takes two columns). Option names, metavars,
URLs, paths and examples stay as typed. A text missing from the table stays English;
tests/e2e/test_cli_help_language.py walks the tree and fails on any missing one, so a new
option's help needs its line here (a benchmark's in help_zh_bench.py).
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from collections.abc import Iterable, Iterator

from app.cli.help_zh_bench import BENCH_HELP_ZH
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
    **BENCH_HELP_ZH,  # `bench` and its kinds
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
