"""Texts a screen puts together from parts read as Chinese (issue 12 item 6): the parts
are joined with full-width punctuation, never an ASCII '; ', ': ' or ' (' beside Chinese.

Seen on the demo's screen pop: 合同 学校：上课期间室温不低于18°C; 合同约定 1 级. Screens
only, no database: the views are built from plain data.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.repositories.views import CustomerCard, UnitView
from app.ui.customers.stop_tab import StopTab
from app.ui.intake.customer_card import CustomerCardView
from app.ui.intake.intake_form import IntakeFormView
from app.ui.ops import OpRunner
from app.workflows.customers.stop_resume import StopStatusView, Window
from app.workflows.desk import Desk
from app.workflows.settings import DEFAULTS, Settings


def test_the_contract_line_joins_terms_and_level_with_a_full_width_semicolon(
        qtbot, zh_translators) -> None:  # noqa: ARG001
    view = CustomerCardView()
    qtbot.addWidget(view)
    view.show_card(CustomerCard(
        id=1, account_number="C00001949", name="石家庄市第二十中学", address="桥西区建设大街312号",
        district="桥西区", estate="", building="", entrance="", room="",
        heated_area=Decimal("10420.27"), services=("heating",), important=True,
        contract_notes="学校：上课期间室温不低于18°C", contract_level=1))
    assert view.contract.text() == "学校：上课期间室温不低于18°C；合同约定 1 级"


def test_the_stop_tabs_reasons_use_a_full_width_colon(
        qtbot, sqlite_db, clock, zh_translators) -> None:  # noqa: ARG001
    desk = Desk(db=sqlite_db, clock=clock)
    tab = StopTab(desk, OpRunner(None, desk))
    qtbot.addWidget(tab)
    window = Window(2026, date(2026, 10, 1), date(2026, 11, 30))
    tab.show_status(StopStatusView(state="heating", window=window, next_window=window,
                                   problems={"stop": "stop.arrears"}, applications=()))
    reason = tab.window_text.text().splitlines()[1]
    assert reason.startswith("报停：") and ": " not in reason, reason


def test_the_intake_forms_units_show_their_code_in_full_width_brackets(
        qtbot, clock, zh_translators) -> None:  # noqa: ARG001
    """Seen in the demo's screenshot: 第二供热所  (U02) in the unit chooser."""
    form = IntakeFormView(Settings(DEFAULTS), clock)
    qtbot.addWidget(form)
    form.set_units([UnitView(id=2, code="U02", name="第二供热所")])
    assert form.unit.itemText(1) == "第二供热所（U02）"
