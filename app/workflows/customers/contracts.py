"""Heating contracts per season (rule 3.1.3): kept, changed, and read as terms in force.

Before each season the centre signs heating contracts with new customers and changes
existing ones (rule 3.1.3). A contract names its season, when it was signed, the area and
services, and - only where they differ from the company's standard - the indoor-temperature
and hot-water ranges and the response level. The contract of the season in force is the
source the deadlines (rule 5.2.2 levels) and the quality figures (rules 5.1.1, 5.1.3) read;
see app/repositories/customers/terms.py. Leaders and admins edit contracts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from app.models.heating_contract import ContractStatus, HeatingContract
from app.repositories.customers.contracts import ContractRepository, Terms
from app.repositories.uow import UnitOfWork
from app.repositories.views import CustomerCard
from app.workflows.customers import MAX_HEATED_AREA
from app.workflows.customers.season import (
    current_season,
    local_today,
    parse_contract_season,
    season_label,
)
from app.workflows.errors import Conflict, NotFound, ValidationError
from app.workflows.permissions import Permission, require
from app.workflows.quality.values import HOT_WATER_PLAUSIBLE, ROOM_PLAUSIBLE
from app.workflows.settings import load_settings

MAX_NOTES = 2000


@dataclass
class ContractForm:
    season: str  # "2026-2027"
    status: str = ContractStatus.SIGNED.value
    signed_on: str = ""  # YYYY-MM-DD; required when signed
    heated_area: str = ""  # empty: the customer's recorded area
    heating: bool = True
    hot_water: bool = False
    steam: bool = False
    response_level: int | None = None  # None: by the customer's importance
    room_temp_min: str = ""  # empty: the standard room range
    room_temp_max: str = ""
    hot_water_min: str = ""  # empty: the standard hot-water range
    hot_water_max: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ContractView:
    id: int
    customer_id: int
    season: int
    season_label: str
    status: str
    signed_on: date | None
    heated_area: Decimal | None
    heating: bool
    hot_water: bool
    steam: bool
    response_level: int | None
    room_temp_min: Decimal | None
    room_temp_max: Decimal | None
    hot_water_min: Decimal | None
    hot_water_max: Decimal | None
    notes: str
    version: int

    @property
    def overrides(self) -> bool:
        """The contract sets a term of its own rather than the standard."""
        return any(v is not None for v in (
            self.response_level, self.room_temp_min, self.room_temp_max,
            self.hot_water_min, self.hot_water_max))


def view_of(c: HeatingContract) -> ContractView:
    return ContractView(
        id=c.id, customer_id=c.customer_id, season=c.season, season_label=season_label(c.season),
        status=str(c.status), signed_on=c.signed_on, heated_area=c.heated_area,
        heating=c.heating, hot_water=c.hot_water, steam=c.steam,
        response_level=c.response_level, room_temp_min=c.room_temp_min,
        room_temp_max=c.room_temp_max, hot_water_min=c.hot_water_min,
        hot_water_max=c.hot_water_max, notes=c.notes, version=c.version)


def _temperature(text: str, bounds: tuple[Decimal, Decimal], errors: dict[str, str],
                 field: str) -> Decimal | None:
    raw = text.strip().replace("℃", "").replace("°C", "")
    if not raw:
        return None
    try:
        value = Decimal(raw)
    except InvalidOperation:
        errors[field] = "number.invalid"
        return None
    if not value.is_finite() or not bounds[0] <= value <= bounds[1]:
        errors[field] = "temperature.implausible"
        return None
    return value.quantize(Decimal("0.1"))


def _range(form: ContractForm, low_field: str, high_field: str,
           bounds: tuple[Decimal, Decimal], errors: dict[str, str]
           ) -> tuple[Decimal | None, Decimal | None]:
    low = _temperature(getattr(form, low_field), bounds, errors, low_field)
    high = _temperature(getattr(form, high_field), bounds, errors, high_field)
    if low is not None and high is not None and low > high:
        errors[high_field] = "range.reversed"
    return low, high


def _parsed(form: ContractForm, today: date) -> dict[str, object]:
    """The contract's columns from the form, or ValidationError naming every bad field."""
    errors: dict[str, str] = {}
    season = None
    try:
        season = parse_contract_season(form.season)
    except ValidationError as exc:
        errors.update(exc.errors)
    try:
        status = ContractStatus(form.status)
    except ValueError:
        errors["status"] = "choice.invalid"
        status = ContractStatus.SIGNED
    signed_on = None
    if form.signed_on.strip():
        try:
            signed_on = date.fromisoformat(form.signed_on.strip())
            if signed_on > today:
                errors["signed_on"] = "date.future"
        except ValueError:
            errors["signed_on"] = "date.invalid"
    elif status is ContractStatus.SIGNED:
        errors["signed_on"] = "required"  # rule 3.1.3: a signed contract has its date
    area = None
    if form.heated_area.strip():
        try:
            area = Decimal(form.heated_area.strip())
            if not area.is_finite() or area < 0 or area > MAX_HEATED_AREA:
                errors["heated_area"] = "area.out_of_range"
        except InvalidOperation:
            errors["heated_area"] = "number.invalid"
    if not (form.heating or form.hot_water or form.steam):
        errors["services"] = "services.none"
    if form.response_level not in (None, 1, 2, 3):
        errors["response_level"] = "level.invalid"
    room = _range(form, "room_temp_min", "room_temp_max", ROOM_PLAUSIBLE, errors)
    water = _range(form, "hot_water_min", "hot_water_max", HOT_WATER_PLAUSIBLE, errors)
    if len(form.notes) > MAX_NOTES:
        errors["notes"] = "text.too_long"
    if errors:
        raise ValidationError(errors)
    return {"season": season, "status": status, "signed_on": signed_on, "heated_area": area,
            "heating": form.heating, "hot_water": form.hot_water, "steam": form.steam,
            "response_level": form.response_level, "room_temp_min": room[0],
            "room_temp_max": room[1], "hot_water_min": water[0], "hot_water_max": water[1],
            "notes": form.notes.strip()}


def list_contracts(uow: UnitOfWork, customer_id: int) -> list[ContractView]:
    require(uow, Permission.ARCHIVE_VIEW)
    with uow:
        return [view_of(c) for c in uow.repo(ContractRepository).of_customer(customer_id)]


def save_contract(uow: UnitOfWork, customer_id: int, form: ContractForm,
                  expected_version: int | None = None) -> ContractView:
    """Add the season's contract, or change it (`expected_version` as read: another desk's
    change in between is a Conflict and nothing is written)."""
    require(uow, Permission.ARCHIVE_EDIT_CONTRACT)
    with uow:
        settings = load_settings(uow)
        values = _parsed(form, local_today(uow, settings))
        if uow.customers.card(customer_id) is None:
            raise NotFound(f"customer {customer_id}")
        repo = uow.repo(ContractRepository)
        season = values["season"]
        assert isinstance(season, int)
        contract = repo.get(customer_id, season)
        if contract is None:
            if expected_version is not None:  # it was read, and removed since: cannot be
                raise Conflict(f"contract of customer {customer_id} season {season}")
            contract = repo.add(HeatingContract(customer_id=customer_id, **values))
        else:
            if expected_version is None:
                raise ValidationError({"season": "contract.exists"})
            if contract.version != expected_version:
                raise Conflict(f"contract {contract.id}")
            for key, value in values.items():
                setattr(contract, key, value)
        uow.flush()
        view = view_of(contract)
        uow.commit()
    return view


def terms_in_force(uow: UnitOfWork, customer_id: int, season: int | None = None
                   ) -> Terms | None:
    """The terms the deadlines and quality rules apply to this customer (inside an open
    unit of work): the season's contract where one is on file (rule 3.1.3)."""
    return uow.repo(ContractRepository).terms(
        customer_id, season if season is not None else current_season(uow))


def standing_terms(uow: UnitOfWork, customer_id: int) -> Terms | None:
    """The terms recorded on the customer itself (what the archive held before contracts
    were kept per season; inside an open unit of work): a first contract starts from them."""
    return uow.repo(ContractRepository).terms(customer_id, None)


def card_in_force(uow: UnitOfWork, customer_id: int) -> CustomerCard | None:
    """The customer's card with today's contract terms (inside an open unit of work): what
    a work order's level is graded from (rule 5.2.2)."""
    return uow.customers.card(customer_id, current_season(uow))
