"""`user ...` asks an administrator's job number and password, never takes a password on
the command line, and creates without one only the first administrator (issue 15)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.cli import run
from app.db.database import Database
from app.repositories.uow import UnitOfWork
from app.workflows.auth import LoginFailed, PasswordChangeRequired, login, seed_user

ADMIN_PW = "admin-password-1"
NEW_PW = "agent-password-1"


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """What getpass (and input) answer, in order."""
    queue: list[str] = []
    monkeypatch.setattr("getpass.getpass", lambda _prompt="": queue.pop(0))
    monkeypatch.setattr("builtins.input", lambda _prompt="": queue.pop(0))
    yield queue
    assert not queue, "every prepared answer was asked for"


def test_no_password_option_any_more(sqlite_db: Database, capsys) -> None:
    with pytest.raises(SystemExit):
        run(["user", "add", "--job-number", "3007", "--name", "陈静", "--role", "agent",
             "--password", "s3cret-pass", "--db", sqlite_db.url])


def test_first_admin_without_credentials_then_only_with_them(
        sqlite_db: Database, answers: list[str], capsys) -> None:
    answers += [ADMIN_PW, ADMIN_PW]
    assert run(["--lang", "en", "user", "add", "--job-number", "9001", "--name", "管理员",
                "--role", "admin", "--db", sqlite_db.url]) == 0
    assert "first administrator 9001" in capsys.readouterr().out
    # a second administrator is no bootstrap: the first one's credentials are asked
    answers += ["wrong-password-x"]
    assert run(["--lang", "en", "user", "add", "--job-number", "9002", "--name", "x",
                "--role", "admin", "--admin", "9001", "--db", sqlite_db.url]) == 2
    assert "job number or password is not correct" in capsys.readouterr().err
    answers += [ADMIN_PW, NEW_PW, NEW_PW]
    assert run(["--lang", "en", "user", "add", "--job-number", "3007", "--name", "陈静",
                "--role", "agent", "--admin", "9001", "--db", sqlite_db.url]) == 0
    assert "Created agent 3007" in capsys.readouterr().out
    with pytest.raises(PasswordChangeRequired):  # the admin chose it: changed at first login
        login(UnitOfWork(sqlite_db), "3007", NEW_PW)


def test_the_first_admin_password_needs_12_characters_too(
        sqlite_db: Database, answers: list[str], capsys) -> None:
    answers += ["demo9001", "demo9001", "admin-9001-pass", "admin-9001-pass"]
    for _ in range(2):  # 8 characters: too short; then the job number inside
        assert run(["--lang", "en", "user", "add", "--job-number", "9001", "--name", "管理员",
                    "--role", "admin", "--db", sqlite_db.url]) == 2
    err = capsys.readouterr().err
    assert "is too short" in err and "must not contain the job number" in err
    with pytest.raises(LoginFailed):  # nothing was created
        login(UnitOfWork(sqlite_db), "9001", "demo9001")


def test_an_agent_cannot_use_the_admin_commands(sqlite_db: Database, answers: list[str],
                                               capsys) -> None:
    seed_user(UnitOfWork(sqlite_db), "9001", "管理员", "admin", ADMIN_PW)
    seed_user(UnitOfWork(sqlite_db), "1001", "王芳", "agent", NEW_PW)
    answers += ["1001", NEW_PW, "another-pass-1", "another-pass-1"]
    assert run(["--lang", "en", "user", "add", "--job-number", "1009", "--name", "x",
                "--role", "admin", "--db", sqlite_db.url]) == 2
    assert "Refused: staff.manage" in capsys.readouterr().err
    with UnitOfWork(sqlite_db) as uow:
        assert uow.staff.by_job_number("1009") is None


def test_reset_deactivate_and_short_password(sqlite_db: Database, answers: list[str],
                                            capsys) -> None:
    seed_user(UnitOfWork(sqlite_db), "9001", "管理员", "admin", ADMIN_PW)
    seed_user(UnitOfWork(sqlite_db), "1001", "王芳", "agent", NEW_PW)
    answers += [ADMIN_PW, "short", "short"]
    assert run(["--lang", "en", "user", "reset-password", "--job-number", "1001", "--admin",
                "9001", "--db", sqlite_db.url]) == 2
    assert "password is too short" in capsys.readouterr().err
    answers += [ADMIN_PW]
    assert run(["--lang", "en", "user", "deactivate", "--job-number", "1001", "--admin",
                "9001", "--db", sqlite_db.url]) == 0
    with UnitOfWork(sqlite_db) as uow:
        staff = uow.staff.by_job_number("1001")
        assert staff is not None and not staff.active  # deactivated, never deleted
