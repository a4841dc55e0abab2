"""Sentences for the handover and roster validation codes; shared codes fall back to
`app.ui.messages`. Each problem names the rule that decides it where one does."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from app.ui.field_errors import FieldError, FieldErrors
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.messages import message_for
from app.workflows.errors import DatabaseUnavailable, PermissionDenied

CONTEXT = "HandoverMessages"

_MESSAGES: dict[str, str] = {
    "offline": QT_TRANSLATE_NOOP(
        "HandoverMessages", "The database cannot be reached; what you typed is kept. Try again."),
    "signature.invalid": QT_TRANSLATE_NOOP(
        "HandoverMessages", "Job number or password is wrong; nothing was signed."),
    "signer.is_outgoing": QT_TRANSLATE_NOOP(
        "HandoverMessages", "The outgoing agent cannot sign their own handover."),
    "signer.not_incoming": QT_TRANSLATE_NOOP(
        "HandoverMessages",
        "This handover is addressed to another colleague; only they can sign it."),
    "signer.not_desk": QT_TRANSLATE_NOOP(
        "HandoverMessages", "Only an agent or a leader of the desk can take over the shift."),
    "signer.not_leader": QT_TRANSLATE_NOOP(
        "HandoverMessages", "Only a shift leader can release an agent without a signature."),
    "carryover.unacknowledged": QT_TRANSLATE_NOOP(
        "HandoverMessages", "Tick every carried-over work order to acknowledge it first."),
    "handover.completed": QT_TRANSLATE_NOOP(
        "HandoverMessages", "This handover is already complete and can no longer change."),
    "handover.not_handed_over": QT_TRANSLATE_NOOP(
        "HandoverMessages", "The outgoing agent has not handed this log over yet."),
    "handover.not_awaiting": QT_TRANSLATE_NOOP(
        "HandoverMessages", "This handover is not waiting for a signature."),
    "handover.already_handed_over": QT_TRANSLATE_NOOP(
        "HandoverMessages", "The log is handed over; take it back first to change it."),
    "handover.changed": QT_TRANSLATE_NOOP(
        "HandoverMessages", "Another desk changed this handover just now; open it again."),
    "handover.not_completed": QT_TRANSLATE_NOOP(
        "HandoverMessages", "Corrections are for signed handovers; edit the draft instead."),
    "incoming.is_outgoing": QT_TRANSLATE_NOOP(
        "HandoverMessages", "Choose a colleague: you cannot hand over to yourself."),
    "staff.unknown": QT_TRANSLATE_NOOP("HandoverMessages", "Choose a colleague from the list."),
    "staff.on_leave": QT_TRANSLATE_NOOP(
        "HandoverMessages", "This colleague is on approved leave that day (rule 3.4.1)."),
    "equipment.note_required": QT_TRANSLATE_NOOP(
        "HandoverMessages", "Say what is wrong with equipment that is not working."),
    "ticket.unknown": QT_TRANSLATE_NOOP("HandoverMessages", "No work order has this number."),
    "ticket.malformed": QT_TRANSLATE_NOOP(
        "HandoverMessages", "A work-order number looks like GD00000012."),
    "slot.unknown": QT_TRANSLATE_NOOP("HandoverMessages", "Choose a shift of the pattern."),
    "slot.duplicate": QT_TRANSLATE_NOOP("HandoverMessages", "Two shifts have the same name."),
    "time.invalid": QT_TRANSLATE_NOOP("HandoverMessages", "Enter a time as HH:MM, e.g. 08:00."),
    "hours.invalid": QT_TRANSLATE_NOOP("HandoverMessages", "A shift lasts 1 to 24 hours."),
    "roster.duplicate": QT_TRANSLATE_NOOP(
        "HandoverMessages", "This colleague is already on that shift."),
    "roster.swapped": QT_TRANSLATE_NOOP(
        "HandoverMessages", "This duty was swapped and stays on the roster for the record."),
    "roster.unknown": QT_TRANSLATE_NOOP("HandoverMessages", "Choose a duty on the roster."),
    "swap.same_person": QT_TRANSLATE_NOOP(
        "HandoverMessages", "A swap needs two different colleagues."),
    "swap.started": QT_TRANSLATE_NOOP(
        "HandoverMessages", "A shift that has begun can no longer be swapped."),
    "swap.not_party": QT_TRANSLATE_NOOP(
        "HandoverMessages", "Only the two colleagues or a shift leader can record this."),
    "leave.overlaps": QT_TRANSLATE_NOOP(
        "HandoverMessages", "You already asked for leave on some of these days."),
    "leave.decided": QT_TRANSLATE_NOOP(
        "HandoverMessages", "This request has already been decided."),
    "leave.own": QT_TRANSLATE_NOOP(
        "HandoverMessages", "Another leader decides on your own leave (rule 3.4.1)."),
}


def handover_message(code: str) -> str:
    source = _MESSAGES.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else message_for(code)


def handover_field_errors(general: FieldError | None = None) -> FieldErrors:
    """FieldErrors that know the handover codes."""
    return FieldErrors(general, translate=handover_message)


def handover_explain(refused: str | None = None) -> Callable[[BaseException], str | None]:
    """The shift screens' own sentences for the operation runner (`OpRunner.explain_with`):
    offline says the typed text is kept; `refused` names the code a screen says when the
    role may not do what was asked. Anything else falls back to the runner's sentences."""

    def explain(exc: BaseException) -> str | None:
        if isinstance(exc, DatabaseUnavailable):
            return handover_message("offline")
        if refused is not None and isinstance(exc, PermissionDenied):
            return handover_message(refused)
        return None

    return explain


class RowErrors(FieldErrors):
    """Errors keyed `section.N` or `section.N.field` name row N of a table: they are said on
    the section's line (the general line when the section has none) as `row_text(N + 1,
    sentence)`, the first problem of each section only, so the user is sent to one row."""

    def __init__(self, general: FieldError | None,
                 row_text: Callable[[int, str], str]) -> None:
        super().__init__(general, translate=handover_message)
        self.row_text = row_text

    def show(self, errors: dict[str, str]) -> None:
        plain: dict[str, str] = {}
        rows: dict[str, tuple[int, str]] = {}
        for key, code in errors.items():
            section, _, rest = key.partition(".")
            index = rest.partition(".")[0]
            if index.isdigit():
                rows.setdefault(section, (int(index) + 1, code))
            else:
                plain[key] = code
        super().show(plain)
        for section, (row, code) in rows.items():
            line = self._errors.get(section) or self.general
            if line is not None and not line.text():
                line.show_text(self.row_text(row, self.translate(code)))
