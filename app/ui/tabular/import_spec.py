"""What one spreadsheet import's wizard needs to know (app/ui/tabular/import_wizard.py):
its fields and their labels, the figures sentence, the workflow calls, the object names,
and the translation context its strings were always translated in."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from app.workflows.tabular.engine import ImportReport


@dataclass(frozen=True)
class ImportSpec:
    context: str  # translation context of every string of the wizard (the dialog's class)
    object_name: str
    title: str  # English source strings, translated in `context`
    browse_title: str
    hint: str
    size: tuple[int, int]
    fields: list[tuple[str, bool]]  # (field name, required) in the mapping table's order
    field_label: Callable[[str], str]
    figures: Callable[[ImportReport], str]
    mapping_problems: Callable[[dict[int, str]], dict[str, str]]
    open_import: Callable[..., Any]  # (uow, path) -> OpenedImport (SheetProblem)
    preview_import: Callable[..., ImportReport]  # (uow, sheet, mapping, *, progress, cancel)
    run_import: Callable[..., ImportReport]  # ... and expected_rows
    key: str  # operation keys: f"{key}.open", f"{key}.preview", f"{key}.run"
    changes: Callable[[ImportReport], str] | None = None  # a sentence under the figures
    file_label: bool = False  # a "&File:" label above the path
    problems: Mapping[str, str] = field(default_factory=dict)  # extra codes for ErrorsView
    names: Mapping[str, str] = field(default_factory=dict)  # widget -> object name
