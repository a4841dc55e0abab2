"""Phone numbers as a Chinese input method types them, in the real desk window (issue 12.9).

Full-width digits, brackets and dashes and the ideographic space (１３８　１１１１ ２２２２)
are the same number as ASCII in the caller bar, the customer search and the new-customer
form; a number over the limit is said with the limit. Real widgets on SQLite and
PostgreSQL (the `db` fixture), data from seed_basics: 张伟 0311-87654321, 李娜 13811112222.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.workflows.desk import Desk
from app.workflows.screen_pop import pop_by_phone
from tests.ui.intake_support import (  # noqa: F401 (fixtures)
    WindowFactory,
    agent_desk_fixture,
    drafts_fixture,
    open_window_fixture,
    settle,
)
from tests.ui.typing import type_text

IDEOGRAPHIC_SPACE = "\u3000"


def test_full_width_landline_typed_in_the_caller_bar_pops_the_customer(
        qtbot: QtBot, open_window: WindowFactory, basics) -> None:
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_F3)
    type_text(window.caller.number, "（０３１１）８７６５－４３２１")
    qtbot.keyClick(window.caller.number, Qt.Key.Key_Return)
    settle(qtbot)
    assert window.card.state == "card" and window.card.name.text() == "张伟"
    assert window.call.number == "031187654321"


def test_full_width_mobile_with_ideographic_spaces_pops_after_the_pause(
        qtbot: QtBot, open_window: WindowFactory, basics) -> None:
    window = open_window()
    known: list[str] = []
    window.number_known.connect(known.append)
    qtbot.keyClick(window, Qt.Key.Key_F3)
    type_text(window.caller.number, f"１３８{IDEOGRAPHIC_SPACE}１１１１{IDEOGRAPHIC_SPACE}２２２２")
    qtbot.waitUntil(lambda: window.card.state == "card")  # no Enter: the pause pops it
    assert window.card.name.text() == "李娜"
    assert known == ["13811112222"]


def test_a_too_long_number_is_said_with_the_limit(
        qtbot: QtBot, open_window: WindowFactory, zh_translators) -> None:
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_F3)
    type_text(window.caller.number, "１" * 21)
    qtbot.keyClick(window.caller.number, Qt.Key.Key_Return)
    settle(qtbot)
    assert window.form.errors.visible_texts()["phone"] == "号码过长（最多 20 位）。"
    assert window.card.state != "card"


def test_search_finds_the_owner_of_a_full_width_number_and_of_part_of_one(
        qtbot: QtBot, open_window: WindowFactory, basics) -> None:
    window = open_window()
    for typed in ("１３８ １１１１ ２２２２", f"１１１１{IDEOGRAPHIC_SPACE}２２２"):
        window.caller.search.clear()
        type_text(window.caller.search, typed)
        qtbot.keyClick(window.caller.search, Qt.Key.Key_Return)
        settle(qtbot)
        names = [window.choices.list.item(i).text()
                 for i in range(window.choices.list.count())]
        assert any("李娜" in name for name in names), (typed, names)


def test_new_customer_form_stores_full_width_numbers_as_digits(
        qtbot: QtBot, open_window: WindowFactory, agent_desk: Desk) -> None:
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_F3)
    type_text(window.caller.number, "１３７００００００００")
    qtbot.keyClick(window.caller.number, Qt.Key.Key_Return)
    settle(qtbot)
    assert window.card.state == "unknown"
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.new_customer_dialog
    qtbot.waitExposed(dialog)
    assert dialog.phones.text() == "13700000000"  # the number as the desk read it
    type_text(dialog.phones, f"，０３１１－６６６６{IDEOGRAPHIC_SPACE}７７７７")
    type_text(dialog.name, "周敏")
    type_text(dialog.estate, "幸福家园")
    qtbot.keyClick(dialog.estate, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.card.state == "card")
    assert window.card.name.text() == "周敏"
    assert window.card.phones.text().split() == ["13700000000", "031166667777"]
    pop = pop_by_phone(agent_desk.uow(), "０３１１ ６６６６ ７７７７")
    assert pop.card is not None and pop.card.name == "周敏"
