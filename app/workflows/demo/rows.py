"""Deterministic rows of demo customers, phones, contacts, work orders, callbacks and
survey forms.

Each chunk of customers draws from its own `random.Random` seeded by (seed, first id), so a
chunk is the same whatever came before it and `--append` stays reproducible. Callbacks
(回访) of closed orders and paper survey forms (rule 5.3) draw from a second stream of
their own, so adding them left the customers, contacts and orders of a seed as they were. Rows are plain
tuples in table column order (see `app/repositories/bulk.py`); times are whole epoch
seconds (UTC), the cheapest thing to compute a few million times, which the bulk writer
converts for each backend. Each order's history events are written by `history.py`.
"""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from itertools import accumulate
from typing import TypeVar

from app.models.customer import join_address
from app.workflows.demo import data as words
from app.workflows.demo.history import CALLBACK_WORDS, OrderHistory
from app.workflows.tickets.sla import default_level

T = TypeVar("T")
LOCAL_OFFSET = 8 * 3600  # China Standard Time, no daylight saving
HISTORY_DAYS = 365
CHANNELS = ("phone", "hotline_12345", "visit", "field_visit", "letter")
CHANNEL_CUM = list(accumulate((76, 8, 8, 6, 2)))
CATEGORIES = ("heating_quality", "repair", "enquiry", "complaint", "contract", "suggestion",
              "praise")
CATEGORY_CUM = list(accumulate((34, 20, 26, 8, 6, 3, 3)))
WORK_ORDER_SHARE = {"heating_quality": 0.6, "repair": 0.85, "complaint": 0.5,
                    "contract": 0.2, "enquiry": 0.02, "suggestion": 0.0, "praise": 0.0}
OPEN_STATUSES = ("new", "dispatched", "in_progress", "resolved")
CLOSED_RESPONSIBILITY = ("company", "company", "company", "customer", "customer",
                         "third_party", "undetermined")
HOUR_CUM = list(accumulate((1, 1, 1, 1, 1, 2, 4, 9, 14, 14, 12, 10, 7, 8, 11, 11, 10, 9,
                            8, 8, 7, 5, 3, 2)))
ESTATES = [(head + tail, words.DISTRICTS[(i * 7 + j) % len(words.DISTRICTS)][0], 6 + (i + j) % 30)
           for i, head in enumerate(words.ESTATE_HEADS)
           for j, tail in enumerate(words.ESTATE_TAILS)]
SURNAME_CUM = list(accumulate(w for _, w in words.SURNAMES))
ORG_CUM = list(accumulate(org[1] for org in words.ORGANISATIONS))
STATION = dict(words.DISTRICTS)
# Rule 5.3: a closed order is called back (回访) now and then; the answer is one of the four
# levels, complaints less often satisfied. Paper survey forms: about 2 % of the households
# fill one in a season.
CALLBACK_SHARE = 0.35
REACHED = 0.8
LEVELS = ("satisfied", "basically_satisfied", "dissatisfied", "very_dissatisfied")
LEVEL_CUM = list(accumulate((70, 21, 6, 3)))
COMPLAINT_LEVEL_CUM = list(accumulate((45, 28, 18, 9)))
FORM_LEVEL_CUM = list(accumulate((62, 26, 8, 4)))
SURVEY_SHARE = 0.02


class DemoRandom(random.Random):
    """Picks built on `random()` alone: several times faster than `choice`/`randint`,
    which matters a few hundred million calls into a large data set."""

    def below(self, n: int) -> int:
        return int(self.random() * n)

    def between(self, low: int, high: int) -> int:
        return low + int(self.random() * (high - low + 1))

    def pick(self, items: Sequence[T]) -> T:
        return items[int(self.random() * len(items))]


@dataclass
class DemoChunk:
    customers: list[tuple] = field(default_factory=list)
    phones: list[tuple] = field(default_factory=list)
    contacts: list[tuple] = field(default_factory=list)
    tickets: list[tuple] = field(default_factory=list)
    callbacks: list[tuple] = field(default_factory=list)
    surveys: list[tuple] = field(default_factory=list)
    events: list[tuple] = field(default_factory=list)


@dataclass
class IdCursor:
    """The next free id of each table; advanced as rows are made."""

    customer: int = 1
    phone: int = 1
    contact: int = 1
    ticket: int = 1
    callback: int = 1
    survey: int = 1
    event: int = 1


def _in_heating_season(day: datetime) -> bool:
    return (day.month, day.day) >= (11, 15) or (day.month, day.day) <= (3, 15)


class DemoGenerator:
    def __init__(self, seed: int, now: datetime, *, contacts_per_customer: float,
                 sla_hours: dict[int, int], agent_ids: list[int], technician_id: int | None,
                 unit_ids: dict[str, int], leader_id: int | None = None,
                 callback_hours: int = 24) -> None:
        self.seed = seed
        self.now = int(now.timestamp())
        self.per_customer = contacts_per_customer
        self.sla = {level: hours * 3600 for level, hours in sla_hours.items()}
        self.agent_ids = agent_ids
        self.technician_id = technician_id
        self.units = unit_ids
        self.history = OrderHistory(self.now, agent_ids, leader_id, callback_hours * 3600)
        local_today = datetime.fromtimestamp(self.now + LOCAL_OFFSET, UTC).replace(
            hour=0, minute=0, second=0)
        self.day_starts = [int((local_today - timedelta(days=d)).timestamp()) - LOCAL_OFFSET
                           for d in range(HISTORY_DAYS)]
        # rule 5.1: contacts gather in the heating season; the last two days weigh more so
        # that the queues hold open (and a few overdue) work orders.
        weights = [5 if _in_heating_season(local_today - timedelta(days=d)) else 1
                   for d in range(HISTORY_DAYS)]
        weights[0] += 10
        weights[1] += 6
        self.day_cum = list(accumulate(weights))

    def chunk(self, ids: IdCursor, count: int) -> DemoChunk:
        rng = DemoRandom(f"heatdesk-demo/{self.seed}/{ids.customer}")
        extra = DemoRandom(f"heatdesk-demo-satisfaction/{self.seed}/{ids.customer}")
        out = DemoChunk()
        for _ in range(count):
            self._customer(rng, ids, out)
        for _ in range(round(count * self.per_customer * 0.03 * rng.random() * 2)):
            phone = rng.pick(words.STRANGER_PREFIXES) + f"{rng.below(10**8):08d}"
            self._contact(rng, ids, out, None, (phone,), False, None, None)
        for number, ticket in enumerate(out.tickets):
            if ticket[15] is not None and extra.random() < CALLBACK_SHARE:
                answer = self._callbacks(extra, ids, out, ticket)
                if answer is not None:  # the order keeps its latest answer (0157)
                    out.tickets[number] = (*ticket[:-1], answer)
        for customer in out.customers:
            if customer[10] and extra.random() < SURVEY_SHARE:
                self._survey(extra, ids, out, customer[0])
        story = DemoRandom(f"heatdesk-demo-history/{self.seed}/{ids.customer}")
        for ticket in out.tickets:
            self.history.write(story, ids, out, ticket)
        return out

    # -- callbacks and survey forms (rule 5.3) --------------------------------------------

    def _level(self, rng: DemoRandom, cum: list[int]) -> str:
        return LEVELS[bisect(cum, rng.random() * cum[-1])]

    def _callbacks(self, rng: DemoRandom, ids: IdCursor, out: DemoChunk,
                   ticket: tuple) -> str | None:
        """One call after the order was closed, a second one when nobody answered; the
        answer of the one that reached the customer, if they gave one."""
        called = ticket[15] + rng.between(3600, 2 * 86400)
        for attempt in (1, 2):
            if called > self.now - 60:
                return None
            reached = rng.random() < (REACHED if attempt == 1 else 0.75)
            level = None
            if reached and rng.random() < 0.96:
                level = self._level(rng, COMPLAINT_LEVEL_CUM if ticket[4] == "complaint"
                                    else LEVEL_CUM)
            said = rng.pick(CALLBACK_WORDS[level]) if level else ""
            out.callbacks.append((ids.callback, ticket[0], called, rng.pick(self.agent_ids),
                                  reached, level, said))
            ids.callback += 1
            if reached:
                return level
            called += rng.between(2 * 3600, 86400)
        return None

    def _survey(self, rng: DemoRandom, ids: IdCursor, out: DemoChunk,
                customer_id: int) -> None:
        """A paper form filled in on a day of a heating season, entered a few days later."""
        for _ in range(4):
            surveyed = self._moment(rng)
            day = datetime.fromtimestamp(surveyed + LOCAL_OFFSET, UTC)
            if _in_heating_season(day):
                break
        else:
            return
        first = day.year if day.month >= 11 else day.year - 1
        entered = min(surveyed + rng.between(3600, 3 * 86400), self.now - 60)
        out.surveys.append((
            ids.survey, f"{first}-{first + 1}", day.strftime("%Y-%m-%d"), customer_id,
            self._level(rng, FORM_LEVEL_CUM), self._level(rng, FORM_LEVEL_CUM),
            self._level(rng, FORM_LEVEL_CUM), f"DC{ids.survey:08d}", "",
            rng.pick(self.agent_ids), entered))
        ids.survey += 1

    # -- customers -------------------------------------------------------------------------

    def _name(self, rng: DemoRandom) -> str:
        surname = words.SURNAMES[bisect(SURNAME_CUM, rng.random() * SURNAME_CUM[-1])][0]
        return surname + rng.pick(words.GIVEN_NAMES)

    def _mobile(self, rng: DemoRandom) -> str:
        return rng.pick(words.MOBILE_PREFIXES) + f"{rng.below(10**8):08d}"

    def _landline(self, rng: DemoRandom) -> str:
        """0311 and eight digits not starting with 0, 1 or 9, stored as the digits."""
        return f"{words.AREA_CODE}{rng.between(2, 8)}{rng.below(10**7):07d}"

    def _phones(self, rng: DemoRandom, ids: IdCursor, out: DemoChunk, customer_id: int,
                organisation: bool) -> tuple[str, ...]:
        roll = rng.random()
        count = 1 if roll < 0.55 else 2 if roll < 0.9 else 3
        numbers: list[tuple[str, str]] = []
        for position in range(count):
            landline = rng.random() < (0.5 if organisation else 0.1 if position == 0 else 0.4)
            if landline:
                number, label = self._landline(rng), "座机"
            else:
                number, label = self._mobile(rng), "本人" if position == 0 else "家属"
            if all(number != n for n, _ in numbers):
                numbers.append((number, label))
        for number, label in numbers:
            out.phones.append((ids.phone, customer_id, number, label))
            ids.phone += 1
        return tuple(n for n, _ in numbers)

    def _customer(self, rng: DemoRandom, ids: IdCursor, out: DemoChunk) -> None:
        cid = ids.customer
        ids.customer += 1
        roll = rng.random() * 1000
        org = words.ORGANISATIONS[bisect(ORG_CUM, roll)] if roll < ORG_CUM[-1] else None
        room_t = hot_t = None
        level = None
        if org is None:
            estate, district, buildings = ESTATES[rng.below(len(ESTATES))]
            building, entrance = str(rng.between(1, buildings)), str(rng.between(1, 6))
            room = f"{rng.between(1, 18)}{rng.between(1, 4):02d}"
            name, account = self._name(rng), f"R{cid:08d}"
            area = Decimal(f"{rng.triangular(50, 200, 90):.2f}")
            heating = rng.random() > 0.015
            hot_water = not heating or rng.random() < 0.25
            steam = False
            important = rng.random() < 0.02
            notes = (rng.pick(words.HOUSEHOLD_NOTES) if important else
                     words.SUSPENDED_NOTE if not heating else
                     rng.pick(words.PLAIN_NOTES) if rng.random() < 0.05 else "")
        else:
            kind, _, patterns, notes, level, room_t, hot_t, steam_pct = org
            estate_name, district, _ = ESTATES[rng.below(len(ESTATES))]
            street = rng.pick(words.STREETS)
            name = rng.pick(patterns).format(
                n=rng.pick(words.NUMERALS), d=district, e=estate_name[:2], s=street[:2])
            estate, building, entrance, room = f"{street}{rng.between(1, 399)}号", "", "", ""
            account = f"C{cid:08d}"
            big = kind != "business"
            area = Decimal(f"{rng.uniform(800, 20000) if big else rng.uniform(150, 3000):.2f}")
            heating, hot_water = True, hot_t is not None or rng.random() < 0.2
            steam = rng.below(100) < steam_pct
            important = big
        address = join_address(district, estate, building, entrance, room)
        out.customers.append((
            cid, account, name, district, estate, building, entrance, room, address, area,
            heating, hot_water, steam, important, notes, level,
            Decimal(room_t[0]) if room_t else None, Decimal(room_t[1]) if room_t else None,
            Decimal(hot_t[0]) if hot_t else None, Decimal(hot_t[1]) if hot_t else None,
        ))
        phones = self._phones(rng, ids, out, cid, org is not None)
        station = STATION[district]
        contacts = min(40, int(rng.expovariate(1 / self.per_customer) + 0.5)) \
            if self.per_customer > 0 else 0
        for _ in range(contacts):
            self._contact(rng, ids, out, cid, phones, important, level, station)

    # -- contacts and work orders ----------------------------------------------------------

    def _moment(self, rng: DemoRandom) -> int:
        day = bisect(self.day_cum, rng.random() * self.day_cum[-1])
        hour = bisect(HOUR_CUM, rng.random() * HOUR_CUM[-1])
        ts = self.day_starts[day] + hour * 3600 + rng.below(3600)
        return ts - 86400 if ts > self.now - 60 else ts

    def _contact(self, rng: DemoRandom, ids: IdCursor, out: DemoChunk,
                 customer_id: int | None, phones: tuple[str, ...], important: bool,
                 contract_level: int | None, station: str | None) -> None:
        channel = CHANNELS[bisect(CHANNEL_CUM, rng.random() * CHANNEL_CUM[-1])]
        category = (CATEGORIES[bisect(CATEGORY_CUM, rng.random() * CATEGORY_CUM[-1])]
                    if customer_id else "enquiry")
        said, answered_with = rng.pick(words.CALLS[category])
        text = said.format(t=rng.between(10, 16))
        work_order = rng.random() < WORK_ORDER_SHARE[category]
        ended = self._moment(rng)
        rang = answered = None
        if channel in ("phone", "hotline_12345"):
            phone = phones[0] if len(phones) == 1 or rng.random() < 0.7 else rng.pick(phones)
            delay = rng.between(2, 14) if rng.random() < 0.95 else rng.between(16, 40)
            answered = ended - rng.between(30, 600)
            rang = answered - delay
        else:
            phone = phones[0] if channel != "letter" and rng.random() < 0.5 else ""
        answer = "" if work_order else answered_with
        contact_id = ids.contact
        ids.contact += 1
        out.contacts.append((
            contact_id, customer_id, phone, channel, category, text, "undetermined",
            "work_order" if work_order else "answered", answer, rng.pick(self.agent_ids),
            rang, answered, ended, ended,
        ))
        if work_order:
            self._ticket(rng, ids, out, customer_id, contact_id, phone, category, text,
                         important, contract_level, station or "U08",
                         ended if rang is None else rang,  # rule 5.2.2: received at the ring
                         out.contacts[-1][9])

    def _ticket(self, rng: DemoRandom, ids: IdCursor, out: DemoChunk,
                customer_id: int | None, contact_id: int, phone: str, category: str,
                text: str, important: bool, contract_level: int | None, station: str,
                received: int, agent_id: int) -> None:
        level = default_level(important, contract_level)  # rule 5.2.2
        if level == 3 and category in ("repair", "complaint") and rng.random() < 0.3:
            level = 2
        unit = {"heating_quality": station, "contract": "U07", "enquiry": "U08",
                "repair": "U05" if rng.random() < 0.6 else "U06",
                "complaint": station if rng.random() < 0.5 else "U08"}[category]
        due = received + self.sla[level]  # rule 5.2.2: deadline from receipt
        age = self.now - received
        open_chance = 0.9 if age < 86400 else 0.4 if age < 3 * 86400 else 0.002
        closed_at = None
        if rng.random() < open_chance:
            status = rng.pick(OPEN_STATUSES)
            responsibility, resolution = "undetermined", ""
            if status == "resolved":
                resolution = rng.pick(words.RESOLUTIONS)
        else:
            status = "closed"
            spent = self.sla[level] * (rng.uniform(0.2, 0.95) if rng.random() < 0.88
                                       else rng.uniform(1.0, 3.0))
            closed_at = min(received + int(spent), self.now)
            responsibility = rng.pick(CLOSED_RESPONSIBILITY)
            resolution = rng.pick(words.RESOLUTIONS)
        assignee = (self.technician_id if unit == words.TECHNICIAN_UNIT and status != "new"
                    else None)
        out.tickets.append((
            ids.ticket, customer_id, contact_id, phone, category, level, text, status,
            self.units[unit], assignee, agent_id, responsibility, resolution, received, due,
            closed_at, 1, None,
        ))
        ids.ticket += 1
