"""Bring a database to the schema this HeatDesk knows, or refuse a newer one.

Alembic revisions are the only source of the schema. A desk upgrades its own SQLite file on
start; a shared PostgreSQL is upgraded deliberately (`main.py db upgrade --db URL`), since
upgrading a centre's database is an administrator's decision, not a side effect of
starting one desk.
"""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from app.db.errors import SchemaOutdated, SchemaTooNew
from app.paths import MIGRATIONS


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False)
                            .replace("%", "%%"))
    return cfg


def head_revisions() -> set[str]:
    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


def current_revisions(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


def check_not_newer(engine: Engine) -> None:
    """Raise SchemaTooNew when the database carries a revision this code does not know."""
    script = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    for rev in current_revisions(engine):
        if rev not in known:
            raise SchemaTooNew(rev, head_revisions())


def upgrade(engine: Engine) -> None:
    """Migrate to every head: features add their own branch off the foundation revision."""
    check_not_newer(engine)
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")


def is_current(engine: Engine) -> bool:
    return current_revisions(engine) == head_revisions()


def ensure_current(engine: Engine, *, auto_upgrade: bool) -> None:
    """On start: upgrade (SQLite desk) or insist the shared database is already current."""
    check_not_newer(engine)
    if is_current(engine):
        return
    if auto_upgrade:
        upgrade(engine)
        return
    raise SchemaOutdated(
        "The shared database needs a schema upgrade. An administrator runs:\n"
        "  python main.py db upgrade --db <URL>"
    )
