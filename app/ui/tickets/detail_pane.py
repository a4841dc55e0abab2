"""The detail pane beside the queue: the order's fields and its whole history.

History lines are the steps the work-order workflows wrote (dispatch, claim, pause,
callback ...), oldest first, each with who and when in the centre's local time, so a
shift leader reads the order's story top to bottom. The action buttons live here too
(app/ui/tickets/actions.py wires them); `message` shows what a step said back.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui import timefmt
from app.ui.field_errors import FieldError
from app.ui.tickets import labels
from app.workflows.tickets.detail import HistoryEntry, TicketDetail
from app.workflows.tickets.queues import deadline_of

_TIMES = frozenset({"due_at", "paused_at", "closed_at", "resolved_at", "callback_due_at"})


_FLAGS = frozenset({"reached"})  # stored as JSON true/false, read back as "True"/"False"


def _one(key: str, raw: str) -> str:
    """One stored value as the user reads it: a time in local time by the year rule, a
    flag as yes/no, a level as its name, a closed vocabulary's value as its word (the
    same functions every screen uses); free text as it was typed."""
    if not raw:
        return "—"
    if key in _TIMES:
        try:
            return timefmt.fmt(datetime.fromisoformat(raw), timefmt.SHORT)
        except ValueError:
            return raw
    if key in _FLAGS:
        return labels.yes_no().get(raw.lower(), raw)
    if key == "level" and raw.isdigit():
        return QCoreApplication.translate("DetailPane", "Level %1").replace("%1", raw)
    vocab = {"status": labels.statuses(), "category": labels.categories(),
             "responsibility": labels.responsibilities(),
             "customer_accepted": labels.customer_answers(),
             "satisfaction": labels.satisfactions(),
             "reason": labels.step_reasons()}.get(key)
    return vocab.get(raw, raw) if vocab else raw


def _value(key: str, parts: tuple[str, ...]) -> str:
    """'old → new' or the single detail, in the user's words and local time."""
    return " → ".join(_one(key, part) for part in parts)


CREATED_TEXT_CHARS = 16  # the call text's first characters on the creation step's line


def created_line(changes: tuple[tuple[str, tuple[str, ...]], ...]) -> str:
    """The creation step (建单) in one short line: category · level · the call text's start
    ("供热质量（室温） · 3级 · 楼上邻居热我家不热"). Its whole list of first values (status
    已受理, responsibility 待定, the deadline ...) repeats the fields above the history and
    wrapped over 5-8 lines in the narrow details column; it stays in the cell's tooltip."""
    values = dict(changes)
    shown = [_value(key, values[key]) for key in ("category", "level") if any(values.get(key, ()))]
    text = " ".join(values.get("description", ("",))[-1].split())
    if text:
        shown.append(text if len(text) <= CREATED_TEXT_CHARS
                     else text[:CREATED_TEXT_CHARS - 1] + "…")
    return " · ".join(shown)


class DetailPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        """Its widgets are made as its children (see QueueWindow._build: a widget moved
        under another parent takes in the style sheet again)."""
        super().__init__(parent)
        self.detail: TicketDetail | None = None
        self.title = QLabel(self.tr("No order selected"), self)
        self.title.setObjectName("queueDetailTitle")
        self.title.setProperty("role", "section")
        self.fields = QLabel(self)
        self.fields.setWordWrap(True)
        self.fields.setTextFormat(self.fields.textFormat().RichText)
        self.buttons = QGridLayout()
        self.message = FieldError(parent=self)  # what a step said back; hidden while silent
        self.message.setObjectName("queueActionMessage")
        self.message.setStyleSheet("color: #a61b1b;")
        history_title = QLabel(self.tr("History"), self)
        history_title.setProperty("role", "section")
        self.history = QTableWidget(0, 4, self)
        self.history.setObjectName("queueHistory")
        self.history.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("By"), self.tr("Step"), self.tr("Details")])
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setWordWrap(True)
        header = self.history.horizontalHeader()  # time, by, step whole; details wrap
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # the rows follow the details column's width (the pane is laid out, the splitter
        # moves, the window is resized): measured once after the width settles, not per
        # pixel, so a long history stays quick
        self._rows_fit = QTimer(self)
        self._rows_fit.setSingleShot(True)
        self._rows_fit.setInterval(0)
        self._rows_fit.timeout.connect(self.history.resizeRowsToContents)
        self._fitted_width = -1
        header.sectionResized.connect(self._details_resized)
        self._size_history_columns()
        box = QVBoxLayout(self)
        box.addWidget(self.title)
        box.addWidget(self.fields)
        box.addLayout(self.buttons)
        box.addWidget(self.message)
        box.addWidget(history_title)
        box.addWidget(self.history, 1)

    def show_detail(self, detail: TicketDetail | None, now: datetime) -> None:
        self.detail = detail
        self.message.clear()
        if detail is None:
            self.title.setText(self.tr("No order selected"))
            self.fields.clear()
            self.history.setRowCount(0)
            return
        status = labels.statuses().get(detail.status, detail.status)
        tone = labels.deadline_tip(deadline_of(detail.due_at, detail.status, now,
                                               detail.paused_at, detail.due_soon),
                                   detail.pause_reason)
        self.title.setText(f"{detail.number}  ·  {status}" + (f"  ·  {tone}" if tone else ""))
        self.fields.setText(self._fields_html(detail))
        self._fill_history(detail.history)

    def _fields_html(self, d: TicketDetail) -> str:
        category = labels.categories().get(d.category, d.category)
        rows = [
            (self.tr("Customer"), f"{d.customer_name} {d.account_number}".strip()),
            (self.tr("Address"), d.address), (self.tr("Phone"), d.phone),
            (self.tr("Category"), f"{category} · " + self.tr("Level %1").replace(
                "%1", str(d.level))),
            (self.tr("Unit"), d.unit_name), (self.tr("Assignee"), d.assignee_name),
            (self.tr("Received"), timefmt.fmt(d.received_at)),
            (self.tr("Due"), timefmt.fmt(d.due_at)),
            (self.tr("Description"), d.description),
        ]
        entry = d.level_override_entry
        if entry is not None:  # rule 5.2.2: an important customer below level 1, and why
            rows.append((QCoreApplication.translate("QueueGrading", "Below level 1"),
                         QCoreApplication.translate("QueueGrading", "%1 (by %2, %3)")
                         .replace("%1", d.level_override).replace("%2", entry.actor_name or "—")
                         .replace("%3", timefmt.fmt(entry.occurred_at, timefmt.SHORT))))
        if d.is_case:  # rule 3.6.2(3): held by the assignee, callback promised
            rows.append((self.tr("Case"), self.tr("held by %1").replace(
                "%1", d.assignee_name or "—")))
        if d.callback_due_at is not None:
            rows.append((self.tr("Call back by"), timefmt.fmt(d.callback_due_at)))
        if d.resolution:
            rows.append((self.tr("Resolution"), d.resolution))
        if d.closed_at is not None:
            rows.append((self.tr("Closed"), timefmt.fmt(d.closed_at)))
        cells = "".join(f"<tr><td style='color:#555;padding-right:8px'>{escape(k)}</td>"
                        f"<td>{escape(v)}</td></tr>" for k, v in rows if v)
        return f"<table>{cells}</table>"

    def _fill_history(self, entries: tuple[HistoryEntry, ...]) -> None:
        steps, names = labels.steps(), labels.fields()
        # "field: value; field: value", full-width ：； in Chinese
        pair, between, system = self.tr("%1: %2"), self.tr("; "), self.tr("System")
        self.history.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            shown = [pair.replace("%1", names[k]).replace("%2", _value(k, parts))
                     for k, parts in entry.changes if k in names and any(parts)]
            whole = between.join(shown)
            # no actor: the system's own step (the overdue sweep, automatic escalation)
            cells = [timefmt.fmt(entry.occurred_at, timefmt.SHORT), entry.actor_name or system,
                     steps.get(entry.action, entry.action),
                     created_line(entry.changes) or whole if entry.action == "create"
                     else whole]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 3 and whole:
                    item.setToolTip(whole)  # the whole details, whatever the row shows
                self.history.setItem(row, col, item)
        self._size_history_columns()
        self._fitted_width = self.history.columnWidth(3)
        self.history.resizeRowsToContents()
        self._rows_fit.stop()  # fitted just now at this width
        if entries:
            self.history.scrollToBottom()

    def _details_resized(self, column: int, _old: int, new: int) -> None:
        """Wrapped details need other row heights at another width: refit once it settles."""
        if column == 3 and new != self._fitted_width and self.history.rowCount():
            self._fitted_width = new
            self._rows_fit.start()

    def _size_history_columns(self) -> None:
        """Time, by and step as wide as their widest text and their heading with one M of
        room, so none is cut; the time column as wide as the usual short form (12-25 07:59)
        unless a row shows a year; the details take the rest and wrap."""
        metrics = self.history.fontMetrics()
        room = metrics.horizontalAdvance("M")
        for col in range(3):
            heading = self.history.horizontalHeaderItem(col)
            texts = [heading.text() if heading is not None else ""]
            texts += [item.text() for r in range(self.history.rowCount())
                      if (item := self.history.item(r, col)) is not None]
            if col == 0:  # this year's short form, even before the first row
                texts.append(timefmt.fmt(datetime(timefmt.current_year(), 12, 30, 23, 59,
                                                  tzinfo=timefmt.zone()), timefmt.SHORT))
            self.history.setColumnWidth(
                col, max(metrics.horizontalAdvance(t) for t in texts) + room)

    def history_steps(self) -> list[str]:
        """The step column as shown; tests read it."""
        items = (self.history.item(r, 2) for r in range(self.history.rowCount()))
        return [item.text() if item is not None else "" for item in items]
