"""`db upgrade` and `db current`: schema management for a shared PostgreSQL."""

from __future__ import annotations

import argparse
import sys

from app.db import migrate
from app.db.database import Database
from app.db.errors import SchemaTooNew
from app.db.text_index import text_settings


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("db", help="database schema")
    parser.add_argument("action", choices=["upgrade", "current"])
    parser.add_argument("--db", dest="db_url", help="database URL")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    db = Database(args.db_url or args.db)
    try:
        if args.action == "upgrade":
            db.upgrade()
            print(f"database at {', '.join(sorted(migrate.current_revisions(db.engine)))}")
        else:
            current = migrate.current_revisions(db.engine)
            state = "current" if migrate.is_current(db.engine) else "needs upgrade"
            print(f"database: {', '.join(sorted(current)) or '(empty)'}; "
                  f"this HeatDesk: {migrate.head_revision()}; {state}")
        settings = text_settings(db.engine)
        if settings is not None:
            print(f"text search: {settings.describe()}")
    except SchemaTooNew as exc:
        print(str(exc), file=sys.stderr)
        return 2
    finally:
        db.dispose()
    return 0
