"""`python main.py print ...` against a real database: files, messages, exit codes."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.cli import run
from app.models.notice import Notice
from tests.print_support import open_ticket, pdf_fonts, pdf_pages, seed_building
from tests.support import AGENT_PASSWORD


def _url(db) -> str:
    return db.engine.url.render_as_string(hide_password=False)


@pytest.fixture
def answers(monkeypatch):
    """What input (the job number) and getpass (the password) answer, in order: recording a
    notice signs in first (issue 15, `notices.record`)."""
    queue: list[str] = []
    monkeypatch.setattr("getpass.getpass", lambda _prompt="": queue.pop(0))
    monkeypatch.setattr("builtins.input", lambda _prompt="": queue.pop(0))
    yield queue
    assert not queue, "every prepared answer was asked for"


def _recorded_by(db) -> list[int | None]:
    with db.engine.connect() as conn:
        return list(conn.execute(select(Notice.created_by_id).order_by(Notice.id)).scalars())


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_visit_notice_and_work_order_from_a_ticket(db, clock, basics, out, capsys, answers):
    ticket = open_ticket(db, clock, basics, basics.zhang.id)
    answers.append(AGENT_PASSWORD)  # --user given: only the password is asked
    # the command runs on the real clock: a visit day safely in the future
    assert run(["--lang", "en", "print", "visit-notice", "--ticket", str(ticket), "--date",
                "2030-12-03", "--user", "1001",
                "--window", "09:00-12:00", "--staff", "刘师傅", "-o", str(out / "v.pdf"),
                "--db", _url(db)]) == 0
    assert _recorded_by(db) == [basics.agent.id]
    [text] = pdf_pages((out / "v.pdf").read_bytes())
    assert "2030年12月3日（星期二） 09:00至12:00" in text and "张伟" in text
    assert "1 household(s) recorded as notified" in capsys.readouterr().out
    assert run(["print", "work-order", "--ticket", str(ticket), "-o", str(out / "w.pdf"),
                "--db", _url(db)]) == 0
    [sheet] = pdf_pages((out / "w.pdf").read_bytes())
    assert f"GD{ticket:08d}" in sheet and "暖气不热" in sheet
    assert all(embedded for _, embedded in pdf_fonts((out / "w.pdf").read_bytes()))


def test_posting_notice_for_a_stairwell(db, clock, basics, out, capsys, answers):
    seed_building(db, clock, basics)
    argv = ["--lang", "en", "print", "posting-notice", "--estate", "阳光小区", "--building", "3",
            "--unit", "1", "--reason", "interruption", "--from", "2026-11-28 08:00",
            "--to", "18:00", "-o", str(out / "p.pdf"), "--db", _url(db)]
    answers.extend(["2001", "wrong-password"])  # a wrong password records nothing
    assert run(argv) == 2
    assert "nothing was recorded" in capsys.readouterr().err
    assert list(out.iterdir()) == [] and _recorded_by(db) == []
    answers.extend(["2001", "leader-pass-1"])
    assert run(argv) == 0
    assert _recorded_by(db) == [basics.leader.id]
    [text] = pdf_pages((out / "p.pdf").read_bytes())
    assert "停热通知" in text and "阳光小区3号楼1单元" in text
    assert "2026年11月28日（星期六） 18:00" in text
    assert "3 household(s)" in capsys.readouterr().out


@pytest.mark.parametrize("args,message", [
    (["--building", "99"], "--building matches no household of ours"),
    (["--building", "3", "--to", "2026-11-28 07:00"], "--to must come after the start"),
    (["--building", "3", "--from", "tomorrow"], "--from is not a time: use YYYY-MM-DD HH:MM"),
])
def test_bad_arguments_are_one_clear_line_and_no_file(db, clock, basics, out, capsys,
                                                      args, message):
    seed_building(db, clock, basics)
    # interruption: no advance-notice check, so fixed dates work on any day (rule 5.2.1)
    base = {"--reason": "interruption", "--from": "2026-11-28 08:00", "--to": "2026-11-28 18:00"}
    for i in range(0, len(args), 2):
        base[args[i]] = args[i + 1]
    argv = ["--lang", "en", "print", "posting-notice", "--estate", "阳光小区", "-o",
            str(out / "bad.pdf"),
            "--db", _url(db)]
    for key, value in base.items():
        argv += [key, value]
    assert run(argv) == 2
    err = capsys.readouterr().err
    assert message in err and "No file was written." in err
    assert list(out.iterdir()) == []
    with db.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Notice)).scalar_one() == 0


def test_unknown_ticket_is_refused(db, clock, basics, out, capsys):
    assert run(["--lang", "en", "print", "visit-notice", "--ticket", "424242", "-o",
                str(out / "x.pdf"), "--db", _url(db)]) == 2
    assert "--ticket names no work order in this database" in capsys.readouterr().err
    assert list(out.iterdir()) == []
