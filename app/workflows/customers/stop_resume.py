"""Stop and resume heating (报停 / 复热): taken at the desk, checked, sent to the field.

- The window: applications are taken within the company's application window, a setting
  per season (`archive.stop_window` MM-DD before each season; `archive.stop_windows` a
  season's own days). An application is for the season whose window holds today.
- Eligibility: a stop needs a home that can be shut off on its own (`own_shutoff`); neither
  kind is taken while the newest contract is in arrears as imported; a stop needs a heating
  home, a resume a stopped one, and one application at a time.
- The field check: each application opens a work order (through the intake, in the same
  transaction) for the field unit to seal or open the valve; the application is done when
  that order is resolved, and the customer's heating state follows (screen pop, card).
- Agents, leaders and admins take applications (ARCHIVE_STOP_RESUME); an application still
  pending may be withdrawn, which cancels nothing in the field by itself: the order is the
  unit's to close.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.models.enums import Category, Channel, Outcome, Responsibility
from app.models.heating_contract import ContractStatus
from app.models.heating_stop import HeatingState, HeatingStop, StopKind, StopStatus
from app.models.heating_stop import heating_state as state_of
from app.repositories.customers.contracts import ContractRepository
from app.repositories.customers.stop_resume import StopLine, StopRepository
from app.repositories.uow import UnitOfWork
from app.workflows.customers.season import current_season, local_today, season_label
from app.workflows.errors import Conflict, NotFound, ValidationError
from app.workflows.intake import IntakeForm, save_intake
from app.workflows.permissions import Permission, require
from app.workflows.settings import Settings, load_settings

MAX_REASON = 500


@dataclass
class StopForm:
    kind: str  # "stop" or "resume"
    unit_id: int | None  # the field unit that seals or opens the valve
    reason: str = ""
    phone: str = ""  # the caller's number, when taken on the phone
    channel: str = Channel.PHONE.value


@dataclass(frozen=True)
class Window:
    season: int
    first: date
    last: date

    def holds(self, day: date) -> bool:
        return self.first <= day <= self.last


@dataclass(frozen=True)
class StopStatusView:
    """What the desk needs to take an application: the state, the open window, and the
    reasons it would be refused (codes), each already checked."""

    state: HeatingState
    window: Window | None  # the window holding today, else None
    next_window: Window  # the coming season's window (to tell the caller when)
    problems: dict[str, str]  # kind -> refusal code, for "stop" and "resume"
    applications: tuple[StopLine, ...]


def season_window(settings: Settings, season: int) -> Window:
    """The application window for `season` (a setting per season, else the yearly one)."""
    own = settings.values.get("archive.stop_windows") or {}
    days = own.get(season_label(season)) if isinstance(own, dict) else None
    if isinstance(days, list | tuple) and len(days) == 2:
        return Window(season, date.fromisoformat(str(days[0])),
                      date.fromisoformat(str(days[1])))
    first, last = (str(d) for d in settings.items("archive.stop_window"))
    return Window(season, date.fromisoformat(f"{season}-{first}"),
                  date.fromisoformat(f"{season}-{last}"))


def open_window(settings: Settings, today: date, current: int) -> Window | None:
    """The window holding today: the season in force's own (a window reaching into the
    season), else the coming season's."""
    for season in (current, current + 1):
        window = season_window(settings, season)
        if window.holds(today):
            return window
    return None


def _state(applications: list[StopLine]) -> HeatingState:
    return state_of([(a.kind, a.status, a.order_status) for a in applications])


def _problems(uow: UnitOfWork, customer_id: int, own_shutoff: bool, state: HeatingState,
              window: Window | None, season: int) -> dict[str, str]:
    problems: dict[str, str] = {}
    arrears = uow.repo(ContractRepository).latest_status(
        customer_id, window.season if window else season) == ContractStatus.ARREARS
    for kind in (StopKind.STOP, StopKind.RESUME):
        if window is None:
            problems[kind] = "stop.outside_window"
        elif state in (HeatingState.STOP_PENDING, HeatingState.RESUME_PENDING):
            problems[kind] = "stop.pending"
        elif arrears:
            problems[kind] = "stop.arrears"
        elif kind is StopKind.STOP and state is HeatingState.STOPPED:
            problems[kind] = "stop.already_stopped"
        elif kind is StopKind.RESUME and state is HeatingState.HEATING:
            problems[kind] = "stop.not_stopped"
        elif kind is StopKind.STOP and not own_shutoff:
            problems[kind] = "stop.no_own_shutoff"
    return problems


def stop_status(uow: UnitOfWork, customer_id: int) -> StopStatusView:
    require(uow, Permission.ARCHIVE_VIEW)
    with uow:
        settings = load_settings(uow)
        return _status(uow, settings, customer_id)


def _status(uow: UnitOfWork, settings: Settings, customer_id: int) -> StopStatusView:
    repo = uow.repo(StopRepository)
    own_shutoff = repo.own_shutoff(customer_id)
    if own_shutoff is None:
        raise NotFound(f"customer {customer_id}")
    applications = repo.of_customer(customer_id)
    state = _state(applications)
    today = local_today(uow, settings)
    season = current_season(uow, settings)
    window = open_window(settings, today, season)
    return StopStatusView(
        state=state, window=window, next_window=season_window(settings, season + 1),
        problems=_problems(uow, customer_id, own_shutoff, state, window, season),
        applications=tuple(applications))


def _form_errors(form: StopForm) -> dict[str, str]:
    errors: dict[str, str] = {}
    if form.kind not in {k.value for k in StopKind}:
        errors["kind"] = "choice.invalid"
    if form.unit_id is None:
        errors["unit"] = "required"
    if len(form.reason) > MAX_REASON:
        errors["reason"] = "text.too_long"
    return errors


def description(kind: StopKind, season: int, reason: str) -> str:
    """The field-check order's text (Chinese, as the unit reads it)."""
    action = "报停：上门关阀并加封" if kind is StopKind.STOP else "复热：上门拆封开阀"
    text = f"{action}（{season_label(season)} 供暖季）"
    return f"{text}。{reason.strip()}" if reason.strip() else text


def apply_stop_resume(uow: UnitOfWork, customer_id: int, form: StopForm) -> StopLine:
    """Take the application and open its field-check order, or refuse naming why."""
    actor = require(uow, Permission.ARCHIVE_STOP_RESUME)
    errors = _form_errors(form)
    if errors:
        raise ValidationError(errors)
    kind = StopKind(form.kind)
    with uow:
        settings = load_settings(uow)
        status = _status(uow, settings, customer_id)
        if kind in status.problems:
            raise ValidationError({"kind": status.problems[kind]})
        assert status.window is not None
        level = settings.integer("archive.valve_order_level")
        season = status.window.season
    written: list[int] = []

    def also(_contact_id: int, ticket_id: int | None) -> None:
        # the same transaction as the order: re-read the state, another desk may have
        # taken an application meanwhile
        repo = uow.repo(StopRepository)
        if _state(repo.of_customer(customer_id)) is not status.state:
            raise Conflict(f"heating state of customer {customer_id}")
        stop = repo.add(HeatingStop(
            customer_id=customer_id, season=season, kind=kind, status=StopStatus.PENDING,
            reason=form.reason.strip(), ticket_id=ticket_id, applied_at=uow.clock(),
            applied_by_id=actor.id))
        written.append(stop.id)

    save_intake(uow, IntakeForm(
        channel=form.channel, category=Category.CONTRACT.value,
        description=description(kind, season, form.reason), phone=form.phone,
        customer_id=customer_id, responsibility=Responsibility.CUSTOMER.value,
        outcome=Outcome.WORK_ORDER.value, level=level, unit_id=form.unit_id), also=also)
    with uow:
        return next(a for a in uow.repo(StopRepository).of_customer(customer_id)
                    if a.id == written[0])


def cancel_application(uow: UnitOfWork, stop_id: int, expected_version: int) -> None:
    """Withdraw a pending application (the customer changed their mind)."""
    require(uow, Permission.ARCHIVE_STOP_RESUME)
    with uow:
        repo = uow.repo(StopRepository)
        stop = repo.get(stop_id)
        if stop is None:
            raise NotFound(f"application {stop_id}")
        if stop.version != expected_version:
            raise Conflict(f"application {stop_id}")
        line = next(a for a in repo.of_customer(stop.customer_id) if a.id == stop_id)
        if line.status != StopStatus.PENDING:
            raise ValidationError({"application": "stop.not_pending"})
        stop.status = StopStatus.CANCELLED
        uow.commit()
