"""What the commands say, in the user's language: Chinese by default, English with --lang en.

The GUI picks its language the same way (`app/ui/i18n.py:resolve_language`: `--lang` when
given, else Chinese); the commands never import Qt, so their sentences live here as plain
Python, one catalogue per language with the same keys (tests/e2e/test_cli_help_language.py
checks that they match). argparse's own words (usage, "required", "invalid choice") are
translated too while a command line is parsed (`argparse_language`).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = ("zh_CN", "en")


def resolve_language(requested: str | None) -> str:
    """`--lang` when given, otherwise Chinese (as the workstation does)."""
    return requested if requested in LANGUAGES else DEFAULT_LANGUAGE


EN: dict[str, str] = {
    # which database, and why it cannot be used
    "source.--db": "--db",
    "source.env": "the HEATDESK_DB_URL environment variable",
    "source.demo": "--demo",
    "source.default": "the desk's default database",
    "db.opened": "Database: {label} (from {source}).",
    "db.hint": "Point at your centre's database with --db URL or the HEATDESK_DB_URL "
               "environment variable, or add --demo to use the demo database.",
    "db.default_missing": "There is no database here yet: the desk's default database file "
                          "{path} does not exist, and nothing was created. {hint}",
    "db.default_empty": "The desk's default database {path} holds no data yet (no "
                        "customers). {hint}",
    "db.file_missing": "The database file {path} named by {source} does not exist; nothing "
                       "was created. Check the path, or create a new database with "
                       "`python main.py db upgrade --db sqlite:///{path}`.",
    "db.demo_missing": "The demo database {path} has not been made yet, and nothing was "
                       "created. It is made with its demo data the first time the "
                       "workstation (`python main.py --demo`) or a command that reads or "
                       "writes data (e.g. `python main.py --demo report ...`) opens it.",
    "db.not_heatdesk": "{label} (named by {source}) is not a HeatDesk database: it has no "
                       "HeatDesk tables. Create one with `python main.py db upgrade --db "
                       "<URL>`.",
    "db.bad_url": "The database address {url!r} given by {source} is not a database URL "
                  "({reason}). Examples: sqlite:///C:/HeatDesk/heatdesk.sqlite3 or "
                  "postgresql://user@server/heatdesk.",
    "db.url_form": "it is not in the form postgresql://user@server/database or "
                   "sqlite:///path",
    "db.url_backend": "HeatDesk works with sqlite and postgresql, not {backend}",
    "db.url_driver": "this HeatDesk has no {driver} driver; write postgresql:// or sqlite:///",
    "db.unreachable": "Cannot open the database {label} (named by {source}): {reason}. "
                      "Check that the server runs and that the address is right.",
    "db.outdated": "The shared database {label} has schema revision {current}; HeatDesk "
                   "{version} needs revision {head}. An administrator upgrades it once with "
                   "HeatDesk {version}: {command} db upgrade --db <URL>",
    "db.too_new": "The database {label} was upgraded by a newer HeatDesk (schema revision "
                  "{revision}); this version will not touch it. Install the newer HeatDesk.",
    "db.failed": "The database {label} failed: {reason}.",
    "unexpected": "HeatDesk could not finish the command: {kind}: {reason}.",
    "demo.created": "Demo database {label} created with demo data (first use).",
    "interrupted": "Interrupted; nothing more was written.",
    "no_answer": "The command asks a question at the terminal (a job number or a password) "
                 "and no answer came: its input is closed. Run it in a terminal; a job "
                 "number can also be given with --user or --admin.",
    "error": "Error: {text}",
    "raw": "{text}",
    "bench.demo": "bench builds or measures its own data sets; --demo does not apply to it. "
                  "Give the database to measure with --db.",
    "bench.positive": "--customers and --samples must be positive (and --saves not "
                      "negative).",
    # db
    "db_cmd.at": "Database {label} is at schema revision {revisions}.",
    "db_cmd.current": "Database {label}: revision {current}; this HeatDesk: {head}; {state}",
    "db_cmd.state.current": "current",
    "db_cmd.state.upgrade": "needs upgrade",
    "db_cmd.empty": "(empty)",
    "db_cmd.text_search": "Text search: {settings}",
    # report
    "report.written": "{title} {season}: {count} figure(s) written to {path}",
    "report.unknown": "The report {name!r} is unknown; choose one of: {names}.",
    "report.season": "--season {season!r} is not a heating season like 2025-2026.",
    "report.format": "-o {path!r} must end in .pdf or .xlsx.",
    "report.write": "Cannot write {path}: {reason}.",
    "nothing_written": "No file was written.",
    # print
    "print.field": "{arg} {problem}",
    "print.work_orders": "{pages} work-order sheet(s) written to {path}",
    "print.draft": "{pages} page(s) written to {path} (not recorded)",
    "print.recorded": "{pages} page(s) written to {path}; {households} household(s) "
                      "recorded as notified (notice {notice})",
    "print.ticket_value": "{value!r} is not a work-order number; give the GD number printed "
                          "on the sheet (e.g. GD00001234) or its digits",
    "code.required": "is required",
    "code.time.order": "must come after the start",
    "code.time.past": "lies in the past; a notice announces work to come (rule 5.2.1)",
    "code.time.format": "is not a time: use YYYY-MM-DD HH:MM (or HH:MM for an end on the "
                        "same day)",
    "code.date.format": "is not a day: use YYYY-MM-DD",
    "code.window.format": "needs the day as --date YYYY-MM-DD and the window as --window "
                          "HH:MM-HH:MM",
    "code.scope.unknown": "matches no household of ours",
    "code.ticket.unknown": "names no work order in this database",
    "code.ticket.no_customer": "names a work order without a customer to notify",
    "code.account.unknown": "names no customer account in this database",
    "code.choice.invalid": "is not one of the choices",
    "code.text.too_long": "is too long",
    "code.notice.exception_reason": "is required: planned maintenance inside the heating "
                                    "season or at short notice needs a stated reason "
                                    "(rule 5.2.1)",
    "code.password.too_short": "is too short",
    "code.password.too_long": "is too long (at most 128 characters)",
    "code.password.has_job_number": "must not contain the job number",
    "code.job_number.taken": "is already taken by another staff member",
    "code.job_number.invalid": "is not a job number (digits and letters, at most 20)",
    "code.role.invalid": "is not a role",
    # user
    "user.created": "Created {role} {job_number} {name}.",
    "user.password_prompt": "Password: ",
    # demo
    "demo.now": "--now {value!r} is not a time with a zone, e.g. 2026-11-26T09:30+08:00.",
    "demo.negative": "--customers cannot be negative.",
    "demo.refused": "{detail}",
    "demo.done": "Demo data in {label}: {customers:,} customers, {phones:,} phones, "
                 "{contacts:,} contacts, {tickets:,} work orders (seed {seed}) in "
                 "{seconds} s",
    # ring
    "ring.port_value": "{value!r} is not a port (a whole number from 1 to 65535)",
    "ring.env_port": "The {variable} environment variable holds {value!r}, which is not a "
                     "port (a whole number from 1 to 65535). Correct or unset it, or give "
                     "--port.",
    "ring.timeout_value": "{value!r} is not a number of seconds above 0",
    "ring.not_sent": "Not sent: {reason}.",
    "ring.no_desk": "No HeatDesk workstation is listening on 127.0.0.1:{port} ({reason}). "
                    "Start the workstation and log in, or give the right --port.",
    "ring.delivered": "Delivered {number} to the workstation on port {port}.",
    "ring.rejected": "The workstation rejected {number!r}: {reason}",
    "ring.phone.malformed": "{number!r} is not a phone number (a mobile, a landline with "
                            "area code, a local number or a service number).",
    "ring.phone.too_long": "{number!r} is too long for a phone number (at most {limit} "
                           "digits).",
    "ring.line_break": "a phone number cannot contain a line break",
    # pbx-sim
    "pbx_sim.listening": "Simulated PBX: AMI on 127.0.0.1:{port}, user {user} (secret in the "
                         "keyring or {file}); calls ring extension {extension}. Ctrl+C stops.",
    "pbx_sim.playing": "Playing {name!r} to {desks} desk(s).",
    "pbx_sim.unknown": "Unknown scenario(s): {names}. Known: {known}.",
    "pbx_sim.port": "Cannot serve on port {port}: {reason}",
    # argparse's own words
    "ap.required_group": "required arguments",
}

ZH: dict[str, str] = {
    "source.--db": "--db",
    "source.env": "环境变量 HEATDESK_DB_URL",
    "source.demo": "--demo",
    "source.default": "本机默认数据库",
    "db.opened": "数据库：{label}（来自 {source}）。",
    "db.hint": "请用 --db URL 或环境变量 HEATDESK_DB_URL 指向中心的数据库，"
               "或加 --demo 使用演示数据库。",
    "db.default_missing": "这里还没有数据库：本机默认数据库文件 {path} 不存在，"
                          "也没有新建任何文件。{hint}",
    "db.default_empty": "本机默认数据库 {path} 中还没有数据（没有客户）。{hint}",
    "db.file_missing": "{source} 指定的数据库文件 {path} 不存在，没有新建任何文件。"
                       "请检查路径；如需新建数据库，请运行 "
                       "`python main.py db upgrade --db sqlite:///{path}`。",
    "db.demo_missing": "演示数据库 {path} 还没有建立，也没有新建任何文件。"
                       "第一次用工作台（`python main.py --demo`）或读写数据的命令"
                       "（如 `python main.py --demo report ...`）打开它时，"
                       "会建立它并填入演示数据。",
    "db.not_heatdesk": "{source} 指定的 {label} 不是 HeatDesk 数据库（没有 HeatDesk 的表）。"
                       "如需新建，请运行 `python main.py db upgrade --db <URL>`。",
    "db.bad_url": "{source} 给出的数据库地址 {url!r} 不是有效的数据库 URL（{reason}）。"
                  "示例：sqlite:///C:/HeatDesk/heatdesk.sqlite3 或 "
                  "postgresql://user@server/heatdesk。",
    "db.url_form": "格式应为 postgresql://用户@服务器/数据库 或 sqlite:///文件路径",
    "db.url_backend": "HeatDesk 只支持 sqlite 和 postgresql，不支持 {backend}",
    "db.url_driver": "本 HeatDesk 没有 {driver} 驱动，请写 postgresql:// 或 sqlite:///",
    "db.unreachable": "无法打开数据库 {label}（由 {source} 指定）：{reason}。"
                      "请检查服务器是否在运行、地址是否正确。",
    "db.outdated": "共享数据库 {label} 的表结构版本为 {current}，HeatDesk {version} 需要版本 "
                   "{head}。请管理员用 HeatDesk {version} 升级一次：{command} db upgrade --db <URL>",
    "db.too_new": "数据库 {label} 已被更新版本的 HeatDesk 升级（表结构版本 {revision}），"
                  "本版本不会改动它。请安装更新版本的 HeatDesk。",
    "db.failed": "数据库 {label} 出错：{reason}。",
    "unexpected": "HeatDesk 未能完成该命令：{kind}：{reason}。",
    "demo.created": "已新建演示数据库 {label} 并填入演示数据（首次使用）。",
    "interrupted": "已中断，未再写入任何内容。",
    "no_answer": "命令需要在终端中回答问题（工号或密码），但没有读到回答：输入已关闭。请在终端中"
                 "运行；工号也可以用 --user 或 --admin 给出。",
    "error": "错误：{text}",
    "raw": "{text}",
    "bench.demo": "bench 使用自己生成或指定的数据集，--demo 对它不适用；请用 --db 指定要测量的数据库。",
    "bench.positive": "--customers 和 --samples 必须为正数（--saves 不能为负数）。",
    "db_cmd.at": "数据库 {label} 的表结构版本：{revisions}。",
    "db_cmd.current": "数据库 {label}：版本 {current}；本程序：{head}；{state}",
    "db_cmd.state.current": "已是最新",
    "db_cmd.state.upgrade": "需要升级",
    "db_cmd.empty": "（空）",
    "db_cmd.text_search": "全文检索：{settings}",
    "report.written": "{title} {season}：{count} 项图表已写入 {path}",
    "report.unknown": "没有名为 {name!r} 的报表；可选：{names}。",
    "report.season": "--season {season!r} 不是供暖季，应写成 2025-2026 这样的格式。",
    "report.format": "-o {path!r} 的文件名必须以 .pdf 或 .xlsx 结尾。",
    "report.write": "无法写入 {path}：{reason}。",
    "nothing_written": "没有写入任何文件。",
    "print.field": "{arg} {problem}",
    "print.work_orders": "已将 {pages} 张工单写入 {path}",
    "print.draft": "已将 {pages} 页写入 {path}（未登记）",
    "print.recorded": "已将 {pages} 页写入 {path}；{households} 户已登记为已通知（通知 {notice}）",
    "print.ticket_value": "{value!r} 不是工单号；请填写单上印的 GD 编号（如 GD00001234）或其中的数字",
    "code.required": "必须填写",
    "code.time.order": "必须晚于开始时间",
    "code.time.past": "已经过去；通知只能预告尚未发生的工作（第 5.2.1 条）",
    "code.time.format": "不是时间：请写成 YYYY-MM-DD HH:MM（同一天结束可只写 HH:MM）",
    "code.date.format": "不是日期：请写成 YYYY-MM-DD",
    "code.window.format": "需要用 --date YYYY-MM-DD 给出日期，并用 --window HH:MM-HH:MM "
                          "给出时段",
    "code.scope.unknown": "没有对应的供热用户",
    "code.ticket.unknown": "在该数据库中没有这张工单",
    "code.ticket.no_customer": "对应的工单没有可通知的客户",
    "code.account.unknown": "在该数据库中没有这个用户编号",
    "code.choice.invalid": "不是可选的取值",
    "code.text.too_long": "过长",
    "code.notice.exception_reason": "必须填写：供暖季内或提前通知不足的计划检修须说明原因"
                                    "（第 5.2.1 条）",
    "code.password.too_short": "过短",
    "code.password.too_long": "过长（最多 128 个字符）",
    "code.password.has_job_number": "不能包含工号",
    "code.job_number.taken": "已被其他员工使用",
    "code.job_number.invalid": "不是有效的工号（字母和数字，最多 20 位）",
    "code.role.invalid": "不是有效的角色",
    "user.created": "已创建 {role} {job_number} {name}。",
    "user.password_prompt": "密码：",
    "demo.now": "--now {value!r} 不是带时区的时间，例如 2026-11-26T09:30+08:00。",
    "demo.negative": "--customers 不能为负数。",
    "demo.refused": "该数据库中已有客户；演示数据只写入空数据库。如仍要追加演示客户，请加 --append。",
    "demo.done": "演示数据已写入 {label}：{customers:,} 个客户、{phones:,} 个电话、"
                 "{contacts:,} 次来电、{tickets:,} 张工单（种子 {seed}），用时 {seconds} 秒",
    "ring.port_value": "{value!r} 不是端口号（应为 1 到 65535 之间的整数）",
    "ring.env_port": "环境变量 {variable} 的值 {value!r} 不是端口号（应为 1 到 65535 之间的整数）。"
                     "请改正或删除它，或用 --port 给出端口。",
    "ring.timeout_value": "{value!r} 不是大于 0 的秒数",
    "ring.not_sent": "未发送：{reason}。",
    "ring.no_desk": "127.0.0.1:{port} 上没有正在监听的 HeatDesk 工作台（{reason}）。"
                    "请先启动工作台并登录，或用 --port 给出正确的端口。",
    "ring.delivered": "已将 {number} 送到端口 {port} 上的工作台。",
    "ring.rejected": "工作台拒绝了 {number!r}：{reason}",
    "ring.phone.malformed": "{number!r} 不是电话号码（应为手机、带区号的固话、本地号码或服务号码）。",
    "ring.phone.too_long": "{number!r} 号码过长（最多 {limit} 位）。",
    "ring.line_break": "电话号码中不能有换行",
    "pbx_sim.listening": "模拟交换机：AMI 在 127.0.0.1:{port}，用户 {user}（密码在系统密钥环或 "
                         "{file}）；来电振铃分机 {extension}。按 Ctrl+C 停止。",
    "pbx_sim.playing": "正在向 {desks} 个工作台播放 {name!r}。",
    "pbx_sim.unknown": "未知场景：{names}。可用：{known}。",
    "pbx_sim.port": "无法在端口 {port} 上提供服务：{reason}",
    "ap.required_group": "必填参数",
}

CATALOGUES = {"en": EN, "zh_CN": ZH}

class _TypeNamed(str):
    """argparse fills in a type's Python name (int, float); this says it in words."""

    WORDS = {"int": "整数", "float": "数字", "fromisoformat": "日期 YYYY-MM-DD"}

    def __mod__(self, values: Any) -> str:
        if isinstance(values, dict) and "type" in values:
            values = {**values, "type": self.WORDS.get(values["type"], values["type"])}
        return str.__mod__(self, values)


# argparse's own messages (Python's argparse marks them with gettext's `_`)
ARGPARSE_ZH = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "optional arguments": "选项",
    "show this help message and exit": "显示本帮助并退出",
    "the following arguments are required: %s": "缺少必填参数：%s",
    "one of the arguments %s is required": "必须给出以下参数之一：%s",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "取值 %(value)r 无效（可选：%(choices)s）",
    "invalid %(type)s value: %(value)r": _TypeNamed("取值 %(value)r 无效（应为%(type)s）"),
    "expected one argument": "后面缺少取值",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "ambiguous option: %(option)s could match %(matches)s":
        "选项 %(option)s 有歧义，可能是：%(matches)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "没有命令 %(parser_name)r（可选：%(choices)s）",
}


_current: Speaker | None = None


def current() -> Speaker:
    """The language of the command line being run (Chinese before one is known)."""
    return _current or Speaker(None)


def use(speaker: Speaker) -> None:
    global _current
    _current = speaker


def required_group(parser: argparse.ArgumentParser) -> argparse._ArgumentGroup:
    """The group --help lists required arguments under, in the user's language."""
    return parser.add_argument_group(current()("ap.required_group"))


class Speaker:
    """The sentences of one language; `say(key, **values)`."""

    def __init__(self, language: str | None = None) -> None:
        self.language = resolve_language(language)
        self.catalogue = CATALOGUES[self.language]

    def __call__(self, key: str, **values: Any) -> str:
        template = self.catalogue.get(key) or EN.get(key) or key
        return template.format(**values)

    def code(self, code: str) -> str:
        """A workflow's error code as words (the code itself when none are known)."""
        key = f"code.{code}"
        return self(key) if key in EN else code


@contextmanager
def argparse_language(language: str) -> Iterator[None]:
    """Translate argparse's own words while a command line is parsed and its help printed."""
    if resolve_language(language) == "en":
        yield
        return
    original: Callable[[str], str] = argparse._  # type: ignore[attr-defined]
    argparse._ = lambda text: ARGPARSE_ZH.get(text, original(text))  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = original  # type: ignore[attr-defined]
