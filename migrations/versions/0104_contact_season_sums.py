"""Season sums of the contacts, kept by a trigger (app/models/season_sums.py).

The complaints report grouped a season's million contacts per phone (repeat callers) and per
agent and category on every run: 1.6-2 s of its time at 1,000,000 customers. These tables
hold the same counts per season, kept by a trigger on `contact` in the inserting
transaction; the report reads them when their key (season dates and UTC offset) is the one
its settings give. The upgrade counts them from every contact once, for the settings the
centre has stored (or the defaults).

The SQL is a frozen copy of app/repositories/season_sums.py at this revision
(tests/integration/test_season_sums.py holds the two to each other).

Revision ID: 0104
Revises: 0106
Create Date: 2026-11-29 23:00:00
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta, timezone

import sqlalchemy as sa
from alembic import op

revision: str = '0104'
down_revision: str | None = '0106'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRIGGER = "contact_season_sums"
PG_FUNCTION = "heatdesk_contact_season_sums"
DEFAULTS = {"quality.season_start": "11-15", "quality.season_end": "03-15",
            "shift.utc_offset_hours": 8}


def season_sql(dialect: str, created: str) -> str:
    if dialect == "sqlite":
        local = (f"datetime(substr({created}, 1, 19), "
                 f"printf('%+d minutes', k.utc_offset_minutes))")
        md = f"strftime('%m-%d', {local})"
        year = f"CAST(strftime('%Y', {local}) AS INTEGER)"
    else:
        local = f"(({created}) AT TIME ZONE 'UTC' + k.utc_offset_minutes * interval '1 minute')"
        md = f"to_char({local}, 'MM-DD')"
        year = f"CAST(extract(year FROM {local}) AS INTEGER)"
    return (f"CASE WHEN k.season_start <= k.season_end THEN "
            f"(CASE WHEN {md} BETWEEN k.season_start AND k.season_end THEN {year} END) "
            f"WHEN {md} >= k.season_start THEN {year} "
            f"WHEN {md} <= k.season_end THEN {year} - 1 END")


def trigger_sql(dialect: str) -> list[str]:
    season = season_sql(dialect, "NEW.created_at")
    if dialect == "sqlite":
        of_new = f"(SELECT {season} AS season FROM contact_season_key k WHERE k.id = 1) s"
        return [
            f"CREATE TRIGGER {TRIGGER} AFTER INSERT ON contact BEGIN "
            f"INSERT INTO contact_season_phone (season, phone, n, last_at) "
            f"SELECT s.season, NEW.phone, 1, NEW.created_at FROM {of_new} "
            f"WHERE s.season IS NOT NULL AND NEW.phone > '' "
            f"ON CONFLICT (season, phone) DO UPDATE SET n = n + 1, "
            f"last_at = max(last_at, excluded.last_at); "
            f"INSERT INTO contact_season_agent (season, category, agent_id, n) "
            f"SELECT s.season, NEW.category, NEW.agent_id, 1 FROM {of_new} "
            f"WHERE s.season IS NOT NULL "
            f"ON CONFLICT (season, category, agent_id) DO UPDATE SET n = n + 1; END"]
    return [
        f"CREATE OR REPLACE FUNCTION {PG_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"DECLARE s integer; "
        f"BEGIN "
        f"SELECT {season} INTO s FROM contact_season_key k WHERE k.id = 1; "
        f"IF s IS NULL THEN RETURN NULL; END IF; "
        f"IF NEW.phone > '' THEN "
        f"INSERT INTO contact_season_phone AS p (season, phone, n, last_at) "
        f"VALUES (s, NEW.phone, 1, NEW.created_at) "
        f"ON CONFLICT (season, phone) DO UPDATE SET n = p.n + 1, "
        f"last_at = greatest(p.last_at, excluded.last_at); "
        f"END IF; "
        f"INSERT INTO contact_season_agent AS a (season, category, agent_id, n) "
        f"VALUES (s, NEW.category, NEW.agent_id, 1) "
        f"ON CONFLICT (season, category, agent_id) DO UPDATE SET n = a.n + 1; "
        f"RETURN NULL; "
        f"END $$",
        f"CREATE TRIGGER {TRIGGER} AFTER INSERT ON contact "
        f"FOR EACH ROW EXECUTE FUNCTION {PG_FUNCTION}()"]


def season_bounds(start_md: str, end_md: str, offset_minutes: int, first_year: int,
                  last_year: int) -> list[tuple[int, datetime, datetime]]:
    """(season, first instant, instant after its last day) in UTC for the seasons starting
    in first_year..last_year, as the reports' Season.bounds gives them."""
    zone = timezone(timedelta(minutes=offset_minutes))
    out = []
    for year in range(first_year, last_year + 1):
        try:
            start = date(year, int(start_md[:2]), int(start_md[3:]))
            end = date(year + 1 if end_md < start_md else year, int(end_md[:2]),
                       int(end_md[3:]))
        except ValueError:  # 29 February in a common year: no such season
            continue
        begin = datetime.combine(start, time(0), zone).astimezone(UTC)
        after = datetime.combine(end + timedelta(days=1), time(0), zone).astimezone(UTC)
        out.append((year, begin, after))
    return out


def _instant(dialect: str, moment: datetime) -> str:
    if dialect == "sqlite":  # the stored text
        return "'" + moment.strftime("%Y-%m-%d %H:%M:%S.%f") + "'"
    return "CAST('" + moment.strftime("%Y-%m-%d %H:%M:%S+00") + "' AS TIMESTAMP WITH TIME ZONE)"


def rebuild_sql(dialect: str, seasons: list[tuple[int, datetime, datetime]]) -> list[str]:
    """Statements that count the sums afresh from every contact of the given seasons (their
    bounds in UTC): each contact's season by comparing its time with the bounds, which
    costs a fraction of working out its local day as the trigger does."""
    if not seasons:
        return []
    season = "CASE " + " ".join(
        f"WHEN c.created_at >= {_instant(dialect, begin)} AND c.created_at < "
        f"{_instant(dialect, after)} THEN {year}" for year, begin, after in seasons) + " END"
    rows = (f"SELECT {season} AS season, c.phone, c.category, c.agent_id, c.created_at "
            f"FROM contact c")
    return [
        f"INSERT INTO contact_season_phone (season, phone, n, last_at) "
        f"SELECT season, phone, count(*), max(created_at) FROM ({rows}) x "
        f"WHERE season IS NOT NULL AND phone > '' GROUP BY season, phone",
        f"INSERT INTO contact_season_agent (season, category, agent_id, n) "
        f"SELECT season, category, agent_id, count(*) FROM ({rows}) x "
        f"WHERE season IS NOT NULL GROUP BY season, category, agent_id",
    ]


def _stored(conn: sa.Connection) -> dict[str, object]:
    values = dict(DEFAULTS)
    for key, value in conn.execute(sa.text(
            "SELECT key, CAST(value AS TEXT) FROM setting WHERE key IN "
            "('quality.season_start', 'quality.season_end', 'shift.utc_offset_hours')")):
        values[key] = json.loads(value)
    return values


def upgrade() -> None:
    op.create_table(
        'contact_season_key',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('season_start', sa.String(length=5), nullable=False),
        sa.Column('season_end', sa.String(length=5), nullable=False),
        sa.Column('utc_offset_minutes', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_season_key')))
    op.create_table(
        'contact_season_phone',
        sa.Column('season', sa.Integer(), nullable=False),
        sa.Column('phone', sa.String(length=20), nullable=False),
        sa.Column('n', sa.Integer(), nullable=False),
        sa.Column('last_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('season', 'phone', name=op.f('pk_contact_season_phone')))
    op.create_index('ix_contact_season_phone_rank', 'contact_season_phone', ['season', 'n'],
                    unique=False)
    op.create_table(
        'contact_season_agent',
        sa.Column('season', sa.Integer(), nullable=False),
        sa.Column('category', sa.String(length=20), nullable=False),
        sa.Column('agent_id', sa.Integer(), nullable=False),
        sa.Column('n', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('season', 'category', 'agent_id',
                                name=op.f('pk_contact_season_agent')))
    conn = op.get_bind()
    dialect = conn.dialect.name
    values = _stored(conn)
    offset = round(float(values["shift.utc_offset_hours"]) * 60)
    conn.execute(sa.text(
        "INSERT INTO contact_season_key (id, season_start, season_end, utc_offset_minutes) "
        "VALUES (1, :start, :end, :offset)"),
        {"start": str(values["quality.season_start"]), "end": str(values["quality.season_end"]),
         "offset": offset})
    first, last = conn.exec_driver_sql(
        "SELECT min(created_at), max(created_at) FROM contact").one()
    if first is not None:
        if dialect == "postgresql":
            conn.exec_driver_sql("SET LOCAL work_mem = '256MB'")
        seasons = season_bounds(str(values["quality.season_start"]),
                                str(values["quality.season_end"]), offset,
                                int(str(first)[:4]) - 1, int(str(last)[:4]))
        for statement in rebuild_sql(dialect, seasons):
            conn.exec_driver_sql(statement)
    for statement in trigger_sql(dialect):
        conn.exec_driver_sql(statement)
    if dialect == "postgresql":
        conn.exec_driver_sql("ANALYZE contact_season_phone")
        conn.exec_driver_sql("ANALYZE contact_season_agent")


def downgrade() -> None:
    op.execute(f"DROP TRIGGER IF EXISTS {TRIGGER}" + (
        "" if op.get_bind().dialect.name == "sqlite" else " ON contact"))
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP FUNCTION IF EXISTS {PG_FUNCTION}()")
    op.drop_table('contact_season_agent')
    op.drop_index('ix_contact_season_phone_rank', table_name='contact_season_phone')
    op.drop_table('contact_season_phone')
    op.drop_table('contact_season_key')
