"""The customer archive of the demo (issue 14), written through the archive's workflows:

- classes and special marks: the organisations of the generated archive become public
  institutions (hospitals, schools, kindergartens, elderly homes) or commercial customers,
  and households noted as elderly living alone get that mark; a few records get notes;
- contracts (rule 3.1.3): the organisations' contracts of the last and the current season
  with their own ranges and response level, and every household of five estates under
  contract: most signed for the current season, some not yet renewed or in arrears, so the
  leaders' checklist has work;
- stop/resume heating (报停/复热): applications of this season's window in those estates,
  each with its field-check order resolved a day or two later; one home resumed again.

Only the first `SCAN` customers of the generated range are looked at, so the extras stay
small on a million-customer archive (docs/demo.md).
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import partial

from app.repositories.views import CustomerCard
from app.workflows.customers.contracts import ContractForm, save_contract, standing_terms
from app.workflows.customers.record import load_record, save_record
from app.workflows.customers.season import season_label
from app.workflows.customers.stop_resume import (
    StopForm,
    apply_stop_resume,
    season_window,
    stop_status,
)
from app.workflows.demo.data import TECHNICIAN_UNIT
from app.workflows.demo.extras.stage import Stage
from app.workflows.settings import Settings
from app.workflows.tickets.callback import record_callback
from app.workflows.tickets.lifecycle import dispatch, resolve, start

SCAN = 3000  # customers of the generated range looked at
LEADER, AGENTS, TECHNICIAN = "2001", ("1001", "1002"), "3001"
CONTRACT_ESTATES = 5  # estates whose every household is under contract
STOPS = 6  # stop applications in this season's window

# (words in the name, class, mark)
ORGANISATIONS = (
    (("医院", "卫生"), "public", "hospital"),
    (("幼儿园",), "public", "kindergarten"),
    (("中学", "小学", "学校"), "public", "school"),
    (("养老", "福利院"), "public", "elderly_home"),
)
NOTES = ("白天家中无人，请拨打手机", "老人耳背，请大声说话", "物业代收通知")


def _cards(stage: Stage) -> list[CustomerCard]:
    with stage.desk.uow() as uow:
        return uow.customers.cards(list(stage.customer_ids[:SCAN]))


def _org(card: CustomerCard) -> tuple[str, str | None] | None:
    """(class, mark) of an organisation of the generated archive (account C...)."""
    if not card.account_number.startswith("C"):
        return None
    for words, klass, mark in ORGANISATIONS:
        if any(w in card.name for w in words):
            return klass, mark
    return "commercial", None


def _classify(stage: Stage, at: datetime, card: CustomerCard, klass: str,
              marks: set[str], notes: str = "") -> None:
    record = load_record(stage.uow(LEADER, at), card.id)
    form = replace(record.form(), customer_class=klass,
                   marks=frozenset(record.marks | marks), notes=notes or record.notes)
    save_record(stage.uow(LEADER, at), card.id, form, record.version)


def _classify_all(stage: Stage, at: datetime,
                  classes: list[tuple[CustomerCard, str, set[str], str]]) -> None:
    for card, klass, marks, notes in classes:
        _classify(stage, at, card, klass, marks, notes)


def _contract(stage: Stage, at: datetime, customer_id: int, form: ContractForm) -> None:
    save_contract(stage.uow(LEADER, at), customer_id, form)


def _signed(season: int, day: date, **terms: object) -> ContractForm:
    return ContractForm(season=season_label(season), signed_on=day.isoformat(),
                        **terms)  # type: ignore[arg-type]


def plan_customers(stage: Stage) -> None:
    rng = stage.rng("customers")
    cards = _cards(stage)
    last, current = stage.seasons()
    this = current.start.year
    before = stage.local(last.start - timedelta(days=40), 9, 30)
    classes: list[tuple[CustomerCard, str, set[str], str]] = []
    for card in cards:
        org = _org(card)
        if org is not None:
            klass, mark = org
            classes.append((card, klass, {mark} if mark else set(), ""))
        elif "独居" in card.contract_notes:
            classes.append((card, "residential", {"vulnerable"}, rng.choice(NOTES)))
    stage.at(before, partial(_classify_all, stage, before, classes))
    _org_contracts(stage, [c for c in cards if _org(c) is not None], this)
    households = [c for c in cards if c.account_number.startswith("R")]
    counts: dict[str, int] = {}
    for card in households:
        counts[card.estate] = counts.get(card.estate, 0) + 1
    estates = sorted(counts, key=lambda e: (-counts[e], e))[:CONTRACT_ESTATES]
    chosen = [c for c in households if c.estate in estates]
    signable = _household_contracts(stage, rng, chosen, this)
    _stops(stage, rng, signable, this)


def _org_contracts(stage: Stage, cards: list[CustomerCard], this: int) -> None:
    """The organisations' contracts of the last and this season, with their own terms:
    the standing terms of the generated archive carry over."""
    forms: dict[int, list[tuple[int, ContractForm]]] = {this - 1: [], this: []}
    with stage.desk.uow() as uow:
        for card in cards:
            terms = standing_terms(uow, card.id)
            assert terms is not None
            level = terms.contract_level or (1 if card.important else None)
            for season in forms:
                forms[season].append((card.id, _signed(
                    season, date(season, 10, 12), heating=True,
                    hot_water="hot_water" in card.services, steam="steam" in card.services,
                    response_level=level, room_temp_min=_text(terms.room_temp_min),
                    room_temp_max=_text(terms.room_temp_max),
                    hot_water_min=_text(terms.hot_water_min),
                    hot_water_max=_text(terms.hot_water_max), notes=card.contract_notes)))
    for season, season_forms in forms.items():
        at = stage.local(date(season, 10, 12), 10, 0)
        stage.at(at, partial(_contracts, stage, at, season_forms))


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _household_contracts(stage: Stage, rng: random.Random, cards: list[CustomerCard],
                         this: int) -> list[CustomerCard]:
    """Last season signed; this season mostly signed. The households signed this season
    (who may apply to stop) are returned. A day's contracts are one step (the stage sweeps
    the orders before every step: hundreds of steps would cost minutes at scale)."""
    signed = []
    days: dict[date, list[tuple[int, ContractForm]]] = {}
    for card in cards:
        heating, hot_water = "heating" in card.services, "hot_water" in card.services
        day = date(this - 1, 10, rng.randint(8, 30))
        days.setdefault(day, []).append((card.id, _signed(
            this - 1, day, heating=heating, hot_water=hot_water)))
        roll = rng.random()
        day = date(this, 10, rng.randint(8, 30))
        if roll < 0.80:
            form = _signed(this, day, heating=heating, hot_water=hot_water)
            if stage.local(day, 17, 0) <= stage.now:
                signed.append(card)
        elif roll < 0.92:
            form = ContractForm(season=season_label(this), status="not_renewed",
                                heating=heating, hot_water=hot_water)
        else:
            form = ContractForm(season=season_label(this), status="arrears",
                                heating=heating, hot_water=hot_water)
        days.setdefault(day, []).append((card.id, form))
    for day, forms in sorted(days.items()):
        at = stage.local(day, 17, 0)  # the day's signed contracts entered after hours
        stage.at(at, partial(_contracts, stage, at, forms))
    return signed


def _contracts(stage: Stage, at: datetime, forms: list[tuple[int, ContractForm]]) -> None:
    for customer_id, form in forms:
        _contract(stage, at, customer_id, form)


def _field_check(stage: Stage, at: datetime, customer_id: int, resolution: str) -> None:
    """The field unit seals or opens the valve of the newest application's order."""
    status = stop_status(stage.uow(LEADER, at), customer_id)
    order = next(a.ticket_id for a in status.applications if a.status == "pending")
    assert order is not None
    dispatch(stage.uow(LEADER, at), order, _unit(stage))
    later = at + timedelta(hours=3)
    start(stage.uow(TECHNICIAN, later), order)
    resolve(stage.uow(TECHNICIAN, later + timedelta(minutes=40)), order, resolution,
            "customer")


def _call_back(stage: Stage, at: datetime, customer_id: int) -> None:
    """Rule 2.5: the desk calls back after the field check (satisfied: the order closes)."""
    status = stop_status(stage.uow(LEADER, at), customer_id)
    order = status.applications[0].ticket_id
    assert order is not None
    record_callback(stage.uow(AGENTS[0], at), order, reached=True, satisfaction="satisfied",
                    words="阀门已处理，满意")


def _unit(stage: Stage) -> int:
    with stage.desk.uow() as uow:
        return next(u.id for u in uow.units.active() if u.code == TECHNICIAN_UNIT)


def _apply(stage: Stage, at: datetime, agent: str, card: CustomerCard, kind: str,
           reason: str) -> None:
    apply_stop_resume(stage.uow(agent, at), card.id, StopForm(
        kind, _unit(stage), reason, card.phones[0] if card.phones else "",
        "phone" if card.phones else "visit"))


def _stops(stage: Stage, rng: random.Random, cards: list[CustomerCard], this: int) -> None:
    window = season_window(Settings(stage.settings_values), this)
    last_day = min(window.last, stage.today - timedelta(days=3))
    if last_day <= window.first + timedelta(days=10):
        return  # the window has not run long enough yet
    reasons = ("外出过冬", "房屋空置", "在外地子女家过冬", "房屋装修")
    for n, card in enumerate(rng.sample(cards, min(STOPS, len(cards)))):
        day = window.first + timedelta(days=rng.randint(5, (last_day - window.first).days - 4))
        at = stage.local(day, 9 + n, 15)
        agent = AGENTS[n % len(AGENTS)]
        stage.at(at, partial(_apply, stage, at, agent, card, "stop", rng.choice(reasons)))
        done = at + timedelta(days=1, hours=1)
        stage.at(done, partial(_field_check, stage, done, card.id, "已上门关阀并加铅封"))
        called = done + timedelta(hours=22)
        stage.at(called, partial(_call_back, stage, called, card.id))
        if n == 0:  # changed their mind before the season: resumed
            back = done + timedelta(days=2)
            stage.at(back, partial(_apply, stage, back, agent, card, "resume", "计划有变，留在本地"))
            opened = back + timedelta(days=1)
            stage.at(opened, partial(_field_check, stage, opened, card.id, "已拆封开阀"))
            called = opened + timedelta(hours=22)
            stage.at(called, partial(_call_back, stage, called, card.id))

