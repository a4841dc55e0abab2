"""Login hardening and staff administration (issue 15), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

import app.workflows.auth as auth
from app.clock import FixedClock
from app.db.database import Database
from app.models.event import Event
from app.repositories.uow import UnitOfWork
from app.workflows.auth import LoginFailed, PasswordChangeRequired, login, seed_user
from app.workflows.errors import PermissionDenied, ValidationError
from app.workflows.security.audit import AuditQuery, audit_page
from app.workflows.security.idle import unlock_desk
from app.workflows.security.passwords import change_expired_password, change_password
from app.workflows.security.staff import (
    StaffChange,
    change_staff,
    reset_password,
    set_active,
    unlock_account,
)

PW = "agent-password-1"


@pytest.fixture
def people(db: Database, clock: FixedClock):
    def make(job: str, role: str):
        return seed_user(UnitOfWork(db, None, clock), job, f"员工{job}", role, f"{job}-password-1")
    return {"agent": make("1001", "agent"), "leader": make("2001", "shift_leader"),
            "supervisor": make("4001", "supervisor"), "admin": make("9001", "admin")}


def _events(db: Database, action: str) -> list[Event]:
    with db.engine.connect() as conn:
        return list(conn.execute(select(Event).where(Event.action == action)
                                 .order_by(Event.id)))


def test_five_failures_lock_until_the_time_runs_out_or_a_leader_unlocks(
        db: Database, clock: FixedClock, people) -> None:
    for _ in range(5):
        with pytest.raises(LoginFailed):
            login(UnitOfWork(db, None, clock), "1001", "wrong-password")
    with pytest.raises(LoginFailed):  # locked: the right password does not open it
        login(UnitOfWork(db, None, clock), "1001", "1001-password-1")
    failed = _events(db, "login.failed")
    assert len(failed) == 6 and failed[-1].changes["reason"] == "locked"
    assert all(e.desk == db.desk_name and e.entity_id == people["agent"].id for e in failed)
    [locked] = _events(db, "login.locked")
    assert locked.changes["failures"] == 5
    with pytest.raises(PermissionDenied):  # an agent does not unlock a colleague
        unlock_account(UnitOfWork(db, people["agent"], clock), people["agent"].id)
    unlock_account(UnitOfWork(db, people["leader"], clock), people["agent"].id)
    assert login(UnitOfWork(db, None, clock), "1001", "1001-password-1").id == people["agent"].id
    for _ in range(5):
        with pytest.raises(LoginFailed):
            login(UnitOfWork(db, None, clock), "1001", "wrong-password")
    clock.advance(minutes=16)  # the lock (15 minutes) has run out
    assert login(UnitOfWork(db, None, clock), "1001", "1001-password-1").id == people["agent"].id


def test_failures_outside_the_window_do_not_add_up(db: Database, clock: FixedClock,
                                                   people) -> None:
    for _ in range(4):
        with pytest.raises(LoginFailed):
            login(UnitOfWork(db, None, clock), "1001", "wrong-password")
    clock.advance(minutes=16)
    with pytest.raises(LoginFailed):
        login(UnitOfWork(db, None, clock), "1001", "wrong-password")
    assert _events(db, "login.locked") == []
    assert login(UnitOfWork(db, None, clock), "1001", "1001-password-1")


def test_an_unknown_job_number_verifies_a_dummy_hash_of_the_active_hasher(
        db: Database, clock: FixedClock, people, monkeypatch: pytest.MonkeyPatch) -> None:
    verified: list[str] = []
    real = auth.verify_password
    monkeypatch.setattr(auth, "verify_password",
                        lambda h, p: verified.append(h) or real(h, p))
    with pytest.raises(LoginFailed):
        login(UnitOfWork(db, None, clock), "5555", "whatever-password")
    assert len(verified) == 1
    # made by the hasher in use now (the tests' cheap one), so it costs what a real one costs
    assert verified[0].startswith("$argon2id$") and "m=64,t=1" in verified[0]
    [failed] = _events(db, "login.failed")
    assert failed.entity_id == 0 and failed.changes == {"job_number": "5555",
                                                        "reason": "unknown"}


def test_reset_forces_a_change_at_the_next_login(db: Database, clock: FixedClock,
                                                people) -> None:
    with pytest.raises(PermissionDenied):  # only an administrator resets
        reset_password(UnitOfWork(db, people["leader"], clock), people["agent"].id,
                       "temporary-pass-1")
    reset_password(UnitOfWork(db, people["admin"], clock), people["agent"].id,
                   "temporary-pass-1")
    with pytest.raises(PasswordChangeRequired):
        login(UnitOfWork(db, None, clock), "1001", "temporary-pass-1")
    with pytest.raises(ValidationError) as err:
        change_expired_password(UnitOfWork(db, None, clock), "1001", "temporary-pass-1",
                                "short", "short")
    assert err.value.errors == {"new": "password.too_short"}
    actor = change_expired_password(UnitOfWork(db, None, clock), "1001", "temporary-pass-1",
                                    "my-own-secret-9", "my-own-secret-9")
    assert actor.id == people["agent"].id
    assert login(UnitOfWork(db, None, clock), "1001", "my-own-secret-9").id == actor.id


def test_own_password_change_needs_the_old_one(db: Database, clock: FixedClock,
                                               people) -> None:
    me = UnitOfWork(db, people["agent"], clock)
    with pytest.raises(ValidationError) as err:
        change_password(me, "not-the-password", "brand-new-pass-1", "brand-new-pass-1")
    assert err.value.errors == {"old": "password.wrong"}
    assert len(_events(db, "login.failed")) == 1  # a wrong old password counts
    with pytest.raises(ValidationError) as err:
        change_password(UnitOfWork(db, people["agent"], clock), "1001-password-1",
                        "brand-new-pass-1", "brand-new-pass-2")
    assert err.value.errors == {"repeat": "password.mismatch"}
    change_password(UnitOfWork(db, people["agent"], clock), "1001-password-1",
                    "brand-new-pass-1", "brand-new-pass-1")
    assert login(UnitOfWork(db, None, clock), "1001", "brand-new-pass-1")


def test_idle_unlock_checks_the_signed_in_users_password(db: Database, clock: FixedClock,
                                                       people) -> None:
    with pytest.raises(LoginFailed):
        unlock_desk(UnitOfWork(db, people["agent"], clock), "wrong-password")
    unlock_desk(UnitOfWork(db, people["agent"], clock), "1001-password-1")


def test_deactivate_keeps_history_and_the_last_admin_stays(db: Database, clock: FixedClock,
                                                           people) -> None:
    admin = UnitOfWork(db, people["admin"], clock)
    with pytest.raises(ValidationError) as err:
        set_active(admin, people["admin"].id, False)
    assert err.value.errors == {"active": "staff.self"}
    with pytest.raises(ValidationError) as err:
        change_staff(UnitOfWork(db, people["admin"], clock), people["admin"].id,
                     StaffChange("管理员", "agent"))
    assert err.value.errors == {"role": "admin.last"}
    row = set_active(UnitOfWork(db, people["admin"], clock), people["agent"].id, False)
    assert not row.active
    with pytest.raises(LoginFailed):
        login(UnitOfWork(db, None, clock), "1001", "1001-password-1")
    with pytest.raises(PermissionDenied):  # a supervisor reads the audit log, changes no staff
        change_staff(UnitOfWork(db, people["supervisor"], clock), people["agent"].id,
                     StaffChange("改名", "admin"))


def test_audit_viewer_filters_by_person_and_desk_with_keyset_pages(
        db: Database, clock: FixedClock, people) -> None:
    for _ in range(3):
        with pytest.raises(LoginFailed):
            login(UnitOfWork(db, None, clock), "1001", "wrong-password")
        clock.advance(minutes=1)
    supervisor = people["supervisor"]
    with pytest.raises(PermissionDenied):
        audit_page(UnitOfWork(db, people["agent"], clock), AuditQuery())
    page = audit_page(UnitOfWork(db, supervisor, clock),
                      AuditQuery(person_id=people["agent"].id), limit=2)
    # the refused call is the newest event of the person (ASVS 7.1.3), then the failures
    assert [r.action for r in page.rows] == ["permission.denied", "login.failed"]
    assert page.rows[0].changes == {"permission": "audit.view", "role": "agent"}
    assert page.next_before is not None
    rest = audit_page(UnitOfWork(db, supervisor, clock),
                      AuditQuery(person_id=people["agent"].id), page.next_before, limit=2)
    assert [r.action for r in rest.rows] == ["login.failed", "login.failed"]
    assert rest.next_before is None or rest.rows
    other_desk = audit_page(UnitOfWork(db, supervisor, clock), AuditQuery(desk="no-such-desk"))
    assert other_desk.rows == []
    today = clock().date() + timedelta(days=1)
    assert audit_page(UnitOfWork(db, supervisor, clock),
                      AuditQuery(first=today, last=today)).rows == []


def test_audit_viewer_finds_an_order_and_a_customer_and_exports_read_only(
        db: Database, clock: FixedClock, basics, tmp_path) -> None:
    """Deliverable 6: the order and customer filters and the Excel export, which writes no
    event of its own."""
    from openpyxl import load_workbook
    from sqlalchemy import func

    from app.workflows.security.audit import export_audit
    from tests.print_support import open_ticket

    ticket = open_ticket(db, clock, basics, basics.zhang.id)
    boss = seed_user(UnitOfWork(db, None, clock), "4001", "主管", "supervisor", "4001-password-1")
    order = audit_page(UnitOfWork(db, boss, clock), AuditQuery(order_id=ticket)).rows
    assert order and {(r.entity, r.entity_id) for r in order} == {("ticket", ticket)}
    customer = audit_page(UnitOfWork(db, boss, clock), AuditQuery(
        customer_account=basics.zhang.account_number)).rows
    assert customer and {(r.entity, r.entity_id) for r in customer} == {
        ("customer", basics.zhang.id)}
    with db.engine.connect() as conn:
        before = conn.execute(select(func.count()).select_from(Event)).scalar_one()
    path = tmp_path / "audit.xlsx"
    assert export_audit(UnitOfWork(db, boss, clock), AuditQuery(order_id=ticket), path,
                        clock().tzinfo) == len(order)
    sheet = list(load_workbook(path).active.iter_rows(values_only=True))
    assert sheet[0][0] == "id" and [r[0] for r in sheet[1:]] == [r.id for r in order]
    assert {r[5] for r in sheet[1:]} == {"ticket"}
    with db.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Event)).scalar_one() == before
