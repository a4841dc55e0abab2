"""The customer record, editable with its history (issue 14, rule 1.4.5: the archive is kept
current and classified).

Who may change what (app/workflows/permissions.py): phones and notes are the desk's
(ARCHIVE_EDIT_CONTACT: agents too); name, address, area, services, class, special marks and
the own shut-off valve are the leaders' (ARCHIVE_EDIT_RECORD). A save that touches a field
the actor may not change is refused as a whole, naming the permission, before anything is
written. Two desks never overwrite each other: the save carries the version it was read
at, and another desk's save in between is a Conflict.

Every change is an event with actor, time and each field's old and new value: the audit
hook writes the row's fields, and the save adds one event with the phone and mark lists.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from app.models.customer import (
    ROW_MARKS,
    Customer,
    CustomerClass,
    CustomerMark,
    CustomerPhone,
    join_address,
)
from app.repositories.customers.record import RecordRepository
from app.repositories.uow import UnitOfWork
from app.workflows.customers import check_area_and_services
from app.workflows.errors import Conflict, NotFound, ValidationError
from app.workflows.permissions import Permission, allowed, require
from app.workflows.phone import normalise_phone, phone_problem

MAX_NOTES = 2000
MAX_LABEL = 20
MAX_PHONES = 8
TEXT_LIMITS = {"name": 100, "district": 50, "estate": 100, "building": 20, "entrance": 20,
               "room": 20}
CONTACT_FIELDS = frozenset({"phones", "notes"})


@dataclass(frozen=True)
class Phone:
    number: str
    label: str = ""


@dataclass
class RecordForm:
    name: str
    district: str = ""
    estate: str = ""
    building: str = ""
    entrance: str = ""
    room: str = ""
    heated_area: str = "0"
    heating: bool = True
    hot_water: bool = False
    steam: bool = False
    customer_class: str = CustomerClass.RESIDENTIAL.value
    marks: frozenset[str] = frozenset()  # CustomerMark values, "important" included
    own_shutoff: bool = True
    notes: str = ""
    contract_notes: str = ""
    phones: list[Phone] = field(default_factory=list)


@dataclass(frozen=True)
class RecordView:
    id: int
    account_number: str
    name: str
    district: str
    estate: str
    building: str
    entrance: str
    room: str
    address: str
    heated_area: Decimal
    heating: bool
    hot_water: bool
    steam: bool
    customer_class: str
    marks: frozenset[str]
    own_shutoff: bool
    notes: str
    contract_notes: str
    phones: tuple[Phone, ...]
    version: int

    def form(self) -> RecordForm:
        """A form holding the record as it is (the editor starts from it)."""
        return RecordForm(
            name=self.name, district=self.district, estate=self.estate,
            building=self.building, entrance=self.entrance, room=self.room,
            heated_area=str(self.heated_area), heating=self.heating,
            hot_water=self.hot_water, steam=self.steam, customer_class=self.customer_class,
            marks=self.marks, own_shutoff=self.own_shutoff, notes=self.notes,
            contract_notes=self.contract_notes, phones=list(self.phones))


@dataclass(frozen=True)
class HistoryLine:
    """One field's change: who, when, what it was and what it became."""

    occurred_at: datetime
    actor_name: str
    subject: str  # "customer", "heating_contract", "heating_stop"
    subject_id: int
    action: str  # "create", "update", "delete"
    field: str
    old: str
    new: str


def _view(customer: Customer, marks: set[str]) -> RecordView:
    all_marks = set(marks) | ({CustomerMark.IMPORTANT.value} if customer.important else set())
    return RecordView(
        id=customer.id, account_number=customer.account_number, name=customer.name,
        district=customer.district, estate=customer.estate, building=customer.building,
        entrance=customer.entrance, room=customer.room, address=customer.address,
        heated_area=customer.heated_area, heating=customer.heating,
        hot_water=customer.hot_water, steam=customer.steam,
        customer_class=str(customer.customer_class), marks=frozenset(all_marks),
        own_shutoff=customer.own_shutoff, notes=customer.notes,
        contract_notes=customer.contract_notes,
        phones=tuple(Phone(p.number, p.label) for p in customer.phones),
        version=customer.version)


def load_record(uow: UnitOfWork, customer_id: int) -> RecordView:
    require(uow, Permission.ARCHIVE_VIEW)
    with uow:
        repo = uow.repo(RecordRepository)
        customer = repo.load(customer_id)
        if customer is None:
            raise NotFound(f"customer {customer_id}")
        return _view(customer, repo.marks(customer_id))


def _validated(form: RecordForm) -> tuple[dict[str, object], list[Phone]]:
    errors: dict[str, str] = {}
    text = {key: str(getattr(form, key)).strip() for key in TEXT_LIMITS}
    for key, limit in TEXT_LIMITS.items():
        if len(text[key]) > limit:
            errors[key] = "text.too_long"
    if not text["name"]:
        errors["name"] = "required"
    if not text["estate"]:
        errors["estate"] = "required"
    area = check_area_and_services(form, errors)
    if form.customer_class not in {c.value for c in CustomerClass}:
        errors["customer_class"] = "choice.invalid"
    if not set(form.marks) <= {m.value for m in CustomerMark}:
        errors["marks"] = "choice.invalid"
    if len(form.notes) > MAX_NOTES or len(form.contract_notes) > MAX_NOTES:
        errors["notes" if len(form.notes) > MAX_NOTES else "contract_notes"] = "text.too_long"
    phones: list[Phone] = []
    for phone in form.phones:
        if not phone.number.strip():
            continue
        number = normalise_phone(phone.number)
        if number is None:
            errors["phones"] = phone_problem(phone.number) or "phone.malformed"
        elif len(phone.label.strip()) > MAX_LABEL:
            errors["phones"] = "label.too_long"
        elif number not in {p.number for p in phones}:
            phones.append(Phone(number, phone.label.strip()))
    if len(phones) > MAX_PHONES:
        errors["phones"] = "phones.too_many"
    if errors:
        raise ValidationError(errors)
    values: dict[str, object] = {
        **text, "address": join_address(text["district"], text["estate"], text["building"],
                                        text["entrance"], text["room"]),
        "heated_area": area.quantize(Decimal("0.01")), "heating": form.heating,
        "hot_water": form.hot_water, "steam": form.steam,
        "customer_class": CustomerClass(form.customer_class),
        "important": CustomerMark.IMPORTANT.value in form.marks,
        "own_shutoff": form.own_shutoff, "notes": form.notes.strip(),
        "contract_notes": form.contract_notes.strip()}
    return values, phones


def _same(old: object, new: object) -> bool:
    if isinstance(old, Decimal) and isinstance(new, Decimal):
        return old == new
    return str(old) == str(new)


def _phones_text(phones: list[Phone] | tuple[Phone, ...]) -> str:
    return "、".join(f"{p.number}（{p.label}）" if p.label else p.number for p in phones)


def save_record(uow: UnitOfWork, customer_id: int, form: RecordForm,
                expected_version: int) -> RecordView:
    """Write what changed; refused whole (PermissionDenied) when a changed field is not the
    actor's to change, Conflict when another desk saved since `expected_version`."""
    actor = require(uow, Permission.ARCHIVE_VIEW)
    if not allowed(actor.role, Permission.ARCHIVE_EDIT_RECORD):
        require(uow, Permission.ARCHIVE_EDIT_CONTACT)  # may edit nothing: refused before the form
    values, phones = _validated(form)
    with uow:
        repo = uow.repo(RecordRepository)
        customer = repo.load(customer_id)
        if customer is None:
            raise NotFound(f"customer {customer_id}")
        if customer.version != expected_version:
            raise Conflict(f"customer {customer_id}")
        old_marks = repo.marks(customer_id)
        new_marks = set(form.marks) & {m.value for m in ROW_MARKS}
        changed = {key for key, value in values.items()
                   if not _same(getattr(customer, key), value)}
        old_phones = [Phone(p.number, p.label) for p in customer.phones]
        if old_phones != phones:
            changed.add("phones")
        if old_marks != new_marks:
            changed.add("marks")
        if not changed:
            return _view(customer, old_marks)
        if changed - CONTACT_FIELDS:
            require(uow, Permission.ARCHIVE_EDIT_RECORD)  # class, marks, address ...
        extra: dict[str, object] = {}
        if "phones" in changed:
            _replace_phones(customer, phones)
            extra["phones"] = [_phones_text(old_phones), _phones_text(phones)]
        if "marks" in changed:
            repo.set_marks(customer_id, new_marks - old_marks, old_marks - new_marks)
            extra["marks"] = [sorted(old_marks), sorted(new_marks)]
        row_changed = bool(changed - {"phones", "marks"})
        for key in changed - {"phones", "marks"}:
            setattr(customer, key, values[key])
        uow.flush()  # the row's fields: the audit hook's event, the version check and bump
        if not row_changed and not repo.bump(customer_id, expected_version):
            raise Conflict(f"customer {customer_id}")
        if extra:
            repo.add_event(customer_id, extra, actor.id, uow.clock())
        uow.commit()
    return load_record(uow, customer_id)


def _replace_phones(customer: Customer, phones: list[Phone]) -> None:
    """Keep the rows of numbers that stay (their labels updated), drop the others."""
    kept = {p.number: p for p in customer.phones}
    wanted = {p.number for p in phones}
    customer.phones[:] = [p for p in customer.phones if p.number in wanted]
    for phone in phones:
        row = kept.get(phone.number)
        if row is None:
            customer.phones.append(CustomerPhone(number=phone.number, label=phone.label))
        elif row.label != phone.label:
            row.label = phone.label
    order = [p.number for p in phones]
    customer.phones.sort(key=lambda p: order.index(p.number))


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    return str(value)


def record_history(uow: UnitOfWork, customer_id: int) -> list[HistoryLine]:
    """Every change of the record, its contracts and its stop/resume applications, newest
    first, one line per field (old -> new); a created row is one line."""
    require(uow, Permission.ARCHIVE_VIEW)
    with uow:
        events = uow.repo(RecordRepository).history(customer_id)
    lines: list[HistoryLine] = []
    for e in events:
        who = e.actor_name or ""
        if e.action != "update":
            lines.append(HistoryLine(e.occurred_at, who, e.entity, e.entity_id, e.action,
                                     "", "", ""))
            continue
        for key, pair in sorted(e.changes.items()):
            old, new = pair if isinstance(pair, list) and len(pair) == 2 else (None, pair)
            lines.append(HistoryLine(e.occurred_at, who, e.entity, e.entity_id, e.action,
                                     key, _text(old), _text(new)))
    return lines
