"""The work-order steps the detail pane offers, each calling a part-A workflow.

Every step passes the version the pane shows, so a change made meanwhile at another desk
fails with a clear message and a reload instead of being overwritten. Buttons carry Alt
mnemonics; reasons and choices are asked through `ask_text`/`ask_choice`, which tests
replace with plain functions (the real ones are modal input dialogs).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QGridLayout, QInputDialog, QPushButton, QWidget

from app.ui.messages import message_for
from app.ui.tickets import labels
from app.ui.tickets.case_dialog import CaseDialog
from app.workflows.desk import DatabaseUnavailable, Desk
from app.workflows.errors import NotFound, PermissionDenied, ValidationError
from app.workflows.tickets import callback, claim, escalation, lifecycle, pause
from app.workflows.tickets.detail import TicketDetail
from app.workflows.tickets.errors import ClaimConflict, IllegalTransition, TicketConflict
from app.workflows.units import active_units

RUNNING = ("new", "dispatched", "in_progress")
AskText = Callable[[str, str], str | None]
AskChoice = Callable[[str, str, Sequence[tuple[Any, str]]], Any]


def _t(text: str) -> str:
    return QCoreApplication.translate("QueueActions", text)


BUTTONS_PER_ROW = 4  # Chinese step names with their shortcut need the width


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    enabled: Callable[[TicketDetail], bool]


def steps() -> list[Step]:
    return [
        Step(
            "claim",
            QCoreApplication.translate("QueueActions", "&Claim"),
            lambda d: d.status in RUNNING and not d.assignee_name,
        ),
        Step(
            "dispatch",
            QCoreApplication.translate("QueueActions", "&Dispatch…"),
            lambda d: d.status in ("new", "dispatched"),
        ),
        Step(
            "start",
            QCoreApplication.translate("QueueActions", "&Start work"),
            lambda d: d.status == "dispatched",
        ),
        Step(
            "pause",
            QCoreApplication.translate("QueueActions", "&Pause…"),
            lambda d: d.status in RUNNING and not d.paused_at,
        ),
        Step(
            "resume",
            QCoreApplication.translate("QueueActions", "Res&ume"),
            lambda d: d.status in RUNNING and bool(d.paused_at),
        ),
        Step(
            "escalate",
            QCoreApplication.translate("QueueActions", "&Escalate…"),
            lambda d: d.status in (*RUNNING, "resolved") and not d.escalated_at,
        ),
        Step(
            "resolve",
            QCoreApplication.translate("QueueActions", "Resol&ve…"),
            lambda d: d.status in ("dispatched", "in_progress"),
        ),
        Step(
            "callback",
            QCoreApplication.translate("QueueActions", "Call&back…"),
            lambda d: d.status == "resolved",
        ),
        Step(
            "close",
            QCoreApplication.translate("QueueActions", "C&lose"),
            lambda d: d.status == "callback_done",
        ),
        Step(  # rule 3.6.2(3): a question that cannot be answered at once
            "case",
            QCoreApplication.translate("QueueActions", "Open c&ase…"),
            lambda d: d.status in RUNNING and not d.is_case,
        ),
        Step(
            "reopen",
            QCoreApplication.translate("QueueActions", "&Reopen…"),
            lambda d: d.status in ("resolved", "callback_done", "closed"),
        ),
    ]


def _ask_text(parent: QWidget) -> AskText:
    def ask(title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(parent, title, label)
        return text if ok else None

    return ask


def _ask_choice(parent: QWidget) -> AskChoice:
    def ask(title: str, label: str, choices: Sequence[tuple[Any, str]]) -> Any:
        texts = [text for _, text in choices]
        text, ok = QInputDialog.getItem(parent, title, label, texts, 0, False)
        return choices[texts.index(text)][0] if ok else None

    return ask


class ActionBar(QObject):
    """Buttons in `grid`; `done` after a step was saved, `failed(message)` otherwise."""

    done = Signal(int)
    failed = Signal(str)

    def __init__(self, desk: Desk, grid: QGridLayout, parent: QWidget) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ask_text: AskText = _ask_text(parent)
        self.ask_choice: AskChoice = _ask_choice(parent)
        self.buttons: dict[str, QPushButton] = {}
        self.detail: TicketDetail | None = None
        self.case_dialog: CaseDialog | None = None
        for number, step in enumerate(steps()):
            button = QPushButton(step.title)
            button.setObjectName(f"queueAction_{step.key}")
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, key=step.key: self.run(key))
            grid.addWidget(button, number // BUTTONS_PER_ROW, number % BUTTONS_PER_ROW)
            self.buttons[step.key] = button

    def show_detail(self, detail: TicketDetail | None) -> None:
        self.detail = detail
        for step in steps():
            self.buttons[step.key].setEnabled(detail is not None and step.enabled(detail))

    def run(self, key: str) -> bool:
        d = self.detail
        if d is None or not self.buttons[key].isEnabled():
            return False
        try:
            if not self._call(key, d):
                return False
        except TicketConflict:
            self.failed.emit(
                QCoreApplication.translate(
                    "QueueActions",
                    "Another desk changed this order meanwhile; nothing was "
                    "saved. The order has been reloaded.",
                )
            )
            self.done.emit(d.id)
            return False
        except ClaimConflict as exc:
            self.failed.emit(
                QCoreApplication.translate("QueueActions", "%1 already holds this order.").replace(
                    "%1", exc.holder or "?"
                )
                if exc.holder
                else QCoreApplication.translate("QueueActions", "This order is finished.")
            )
            self.done.emit(d.id)
            return False
        except IllegalTransition as exc:
            self.failed.emit(
                QCoreApplication.translate(
                    "QueueActions", "This step does not apply to an order that is %1."
                ).replace("%1", labels.statuses().get(exc.status, exc.status))
            )
            return False
        except ValidationError as exc:
            self.failed.emit(" ".join(message_for(c) for c in exc.errors.values()))
            return False
        except (NotFound, PermissionDenied):
            self.failed.emit(
                QCoreApplication.translate(
                    "QueueActions", "You may not do this, or the order no longer exists."
                )
            )
            return False
        except DatabaseUnavailable:
            self.failed.emit(
                QCoreApplication.translate(
                    "QueueActions", "The database cannot be reached; nothing was saved."
                )
            )
            return False
        self.done.emit(d.id)
        return True

    def _call(self, key: str, d: TicketDetail) -> bool:
        uow, v = self.desk.uow(), d.version
        if key == "claim":
            claim.claim(uow, d.id)
        elif key == "start":
            lifecycle.start(uow, d.id, expected_version=v)
        elif key == "resume":
            pause.resume(uow, d.id, expected_version=v)
        elif key == "close":
            lifecycle.close(uow, d.id, expected_version=v)
        elif key == "case":
            self._open_case(d)
            return False  # the dialog saves; done follows when it is accepted
        elif key in ("pause", "escalate", "reopen"):
            reason = self.ask_text(
                self.buttons[key].text().replace("&", ""),
                QCoreApplication.translate("QueueActions", "Reason:"),
            )
            if reason is None:
                return False
            step = {"pause": pause.pause, "escalate": escalation.escalate,
                    "reopen": lifecycle.reopen}[key]
            step(uow, d.id, reason, expected_version=v)
        elif key == "dispatch":
            units = [(u.id, u.name) for u in active_units(self.desk.uow())]
            unit = self.ask_choice(
                QCoreApplication.translate("QueueActions", "Dispatch"),
                QCoreApplication.translate("QueueActions", "Executing unit:"),
                units,
            )
            if unit is None:
                return False
            lifecycle.dispatch(uow, d.id, unit, expected_version=v)
        elif key == "resolve":
            return self._resolve(d)
        elif key == "callback":
            return self._callback(d)
        return True

    def _open_case(self, d: TicketDetail) -> None:
        parent = self.parent()
        dialog = CaseDialog(self.desk, d, parent=parent if isinstance(parent, QWidget) else None)
        dialog.accepted.connect(lambda: self.done.emit(d.id))
        self.case_dialog = dialog
        dialog.open()

    def _resolve(self, d: TicketDetail) -> bool:
        who = self.ask_choice(
            QCoreApplication.translate("QueueActions", "Resolve"),
            QCoreApplication.translate("QueueActions", "Responsibility:"),
            [(k, v) for k, v in labels.responsibilities().items() if k != "undetermined"],
        )
        if who is None:
            return False
        third = ""
        if who == "third_party":  # rule 5.2.2: the third party is named and followed
            third = (
                self.ask_text(
                    QCoreApplication.translate("QueueActions", "Resolve"),
                    QCoreApplication.translate("QueueActions", "Which third party:"),
                )
                or ""
            )
        text = self.ask_text(
            QCoreApplication.translate("QueueActions", "Resolve"),
            QCoreApplication.translate("QueueActions", "What was done:"),
        )
        if text is None:
            return False
        lifecycle.resolve(
            self.desk.uow(), d.id, text, who, third_party=third, expected_version=d.version
        )
        return True

    def _callback(self, d: TicketDetail) -> bool:
        choices = [
            ("not_reached", QCoreApplication.translate("QueueActions", "Not reached"))
        ] + list(labels.satisfactions().items())
        answer = self.ask_choice(
            QCoreApplication.translate("QueueActions", "Callback"),
            QCoreApplication.translate("QueueActions", "Customer's satisfaction:"),
            choices,
        )
        if answer is None:
            return False
        level = None if answer == "not_reached" else answer
        words = self.ask_text(
            QCoreApplication.translate("QueueActions", "Callback"),
            QCoreApplication.translate("QueueActions", "The customer's words:"),
        )
        if words is None:
            return False
        callback.record_callback(
            self.desk.uow(),
            d.id,
            reached=level is not None,
            satisfaction=level,
            words=words,
            expected_version=d.version,
        )
        return True
