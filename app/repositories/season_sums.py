"""The season sums of the contacts (app/models/season_sums.py): the trigger that keeps them,
their rebuild from the contacts, and what the complaints report reads from them.

The trigger is created by revision 0104 with the same SQL as below (a test holds the sums the
trigger keeps to a rebuild from the rows); a bulk load sets it aside and rebuilds the sums
once at its end (`bulk_schema.py`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from app.models.season_sums import ContactSeasonAgent, ContactSeasonKey, ContactSeasonPhone
from app.models.staff import Staff

TRIGGER = "contact_season_sums"
PG_FUNCTION = "heatdesk_contact_season_sums"


@dataclass(frozen=True)
class SeasonKey:
    """The season's first and last day (MM-DD) and the centre's UTC offset in minutes."""

    season_start: str
    season_end: str
    utc_offset_minutes: int


def season_sql(dialect: str, created: str) -> str:
    """SQL: the season (its first year) of the local day of `created` under the key row `k`,
    or NULL when that day is outside every season."""
    if dialect == "sqlite":  # times are "YYYY-MM-DD HH:MM:SS.ffffff" text in UTC
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
    """The statements that create the trigger keeping the sums (and PostgreSQL's function)."""
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



def rebuild(conn: Connection, key: SeasonKey | None = None) -> None:
    """Count the sums afresh (in the caller's transaction), for `key` when given (it replaces
    the stored one), else for the stored key; without any key the sums stay empty."""
    if key is not None:
        conn.execute(ContactSeasonKey.__table__.delete())
        conn.execute(ContactSeasonKey.__table__.insert().values(
            id=1, season_start=key.season_start, season_end=key.season_end,
            utc_offset_minutes=key.utc_offset_minutes))
    conn.execute(ContactSeasonPhone.__table__.delete())
    conn.execute(ContactSeasonAgent.__table__.delete())
    stored = conn.execute(select(ContactSeasonKey.season_start, ContactSeasonKey.season_end,
                                 ContactSeasonKey.utc_offset_minutes)
                          .where(ContactSeasonKey.id == 1)).first()
    first, last = conn.exec_driver_sql(
        "SELECT min(created_at), max(created_at) FROM contact").one()
    if stored is None or first is None:
        return
    dialect = conn.dialect.name
    if dialect == "postgresql":
        conn.exec_driver_sql("SET LOCAL work_mem = '256MB'")  # hash the phones in memory
    seasons = season_bounds(stored[0], stored[1], int(stored[2]), int(str(first)[:4]) - 1,
                            int(str(last)[:4]))
    for statement in rebuild_sql(dialect, seasons):
        conn.exec_driver_sql(statement)


@dataclass(frozen=True)
class KeptRepeatCallers:
    shown: list[tuple[str, int, datetime]]  # phone, contacts, last contact
    phones: int


class SeasonSumsRepository:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.dialect = session.get_bind().dialect.name

    def key(self) -> SeasonKey | None:
        row = self.session.get(ContactSeasonKey, 1)
        if row is None:
            return None
        return SeasonKey(row.season_start, row.season_end, int(row.utc_offset_minutes))

    def contacts_per_agent(self, season: int) -> list[tuple[str, str, int]]:
        """(agent name, category, contacts) of the season, by agent name."""
        stmt = (select(Staff.name, ContactSeasonAgent.category, ContactSeasonAgent.n)
                .join(Staff, Staff.id == ContactSeasonAgent.agent_id)
                .where(ContactSeasonAgent.season == season, ContactSeasonAgent.n > 0)
                .order_by(Staff.name))
        return [(name, category, int(n)) for name, category, n in self.session.execute(stmt)]

    def repeat_callers(self, season: int, at_least: int, top: int) -> KeptRepeatCallers:
        """The `top` phones with most contacts in the season (at least `at_least`), ties by
        the number's code points, and how many phones reached `at_least`."""
        s = ContactSeasonPhone
        often = (s.season == season, s.n >= at_least)
        phones = self.session.scalar(select(func.count()).select_from(s).where(*often)) or 0
        if top <= 0 or not phones:
            return KeptRepeatCallers([], int(phones))
        phone = s.phone.collate("C" if self.dialect == "postgresql" else "BINARY")
        rows = self.session.execute(select(s.phone, s.n, s.last_at).where(*often)
                                    .order_by(s.n.desc(), phone).limit(top)).all()
        return KeptRepeatCallers([(p, int(n), last) for p, n, last in rows], int(phones))
