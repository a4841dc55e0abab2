"""`user`: staff accounts from the command line, for an administrator only (issue 15).

Every action asks for an administrator's job number (`--admin`, else asked) and password
(always asked, never on the command line, where `ps` and the shell history would show it).
The one exception is the very first administrator of a database without one: `user add
--role admin` then creates it, as the first start of the workstation would. Passwords of
the account itself are asked twice; an added or reset account must change its password at
the next login.
"""

from __future__ import annotations

import argparse
import getpass
from typing import Any

from app.cli.database import CommandFailed, Purpose
from app.cli.messages import required_group
from app.cli.sign_in import sign_in
from app.models.enums import Role

_ARGUMENTS = {"job_number": "--job-number", "name": "--name", "role": "--role",
              "password": "password", "new": "password", "repeat": "password",
              "active": "--job-number", "staff": "--job-number", "old": "old password"}
ACTIONS = ["add", "reset-password", "deactivate", "activate", "unlock", "passwd"]

TEXT = {
    "en": {
        "admin_job": "Administrator's job number: ",
        "admin_password": "Administrator's password: ",
        "new_password": "Password for {job_number}: ",
        "repeat_password": "Repeat the password: ",
        "old_password": "Current password of {job_number}: ",
        "login_failed": "The administrator's job number or password is not correct, or the "
                        "account is locked.",
        "refused": "Refused: {reason}.",
        "unknown": "No staff member has the job number {job_number}.",
        "done.add": "Created {role} {job_number} {name}; the password must be changed at "
                    "the first login.",
        "done.first": "Created the first administrator {job_number} {name}.",
        "done.reset-password": "New password set for {job_number}; it must be changed at the "
                               "next login.",
        "done.deactivate": "{job_number} can no longer log in (the account and its history "
                           "are kept).",
        "done.activate": "{job_number} can log in again.",
        "done.unlock": "{job_number} is unlocked.",
        "done.passwd": "The password of {job_number} is changed.",
        "needs_name": "--name and --role are needed to add an account.",
    },
    "zh_CN": {
        "admin_job": "管理员工号：",
        "admin_password": "管理员密码：",
        "new_password": "{job_number} 的密码：",
        "repeat_password": "再次输入密码：",
        "old_password": "{job_number} 的当前密码：",
        "login_failed": "管理员工号或密码不正确，或账号已被锁定。",
        "refused": "被拒绝：{reason}。",
        "unknown": "没有工号为 {job_number} 的员工。",
        "done.add": "已创建 {role} {job_number} {name}；首次登录时必须修改密码。",
        "done.first": "已创建首位管理员 {job_number} {name}。",
        "done.reset-password": "已为 {job_number} 设置新密码；下次登录时必须修改。",
        "done.deactivate": "{job_number} 已不能登录（账号及其记录仍保留）。",
        "done.activate": "{job_number} 可以重新登录。",
        "done.unlock": "{job_number} 已解锁。",
        "done.passwd": "{job_number} 的密码已修改。",
        "needs_name": "新建账号需要 --name 和 --role。",
    },
}


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "user", help="staff accounts",
        description="Staff accounts, for an administrator: add, reset-password, deactivate, "
                    "activate, unlock; passwd changes one's own password. Passwords are "
                    "always asked, never given on the command line.")
    required = required_group(parser)
    required.add_argument("action", choices=ACTIONS, help="what to do")
    required.add_argument("--job-number", required=True,
                          help="job number (digits and letters, at most 20)")
    parser.add_argument("--name", help="the staff member's name (add)")
    parser.add_argument("--role", choices=[r.value for r in Role],
                        help="the staff member's role (add)")
    parser.add_argument("--admin", help="the administrator's job number (else asked)")
    parser.add_argument("--db", dest="db_url", help="database URL")
    parser.set_defaults(func=run)


def _text(args: argparse.Namespace, key: str, **values: Any) -> str:
    language = getattr(args.say, "language", "en")
    return TEXT.get(language, TEXT["en"])[key].format(**values)


def _fields(args: argparse.Namespace, errors: dict[str, str]) -> CommandFailed:
    say = args.say
    lines = [say("print.field", arg=_ARGUMENTS.get(field, field), problem=say.code(code))
             for field, code in errors.items()]
    return CommandFailed("raw", text="\n".join(lines))


def _new_password(args: argparse.Namespace) -> tuple[str, str]:
    first = getpass.getpass(_text(args, "new_password", job_number=args.job_number))
    return first, getpass.getpass(_text(args, "repeat_password"))


def run(args: argparse.Namespace) -> int:
    from app.workflows.errors import NotFound, PermissionDenied, ValidationError

    desk = args.opener.open(args, Purpose.WRITE)
    try:
        message = _act(args, desk)
    except ValidationError as exc:
        raise _fields(args, exc.errors) from None
    except PermissionDenied as exc:
        raise CommandFailed("raw", text=_text(args, "refused", reason=exc)) from None
    except NotFound:
        raise CommandFailed("raw", text=_text(args, "unknown",
                                              job_number=args.job_number)) from None
    finally:
        desk.db.dispose()
    print(message)
    return 0


def _act(args: argparse.Namespace, desk: Any) -> str:
    from app.workflows.auth import LoginFailed, create_first_admin, login, needs_first_admin
    from app.workflows.security.passwords import change_password

    job = args.job_number
    if args.action == "add" and (not args.name or not args.role):
        raise CommandFailed("raw", text=_text(args, "needs_name"))
    if args.action == "add" and args.role == Role.ADMIN.value and needs_first_admin(desk.uow()):
        password, repeat = _new_password(args)
        if password != repeat:
            raise _fields(args, {"repeat": "password.mismatch"})
        actor = create_first_admin(desk.uow(), job, args.name, password)
        return _text(args, "done.first", job_number=actor.job_number, name=actor.name)
    if args.action == "passwd":  # one's own password: the account's own login, not an admin
        old = getpass.getpass(_text(args, "old_password", job_number=job))
        try:
            me = login(desk.uow(), job, old)
        except LoginFailed:
            raise CommandFailed("raw", text=_text(args, "login_failed")) from None
        new, repeat = _new_password(args)
        change_password(desk.signed_in(me).uow(), old, new, repeat)
        return _text(args, "done.passwd", job_number=job)
    admin_job = args.admin or input(_text(args, "admin_job")).strip()
    return _as_admin(args, sign_in(desk, admin_job, _text(args, "admin_password"),
                                   _text(args, "login_failed")))


def _as_admin(args: argparse.Namespace, desk: Any) -> str:
    from app.workflows.errors import NotFound
    from app.workflows.security import staff as accounts

    job = args.job_number
    if args.action == "add":
        password, repeat = _new_password(args)
        if password != repeat:
            raise _fields(args, {"repeat": "password.mismatch"})
        actor = accounts.add_staff(desk.uow(), job, args.name, args.role, password)
        return _text(args, "done.add", role=actor.role, job_number=actor.job_number,
                     name=actor.name)
    rows = {r.job_number: r for r in accounts.list_staff(desk.uow())}
    if job not in rows:
        raise NotFound(job)
    staff_id = rows[job].id
    if args.action == "reset-password":
        password, repeat = _new_password(args)
        if password != repeat:
            raise _fields(args, {"repeat": "password.mismatch"})
        accounts.reset_password(desk.uow(), staff_id, password)
    elif args.action in ("deactivate", "activate"):
        accounts.set_active(desk.uow(), staff_id, args.action == "activate")
    else:
        accounts.unlock_account(desk.uow(), staff_id)
    return _text(args, f"done.{args.action}", job_number=job)
