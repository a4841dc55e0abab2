"""The import engine writing one batch while it reads the next (engine.Ahead, PostgreSQL's
customer import): the same report as a plain run, in the same order; a failing batch or
a cancel rolls back only after the batch being written has ended."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from app.workflows.tabular import engine
from app.workflows.tabular.engine import BatchOutcome, CancelToken, FieldChange
from app.workflows.tabular.fields import Field, FieldProblem
from app.workflows.tabular.rows import RowError
from app.workflows.tabular.source import open_sheet


def _digits(text: str) -> int:
    if not text.isdigit():
        raise FieldProblem("number.invalid")
    return int(text)


class Target:
    kind = "test"
    fields = (Field("key", ("key",), required=True), Field("n", ("n",), _digits))
    key = "key"

    def __init__(self, overlap: bool, fail_at: int | None = None) -> None:
        self.overlap = overlap
        self.fail_at = fail_at
        self.batches = 0
        self.writing = threading.Lock()
        self.events: list[str] = []

    def begin(self, dry_run: bool) -> None:
        return None

    def apply(self, rows) -> BatchOutcome:
        with self.writing:
            self.batches += 1
            if self.batches == self.fail_at:
                raise RuntimeError("the database said no")
            outcome = BatchOutcome(new=len(rows))
            outcome.changes.append(FieldChange(rows[0].row, "k", "n", "", "1"))
            outcome.refused.append(RowError(rows[-1].row, "n", "db.refused"))
            return outcome

    def finish(self, report) -> None:
        self.events.append("finish")

    def abort(self) -> None:
        assert not self.writing.locked()  # nothing is being written any more
        self.events.append("abort")


@pytest.fixture
def sheet(tmp_path: Path):
    lines = ["key,n"] + [f"k{i},{'x' if i % 7 == 0 else i}" for i in range(1, 51)]
    path = tmp_path / "rows.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return open_sheet(path)


def _run(sheet, target: Target, **kwargs):
    seen: list[int] = []
    report = engine.run_import(sheet, {0: "key", 1: "n"}, target, dry_run=False,
                               batch_rows=10, progress=lambda done, _: seen.append(done),
                               **kwargs)
    return report, seen


def test_overlapping_batches_give_the_plain_report(sheet) -> None:
    plain, plain_seen = _run(sheet, Target(overlap=False))
    ahead, ahead_seen = _run(sheet, Target(overlap=True))
    assert ahead.summary(timed=False) == plain.summary(timed=False)
    assert ahead.errors == plain.errors and ahead.changes == plain.changes
    assert ahead_seen == plain_seen
    assert plain.refused == 7 + 5 and plain.new == 43  # 7 bad cells, one refused per batch


def test_a_failing_batch_rolls_back_after_the_writing_ended(sheet) -> None:
    target = Target(overlap=True, fail_at=2)
    with pytest.raises(RuntimeError, match="said no"):
        _run(sheet, target)
    assert target.events == ["abort"]


def test_cancel_while_a_batch_is_written(sheet) -> None:
    target, token = Target(overlap=True), CancelToken()
    report = engine.run_import(sheet, {0: "key", 1: "n"}, target, dry_run=False,
                               batch_rows=10, progress=lambda *_: token.cancel(),
                               cancel=token)
    assert report.cancelled and target.events == ["abort"]
    assert target.batches == 2  # the first reported, the second written meanwhile
