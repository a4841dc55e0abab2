"""`import customers FILE [--mapping M] [--dry-run]`: the customer archive from .xlsx/.csv.

The same engine as the import dialog (app/workflows/customers/importing.py): the columns
are mapped as last time (or guessed from the header words, or as `--mapping` says: a JSON
file {header: field}), every row is checked, and the rows are upserted by account number
in one transaction. `--dry-run` is the preview: the same figures and errors, nothing
written. Importing needs a shift leader's, supervisor's or administrator's login (job
number by `--user`, else asked; the password always asked). Progress goes to stderr, the
report to stdout; `--json` prints the report's figures as one JSON object instead.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.cli.database import CommandFailed, Purpose
from app.cli.messages import required_group
from app.cli.sign_in import sign_in

MAX_LISTED_ERRORS = 30

TEXT = {
    "en": {
        "user": "Job number of a shift leader or administrator: ",
        "password": "Password of {job}: ",
        "login_failed": "The job number or password is not correct, or the account is locked.",
        "refused": "Refused: {reason}.",
        "file": "Cannot read {path}: {problem}.",
        "file.missing": "there is no such file",
        "file.unreadable": "it is not a readable .xlsx or .csv file",
        "file.empty": "it holds no table (no header row)",
        "file.format": "only .xlsx and .csv files can be imported",
        "mapping_file": "Cannot read the mapping {path}: {reason}.",
        "mapping_field": "The mapping names an unknown field {field!r} (known: {known}).",
        "mapping": "The columns do not fit: {problems}. Give the mapping with --mapping.",
        "mapping.required": "no column for {field}",
        "mapping.twice": "two columns for {field}",
        "columns": "Columns: {columns}",
        "progress": "{done} rows read",
        "dry_run": "Preview of {file} (nothing written):",
        "done": "Imported {file}:",
        "cancelled": "Interrupted; nothing was written.",
        "figures": "{rows} rows: {new} new, {updated} updated, {unchanged} unchanged, "
                   "{refused} refused ({seconds} s).",
        "changed": "Changed fields: {fields}",
        "error": "row {row}, {field} {value!r}: {problem}",
        "more": "... and {count} more errors.",
    },
    "zh_CN": {
        "user": "值班长或管理员工号：",
        "password": "{job} 的密码：",
        "login_failed": "工号或密码不对，或账号已锁定。",
        "refused": "拒绝：{reason}。",
        "file": "无法读取 {path}：{problem}。",
        "file.missing": "没有这个文件",
        "file.unreadable": "不是可读的 .xlsx 或 .csv 文件",
        "file.empty": "文件里没有表格（找不到表头行）",
        "file.format": "只能导入 .xlsx 和 .csv 文件",
        "mapping_file": "无法读取列对应文件 {path}：{reason}。",
        "mapping_field": "列对应文件里的字段 {field!r} 不存在（可用：{known}）。",
        "mapping": "列对应不完整：{problems}。请用 --mapping 指定列对应。",
        "mapping.required": "没有对应 {field} 的列",
        "mapping.twice": "有两列都对应 {field}",
        "columns": "列对应：{columns}",
        "progress": "已读取 {done} 行",
        "dry_run": "{file} 预览（未写入任何数据）：",
        "done": "{file} 已导入：",
        "cancelled": "已中断，未写入任何数据。",
        "figures": "共 {rows} 行：新增 {new}，更新 {updated}，未变 {unchanged}，"
                   "拒绝 {refused}（用时 {seconds} 秒）。",
        "changed": "变更字段：{fields}",
        "error": "第 {row} 行，{field} {value!r}：{problem}",
        "more": "……另有 {count} 条错误。",
    },
}
FIELD_WORDS = {
    "en": {},
    "zh_CN": {"account_number": "户号", "name": "户名", "phones": "电话", "district": "区",
              "estate": "小区", "address": "地址", "building": "楼栋", "entrance": "单元", "room": "室",
              "heated_area": "供热面积", "services": "服务", "heating": "采暖",
              "hot_water": "热水", "steam": "蒸汽", "customer_class": "用户类型",
              "marks": "特殊标记", "notes": "备注", "contract_status": "合同状态",
              "contract_season": "供暖季", "signed_on": "签订日期"},
}
PROBLEM_WORDS = {
    "en": {"required": "is missing", "key.duplicate": "repeats row {detail}",
           "estate.unknown": "is not an estate of the archive (use --new-estates to add it)",
           "phone.malformed": "is not a phone number", "phone.too_long": "is too long",
           "number.invalid": "is not a number", "number.out_of_range": "is out of range",
           "text.too_long": "is too long", "account.invalid": "is not an account number",
           "address.invalid": "is not an address",
           "season.invalid": "is not a heating season (2026-2027)",
           "date.invalid": "is not a date (2026-10-15)",
           "yes_no.invalid": "is not yes or no", "choice.invalid": "is not a known value",
           "services.invalid": "names an unknown service",
           "marks.invalid": "names an unknown mark"},
    "zh_CN": {"required": "缺失", "key.duplicate": "与第 {detail} 行重复",
              "estate.unknown": "不是档案中已有的小区（如需新增请加 --new-estates）",
              "phone.malformed": "不是有效的电话号码", "phone.too_long": "过长",
              "number.invalid": "不是数字", "number.out_of_range": "超出范围",
              "text.too_long": "过长", "account.invalid": "不是有效的户号",
              "address.invalid": "不是有效的地址",
              "season.invalid": "不是供暖季（如 2026-2027）",
              "date.invalid": "不是日期（如 2026-10-15）",
              "yes_no.invalid": "应为是或否", "choice.invalid": "不是可识别的值",
              "services.invalid": "含有无法识别的服务", "marks.invalid": "含有无法识别的标记"},
}


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("import", help="import the customer archive from .xlsx or .csv")
    kinds = parser.add_subparsers(dest="kind", required=True)
    customers = kinds.add_parser(
        "customers", help="customers, upserted by account number",
        description="Import the customer archive from an .xlsx or .csv file (UTF-8 or "
                    "GBK): rows are checked, then new accounts added and known ones "
                    "updated where a cell differs, in one transaction. Needs a shift "
                    "leader's or administrator's login.")
    required = required_group(customers)
    required.add_argument("file", help="the .xlsx or .csv file")
    customers.add_argument("--mapping", help="JSON file {\"header\": \"field\"} naming the "
                                             "columns (default: as last time, else guessed)")
    customers.add_argument("--dry-run", action="store_true",
                           help="preview only: check and count, write nothing")
    customers.add_argument("--new-estates", action="store_true",
                           help="accept estates the archive does not know yet")
    customers.add_argument("--user", help="job number of a shift leader or administrator "
                                          "(else asked)")
    customers.add_argument("--json", action="store_true",
                           help="print the report's figures as JSON")
    customers.add_argument("--db", dest="db_url", help="database URL")
    customers.set_defaults(func=run)


def _text(args: argparse.Namespace, key: str, **values: Any) -> str:
    language = getattr(args.say, "language", "en")
    return TEXT.get(language, TEXT["en"])[key].format(**values)


def _words(table: dict[str, dict[str, str]], args: argparse.Namespace, key: str) -> str:
    return table.get(getattr(args.say, "language", "en"), {}).get(key, key)


def _mapping(args: argparse.Namespace, headers: tuple[str, ...], proposed: dict[int, str],
             fields: tuple[str, ...]) -> dict[int, str]:
    if not args.mapping:
        return proposed
    from app.workflows.tabular.fields import fold_header

    try:
        given = json.loads(Path(args.mapping).read_text(encoding="utf-8"))
        if not isinstance(given, dict):
            raise ValueError("not a JSON object")
    except (OSError, ValueError) as exc:
        raise CommandFailed("raw", text=_text(args, "mapping_file", path=args.mapping,
                                              reason=exc)) from None
    wanted = {fold_header(str(k)): str(v or "") for k, v in given.items()}
    for field in wanted.values():
        if field and field not in fields:
            raise CommandFailed("raw", text=_text(args, "mapping_field", field=field,
                                                  known=", ".join(fields)))
    mapping = dict(proposed)
    for col, header in enumerate(headers):
        chosen = wanted.get(fold_header(header))
        if chosen is None:
            continue
        if chosen:
            mapping[col] = chosen
        else:
            mapping.pop(col, None)
    return mapping


def run(args: argparse.Namespace) -> int:
    from app.workflows.customers import importing
    from app.workflows.customers.import_fields import FIELDS
    from app.workflows.errors import PermissionDenied
    from app.workflows.tabular.source import SheetProblem

    if not Path(args.file).is_file():  # said before a job number and password are asked
        raise CommandFailed("raw", text=_text(args, "file", path=args.file,
                                              problem=_text(args, "file.missing")))
    desk = args.opener.open(args, Purpose.WRITE)
    try:
        job = args.user or input(_text(args, "user")).strip()
        desk = sign_in(desk, job, _text(args, "password", job=job),
                       _text(args, "login_failed"))
        try:
            opened = importing.open_import(desk.uow(), args.file)
        except SheetProblem as exc:
            raise CommandFailed("raw", text=_text(
                args, "file", path=args.file, problem=_text(args, exc.code))) from None
        names = tuple(f.name for f in FIELDS)
        mapping = _mapping(args, opened.sheet.headers, opened.mapping, names)
        problems = importing.customer_mapping_problems(mapping)
        if problems:
            raise CommandFailed("raw", text=_text(args, "mapping", problems="; ".join(
                _text(args, code, field=_words(FIELD_WORDS, args, field))
                for field, code in problems.items())))
        print(_text(args, "columns", columns=", ".join(
            f"{opened.sheet.headers[col]}→{_words(FIELD_WORDS, args, name)}"
            for col, name in sorted(mapping.items()))), file=sys.stderr)

        def progress(done: int, total: int | None) -> None:
            print(_text(args, "progress", done=done), file=sys.stderr)

        run_it = importing.preview_import if args.dry_run else importing.run_import
        report = run_it(desk.uow(), opened.sheet, mapping, new_estates=args.new_estates,
                        progress=progress)
    except PermissionDenied as exc:
        raise CommandFailed("raw", text=_text(args, "refused", reason=exc)) from None
    finally:
        desk.db.dispose()
    _print_report(args, report)
    return 0


def _print_report(args: argparse.Namespace, report: Any) -> None:
    if args.json:
        print(json.dumps(report.summary(), ensure_ascii=False))
        return
    print(_text(args, "dry_run" if report.dry_run else "done", file=report.file))
    print(_text(args, "figures", rows=report.rows, new=report.new, updated=report.updated,
                unchanged=report.unchanged, refused=report.refused,
                seconds=round(report.seconds, 1)))
    if report.field_changes:
        print(_text(args, "changed", fields=", ".join(
            f"{_words(FIELD_WORDS, args, f)} {n}" for f, n in report.field_changes.most_common())))
    for error in report.errors[:MAX_LISTED_ERRORS]:
        problem = _words(PROBLEM_WORDS, args, error.code).format(detail=error.detail)
        print(_text(args, "error", row=error.row, field=_words(FIELD_WORDS, args, error.field),
                    value=error.value, problem=problem))
    hidden = sum(report.error_codes.values()) - min(len(report.errors), MAX_LISTED_ERRORS)
    if hidden > 0:
        print(_text(args, "more", count=hidden))
