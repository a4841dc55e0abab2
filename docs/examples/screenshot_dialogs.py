"""Screenshots of the printing dialogs in Chinese, into docs/screenshots/printing-*.png.

    xvfb-run -a -s '-screen 0 1440x900x24' env QT_QPA_PLATFORM=xcb \
        python docs/examples/screenshot_dialogs.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.clock import FixedClock  # noqa: E402
from app.db.database import Database  # noqa: E402
from app.repositories.uow import UnitOfWork  # noqa: E402
from app.ui.application import create_application  # noqa: E402
from app.ui.field_errors import FieldError  # noqa: E402
from app.ui.i18n import install_translators  # noqa: E402
from app.workflows.auth import create_user  # noqa: E402
from app.workflows.desk import Desk  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from render_examples import build  # noqa: E402

SHOTS = ROOT / "docs" / "screenshots"


def grab(widget: QWidget, name: str) -> None:
    widget.show()
    for _ in range(5):
        QApplication.processEvents()
    widget.grab().save(str(SHOTS / f"printing-{name}.png"))
    print(SHOTS / f"printing-{name}.png")


def settle(until: Callable[[], object], seconds: float = 20.0) -> None:
    """Run the event loop until `until()` is true: the dialogs run their work in the
    operation runner, so results (errors, the preview) arrive later."""
    deadline = time.monotonic() + seconds
    while not until():
        if time.monotonic() > deadline:
            shown = [label.text() for label in QApplication.allWidgets()
                     if isinstance(label, FieldError) and label.text()]
            raise SystemExit(f"screenshot_dialogs: timed out; the dialog says {shown}")
        QApplication.processEvents()
        time.sleep(0.02)
    for _ in range(5):
        QApplication.processEvents()


def main() -> None:
    app = create_application(sys.argv[:1])
    install_translators(app, "zh_CN")
    clock = FixedClock(datetime(2026, 11, 26, 1, 30, tzinfo=UTC))
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{folder}/shots.sqlite3")
        db.prepare()
        ticket, customer = build(db, clock)
        leader = create_user(UnitOfWork(db, None, clock), "2001", "赵强", "shift_leader",
                             "leader-pass-1")
        desk = Desk(db=db, clock=clock, actor=leader)
        from app.ui.printing.bulk_dialog import BulkNoticeDialog
        from app.ui.printing.letterhead_dialog import LetterheadDialog
        from app.ui.printing.visit_dialog import VisitNoticeDialog

        bulk = BulkNoticeDialog(desk)
        bulk.estate.setCurrentText("阳光小区")
        bulk.building.setCurrentText("3")
        bulk.per_household.setChecked(True)
        bulk.resize(720, 420)
        settle(lambda: not any(bulk.ops.is_running(key) for key in ("bulk.exception",
                                                                    "bulk.scope.1")))
        grab(bulk, "bulk-dialog")
        bulk.ends.setDateTime(bulk.starts.dateTime().addSecs(-3600))
        bulk.prepare()
        settle(lambda: not any(bulk.ops.is_running(key) for key in ("bulk.prepare",
                                                                    "bulk.exception")))
        grab(bulk, "bulk-dialog-error")
        bulk.ends.setDateTime(bulk.starts.dateTime().addSecs(36000))
        bulk.exception_reason.setText("楼内供水立管漏水，须停热抢修")  # rule 5.2.1: in season
        bulk.preview()  # prepares in the operation runner, then opens the preview
        settle(lambda: bulk.preview_dialog is not None)
        preview = bulk.preview_dialog
        assert preview is not None
        preview.show_page(+1)
        grab(preview, "preview")
        visit = VisitNoticeDialog(desk, customer_id=customer, ticket_id=ticket)
        visit.agreed.setChecked(True)
        grab(visit, "visit-dialog")
        grab(LetterheadDialog(desk), "letterhead-dialog")
        from app.ui.intake.customer_card import CustomerCardView
        from app.workflows.notices import PostingNoticeForm, posting_notice, record_notice
        from app.workflows.screen_pop import pop_customer

        start = clock() + timedelta(days=5)
        record_notice(UnitOfWork(db, leader, clock), posting_notice(
            UnitOfWork(db, leader, clock), PostingNoticeForm(
                estate="阳光小区", building="3", reason="maintenance", starts_at=start,
                ends_at=start + timedelta(hours=9),
                exception_reason="楼内供水立管漏水，须停热抢修")))
        pop = pop_customer(UnitOfWork(db, leader, clock), customer)
        card = CustomerCardView()
        card.show_card(pop.card, pop.last_notice)
        card.resize(560, 300)
        grab(card, "customer-card")
        db.dispose()


if __name__ == "__main__":
    main()
