"""`user add`: create a staff account from the command line."""

from __future__ import annotations

import argparse
import getpass
import sys

from app.models.enums import Role
from app.workflows.auth import create_user
from app.workflows.desk import open_desk
from app.workflows.errors import ValidationError


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("user", help="staff accounts")
    parser.add_argument("action", choices=["add"])
    parser.add_argument("--job-number", required=True, help="工号")
    parser.add_argument("--name", required=True)
    parser.add_argument("--role", required=True, choices=[r.value for r in Role])
    parser.add_argument("--password", help="omit to be asked (recommended)")
    parser.add_argument("--db", dest="db_url", help="database URL")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    password = args.password or getpass.getpass("Password: ")
    desk = open_desk(args.db_url or args.db)
    try:
        actor = create_user(desk.uow(), args.job_number, args.name, args.role, password)
    except ValidationError as exc:
        for field, code in exc.errors.items():
            print(f"{field}: {code}", file=sys.stderr)
        return 2
    finally:
        desk.db.dispose()
    print(f"created {actor.role} {actor.job_number} {actor.name}")
    return 0
