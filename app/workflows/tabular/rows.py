"""Each data row as values, or as the reasons it is refused: per row, per field.

A row is refused when a required field is empty, a cell cannot be read (`FieldProblem`),
the target's own check says no (an unknown estate), or its key repeats an earlier row of
the file (`key.duplicate`; the first row with that key stands, the error names it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from app.workflows.tabular.fields import Field, FieldProblem
from app.workflows.tabular.mapping import Mapping
from app.workflows.tabular.source import Sheet

REQUIRED = "required"
DUPLICATE = "key.duplicate"
Check = Callable[[dict[str, Any]], dict[str, str]]


@dataclass(frozen=True)
class RowError:
    row: int  # the spreadsheet row number
    field: str
    code: str
    value: str = ""
    detail: str = ""  # e.g. the row number a duplicate repeats


@dataclass(frozen=True)
class ParsedRow:
    row: int
    values: dict[str, Any]  # a multiple field holds a list


def read_rows(sheet: Sheet, mapping: Mapping, fields: Sequence[Field], key: str,
              check: Check | None = None) -> Iterator[ParsedRow | list[RowError]]:
    by_name = {f.name: f for f in fields}
    columns = sorted(mapping.items())
    seen: dict[str, int] = {}
    for number, cells in sheet.rows():
        values: dict[str, Any] = {}
        raw: dict[str, str] = {}
        errors: list[RowError] = []
        for col, name in columns:
            spec = by_name[name]
            text = cells[col] if col < len(cells) else ""
            if not text:
                continue
            raw.setdefault(name, text)
            try:
                value = spec.parse(text)
            except FieldProblem as problem:
                errors.append(RowError(number, name, problem.code, text))
                continue
            if spec.multiple:
                values.setdefault(name, []).append(value)
            else:
                values[name] = value
        for spec in fields:
            if spec.required and spec.name not in values and not any(
                    e.field == spec.name for e in errors):
                errors.append(RowError(number, spec.name, REQUIRED, ""))
        if not errors and check is not None:
            errors.extend(RowError(number, name, code, raw.get(name, ""))
                          for name, code in check(values).items())
        keyed = values.get(key)
        if isinstance(keyed, str) and keyed:
            first = seen.setdefault(keyed, number)
            if first != number:
                errors.append(RowError(number, key, DUPLICATE, keyed, str(first)))
        yield errors if errors else ParsedRow(number, values)
