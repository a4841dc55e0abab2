"""The desk's database password (issue 15): from the keyring or a file only its user can
read; never from a URL on the command line, never from a file others can read."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from app.cli import run
from app.db.credentials import (
    FILE_ENV_VAR,
    CredentialsRefused,
    read_password_file,
    with_password,
)

URL = "postgresql+psycopg://heatdesk_desk@db.centre.local:5432/heatdesk"


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


@pytest.fixture
def password_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "db-password"
    monkeypatch.setenv(FILE_ENV_VAR, str(path))
    return path


def test_the_keyring_fills_in_the_password(memory_keyring: MemoryKeyring,
                                           password_file: Path) -> None:
    memory_keyring.set_password("heatdesk", "heatdesk_desk@db.centre.local:5432/heatdesk",
                                "s3cret")
    assert with_password(URL) == URL.replace("heatdesk_desk@", "heatdesk_desk:s3cret@")


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_file_others_can_read_is_refused(memory_keyring: MemoryKeyring,
                                           password_file: Path) -> None:
    password_file.write_text("from-the-file\n", encoding="utf-8")
    password_file.chmod(0o644)
    with pytest.raises(CredentialsRefused, match="chmod 600"):
        with_password(URL)
    password_file.chmod(0o600)
    assert read_password_file(password_file) == "from-the-file"
    assert ":from-the-file@" in with_password(URL)


def test_sqlite_and_a_role_without_password_stay_as_they_are(
        memory_keyring: MemoryKeyring, password_file: Path) -> None:
    assert with_password("sqlite:////tmp/x.sqlite3") == "sqlite:////tmp/x.sqlite3"
    assert with_password(URL) == URL  # nothing stored: the server decides (trust, peer)


def test_a_password_on_the_command_line_is_refused(capsys) -> None:
    url = "postgresql://heatdesk_desk:s3cret@127.0.0.1:5432/heatdesk"
    assert run(["--lang", "en", "db", "current", "--db", url]) == 2
    err = capsys.readouterr().err
    assert "contains a password" in err and "s3cret" not in err.split("contains")[1]


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_db_password_writes_a_file_only_its_user_reads(
        password_file: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    answers = ["desk-secret-1", "desk-secret-1"]
    monkeypatch.setattr("getpass.getpass", lambda _prompt="": answers.pop(0))
    assert run(["--lang", "en", "db", "password", "--file", "--db", URL]) == 0
    assert stat.S_IMODE(password_file.stat().st_mode) == 0o600
    assert password_file.read_text(encoding="utf-8").strip() == "desk-secret-1"
    assert "heatdesk_desk@db.centre.local:5432/heatdesk" in capsys.readouterr().out


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_new_sqlite_file_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    from app.db.database import Database

    db = Database(f"sqlite:///{tmp_path / 'desk.sqlite3'}")
    db.prepare()
    db.dispose()
    for name in ("desk.sqlite3", "desk.sqlite3-wal"):
        path = tmp_path / name
        if path.exists():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, name
