"""Importing the customer archive from a spreadsheet: preview, then upsert by account number.

`open_import(uow, path)` reads the header and proposes the mapping (remembered from the
last import, else guessed); `preview_import` is the dry run: every row read, checked and
compared with the archive, nothing written; `run_import` writes. Both return the
`ImportReport` (new / updated / unchanged / refused, per-field change counts, per-row
errors). Leaders and admins only (Permission.ARCHIVE_IMPORT).

Upsert by account number: a customer already in the archive is updated where a cell
differs from what is stored, and only then gets a history event (field: old, new); an
empty cell leaves the stored value alone (a month's file never erases by omission). A new
account is created with the defaults for columns the file lacks.

Refused rows: a bad phone, an empty account / name / estate, a cell that cannot be read,
an account repeated within the file (the first row stands), and an estate the archive
does not know - unless `new_estates` is given (the first import into an empty archive
accepts every estate). Refused rows are reported and skipped; the rest is imported.

All or nothing: one transaction (app/workflows/tabular/engine.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.models.customer import join_address
from app.repositories.customers.importer import (
    DEFAULTS,
    FIELDS,
    ChangedCustomer,
    CustomerImportRepository,
    NewCustomer,
    Stored,
)
from app.repositories.uow import UnitOfWork
from app.workflows.customers.import_fields import ESTATE_FROM, KEY
from app.workflows.customers.import_fields import FIELDS as COLUMNS
from app.workflows.customers.season import current_season
from app.workflows.permissions import Permission, require
from app.workflows.tabular import engine
from app.workflows.tabular.engine import (
    BatchOutcome,
    CancelToken,
    FieldChange,
    ImportReport,
    Progress,
)
from app.workflows.tabular.mapping import Mapping, guess_mapping, mapping_problems
from app.workflows.tabular.memory import remember_mapping, remembered_mapping
from app.workflows.tabular.rows import ParsedRow
from app.workflows.tabular.source import Sheet, open_sheet
from app.workflows.tabular.transaction import OneTransaction

KIND = "customers"
ADDRESS_PARTS = ("district", "estate", "building", "entrance", "room")
UNKNOWN_ESTATE = "estate.unknown"


def customer_mapping_problems(mapping: Mapping) -> dict[str, str]:
    """The generic problems, and the estate: from its own column or from the address."""
    problems = mapping_problems(mapping, COLUMNS)
    if not any(name in mapping.values() for name in ESTATE_FROM):
        problems["estate"] = "mapping.required"
    return problems


@dataclass(frozen=True)
class OpenedImport:
    sheet: Sheet
    mapping: Mapping  # proposed: remembered, else guessed
    problems: dict[str, str]  # field -> mapping.required / mapping.twice


def open_import(uow: UnitOfWork, path: str | Path) -> OpenedImport:
    """The file's header and the proposed mapping (SheetProblem if it is no table)."""
    with uow:
        require(uow, Permission.ARCHIVE_IMPORT)
    sheet = open_sheet(path)
    mapping = guess_mapping(sheet.headers, COLUMNS, remembered_mapping(uow, KIND))
    return OpenedImport(sheet, mapping, customer_mapping_problems(mapping))


def preview_import(uow: UnitOfWork, sheet: Sheet, mapping: Mapping, *,
                   new_estates: bool = False, progress: Progress | None = None,
                   cancel: CancelToken | None = None) -> ImportReport:
    """The dry run: what an import would do, row by row; nothing is written."""
    return _run(uow, sheet, mapping, dry_run=True, new_estates=new_estates,
                progress=progress, cancel=cancel)


def run_import(uow: UnitOfWork, sheet: Sheet, mapping: Mapping, *,
               new_estates: bool = False, progress: Progress | None = None,
               cancel: CancelToken | None = None, batch_rows: int | None = None,
               expected_rows: int | None = None) -> ImportReport:
    """Import, in one transaction, and remember the mapping for the next file.
    `expected_rows`: the preview's row count, for the progress bar."""
    report = _run(uow, sheet, mapping, dry_run=False, new_estates=new_estates,
                  progress=progress, cancel=cancel, batch_rows=batch_rows,
                  expected_rows=expected_rows)
    if report.written:
        remember_mapping(uow, KIND, mapping, sheet.headers)
    return report


def _run(uow: UnitOfWork, sheet: Sheet, mapping: Mapping, *, dry_run: bool,
         new_estates: bool, progress: Progress | None, cancel: CancelToken | None,
         batch_rows: int | None = None,
         expected_rows: int | None = None) -> ImportReport:
    from app.workflows.errors import ValidationError

    problems = customer_mapping_problems(mapping)
    if problems:
        raise ValidationError(problems)
    target = CustomerTarget(uow, new_estates=new_estates, file=sheet.path.name)
    return engine.run_import(sheet, mapping, target, dry_run=dry_run, progress=progress,
                             cancel=cancel, batch_rows=batch_rows or engine.BATCH_ROWS,
                             expected_rows=expected_rows)


def _plain(value: Any) -> Any:
    if isinstance(value, tuple | frozenset | set | list):
        return sorted(value) if isinstance(value, frozenset | set) else list(value)
    return value if isinstance(value, str | bool | int | None) else str(value)


class CustomerTarget(OneTransaction):
    """The archive as an import target (engine.Target)."""

    kind = KIND
    fields = COLUMNS
    key = KEY

    def __init__(self, uow: UnitOfWork, *, new_estates: bool, file: str) -> None:
        self.uow = uow
        self.new_estates = new_estates
        self.file = file
        self.repo: CustomerImportRepository | None = None
        self.overlap = False
        self.estates: set[str] = set()

    def begin(self, dry_run: bool) -> Callable[[dict[str, Any]], dict[str, str]]:
        self.begin_transaction(dry_run)
        require(self.uow, Permission.ARCHIVE_IMPORT)
        self.repo = self.uow.repo(CustomerImportRepository)
        self.overlap = not self.repo.sqlite  # engine.Ahead: PostgreSQL's writes overlap
        self.new_estates = self.new_estates or self.repo.is_empty()
        self.estates = self.repo.known_estates()
        self.now = self.uow.clock()
        self.season = current_season(self.uow)  # a contract's season when the row names none
        return self._check

    def _check(self, values: dict[str, Any]) -> dict[str, str]:
        estate = values.get("estate") or values.get("address", {}).get("estate")
        if not estate:
            return {"estate": "required"}
        if estate not in self.estates:
            if not self.new_estates:
                return {"estate": UNKNOWN_ESTATE}
            self.estates.add(estate)
        return {}

    def apply(self, rows: list[ParsedRow]) -> BatchOutcome:
        assert self.repo is not None
        seasons = sorted({r.values.get("contract_season", self.season) for r in rows
                          if "contract_status" in r.values})
        stored = self.repo.stored([r.values[KEY] for r in rows], seasons)
        outcome = BatchOutcome()
        new: list[NewCustomer] = []
        changed: list[ChangedCustomer] = []
        for row in rows:
            wanted = _wanted(row.values, self.season)
            before = stored.get(row.values[KEY])
            if before is None:
                new.append(_new(row.values[KEY], wanted))
                continue
            change = _changed(before, row.values[KEY], wanted)
            if change is None:
                outcome.unchanged += 1
                continue
            changed.append(change)
            outcome.changes.extend(
                FieldChange(row.row, change.account_number, name, _text(old), _text(new_))
                for name, (old, new_) in change.changes.items())
        outcome.new, outcome.updated = len(new), len(changed)
        if not self.dry_run:
            actor = self.uow.actor.id if self.uow.actor else None
            desk = self.uow.session.info.get("desk")
            ids = self.repo.insert(new)
            self.repo.update(changed)
            self.repo.add_events(
                [(cid, "import_create", {"file": self.file, "account_number": c.account_number})
                 for cid, c in zip(ids, new, strict=True)]
                + [(c.id, "import_update", c.changes) for c in changed],
                occurred_at=self.now, actor_id=actor, desk=desk)
        return outcome

    def wrap_up(self, report: ImportReport) -> None:
        assert self.repo is not None
        self.repo.restore_triggers()
        self.repo.summary_event(report.summary(timed=False), occurred_at=self.now,
                                actor_id=self.uow.actor.id if self.uow.actor else None,
                                desk=self.uow.session.info.get("desk"))
        self.repo.release()  # on the connection of the transaction, before it ends

    def release(self) -> None:
        if self.repo is not None:
            self.repo.release()


def _text(value: Any) -> str:
    if isinstance(value, list | tuple):
        return "、".join(str(v) for v in value)
    if isinstance(value, bool):
        return "是" if value else "否"
    return "" if value is None else str(value)


def _wanted(values: dict[str, Any], season: int) -> dict[str, Any]:
    """The row's values as stored fields: services and marks spread over their columns,
    phones and marks as sets of one row, the contract as (season, status, signed on)."""
    wanted = {k: v for k, v in values.items()
              if k in FIELDS and k not in ("important",)}
    for part, value in values.get("address", {}).items():
        wanted.setdefault(part, value)  # a part's own column wins over the address
    for service in ("heating", "hot_water", "steam"):
        if "services" in values:
            wanted[service] = service in values["services"]
        if service in values:
            wanted[service] = values[service]
    if "phones" in values:
        wanted["phones"] = tuple(dict.fromkeys(n for cell in values["phones"] for n in cell))
    if "contract_status" in values:
        wanted["contract"] = (values.get("contract_season", season), values["contract_status"],
                              values.get("signed_on"))
    if "marks" in values:
        marks = {m for cell in values["marks"] for m in cell}
        wanted["important"] = "important" in marks
        wanted["marks"] = frozenset(marks - {"important"})
    return wanted


def _new(account: str, wanted: dict[str, Any]) -> NewCustomer:
    values = DEFAULTS | {k: v for k, v in wanted.items() if k in FIELDS}
    values["address"] = join_address(*(values[p] for p in ADDRESS_PARTS))
    return NewCustomer(account, values, wanted.get("phones", ()),
                       wanted.get("marks", frozenset()), wanted.get("contract"))


def _changed(before: Stored, account: str, wanted: dict[str, Any]) -> ChangedCustomer | None:
    changes: dict[str, list[Any]] = {}
    values: dict[str, Any] = {}
    for name in FIELDS:
        if name in wanted and wanted[name] != before.values[name]:
            values[name] = wanted[name]
            changes[name] = [_plain(before.values[name]), _plain(wanted[name])]
    phones = marks = None
    if "phones" in wanted and wanted["phones"] and wanted["phones"] != before.phones:
        phones = wanted["phones"]
        changes["phones"] = [list(before.phones), list(phones)]
    if "marks" in wanted and wanted["marks"] != before.marks:
        marks = wanted["marks"]
        changes["marks"] = [sorted(before.marks), sorted(marks)]
    contract, contract_id = wanted.get("contract"), None
    if contract is not None:
        season, status, signed_on = contract
        stored = before.contracts.get(season)
        if stored is not None:
            contract_id = stored[0]
            if signed_on is None:
                signed_on = stored[2]  # an empty date keeps the stored one
                contract = (season, status, signed_on)
            if (stored[1], stored[2]) == (status, signed_on):
                contract = None
            else:
                if stored[1] != status:
                    changes["contract_status"] = [stored[1], status]
                if stored[2] != signed_on:
                    changes["signed_on"] = [_plain(stored[2]), _plain(signed_on)]
        else:
            changes["contract_status"] = [None, status]
    if not changes:
        return None
    if any(p in values for p in ADDRESS_PARTS):
        parts = before.values | values
        values["address"] = join_address(*(parts[p] for p in ADDRESS_PARTS))
    return ChangedCustomer(before.id, account, values, phones, marks, changes, contract,
                           contract_id)
