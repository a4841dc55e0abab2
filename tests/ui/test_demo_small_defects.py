"""Small defects the lead met on the demo (issue 12), each at its root.

- F6 detail: a paused order's heading said "时限已暂停：等待用户" whatever reason the pause
  dialog was given ("等待配件到货"); it says the pause's own reason now.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.db.database import Database
from app.ui.tickets.detail_pane import DetailPane
from app.ui.tickets.incident_form import IncidentFormView
from app.workflows.desk import Desk
from app.workflows.tickets.detail import HistoryEntry, TicketDetail
from tests.ui.intake_support import (  # noqa: F401 (fixtures)
    WindowFactory,
    agent_desk_fixture,
    drafts_fixture,
    open_window_fixture,
)

NOW = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    return sqlite_db  # widgets only


def _paused(reason: str) -> TicketDetail:
    history = (
        HistoryEntry(NOW - timedelta(hours=3), "王芳", "create", ()),
        HistoryEntry(NOW - timedelta(hours=2), "王芳", "pause", (("reason", ("门卫不让进",)),)),
        HistoryEntry(NOW - timedelta(hours=1), "王芳", "resume", ()),
        HistoryEntry(NOW - timedelta(minutes=5), "赵强", "pause", (("reason", (reason,)),)),
    )
    return TicketDetail(
        id=1, number="GD00001743", category="heating_quality", level=3, status="dispatched",
        phone="18146981068", description="不热", unit_name="第三供热所", customer_name="李春梅",
        account_number="R00001372", address="康乐城11号楼", assignee_name="赵强",
        created_by_name="王芳", responsibility="", resolution="",
        received_at=NOW - timedelta(hours=3), due_at=NOW + timedelta(hours=5), closed_at=None,
        version=4, paused_at=NOW - timedelta(minutes=5), escalated_at=None,
        escalation_reason="", history=history)


def test_paused_heading_says_the_pauses_own_reason(
        qtbot: QtBot, zh_translators: list[QTranslator]) -> None:
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show_detail(_paused("等待配件到货"), NOW)
    assert pane.title.text().endswith("时限已暂停：等待配件到货")
    assert "等待用户" not in pane.title.text()
    resumed = replace(_paused("等待配件到货"), paused_at=None)
    pane.show_detail(resumed, NOW)
    assert "暂停" not in pane.title.text()


def test_one_wording_of_lateness_never_zero_minutes(
        qtbot: QtBot, zh_translators: list[QTranslator]) -> None:
    from app.ui.tickets.labels import late_text, left_text
    assert late_text(timedelta(seconds=20)) == "超时 1 分钟"  # just due: never 超时 0 分钟
    assert late_text(timedelta(hours=3, minutes=5)) == "超时 3 小时 5 分钟"
    assert left_text(timedelta(minutes=29, seconds=40)) == "剩 29 分钟"
    assert left_text(timedelta(seconds=10)) == "剩 1 分钟"
    assert left_text(timedelta(hours=1, minutes=5)) == "剩 1 小时 5 分钟"


def test_desk_open_orders_say_late_and_left_like_the_queue(
        qtbot: QtBot, zh_translators: list[QTranslator]) -> None:
    from app.ui.intake.history_panel import HistoryPanel
    from app.workflows.screen_pop import TicketSummary
    late = TicketSummary(id=1, number="GD00000001", category="other", level=1,
                         status="dispatched", description="", unit_name="第一供热所",
                         received_at=NOW - timedelta(days=1),
                         due_at=NOW - timedelta(hours=3, minutes=5, seconds=30))
    soon = replace(late, id=2, number="GD00000002",
                   due_at=NOW + timedelta(minutes=29, seconds=50))
    panel = HistoryPanel(clock=lambda: NOW)
    qtbot.addWidget(panel)
    panel._fill_orders([late, soon])
    due = [panel.orders.item(r, 5).text() for r in range(2)]
    assert due[0].endswith("（超时 3 小时 5 分钟）") and due[1].endswith("（剩 29 分钟）")



def test_no_caller_titles_have_no_count_a_caller_without_orders_has_zero(
        qtbot: QtBot, zh_translators: list[QTranslator]) -> None:
    """After Esc the idle desk read 未完结工单（0）, unlike a fresh desk."""
    from app.ui.intake.history_panel import HistoryPanel
    panel = HistoryPanel(clock=lambda: NOW)
    qtbot.addWidget(panel)
    fresh = (panel.orders_title.text(), panel.contacts_title.text())
    panel.show_history((), ())  # a known caller with no orders and no contacts
    assert panel.orders_title.text() == "未完结工单（0）"
    panel.clear()  # Esc: no caller
    assert (panel.orders_title.text(), panel.contacts_title.text()) == fresh
    assert "（" not in fresh[0] and "（" not in fresh[1]

def test_incident_form_words_like_the_desk(
        qtbot: QtBot, zh_translators: list[QTranslator], desk: Desk) -> None:
    from app.ui.tickets.incidents_window import IncidentsWindow
    window = IncidentsWindow(desk)
    qtbot.addWidget(window)
    form = window.findChild(IncidentFormView)
    assert form is not None
    desk_wording = QCoreApplication.translate("IntakeFormView", "(choose a unit)")
    assert form.unit.itemText(0) == desk_wording == "（请选择执行单位）"
    hint = form.buildings.placeholderText()
    assert "," not in hint and hint.startswith("例如 3，4")


def test_status_bar_names_the_users_role(
        qtbot: QtBot, zh_translators: list[QTranslator], desk: Desk, basics,
        open_window: WindowFactory) -> None:
    leader = open_window(desk.signed_in(basics.leader))
    assert leader.findChild(QLabel, "statusUser").text() == \
        f"值班长 {basics.leader.job_number} {basics.leader.name}"
    agent = open_window()
    assert agent.findChild(QLabel, "statusUser").text().startswith("坐席 ")


class _Plain(QWidget):
    def __init__(self, _desk: object, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)


def test_features_key_restores_a_minimised_window(qtbot: QtBot, desk: Desk) -> None:
    from app.ui import features
    from app.ui.slots import FeatureSlots, Slot

    host = QWidget()
    host.slots = FeatureSlots()  # type: ignore[attr-defined]
    qtbot.addWidget(host)
    slot = Slot("test.minimised", _Plain)
    first = features.single_window(host, slot, desk)  # type: ignore[arg-type]
    qtbot.waitExposed(first)
    first.showMinimized()
    qtbot.waitUntil(first.isMinimized)
    again = features.single_window(host, slot, desk)  # type: ignore[arg-type]
    assert again is first and not again.isMinimized() and again.isVisible()
    again.showMaximized()
    again.showMinimized()
    qtbot.waitUntil(again.isMinimized)
    features.single_window(host, slot, desk)  # type: ignore[arg-type]
    assert not again.isMinimized() and again.isMaximized()  # restored as it was


def test_survey_save_says_its_shortcut_and_items_stand_clear_of_answers(
        qtbot: QtBot, zh_translators: list[QTranslator], desk: Desk, basics) -> None:
    from PySide6.QtCore import QPoint

    from app.ui.reports.survey_form import SurveyDialog

    dlg = SurveyDialog(desk.signed_in(basics.leader))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert dlg.save_button.text() == "保存 (Ctrl+S)"
    row = dlg.rows["temperature"]
    label = next(w for w in dlg.findChildren(QLabel) if w.text().startswith("室温不低于18"))
    label_right = label.mapTo(dlg, QPoint(label.sizeHint().width(), 0)).x()
    first = row.group.button(0)
    assert first.mapTo(dlg, QPoint(0, 0)).x() - label_right >= 12
