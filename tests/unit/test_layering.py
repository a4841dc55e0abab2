"""The layering of ARCHITECTURE.md: no Qt below app/ui, no SQLAlchemy inside it."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"
NO_QT = ["models", "workflows", "repositories", "printing", "db"]
UI_FORBIDDEN = ("sqlalchemy", "app.models", "app.repositories", "app.db")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _violations(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for path in sorted((APP / folder).rglob("*.py")):
        for name in _imports(path):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                found.append(f"{path.relative_to(APP.parent)} imports {name}")
    return found


def test_no_qt_below_the_ui() -> None:
    problems = [v for folder in NO_QT for v in _violations(folder, ("PySide6", "shiboken6"))]
    assert problems == []


def test_no_sqlalchemy_or_lower_layers_in_the_ui() -> None:
    assert _violations("ui", UI_FORBIDDEN) == []


def test_the_check_itself_sees_imports(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("import PySide6.QtCore\nfrom sqlalchemy import select\n")
    assert _imports(sample) == ["PySide6.QtCore", "sqlalchemy"]
