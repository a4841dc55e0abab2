"""A running desk keeps its language when the program folder is updated under it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app.ui import i18n


def test_replacing_a_translation_file_does_not_turn_a_running_desk_english(
        qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "queues_zh_CN.qm"
    shutil.copy(i18n.TRANSLATIONS / "queues_zh_CN.qm", copy)
    monkeypatch.setattr(i18n, "translation_files", lambda language: [copy])
    monkeypatch.setattr(i18n, "_qt_translation_files", lambda language: [])
    translators = i18n.install_translators(qapp, "zh_CN")
    try:
        assert QCoreApplication.translate("IncidentsWindow", "Incidents") == "事故"
        # an upgrade writes the file anew while the desk runs (same size, other bytes)
        copy.write_bytes(b"\0" * copy.stat().st_size)
        copy.unlink()
        assert QCoreApplication.translate("IncidentsWindow", "Incidents") == "事故"
    finally:
        i18n.remove_translators(qapp, translators)
