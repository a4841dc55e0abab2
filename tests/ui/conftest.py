"""Fixtures for UI tests (pytest-qt, real widgets, real databases).

- `desk`: a Desk on the `db` fixture (SQLite and PostgreSQL), with the FixedClock `clock`;
  nobody is signed in. Sign someone in with `desk.signed_in(actor)`, e.g. with the
  `basics` fixture: `desk.signed_in(basics.agent)`.
- `zh_translators`: the Chinese translations (every resources/translations/*_zh_CN.qm and
  Qt's own) installed into the qapp for one test and removed afterwards. Without it a test
  sees the English source strings.
- `house_style`: the workstation's own font and style sheet (app/ui/application.py) on the
  qapp for one test, as `main.py` runs the desk; layout tests take it, since the house
  padding and font make widgets wider than Qt's bare defaults.
- `data_dir`: HEATDESK_DATA_DIR pointed at a fresh folder for this test, so ring.port and
  other per-user files never leak between tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from app.clock import FixedClock
from app.db.database import Database
from app.ui.i18n import install_translators, remove_translators
from app.workflows.desk import Desk


@pytest.fixture
def desk(db: Database, clock: FixedClock) -> Desk:
    return Desk(db=db, clock=clock)


@pytest.fixture
def zh_translators(qapp: QApplication) -> Iterator[list[QTranslator]]:
    translators = install_translators(qapp, "zh_CN")
    yield translators
    remove_translators(qapp, translators)


@pytest.fixture
def house_style(qapp: QApplication) -> Iterator[None]:
    from app.ui.application import apply_style, install_font

    font, sheet = qapp.font(), qapp.styleSheet()
    install_font(qapp)
    apply_style(qapp)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """HEATDESK_DATA_DIR pointed at a fresh folder for this test only."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("HEATDESK_DATA_DIR", str(folder))
    return folder
