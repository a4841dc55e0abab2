"""The version HeatDesk knows itself by, and how it names its own commands (issue 19.3)."""

from __future__ import annotations

import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

from app import version as version_module
from app.db.errors import SchemaOutdated

ROOT = Path(__file__).resolve().parents[2]


def test_the_version_is_the_package_metadata_and_pyproject_agrees() -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert version_module.version() == metadata.version("heatdesk") == declared
    assert version_module.describe() == f"HeatDesk {declared}"


def test_a_checkout_without_metadata_reads_pyproject(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> str:
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(version_module.metadata, "version", missing)
    version_module.version.cache_clear()
    try:
        declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
        assert version_module.version() == declared
        monkeypatch.setattr(sys, "frozen", True, raising=False)  # a bundle without metadata
        version_module.version.cache_clear()
        assert version_module.version() == version_module.UNKNOWN
    finally:
        version_module.version.cache_clear()


def test_messages_name_the_command_as_it_is_typed_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["/opt/heatdesk/bin/heatdesk", "db", "current"])
    assert version_module.command() == "heatdesk"
    monkeypatch.setattr(sys, "argv", ["main.py"])
    assert version_module.command() == "python main.py"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/HeatDesk/HeatDesk")
    monkeypatch.setattr(sys, "platform", "linux")
    assert version_module.command() == "/opt/HeatDesk/HeatDesk"
    monkeypatch.setattr(sys, "executable", "C:/Program Files/HeatDesk/HeatDesk.exe")
    monkeypatch.setattr(sys, "platform", "win32")
    assert version_module.command() == '"C:/Program Files/HeatDesk/heatdesk-cli.exe"'


def test_an_outdated_shared_database_names_the_version_and_command_to_upgrade_with() -> None:
    refused = SchemaOutdated(db_revisions={"0100"}, app_head="0123", app_version="0.2.0",
                             command="heatdesk-cli.exe")
    assert str(refused) == (
        "The shared database has schema revision 0100; HeatDesk 0.2.0 needs revision 0123. "
        "An administrator upgrades it once with HeatDesk 0.2.0:\n"
        "  heatdesk-cli.exe db upgrade --db <URL>")
