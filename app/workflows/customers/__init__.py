"""Creating a customer from the intake desk (an unknown caller) or from the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Protocol

from app.models.customer import Customer, CustomerPhone, join_address
from app.repositories.uow import UnitOfWork
from app.repositories.views import CustomerCard
from app.workflows.errors import ValidationError
from app.workflows.permissions import Permission, require
from app.workflows.phone import normalise_phone, phone_problem

MAX_HEATED_AREA = Decimal("100000")


@dataclass
class CustomerForm:
    name: str
    phones: list[str]
    district: str = ""
    estate: str = ""
    building: str = ""
    entrance: str = ""
    room: str = ""
    heated_area: str = "0"
    heating: bool = True
    hot_water: bool = False
    steam: bool = False
    important: bool = False
    contract_notes: str = ""
    account_number: str = ""  # empty: the next free number is given


def _validate(form: CustomerForm) -> tuple[dict[str, str], list[str], Decimal]:
    errors: dict[str, str] = {}
    if not form.name.strip():
        errors["name"] = "required"
    phones: list[str] = []
    for raw in form.phones:
        if not raw.strip():
            continue
        number = normalise_phone(raw)
        if number is None:
            errors["phones"] = phone_problem(raw) or "phone.malformed"
        elif number not in phones:
            phones.append(number)
    if not phones and "phones" not in errors:
        errors["phones"] = "required"
    if not form.estate.strip():
        errors["estate"] = "required"
    area = check_area_and_services(form, errors)
    return errors, phones, area


class _AreaAndServices(Protocol):
    heated_area: str
    heating: bool
    hot_water: bool
    steam: bool


def check_area_and_services(form: _AreaAndServices, errors: dict[str, str]) -> Decimal:
    """The heated area as a number (0 when refused) and at least one service, for the
    new-customer form and the archive's record alike; problems go into `errors`."""
    area = Decimal("0")
    try:
        area = Decimal(form.heated_area.strip() or "0")
        if not area.is_finite() or area < 0 or area > MAX_HEATED_AREA:
            errors["heated_area"] = "area.out_of_range"
    except InvalidOperation:
        errors["heated_area"] = "number.invalid"
    if not (form.heating or form.hot_water or form.steam):
        errors["services"] = "services.none"
    return area


def create_customer(uow: UnitOfWork, form: CustomerForm) -> CustomerCard:
    require(uow, Permission.CUSTOMER_CREATE)
    errors, phones, area = _validate(form)
    if errors:
        raise ValidationError(errors)
    with uow:
        account = form.account_number.strip()
        if account and uow.customers.account_exists(account):
            raise ValidationError({"account_number": "account.taken"})
        customer = Customer(
            account_number=account or uow.customers.next_account_number(),
            name=form.name.strip(), district=form.district.strip(),
            estate=form.estate.strip(), building=form.building.strip(),
            entrance=form.entrance.strip(), room=form.room.strip(),
            address=join_address(form.district.strip(), form.estate.strip(),
                                 form.building.strip(), form.entrance.strip(),
                                 form.room.strip()),
            heated_area=area, heating=form.heating, hot_water=form.hot_water,
            steam=form.steam, important=form.important,
            contract_notes=form.contract_notes.strip(),
            phones=[CustomerPhone(number=n) for n in phones],
        )
        uow.customers.add(customer)
        card = uow.customers.card(customer.id)
        uow.commit()
    assert card is not None
    return card
