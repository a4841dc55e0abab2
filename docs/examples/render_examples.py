"""Render one example of each printed document to docs/examples (PDF and PNG).

    python docs/examples/render_examples.py      (needs pdftoppm from poppler-utils)

Builds a small SQLite database in a temporary folder through the product's workflows, so
the examples show exactly what the desk prints.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.clock import FixedClock  # noqa: E402
from app.db.database import Database  # noqa: E402
from app.models.staff import Unit  # noqa: E402
from app.repositories.uow import UnitOfWork  # noqa: E402
from app.workflows.auth import create_user  # noqa: E402
from app.workflows.customers import CustomerForm, create_customer  # noqa: E402
from app.workflows.intake import IntakeForm, save_intake  # noqa: E402
from app.workflows.notices import (  # noqa: E402
    PostingNoticeForm,
    VisitNoticeForm,
    posting_notice,
    visit_notice,
    work_order_sheets,
)

OUT = Path(__file__).resolve().parent


def build(db: Database, clock: FixedClock) -> tuple[int, int]:
    agent = create_user(UnitOfWork(db, None, clock), "1001", "王芳", "agent", "agent-pass-1")
    with UnitOfWork(db, agent, clock) as uow:
        unit = uow.units.add(Unit(code="U01", name="第一供热所", phone="0311-85551234"))
        unit_id = unit.id
        uow.commit()
    households = [("张伟", "2", "501"), ("王磊", "1", "101"), ("刘洋", "1", "102"),
                  ("陈静", "2", "502")]
    ids = []
    for n, (name, entrance, room) in enumerate(households):
        card = create_customer(UnitOfWork(db, agent, clock), CustomerForm(
            name=name, phones=[f"1391234{n:04d}", "0311-87654321"][: 2 - (n > 0)],
            district="新华区", estate="阳光小区", building="3", entrance=entrance, room=room,
            heated_area="89.5"))
        ids.append(card.id)
    result = save_intake(UnitOfWork(db, agent, clock), IntakeForm(
        channel="phone", category="repair", phone="13912340000", customer_id=ids[0],
        description="卧室暖气片上热下凉，已自行排气无效，室温只有14度，家中有老人，请尽快上门。",
        outcome="work_order", level=2, unit_id=unit_id))
    assert result.ticket_id is not None
    return result.ticket_id, ids[0]


def main() -> None:
    clock = FixedClock(datetime(2026, 11, 26, 1, 30, tzinfo=UTC))
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{folder}/examples.sqlite3")
        db.prepare()
        ticket, _customer = build(db, clock)
        start = datetime(2026, 11, 27, 1, 0, tzinfo=UTC)  # 09:00 Beijing
        jobs = {
            "visit_notice": visit_notice(UnitOfWork(db, None, clock), VisitNoticeForm(
                ticket_id=ticket, starts_at=start, ends_at=start + timedelta(hours=3),
                staff="刘建国", note="请提前清理暖气片周围的杂物。")).job,
            "posting_notice": posting_notice(UnitOfWork(db, None, clock), PostingNoticeForm(
                estate="阳光小区", building="3", entrance="2", reason="maintenance",
                starts_at=start + timedelta(days=4), ends_at=start + timedelta(days=4, hours=9),
                note="检修期间请勿自行开关阀门。")).job,
            "work_order_sheet": work_order_sheets(UnitOfWork(db, None, clock), [ticket]),
        }
        db.dispose()
    for name, job in jobs.items():
        pdf = OUT / f"{name}.pdf"
        pdf.write_bytes(job.render_pdf())
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf),
                        str(OUT / name)], check=True)
        print(pdf, job.page_count, "page(s)")


if __name__ == "__main__":
    main()
