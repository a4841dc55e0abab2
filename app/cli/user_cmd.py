"""`user add`: create a staff account from the command line."""

from __future__ import annotations

import argparse
import getpass

from app.cli.database import CommandFailed, Purpose
from app.cli.messages import required_group
from app.models.enums import Role

_ARGUMENTS = {"job_number": "--job-number", "name": "--name", "role": "--role",
              "password": "--password"}


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("user", help="staff accounts",
                            description="add: create a staff account (asks for the "
                                        "password unless --password is given).")
    required = required_group(parser)
    required.add_argument("action", choices=["add"], help="add (create a staff account)")
    required.add_argument("--job-number", required=True,
                          help="job number (digits and letters, at most 20)")
    required.add_argument("--name", required=True, help="the staff member's name")
    required.add_argument("--role", required=True, choices=[r.value for r in Role],
                          help="the staff member's role")
    parser.add_argument("--password", help="omit to be asked (recommended)")
    parser.add_argument("--db", dest="db_url", help="database URL")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from app.workflows.auth import create_user
    from app.workflows.errors import ValidationError

    say = args.say
    desk = args.opener.open(args, Purpose.WRITE)
    try:
        password = args.password or getpass.getpass(say("user.password_prompt"))
        actor = create_user(desk.uow(), args.job_number, args.name, args.role, password)
    except ValidationError as exc:
        lines = [say("print.field", arg=_ARGUMENTS.get(field, field), problem=say.code(code))
                 for field, code in exc.errors.items()]
        raise CommandFailed("raw", text="\n".join(lines)) from None
    finally:
        desk.db.dispose()
    print(say("user.created", role=actor.role, job_number=actor.job_number, name=actor.name))
    return 0
