"""Bring a database to the schema this HeatDesk knows, or refuse a newer one.

Alembic revisions are the only source of the schema. A desk upgrades its own SQLite file on
start; a shared PostgreSQL is upgraded deliberately (`main.py db upgrade --db URL`), since
upgrading a centre's database is an administrator's decision, not a side effect of
starting one desk.

The history is one line ending in a single head. Databases made before revision 0100 joined
the early feature branches carry one `alembic_version` row per branch; they are simply behind
and upgrade through that merge like any other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from app.db import revisions, roles
from app.db.errors import SchemaOutdated, SchemaTooNew
from app.paths import MIGRATIONS
from app.version import command, version

if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config  # imported only when migrating (slow import)

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False)
                            .replace("%", "%%"))
    return cfg


def head_revision() -> str:
    return revisions.head()


def current_revisions(engine: Engine) -> set[str]:
    """The revisions stamped in the database: empty for a new one, several before 0100."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return set()
        return set(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())


def check_not_newer(engine: Engine) -> None:
    """Raise SchemaTooNew when the database carries a revision this code does not know."""
    known = revisions.known_revisions()
    for rev in current_revisions(engine):
        if rev not in known:
            raise SchemaTooNew(rev, {head_revision()})


def upgrade(engine: Engine) -> None:
    """Migrate to the single head; Alembic refuses if the history has branched again."""
    from alembic import command

    check_not_newer(engine)
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        roles.prepare_to_migrate(conn)  # the owner role alone changes the schema (issue 15)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def is_current(engine: Engine) -> bool:
    return current_revisions(engine) == {head_revision()}


def ensure_current(engine: Engine, *, auto_upgrade: bool) -> None:
    """On start: upgrade (SQLite desk) or insist the shared database is already current."""
    check_not_newer(engine)
    if is_current(engine):
        return
    if auto_upgrade:
        upgrade(engine)
        return
    raise SchemaOutdated(db_revisions=current_revisions(engine), app_head=head_revision(),
                         app_version=version(), command=command())
