"""`db roles`: the owner and desk roles of a shared PostgreSQL (app/db/roles.py).

Run once by the database's owner (or a superuser): `heatdesk db roles --db URL`. The two
passwords are asked (never on the command line); an empty answer keeps an existing role's
password. Desks then connect as the desk role (docs/security.md: the password from the
keyring or a file only the user can read).
"""

from __future__ import annotations

import argparse
import getpass

from app.cli.database import CommandFailed, Purpose

DEFAULT_OWNER = "heatdesk_owner"
DEFAULT_DESK = "heatdesk_desk"

TEXT = {
    "en": {"password": "Password for the database role {role} (empty: keep it): ",
           "repeat": "Repeat it: ",
           "mismatch": "The two passwords for {role} differ; nothing was changed.",
           "sqlite": "{label} is a SQLite file: database roles exist only on PostgreSQL "
                     "(docs/security.md says what protects a desk's file).",
           "stored": "The password for {account} is stored in {where}; this desk's URL "
                     "needs no password.",
           "keyring": "the keyring", "no_keyring": "No keyring is available here ({reason}); "
                                                   "use --file.",
           "done": "Roles on {label}: {owner} owns the schema and alone runs db upgrade; "
                   "{desk} reads and writes {tables} tables (the audit log only appends). "
                   "Desks connect as {desk}."},
    "zh_CN": {"password": "数据库角色 {role} 的密码（留空则保持不变）：",
              "repeat": "再次输入：",
              "mismatch": "{role} 的两次密码不一致；未做任何更改。",
              "sqlite": "{label} 是 SQLite 文件：数据库角色只在 PostgreSQL 上存在"
                        "（本机文件的保护见 docs/security.md）。",
              "stored": "{account} 的密码已保存在{where}；本工作台的 URL 中无需再写密码。",
              "keyring": "系统密钥环中", "no_keyring": "此处没有可用的系统密钥环（{reason}）；"
                                                       "请使用 --file。",
              "done": "{label} 的角色：{owner} 拥有表结构，只有它能执行 db upgrade；"
                      "{desk} 读写 {tables} 张表（审计日志只能追加）。各工作台以 {desk} 连接。"},
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--file", action="store_true",
                        help="password: write the password file (readable by you only) "
                             "instead of the keyring")
    parser.add_argument("--owner", default=DEFAULT_OWNER,
                        help=f"roles: the owner role's name (default {DEFAULT_OWNER})")
    parser.add_argument("--desk", default=DEFAULT_DESK,
                        help=f"roles: the desk role's name (default {DEFAULT_DESK})")


def _say(args: argparse.Namespace, key: str, **values: object) -> str:
    language = getattr(args.say, "language", "en")
    return TEXT.get(language, TEXT["en"])[key].format(**values)


def _password(args: argparse.Namespace, role: str) -> str | None:
    first = getpass.getpass(_say(args, "password", role=role))
    if not first:
        return None
    if getpass.getpass(_say(args, "repeat")) != first:
        raise CommandFailed("raw", text=_say(args, "mismatch", role=role))
    return first


def run_roles(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from app.db.engine import make_engine
    from app.db.roles import RolePlan, apply_roles

    opener = args.opener
    url = opener.url(args, Purpose.INSPECT)
    label = opener.target.label()
    if opener.target.sqlite_file is not None or url.startswith("sqlite"):
        raise CommandFailed("raw", text=_say(args, "sqlite", label=label))
    plan = RolePlan(args.owner, args.desk, _password(args, args.owner),
                    _password(args, args.desk))
    engine = make_engine(url)
    try:
        tables = apply_roles(engine, plan)
    except SQLAlchemyError as exc:
        cause = getattr(exc, "orig", None) or exc
        raise CommandFailed("raw", text=str(cause).strip().splitlines()[0]) from None
    finally:
        engine.dispose()
    print(_say(args, "done", label=label, owner=args.owner, desk=args.desk,
               tables=len(tables)))
    return 0


def run_password(args: argparse.Namespace) -> int:
    """`db password`: store the desk role's password for the URL (keyring or file)."""
    from sqlalchemy.engine import make_url

    from app.db.credentials import (
        account,
        password_file,
        store_in_keyring,
        write_password_file,
    )

    url = args.opener.url(args, Purpose.INSPECT)
    parsed = make_url(url)
    secret = _password(args, parsed.username or "?")
    if secret is None:
        return 0
    if args.file:
        path = password_file()
        write_password_file(path, secret)
        where = str(path)
    else:
        try:
            store_in_keyring(url, secret)
        except Exception as exc:  # noqa: BLE001 - keyring backends raise their own errors
            raise CommandFailed("raw", text=_say(args, "no_keyring", reason=exc)) from None
        where = _say(args, "keyring")
    print(_say(args, "stored", account=account(parsed), where=where))
    return 0
