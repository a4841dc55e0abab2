"""`db upgrade` and `db current`: schema management for a shared PostgreSQL.

`db upgrade` creates the schema (and, for SQLite, the file) where it is asked to; `db
current` only looks, so a mistyped path is refused instead of leaving an empty file behind.
"""

from __future__ import annotations

import argparse

from app.cli.database import CommandFailed, Purpose
from app.cli.db_roles import add_arguments as add_role_arguments
from app.cli.db_roles import run_password, run_roles
from app.cli.messages import required_group


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("db", help="database schema",
                            description="upgrade: create or upgrade the schema of the "
                                        "database; current: show its schema revision; "
                                        "roles: the owner and desk roles of a shared "
                                        "PostgreSQL; password: store this desk's database "
                                        "password (keyring or --file).")
    required_group(parser).add_argument(
        "action", choices=["upgrade", "current", "roles", "password"],
        help="upgrade (create or upgrade the schema), current (show its revision), roles "
             "(the owner and desk roles of a shared PostgreSQL) or password (store this "
             "desk's database password)")
    parser.add_argument("--db", dest="db_url", help="database URL")
    add_role_arguments(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from app.db import migrate
    from app.db.database import Database
    from app.db.errors import SchemaTooNew
    from app.db.roles import MigrationRefused
    from app.db.text_index import text_settings

    if args.action == "roles":
        return run_roles(args)
    if args.action == "password":
        return run_password(args)
    say, opener = args.say, args.opener
    purpose = Purpose.CREATE if args.action == "upgrade" else Purpose.INSPECT
    db = Database(opener.url(args, purpose))
    label = opener.target.label()
    try:
        if args.action == "upgrade":
            db.upgrade()
            print(say("db_cmd.at", label=label,
                      revisions=", ".join(sorted(migrate.current_revisions(db.engine)))))
        else:
            current = migrate.current_revisions(db.engine)
            state = "current" if migrate.is_current(db.engine) else "upgrade"
            print(say("db_cmd.current", label=label,
                      current=", ".join(sorted(current)) or say("db_cmd.empty"),
                      head=migrate.head_revision(), state=say(f"db_cmd.state.{state}")))
        settings = text_settings(db.engine)
        if settings is not None:
            print(say("db_cmd.text_search", settings=settings.describe()))
    except MigrationRefused as exc:
        raise CommandFailed("raw", text=str(exc)) from None
    except SchemaTooNew as exc:
        raise CommandFailed("db.too_new", label=label, revision=exc.db_revision) from None
    except SQLAlchemyError as exc:
        cause = getattr(exc, "orig", None) or exc
        raise CommandFailed("db.unreachable", label=label,
                            source=say(f"source.{opener.target.source}"),
                            reason=str(cause).strip().splitlines()[0]) from None
    finally:
        db.dispose()
    return 0
