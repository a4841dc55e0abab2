"""Running an import: good rows to the target in batches, progress, cancel, the report.

All or nothing: the target writes in ONE transaction, opened by `begin` and committed by
`finish` after the last batch; a cancel (the token is checked between batches) or a
failure calls `abort`, which rolls everything back. A re-run after a cancel starts again
from the first row; since rows are upserted by key, that is always safe (docs/customers.md
says why one transaction rather than batches with a resume point).

A dry run (the preview) reads and compares everything the same way, and writes nothing.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from app.workflows.tabular.fields import Field
from app.workflows.tabular.mapping import Mapping
from app.workflows.tabular.rows import Check, ParsedRow, RowError, read_rows
from app.workflows.tabular.source import Sheet

BATCH_ROWS = 5000
MAX_KEPT_ERRORS = 20_000  # per-row errors kept for the preview table (all are counted)
MAX_KEPT_CHANGES = 5000  # field changes kept for the report's list

Progress = Callable[[int, int | None], None]  # rows read, rows expected (None: unknown)


class Cancelled(Exception):
    """The user cancelled; nothing was written."""


class CancelToken:
    """Set from any thread (the dialog's Cancel); the import stops before its next batch."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()


@dataclass(frozen=True)
class FieldChange:
    row: int
    key: str
    field: str
    old: str
    new: str


@dataclass
class BatchOutcome:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    changes: list[FieldChange] = field(default_factory=list)
    refused: list[RowError] = field(default_factory=list)  # what the database said no to


class Target(Protocol):
    kind: str  # the name its mapping is remembered under ("customers")
    @property
    def fields(self) -> Sequence[Field]: ...
    @property
    def key(self) -> str: ...

    def begin(self, dry_run: bool) -> Check | None: ...
    def apply(self, rows: list[ParsedRow]) -> BatchOutcome: ...
    def finish(self, report: ImportReport) -> None: ...
    def abort(self) -> None: ...


@dataclass
class ImportReport:
    kind: str
    file: str
    dry_run: bool
    rows: int = 0  # data rows read
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    refused: int = 0
    field_changes: Counter[str] = field(default_factory=Counter)  # field -> rows changed
    error_codes: Counter[str] = field(default_factory=Counter)  # code -> errors
    errors: list[RowError] = field(default_factory=list)  # the first MAX_KEPT_ERRORS
    changes: list[FieldChange] = field(default_factory=list)  # the first MAX_KEPT_CHANGES
    cancelled: bool = False
    seconds: float = 0.0

    @property
    def written(self) -> bool:
        return not self.dry_run and not self.cancelled

    def summary(self, *, timed: bool = True) -> dict[str, Any]:
        """Plain figures (the CLI prints them as JSON, the audit event keeps them without
        the wall-clock seconds, so the same file over the same data leaves the same event)."""
        figures = {"kind": self.kind, "file": self.file, "dry_run": self.dry_run,
                   "rows": self.rows, "new": self.new, "updated": self.updated,
                   "unchanged": self.unchanged, "refused": self.refused,
                   "field_changes": dict(self.field_changes),
                   "errors": dict(self.error_codes), "cancelled": self.cancelled}
        if timed:
            figures["seconds"] = round(self.seconds, 3)
        return figures


def run_import(sheet: Sheet, mapping: Mapping, target: Target, *, dry_run: bool,
               progress: Progress | None = None, cancel: CancelToken | None = None,
               batch_rows: int = BATCH_ROWS, expected_rows: int | None = None) -> ImportReport:
    """Read, check and apply every row; Cancelled is not raised but reported
    (`report.cancelled`, nothing written). Any other error rolls back and propagates.
    `expected_rows` (the preview's count) is what progress counts towards; else the
    sheet's own size when it states one."""
    started = time.perf_counter()
    report = ImportReport(kind=target.kind, file=sheet.path.name, dry_run=dry_run)
    refused_rows: set[int] = set()
    total = expected_rows if expected_rows is not None else sheet.size_hint
    ahead: Ahead | None = None
    try:
        check = target.begin(dry_run)
        if getattr(target, "overlap", False):  # known once the target has begun
            ahead = Ahead()
        batch: list[ParsedRow] = []
        read_errors: list[list[RowError]] = []  # of the rows read since the last batch
        for item in read_rows(sheet, mapping, target.fields, target.key, check):
            report.rows += 1
            if isinstance(item, ParsedRow):
                batch.append(item)
            else:
                read_errors.append(item)
            if len(batch) >= batch_rows:
                _apply(target, batch, report, refused_rows, progress, total, cancel,
                       read_errors, ahead)
                batch, read_errors = [], []
        _apply(target, batch, report, refused_rows, progress, total, cancel, read_errors,
               ahead)
        if ahead is not None:
            _merge(ahead.wait(), report, refused_rows, progress, total)
        if cancel is not None:
            cancel.check()
        report.seconds = time.perf_counter() - started
        target.finish(report)
    except Cancelled:
        _stop(ahead)
        target.abort()
        report.cancelled = True
    except BaseException:
        _stop(ahead)
        target.abort()
        raise
    report.seconds = time.perf_counter() - started
    return report


def _refuse(report: ImportReport, errors: list[RowError], refused_rows: set[int]) -> None:
    for error in errors:
        report.error_codes[error.code] += 1
        if len(report.errors) < MAX_KEPT_ERRORS:
            report.errors.append(error)
    rows = {e.row for e in errors} - refused_rows
    refused_rows.update(rows)
    report.refused += len(rows)


def _apply(target: Target, batch: list[ParsedRow], report: ImportReport,
           refused_rows: set[int], progress: Progress | None, total: int | None,
           cancel: CancelToken | None, read_errors: list[list[RowError]],
           ahead: Ahead | None) -> None:
    """Apply one batch and report it; with `ahead`, hand it to the writing thread and
    report the batch before it instead. The report keeps the order of a plain run: a
    batch's outcome, then the rows refused while the next batch was read."""
    if cancel is not None:
        cancel.check()
    if ahead is not None:
        _merge(ahead.wait(), report, refused_rows, progress, total)
    for errors in read_errors:
        _refuse(report, errors, refused_rows)
    if ahead is not None:
        ahead.start(target, batch, report.rows)
        return
    _merge((target.apply(batch) if batch else None, report.rows), report, refused_rows,
           progress, total)


def _merge(done: tuple[BatchOutcome | None, int] | None, report: ImportReport,
           refused_rows: set[int], progress: Progress | None, total: int | None) -> None:
    if done is None:
        return
    outcome, rows_read = done
    if outcome is not None:
        report.new += outcome.new
        report.updated += outcome.updated
        report.unchanged += outcome.unchanged
        for change in outcome.changes:
            report.field_changes[change.field] += 1
            if len(report.changes) < MAX_KEPT_CHANGES:
                report.changes.append(change)
        if outcome.refused:
            _refuse(report, outcome.refused, refused_rows)
    if progress is not None:
        progress(rows_read, total)


def _stop(ahead: Ahead | None) -> None:
    """A failed or cancelled run: the batch being written ends (its error no longer
    matters) before the target rolls back on the same connection."""
    if ahead is not None:
        with contextlib.suppress(BaseException):  # the run's own error is the one raised
            ahead.wait()


class Ahead:
    """One batch written in a thread of its own while the next batch is read and checked
    (a target with `overlap = True`). On PostgreSQL the writing is mostly the server's
    work (index upkeep), during which this process only waits; reading and checking the
    next 5,000 rows is Python's, so on two cores the two overlap. One batch at a time,
    in order, on the target's one connection: the reading thread never touches it.
    Not for SQLite, whose driver gives the interpreter lock back and takes it again for
    every row written, and would wait for the reading thread each time."""

    def __init__(self) -> None:
        self._thread: threading.Thread | None = None
        self._result: tuple[BatchOutcome | None, int] | None = None
        self._error: BaseException | None = None

    def start(self, target: Target, batch: list[ParsedRow], rows_read: int) -> None:
        assert self._thread is None

        def write() -> None:
            try:
                self._result = (target.apply(batch) if batch else None, rows_read)
            except BaseException as error:  # noqa: BLE001 - raised in the reading thread
                self._error = error

        self._thread = threading.Thread(target=write, name="import-batch", daemon=True)
        self._thread.start()

    def wait(self) -> tuple[BatchOutcome | None, int] | None:
        """The outcome of the batch being written (None: none was), or its error."""
        if self._thread is None:
            return None
        self._thread.join()
        self._thread = None
        result, error, self._result, self._error = self._result, self._error, None, None
        if error is not None:
            raise error
        return result
