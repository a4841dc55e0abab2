"""The work-order steps the detail pane offers, each calling a work-order workflow.

Every step passes the version the pane shows, so a change made meanwhile at another desk
fails and the window's operation runner offers a reload instead of overwriting it. Buttons
carry Alt mnemonics; reasons and choices are asked on the GUI thread through
`ask_text`/`ask_choice` (tests replace them with plain functions; the real ones are modal
input dialogs) before the step runs, so the step itself only carries plain values.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QInputDialog, QPushButton, QWidget

from app.ui.field_errors import FieldErrors
from app.ui.ops import Op, OpRunner
from app.ui.tickets import labels
from app.ui.tickets.case_dialog import CaseDialog
from app.ui.tickets.escalation_dialog import EscalationDialog
from app.workflows.desk import Desk
from app.workflows.errors import DatabaseUnavailable, NotFound, PermissionDenied
from app.workflows.shifts.roster import desk_staff
from app.workflows.tickets import (
    CALLBACK,
    CLAIM,
    CLOSE,
    DISPATCH,
    ESCALATE,
    OPEN_CASE,
    PAUSE,
    REOPEN,
    RESOLVE,
    RESUME,
    START,
    callback,
    claim,
    escalation,
    lifecycle,
    pause,
)
from app.workflows.tickets.allowed import allowed_actions
from app.workflows.tickets.detail import TicketDetail
from app.workflows.tickets.edits import edit_details
from app.workflows.tickets.errors import ClaimConflict, IllegalTransition, TicketConflict
from app.workflows.units import active_units

AskText = Callable[[str, str], str | None]
AskChoice = Callable[..., Any]  # (title, label, choices, current=None) -> chosen value
BUTTONS_PER_ROW = 3  # eleven Chinese step names with their shortcut need the width


@dataclass(frozen=True)
class Step:
    key: str  # the workflow's action name; whether it applies is allowed_actions' answer
    title: str


def steps() -> list[Step]:
    return [
        Step(CLAIM, QCoreApplication.translate("QueueActions", "&Claim")),
        Step(DISPATCH, QCoreApplication.translate("QueueActions", "&Dispatch…")),
        Step(START, QCoreApplication.translate("QueueActions", "&Start work")),
        Step(PAUSE, QCoreApplication.translate("QueueActions", "&Pause…")),
        Step(RESUME, QCoreApplication.translate("QueueActions", "Res&ume")),
        Step(ESCALATE, QCoreApplication.translate("QueueActions", "&Escalate…")),
        Step(RESOLVE, QCoreApplication.translate("QueueActions", "Resol&ve…")),
        Step(CALLBACK, QCoreApplication.translate("QueueActions", "Call&back…")),
        Step(CLOSE, QCoreApplication.translate("QueueActions", "C&lose")),
        # rule 3.6.2(3): a question that cannot be answered at once
        Step(OPEN_CASE, QCoreApplication.translate("QueueActions", "Open c&ase…")),
        Step(REOPEN, QCoreApplication.translate("QueueActions", "&Reopen…")),
    ]


CHANGE_LEVEL = "change_level"  # the level button's dialogs (rule 5.2.2 grading)


def step_title(key: str) -> str:
    """The one plain title of a step's dialogs: no mnemonic, no ellipsis (those belong
    to the buttons)."""
    titles = {
        CLAIM: QCoreApplication.translate("QueueActions", "Claim"),
        DISPATCH: QCoreApplication.translate("QueueActions", "Dispatch"),
        START: QCoreApplication.translate("QueueActions", "Start work"),
        PAUSE: QCoreApplication.translate("QueueActions", "Pause"),
        RESUME: QCoreApplication.translate("QueueActions", "Resume"),
        ESCALATE: QCoreApplication.translate("QueueActions", "Escalate"),
        RESOLVE: QCoreApplication.translate("QueueActions", "Resolve"),
        CALLBACK: QCoreApplication.translate("QueueActions", "Callback"),
        CLOSE: QCoreApplication.translate("QueueActions", "Close"),
        OPEN_CASE: QCoreApplication.translate("QueueActions", "Open a case"),
        REOPEN: QCoreApplication.translate("QueueActions", "Reopen"),
        CHANGE_LEVEL: QCoreApplication.translate("QueueGrading", "Change level"),
    }
    return titles[key]


def _ask_text(parent: QWidget) -> AskText:
    def ask(title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(parent, title, label)
        return text if ok else None

    return ask


def _ask_choice(parent: QWidget) -> AskChoice:
    def ask(title: str, label: str, choices: Sequence[tuple[Any, str]],
            current: Any = None) -> Any:
        texts = [text for _, text in choices]
        first = next((n for n, (value, _) in enumerate(choices) if value == current), 0)
        text, ok = QInputDialog.getItem(parent, title, label, texts, first, False)
        return choices[texts.index(text)][0] if ok else None

    return ask


def explain(exc: BaseException) -> str | None:
    """The queue's own sentences for a refused step (the runner words the rest)."""
    if isinstance(exc, ClaimConflict):
        if exc.holder:
            return QCoreApplication.translate(
                "QueueActions", "%1 already holds this order.").replace("%1", exc.holder)
        return QCoreApplication.translate("QueueActions", "This order is finished.")
    if isinstance(exc, TicketConflict):
        return QCoreApplication.translate(
            "QueueActions", "Another desk changed this order meanwhile; nothing was saved. "
                            "Reload to see it as it is now.")
    if isinstance(exc, IllegalTransition):
        return QCoreApplication.translate(
            "QueueActions", "This step does not apply to an order that is %1.").replace(
            "%1", labels.statuses().get(exc.status, exc.status))
    if isinstance(exc, NotFound | PermissionDenied):
        return QCoreApplication.translate(
            "QueueActions", "You may not do this, or the order no longer exists.")
    if isinstance(exc, DatabaseUnavailable):
        return QCoreApplication.translate(
            "QueueActions", "The database cannot be reached; nothing was saved.")
    return None


class ActionBar(QObject):
    """Buttons in `grid`; `done(ticket_id)` after a step was saved or a reload was asked
    for, so the window shows the order afresh. What a step says back appears in `errors`'
    general line (a field error) or in the runner's prompt (a conflict, with a reload)."""

    done = Signal(int)

    def __init__(self, desk: Desk, ops: OpRunner, errors: FieldErrors, grid: QGridLayout,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = ops
        self.errors = errors
        self.ask_text: AskText = _ask_text(parent)
        self.ask_choice: AskChoice = _ask_choice(parent)
        self.buttons: dict[str, QPushButton] = {}
        self.detail: TicketDetail | None = None
        self.case_dialog: CaseDialog | None = None
        self.escalation_dialog: EscalationDialog | None = None
        self.grid = grid
        for step in steps():
            button = QPushButton(step.title, grid.parentWidget())
            button.setObjectName(f"queueAction_{step.key}")
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, key=step.key: self.run(key))
            grid.addWidget(button, 0, 0)  # into the pane; _lay_out places it
            self.buttons[step.key] = button
        # rule 5.2.2: the executing units grade; shown only to whom the settings allow it
        self.level_button = QPushButton(
            QCoreApplication.translate("QueueGrading", "Chan&ge level…"))
        self.level_button.setObjectName("queueAction_level")
        self.level_button.hide()
        self.level_button.clicked.connect(lambda _=False: self.change_level())
        grid.addWidget(self.level_button, 0, 0)
        self._lay_out()

    def _lay_out(self) -> None:
        """Only the shown buttons in the grid, in step order, so a hidden one (Pause and
        Resume for a role the settings refuse) leaves no gap."""
        every = [*self.buttons.values(), self.level_button]
        for button in every:
            self.grid.removeWidget(button)
        explicit = Qt.WidgetAttribute.WA_WState_ExplicitShowHide  # hidden on purpose, not
        shown = [b for b in every  # only because the pane is not shown yet
                 if not (b.isHidden() and b.testAttribute(explicit))]
        for number, button in enumerate(shown):
            self.grid.addWidget(button, number // BUTTONS_PER_ROW, number % BUTTONS_PER_ROW)

    def show_detail(self, detail: TicketDetail | None) -> None:
        """Offer the steps the workflows allow for this order and the signed-in actor."""
        self.detail = detail
        actor = self.desk.actor
        allowed = (allowed_actions(detail, actor.id if actor else None,
                                   actor.role if actor else None)
                   if detail else frozenset())
        for key, button in self.buttons.items():
            button.setEnabled(key in allowed)
        # rule 5.2.2: pausing is for the roles the settings name; the others never see it
        may_pause = detail is None or detail.may_pause
        self.buttons[PAUSE].setVisible(may_pause)
        self.buttons[RESUME].setVisible(may_pause)
        self.level_button.setVisible(bool(detail and detail.level_choices))
        self._lay_out()

    def change_level(self) -> bool:
        """Rule 5.2.2: set the order's level among those this actor may set; a less
        urgent level asks why (an important customer's order needs it on the history)."""
        d = self.detail
        if d is None or not d.level_choices:
            return False
        self.errors.clear()
        title = step_title(CHANGE_LEVEL)
        level = self.ask_choice(title, QCoreApplication.translate("QueueGrading", "Level:"), [
            (n, QCoreApplication.translate("QueueGrading", "Level %1").replace("%1", str(n)))
            for n in d.level_choices])
        if level is None:
            return False
        reason = ""
        if level > d.level:
            answer = self.ask_text(title, QCoreApplication.translate("QueueGrading", "Why:"))
            if answer is None:
                return False
            reason = answer
        desk, tid, v = self.desk, d.id, d.version
        return self._submit(d, lambda: edit_details(desk.uow(), tid, v, level=level,
                                                    level_reason=reason))

    def run(self, key: str) -> bool:
        """Ask what the step needs and submit it; False when it does not apply, was
        cancelled, or another step of this window is still running."""
        d = self.detail
        if d is None or not self.buttons[key].isEnabled():
            return False
        self.errors.clear()
        if key == OPEN_CASE:
            return self._open_case(d)
        if key == ESCALATE:
            return self._escalate(d)
        if key == DISPATCH:
            return self.ops.run(Op(lambda: active_units(self.desk.uow()),
                                   done=lambda units: self._dispatch(d, units),
                                   key="queue.units"))
        call = self._step(key, d)
        return call is not None and self._submit(d, call)

    def _submit(self, d: TicketDetail, call: Callable[[], object]) -> bool:
        return self.ops.run(Op(call, done=lambda _result: self.done.emit(d.id),
                               errors=self.errors, conflict=lambda: self.done.emit(d.id),
                               key="queue.step"))

    def _step(self, key: str, d: TicketDetail) -> Callable[[], object] | None:
        """The workflow call for `key` with the answers it needs; None when cancelled."""
        desk, tid, v = self.desk, d.id, d.version
        if key == CLAIM:
            return lambda: claim.claim(desk.uow(), tid)
        if key == START:
            return lambda: lifecycle.start(desk.uow(), tid, expected_version=v)
        if key == RESUME:
            return lambda: pause.resume(desk.uow(), tid, expected_version=v)
        if key == CLOSE:
            return lambda: lifecycle.close(desk.uow(), tid, expected_version=v)
        if key in (PAUSE, REOPEN):
            reason = self.ask_text(step_title(key),
                                   QCoreApplication.translate("QueueActions", "Reason:"))
            if reason is None:
                return None
            step = {PAUSE: pause.pause, REOPEN: lifecycle.reopen}[key]
            return lambda: step(desk.uow(), tid, reason, expected_version=v)
        if key == RESOLVE:
            return self._resolve(d)
        if key == CALLBACK:
            return self._callback(d)
        return None

    def _dispatch(self, d: TicketDetail, units: Sequence[Any]) -> None:
        unit = self.ask_choice(
            step_title(DISPATCH),
            QCoreApplication.translate("QueueActions", "Executing unit:"),
            [(u.id, u.name) for u in units], d.unit_id)  # the order's own unit first
        if unit is None:
            return
        desk, tid, v = self.desk, d.id, d.version
        self._submit(d, lambda: lifecycle.dispatch(desk.uow(), tid, unit, expected_version=v))

    def _open_case(self, d: TicketDetail) -> bool:
        """The colleagues who may hold the case are read first; the dialog saves itself."""

        def holders() -> list[tuple[int, str]]:
            shown = QCoreApplication.translate("QueueActions", "%1 (job number %2)")
            return [(s.id, shown.replace("%1", s.name).replace("%2", s.job_number))
                    for s in desk_staff(self.desk.uow())]

        return self.ops.run(Op(holders, done=lambda found: self._show_case_dialog(d, found),
                               key="queue.case"))

    def _show_case_dialog(self, d: TicketDetail, holders: list[tuple[int, str]]) -> None:
        parent = self.parent()
        dialog = CaseDialog(self.desk, d, holders,
                            parent=parent if isinstance(parent, QWidget) else None)
        dialog.accepted.connect(lambda: self.done.emit(d.id))
        self.case_dialog = dialog
        dialog.open()

    def _escalate(self, d: TicketDetail) -> bool:
        """Ask the reason and whether the customer accepted the answer (rule 3.6.2(4));
        the step runs when the dialog is accepted."""
        parent = self.parent()
        dialog = EscalationDialog(d, parent=parent if isinstance(parent, QWidget) else None)
        desk, tid, v = self.desk, d.id, d.version

        def submit() -> None:
            reason, answer = dialog.values()
            self._submit(d, lambda: escalation.escalate(desk.uow(), tid, reason,
                                                        expected_version=v,
                                                        customer_accepted=answer))

        dialog.accepted.connect(submit)
        self.escalation_dialog = dialog
        dialog.open()
        return True

    def _resolve(self, d: TicketDetail) -> Callable[[], object] | None:
        who = self.ask_choice(
            step_title(RESOLVE),
            QCoreApplication.translate("QueueActions", "Responsibility:"),
            [(k, v) for k, v in labels.responsibilities().items() if k != "undetermined"],
        )
        if who is None:
            return None
        third = ""
        if who == "third_party":  # rule 5.2.2: the third party is named and followed
            third = self.ask_text(
                step_title(RESOLVE),
                QCoreApplication.translate("QueueActions", "Which third party:")) or ""
        text = self.ask_text(step_title(RESOLVE),
                             QCoreApplication.translate("QueueActions", "What was done:"))
        if text is None:
            return None
        desk, tid, v = self.desk, d.id, d.version
        return lambda: lifecycle.resolve(desk.uow(), tid, text, who, third_party=third,
                                         expected_version=v)

    def _callback(self, d: TicketDetail) -> Callable[[], object] | None:
        choices = [("not_reached", QCoreApplication.translate("QueueActions", "Not reached"))]
        choices += list(labels.satisfactions().items())
        answer = self.ask_choice(
            step_title(CALLBACK),
            QCoreApplication.translate("QueueActions", "Customer's satisfaction:"), choices)
        if answer is None:
            return None
        level = None if answer == "not_reached" else answer
        words = self.ask_text(step_title(CALLBACK),
                              QCoreApplication.translate("QueueActions", "The customer's words:"))
        if words is None:
            return None
        desk, tid, v = self.desk, d.id, d.version
        return lambda: callback.record_callback(desk.uow(), tid, reached=level is not None,
                                                satisfaction=level, words=words,
                                                expected_version=v)
