"""Season aggregates on contacts and work orders for the supervision figures (rules 2.4, 5.4).

A season of a big city holds about a million work orders and three times as many contacts,
far too many rows to bring into Python: every figure is counted in the database (GROUP BY
with the filters in SQL, long lists cut there with ORDER BY ... LIMIT). Work orders come
back grouped by everything a report breaks them down by (level, category, unit, creator,
responsibility), a few hundred rows, which the workflow rolls up exactly.

Times to resolve are summed as whole microseconds, so a mean is exact on both databases,
and a median is read from its one or two middle orders; the workflow turns them into hours
the way a Python timedelta would.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Select,
    and_,
    case,
    cast,
    extract,
    func,
    literal_column,
    or_,
    select,
    text,
    union,
)
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import TextClause

from app.models.base import UTCDateTime
from app.models.contact import Contact
from app.models.customer import Customer
from app.models.enums import Satisfaction
from app.models.report_indexes import (
    COMPLAINT_SQL,
    SQLITE_DURATION_SQL,
    UNHAPPY_SQL,
    UNRESOLVED_CONTACT_SQL,
)
from app.models.staff import Staff, Unit
from app.models.ticket import Ticket

NOT_SATISFIED = (Satisfaction.DISSATISFIED, Satisfaction.VERY_DISSATISFIED)


@dataclass(frozen=True)
class TicketFact:
    """One work order received in the period, with what a listed row needs of it."""

    id: int
    level: int
    category: str
    responsibility: str
    unit: str
    received_at: datetime
    due_at: datetime
    done_at: datetime | None  # resolved, or closed without a resolution step
    satisfaction: Satisfaction | None  # the latest reached callback's answer (0157)


@dataclass(frozen=True)
class OrderGroup:
    """The work orders of a period that share level, category, unit, creator and
    responsibility; "done" is resolved or closed, at any time unless said otherwise."""

    level: int
    category: str
    unit: str
    created_by: str
    responsibility: str
    orders: int
    done: int
    done_on_time: int  # done no later than the deadline
    done_micros: int  # received -> done, summed over the done orders
    done_in_period: int  # done before the period end
    on_time_in_period: int
    open_overdue: int  # not done before the period end and due before it


@dataclass(frozen=True)
class Ranked:
    """The first rows of a ranking, and how many rows and how much it holds in all."""

    rows: list[tuple[str, int]]
    groups: int
    total: int


@dataclass(frozen=True)
class RepeatCallers:
    shown: list[tuple[str, int, datetime]]  # phone, contacts, last contact
    phones: int  # every phone that called often enough


def _complaint() -> ColumnElement[bool]:
    """Written as the partial complaints index's own WHERE, so SQLite matches it to it."""
    return Ticket.category == literal_column(COMPLAINT_SQL)


def _done_at() -> ColumnElement[datetime]:
    return func.coalesce(Ticket.resolved_at, Ticket.closed_at, type_=UTCDateTime())




class StatisticsRepository:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.dialect = session.get_bind().dialect.name

    def for_a_season(self) -> None:
        """PostgreSQL, for the rest of this transaction: sort and hash a season's rows in
        memory (the default 4 MB sent the medians' sort to disk), and no JIT compilation
        (it spent ~100 ms compiling the per-estate count, whose estimated cost is high
        but which runs in ~200 ms)."""
        if self.dialect == "postgresql":
            self.session.execute(text("SET LOCAL work_mem = '64MB'"))
            self.session.execute(text("SET LOCAL jit = off"))

    # ---- helpers that differ by database ---------------------------------------------
    def _micros(self) -> ColumnElement[int]:
        """Received -> done in whole microseconds, exact on both databases."""
        if self.dialect == "postgresql":
            return cast(extract("epoch", _done_at() - Ticket.received_at) * 1_000_000,
                        BigInteger)
        return literal_column(SQLITE_DURATION_SQL, BigInteger())  # read from the index

    @staticmethod
    def _count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
        return func.sum(case((condition, 1), else_=0))

    def _bytewise(self, column: ColumnElement[str]) -> ColumnElement[str]:
        """Order strings by code point, as Python sorts them, whatever the locale."""
        return column.collate("C" if self.dialect == "postgresql" else "BINARY")

    # ---- contacts --------------------------------------------------------------------
    def contacts_per_agent(self, begin: datetime, end: datetime) -> list[tuple[str, str, int]]:
        """(agent name, category, contacts) for every agent with contacts in the period."""
        grouped = (select(Contact.category.label("category"),
                          Contact.agent_id.label("agent_id"), func.count().label("n"))
                   .where(Contact.created_at >= begin, Contact.created_at < end)
                   .group_by(Contact.category, Contact.agent_id).subquery())
        stmt = (select(Staff.name, grouped.c.category, grouped.c.n)
                .join(Staff, Staff.id == grouped.c.agent_id).order_by(Staff.name))
        return [(name, cat.value, int(n)) for name, cat, n in self.session.execute(stmt)]

    def contacts_by_category(self, begin: datetime, end: datetime) -> dict[str, int]:
        out: dict[str, int] = {}
        for _name, category, n in self.contacts_per_agent(begin, end):
            out[category] = out.get(category, 0) + n
        return out

    def repeat_callers(self, begin: datetime, end: datetime, at_least: int,
                       top: int) -> RepeatCallers:
        """The `top` phones that reached the desk most often (at least `at_least` times),
        and how many phones did so in all."""
        self.for_a_season()  # PostgreSQL hashes a season's phones in memory (3.1 -> 1.9 s)
        n = func.count()
        in_period = (Contact.created_at >= begin, Contact.created_at < end)
        grouped = (select(Contact.phone.label("phone"), n.label("n"))
                   .where(Contact.phone > "", *in_period)  # a range: phone order, no sort
                   .group_by(Contact.phone).having(n >= at_least).subquery())
        stmt = (select(grouped.c.phone, grouped.c.n, func.count().over().label("phones"))
                .order_by(grouped.c.n.desc(), self._bytewise(grouped.c.phone))
                .limit(max(top, 1)))
        ranked = self.session.execute(stmt).all()  # one row at least, even for `top` 0
        phones = int(ranked[0][2]) if ranked else 0
        rows = ranked[:top]
        last = dict(self.session.execute(  # only the shown phones' last contact
            select(Contact.phone, func.max(Contact.created_at))
            .where(Contact.phone.in_([p for p, _, _ in rows]), *in_period)
            .group_by(Contact.phone)).all()) if rows else {}
        return RepeatCallers([(p, int(k), last[p]) for p, k, _ in rows], phones)

    # ---- work orders -----------------------------------------------------------------
    def order_groups(self, begin: datetime, end: datetime,
                     period_end: datetime) -> list[OrderGroup]:
        """Orders received in [begin, end) grouped by level, category, unit, creator and
        responsibility; `period_end` is when "done in the period" and "overdue" are judged."""
        done_at = _done_at()
        done = done_at.is_not(None)
        in_period = and_(done, done_at < period_end)
        on_time = done_at <= Ticket.due_at
        grouped = (select(
            Ticket.level.label("level"), Ticket.category.label("category"),
            Ticket.unit_id.label("unit_id"), Ticket.created_by_id.label("creator_id"),
            Ticket.responsibility.label("responsibility"), func.count().label("orders"),
            self._count_if(done).label("done"),
            self._count_if(and_(done, on_time)).label("on_time"),
            func.coalesce(func.sum(case((done, self._micros()),
                                        else_=0)), 0).label("micros"),
            self._count_if(in_period).label("in_period"),
            self._count_if(and_(in_period, on_time)).label("on_time_in_period"),
            self._count_if(and_(~in_period, Ticket.due_at < period_end)).label("overdue"))
            .where(Ticket.received_at >= begin, Ticket.received_at < end)
            .group_by(Ticket.level, Ticket.category, Ticket.unit_id, Ticket.created_by_id,
                      Ticket.responsibility).subquery())
        creator = aliased(Staff)
        stmt = (select(grouped, Unit.name, creator.name)
                .join(Unit, Unit.id == grouped.c.unit_id)
                .join(creator, creator.id == grouped.c.creator_id))
        return [OrderGroup(int(r.level), r.category.value, r[-2], r[-1], r.responsibility.value,
                           int(r.orders), int(r.done), int(r.on_time), int(r.micros),
                           int(r.in_period), int(r.on_time_in_period), int(r.overdue))
                for r in self.session.execute(stmt)]

    def median_micros(self, begin: datetime, end: datetime,
                      done: dict[int, int] | None) -> dict[int, list[int]]:
        """Per level, received -> done of the middle done order (the two middle ones when
        their number is even), in microseconds: the median, read with ORDER BY ... LIMIT
        (SQLite) or `percentile_disc` (PostgreSQL, every level in one pass over the season).
        `done` is how many done orders each level has (from `order_groups`), which SQLite
        needs; PostgreSQL counts them itself, so None there reads every level (a report
        then reads it beside the grouped counts)."""
        if self.dialect == "postgresql":
            return self._median_micros_pg(begin, end, done)
        if done is None:
            raise ValueError("SQLite needs the done orders per level for the medians")
        done_at = _done_at()
        micros = self._micros().label("micros")
        out: dict[int, list[int]] = {}
        for level, n in sorted(done.items()):
            if n <= 0:
                continue
            durations = (select(micros)
                         .where(Ticket.level == level, Ticket.received_at >= begin,
                                Ticket.received_at < end, done_at.is_not(None)).subquery())
            stmt = (select(durations.c.micros).order_by(durations.c.micros)
                    .offset((n - 1) // 2).limit(1 if n % 2 else 2))
            out[level] = [int(m) for m in self.session.scalars(stmt)]
        return out

    def _median_micros_pg(self, begin: datetime, end: datetime,
                          done: dict[int, int] | None) -> dict[int, list[int]]:
        """`percentile_disc(p)` is the value at 1-based position ceil(p * n) in order: 0.5
        gives the lower middle of n values (the middle one when n is odd), 0.5 + 1e-12 the
        upper middle (exact while 1e-12 * n < 0.5, n below 500 billion orders)."""
        micros = self._micros()
        stmt = (select(Ticket.level, func.count(),
                       func.percentile_disc(literal_column("ARRAY[0.5, 0.5 + 1e-12]"))
                       .within_group(micros))
                .where(Ticket.received_at >= begin, Ticket.received_at < end,
                       _done_at().is_not(None))
                .group_by(Ticket.level))
        out: dict[int, list[int]] = {}
        for level, n, (lower, upper) in self.session.execute(stmt):
            if done is not None:
                if done.get(int(level), 0) <= 0:
                    continue
                assert int(n) == done[int(level)]  # the same orders as the grouped counts
            out[int(level)] = [int(lower)] if n % 2 else [int(lower), int(upper)]
        return out

    def complaints_by_estate(self, begin: datetime, end: datetime, top: int) -> Ranked:
        """Complaints received in the period per estate of the customer ("" without one):
        the `top` + 1 largest, the number of estates and of complaints in all.

        Each complaint's estate is one lookup by the customer's key (a season holds tens
        of thousands of complaints): joining instead made PostgreSQL hash the whole
        customer table."""
        estate_of = (select(Customer.estate).where(Customer.id == Ticket.customer_id)
                     .correlate(Ticket).scalar_subquery())
        estate = func.coalesce(estate_of, "")
        grouped = (select(estate.label("estate"), func.count().label("n"))
                   .select_from(Ticket)
                   .where(_complaint(),
                          Ticket.received_at >= begin, Ticket.received_at < end)
                   .group_by(estate).subquery())
        stmt = (select(grouped.c.estate, grouped.c.n, func.count().over(),
                       func.sum(grouped.c.n).over())
                .order_by(grouped.c.n.desc(), self._bytewise(grouped.c.estate))
                .limit(top + 1))
        rows = self.session.execute(stmt).all()
        if not rows:
            return Ranked([], 0, 0)
        return Ranked([(e, int(n)) for e, n, _, _ in rows], int(rows[0][2]), int(rows[0][3]))

    def unhappy_per_unit(self, begin: datetime, end: datetime) -> dict[str, int]:
        """Orders received in the period whose latest answered callback was 不满意 or 很不满意:
        one range of the partial index ix_ticket_unhappy_received (revision 0157)."""
        stmt = (select(Unit.name, func.count())
                .select_from(Ticket).join(Unit, Unit.id == Ticket.unit_id)
                .where(text(UNHAPPY_SQL), Ticket.received_at >= begin,
                       Ticket.received_at < end)
                .group_by(Unit.name))
        return {name: int(n) for name, n in self.session.execute(stmt)}

    def unresolved_complaints(self, begin: datetime, end: datetime) -> list[TicketFact]:
        """Rule 5.3.2.2, the orders received in [begin, end) not satisfactorily resolved:
        complaints not done before `end`, and orders of any category whose latest answered
        callback was 不满意 or 很不满意; in order of their number.

        Each kind is read whole from its own index and the two united (an order may be
        both): the complaints' ids from ix_ticket_complaints_received, which holds the done
        times, then their rows; the unhappy orders from their partial index
        (revision 0157). An OR over both, or the ids of both joined back to the orders,
        made PostgreSQL read every order of the table (1.2 s at 1,000,000 customers)."""
        done_at = _done_at()
        in_period = (Ticket.received_at >= begin, Ticket.received_at < end)
        open_ids = select(Ticket.id).where(_complaint(), *in_period,
                                           or_(done_at.is_(None), done_at >= end))
        columns = (Ticket.id, Ticket.level, Ticket.category, Ticket.responsibility, Unit.name,
                   Ticket.received_at, Ticket.due_at, done_at.label("done_at"),
                   Ticket.callback_satisfaction)

        def listed(*where: ColumnElement[bool] | TextClause) -> Select:
            return select(*columns).join(Unit, Unit.id == Ticket.unit_id).where(*where)

        both = union(listed(Ticket.id.in_(open_ids)),
                     listed(text(UNHAPPY_SQL), *in_period)).subquery()
        stmt = select(both).order_by(both.c.id)
        return [TicketFact(r[0], r[1], r[2].value, r[3].value, r[4], r[5], r[6], r[7], r[8])
                for r in self.session.execute(stmt)]

    def unresolved_contacts(self, begin: datetime,
                            end: datetime) -> list[tuple[int, datetime, str, str]]:
        """Rule 5.3.2.2: complaints answered on the spot in [begin, end) that the agent
        marked not satisfactorily resolved, as (contact id, time, agent, phone) in order of
        time; read from their partial index (ix_contact_unresolved_created). The intake
        stores the mark only on a complaint answered on the spot (app/workflows/intake.py),
        so the query asks nothing else: a filter on the category made SQLite read the
        season's complaints through the category index instead."""
        stmt = (select(Contact.id, Contact.created_at, Staff.name, Contact.phone)
                .join(Staff, Staff.id == Contact.agent_id)
                .where(text(UNRESOLVED_CONTACT_SQL[self.dialect]),
                       Contact.created_at >= begin, Contact.created_at < end)
                .order_by(Contact.created_at, Contact.id))
        return [(int(i), at, name, phone) for i, at, name, phone in self.session.execute(stmt)]
