"""Which database a command opens, the same one the workstation would, and why it cannot.

The order is the workstation's (`app/ui/main.py:database_url`): `--db`, then the
HEATDESK_DB_URL environment variable, then with `--demo` the demo file, else the desk's
default file in the data folder. A command that only reads never creates a database file:
a missing SQLite file, a file without HeatDesk's tables, or the default file without data
is refused with a sentence that names the database and how to point at another one.
"""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from app.cli.messages import Speaker
from app.db.urls import ENV_VAR, default_sqlite_url, normalise
from app.paths import demo_database_file


class CommandFailed(Exception):
    """A command stops with one sentence (exit status 2); `key` names it in the catalogue."""

    def __init__(self, key: str, **values: Any) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


class Purpose(Enum):
    READ = "read"        # needs a HeatDesk database with data: report, print
    WRITE = "write"      # needs a HeatDesk database, may be empty: user add
    INSPECT = "inspect"  # looks at whatever is there, creates nothing: db current
    CREATE = "create"    # may create the file and the schema: db upgrade, demo


@dataclass(frozen=True)
class Target:
    url: str     # as given
    source: str  # "--db", "env", "demo" or "default"

    @property
    def sqlite_file(self) -> Path | None:
        from sqlalchemy.engine import make_url  # the URL was checked by `parsed`

        if not self.url.startswith("sqlite"):
            return None
        database = make_url(self.url).database
        return Path(database) if database and database != ":memory:" else None

    def label(self) -> str:
        """The file for SQLite, host:port/database for a server; never a password."""
        try:
            from sqlalchemy.engine import make_url

            url = make_url(normalise(self.url))
        except Exception:  # an unparseable URL is shown as given, without what follows '@'
            return self.url.split("@")[-1] if "@" in self.url else self.url
        if url.get_backend_name() == "sqlite":
            return str(url.database or ":memory:")
        return f"{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def target_of(args: argparse.Namespace) -> Target:
    explicit = getattr(args, "db_url", None) or getattr(args, "db", None)
    if explicit:
        return Target(explicit, "--db")
    env = os.environ.get(ENV_VAR)
    if env:
        return Target(env, "env")
    if getattr(args, "demo", False):
        return Target(f"sqlite:///{demo_database_file()}", "demo")
    return Target(default_sqlite_url(), "default")


def source_words(say: Speaker, target: Target) -> str:
    return say(f"source.{target.source}")


BACKENDS = ("sqlite", "postgresql")  # the databases HeatDesk's migrations and tests cover


def _check_url(say: Speaker, target: Target) -> None:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    def refused(reason: str) -> CommandFailed:
        return CommandFailed("db.bad_url", url=target.url, source=source_words(say, target),
                             reason=reason)

    try:  # the reasons in the user's words: SQLAlchemy's own are English
        url = make_url(normalise(target.url))
    except (ArgumentError, ValueError):
        raise refused(say("db.url_form")) from None
    if url.get_backend_name() not in BACKENDS:
        raise refused(say("db.url_backend", backend=url.get_backend_name()))
    try:
        url.get_dialect().import_dbapi()
    except (NoSuchModuleError, ImportError):  # a driver this build does not ship
        raise refused(say("db.url_driver", driver=url.get_driver_name())) from None
    except ValueError:  # e.g. a port that is no number
        raise refused(say("db.url_form")) from None
    if target.source == "--db":  # never a password on the command line (issue 15)
        from app.db.credentials import CredentialsRefused, refuse_password_in_url

        try:
            refuse_password_in_url(target.url)
        except CredentialsRefused as exc:
            raise CommandFailed("raw", text=str(exc)) from None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0].rstrip(".")


class Opener:
    """Opens the command's database once; remembers it so a failure can name it."""

    def __init__(self, say: Speaker) -> None:
        self.say = say
        self.target: Target | None = None
        self.created: Path | None = None  # a SQLite file this command brought into being

    def discard_created(self) -> None:
        """After a failure: remove the database file this command created, so no empty or
        half-made file is left behind (the engine was disposed by then)."""
        if self.created is None:
            return
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{self.created}{suffix}").unlink(missing_ok=True)
        self.created = None

    def _note_new_file(self, path: Path | None) -> None:
        if path is not None and not path.exists():
            self.created = path

    def resolve(self, args: argparse.Namespace) -> Target:
        self.target = target_of(args)
        return self.target

    def url(self, args: argparse.Namespace, purpose: Purpose) -> str:
        """The checked URL for commands that open the database themselves (db, bench)."""
        target = self.resolve(args)
        _check_url(self.say, target)
        path = target.sqlite_file
        if path is not None and not path.exists() and purpose is not Purpose.CREATE:
            raise self._missing(target, path)
        self._note_new_file(path)
        return normalise(target.url)

    def _missing(self, target: Target, path: Path) -> CommandFailed:
        if target.source == "default":
            return CommandFailed("db.default_missing", path=path, hint=self.say("db.hint"))
        if target.source == "demo":  # made with its data on first use, never empty
            return CommandFailed("db.demo_missing", path=path)
        return CommandFailed("db.file_missing", path=path, source=source_words(self.say, target))

    def open(self, args: argparse.Namespace, purpose: Purpose) -> Any:
        """The open Desk (app.workflows.desk.Desk), checked for what the command needs."""
        target = self.resolve(args)
        _check_url(self.say, target)
        path = target.sqlite_file
        fresh_demo = False
        if path is not None and not path.exists():
            if target.source == "demo" and purpose in (Purpose.READ, Purpose.WRITE):
                fresh_demo = True
            elif purpose is not Purpose.CREATE:
                raise self._missing(target, path)
        if purpose in (Purpose.READ, Purpose.WRITE) and not fresh_demo:
            self._require_schema(target)
        self._note_new_file(path)
        desk = self._open_desk(target)
        try:
            if target.source == "demo" and purpose in (Purpose.READ, Purpose.WRITE):
                self._fill_demo(desk)
            elif purpose is Purpose.READ and target.source == "default" and not _has_data(desk):
                raise CommandFailed("db.default_empty", path=path or target.label(),
                                    hint=self.say("db.hint"))
        except BaseException:
            desk.db.dispose()
            raise
        if purpose is not Purpose.CREATE:
            self.created = None  # a finished database (the demo), kept whatever follows
        return desk

    def _require_schema(self, target: Target) -> None:
        """A file or server without HeatDesk's tables is not migrated by a reading command."""
        from sqlalchemy.exc import SQLAlchemyError

        from app.db import migrate
        from app.db.engine import make_engine

        engine = make_engine(normalise(target.url))
        try:
            revisions = migrate.current_revisions(engine)
        except SQLAlchemyError as exc:
            raise self._unreachable(target, exc) from None
        finally:
            engine.dispose()
        if not revisions:
            raise CommandFailed("db.not_heatdesk", label=target.label(),
                                source=source_words(self.say, target))

    def _unreachable(self, target: Target, exc: BaseException) -> CommandFailed:
        cause = getattr(exc, "orig", None) or exc
        return CommandFailed("db.unreachable", label=target.label(),
                             source=source_words(self.say, target), reason=_first_line(cause))

    def _open_desk(self, target: Target) -> Any:
        from sqlalchemy.exc import SQLAlchemyError

        from app.workflows.desk import (
            DatabaseUnavailable,
            SchemaOutdated,
            SchemaTooNew,
            open_desk,
        )

        try:
            return open_desk(normalise(target.url))
        except DatabaseUnavailable as exc:
            raise self._unreachable(target, exc) from None
        except SchemaOutdated as exc:
            raise CommandFailed("db.outdated", label=target.label(),
                                current=", ".join(sorted(exc.db_revisions)) or "—",
                                head=exc.app_head, version=exc.app_version,
                                command=exc.command) from None
        except SchemaTooNew as exc:
            raise CommandFailed("db.too_new", label=target.label(),
                                revision=exc.db_revision) from None
        except SQLAlchemyError as exc:
            raise self._unreachable(target, exc) from None

    def _fill_demo(self, desk: Any) -> None:
        """The workstation's --demo: demo users and a small history on first use."""
        import sys

        from app.workflows.demo.fill import ensure_demo_data

        if ensure_demo_data(desk):
            print(self.say("demo.created", label=desk.database_label), file=sys.stderr)


def _has_data(desk: Any) -> bool:
    from sqlalchemy import select

    from app.models.customer import Customer

    with desk.db.engine.connect() as conn:
        return conn.execute(select(Customer.id).limit(1)).first() is not None
