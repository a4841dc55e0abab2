"""One Chinese word per work-order status, on every screen and every printed sheet.

The words (and the rule each comes from) are app/printing/names_zh.py TICKET_STATUS; the
screens get them from app/ui/intake/labels.py statuses() (context IntakeLabels). This scans
EVERY resources/translations/*_zh_CN.ts: wherever a status's English word is the whole
source (a status cell, a history step, a detail row), the translation is that status's
one word; the words a status was once given beside it (办结, 已解决, 已关闭, 已派单) appear
nowhere; and a sentence about resolving or closing an order does not call it 解决/关闭.

The reasons a handover carries an order over (app/printing/names_zh.py CARRY_REASON, the
dialog's HandoverLabels) are printed beside the status, so no reason says a status word:
the reason "open" once read 处理中, the status in_progress's word.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.paths import RESOURCES
from app.printing import handover_sheet
from app.printing.names_zh import CARRY_REASON, TICKET_STATUS
from app.workflows.shifts.vocab import CarryReason
from app.workflows.vocab import TicketStatus

TS_FILES = sorted((RESOURCES / "translations").glob("*_zh_CN.ts"))

# The English source word of each status on the screens (app/ui/intake/labels.py).
SOURCE = {"new": "New", "dispatched": "Dispatched", "in_progress": "In progress",
          "resolved": "Resolved", "callback_done": "Called back", "closed": "Closed"}
# The English source word of each carry-over reason (app/ui/shifts/labels.py carry_reasons).
REASON_SOURCE = {"overdue": "Overdue", "callback": "Callback pending", "open": "To follow up"}
# Second words a status was given before it had one; none may come back.
REJECTED = ("办结", "已解决", "已关闭", "已派单")
# A source speaking of the status (any form) must not use these for it.
FAMILY = {re.compile(r"\bresolv", re.I): ("解决", "办结"),
          re.compile(r"\bclosed\b", re.I): ("关闭", "办结")}
# Rule 5.3.2.2's own words for a complaint (not an order) left unresolved: 未圆满解决.
RULE_WORDING = ("圆满解决",)


def _messages() -> list[tuple[str, str, str, str]]:
    """(file, context, source without & and …, translation) of every live message."""
    found = []
    for ts in TS_FILES:
        for context in ET.parse(ts).iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("vanished", "obsolete"):
                    continue
                source = (message.findtext("source") or "").replace("&", "").rstrip("…")
                found.append((ts.name, name, source, translation.text or ""))
    return found


def test_every_status_has_one_printed_word() -> None:
    assert set(TICKET_STATUS) == {s.value for s in TicketStatus} == set(SOURCE)
    assert len(set(TICKET_STATUS.values())) == len(TICKET_STATUS)
    assert handover_sheet.TICKET_STATUS is TICKET_STATUS  # the sheet has no table of its own


def test_the_desk_words_live_in_one_context() -> None:
    desk = {source: text for file, context, source, text in _messages()
            if context == "IntakeLabels" and source in SOURCE.values()}
    assert desk == {SOURCE[status]: word for status, word in TICKET_STATUS.items()}


@pytest.mark.parametrize("status", sorted(SOURCE))
def test_one_word_per_status_in_every_translation(status: str) -> None:
    words = {(file, context): text for file, context, source, text in _messages()
             if source == SOURCE[status]}
    others = {where: text for where, text in words.items() if text != TICKET_STATUS[status]}
    assert words and not others, (
        f"{status} is {TICKET_STATUS[status]} (app/printing/names_zh.py) but: {others}")


def test_no_second_word_anywhere() -> None:
    bad = [(file, context, source, text) for file, context, source, text in _messages()
           for word in REJECTED if word in text]
    bad += [(file, context, source, text) for file, context, source, text in _messages()
            for pattern, words in FAMILY.items() if pattern.search(source)
            for word in words if word in text
            and not any(rule in text for rule in RULE_WORDING)]
    assert not bad, bad


def test_printed_reports_use_the_table() -> None:
    app = Path(__file__).resolve().parents[2] / "app"
    for path in [*(app / "printing").rglob("*.py"), *(app / "workflows").rglob("*.py")]:
        text = path.read_text(encoding="utf-8")
        for word in REJECTED:
            assert word not in text, f"{path}: {word}"


def test_a_carry_over_reason_is_never_a_status_word() -> None:
    assert set(CARRY_REASON) == {r.value for r in CarryReason} == set(REASON_SOURCE)
    assert len(set(CARRY_REASON.values())) == len(CARRY_REASON)
    assert handover_sheet.CARRY_REASON is CARRY_REASON  # the sheet has no table of its own
    statuses = set(TICKET_STATUS.values())
    clashes = {reason: word for reason, word in CARRY_REASON.items()
               if word in statuses or word in REJECTED}
    assert not clashes, f"carry-over reasons that say a status word: {clashes}"


def test_the_handover_dialog_gives_the_sheet_s_reason_words() -> None:
    dialog = {source: text for file, context, source, text in _messages()
              if context == "HandoverLabels" and source in REASON_SOURCE.values()}
    assert dialog == {REASON_SOURCE[reason]: word for reason, word in CARRY_REASON.items()}
    statuses = set(TICKET_STATUS.values())
    assert not {word for word in dialog.values() if word in statuses}
