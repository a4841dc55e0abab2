"""The incidents window (F7): parent incidents and the orders of the callers they hit.

Left, the open incidents (and the resolved ones on request); right, the form for a new
incident, and for the selected one its child orders, a box to link another caller's order
by number and the resolution. Resolving the incident resolves every unfinished child and
queues its callback (rule 2.5). Keyboard: Ctrl+N new, Ctrl+S save, Ctrl+L link an order,
Ctrl+R resolve, F5 reload; ↑↓ in the list choose the incident.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui import timefmt
from app.ui.field_errors import FieldError, FieldErrors
from app.ui.ops import Op, OpRunner
from app.ui.screen_fit import fit_to_screen
from app.ui.tickets import labels
from app.ui.tickets.incident_form import IncidentFormView
from app.ui.tickets.incident_text import kind_label
from app.workflows.desk import DatabaseUnavailable, Desk
from app.workflows.errors import NotFound
from app.workflows.tickets.errors import IllegalTransition
from app.workflows.tickets.incidents import (
    IncidentChild,
    IncidentView,
    incident_children,
    link_ticket,
    list_incidents,
    resolve_incident,
)
from app.workflows.tickets.numbers import ticket_id_of
from app.workflows.tickets.queues import estates
from app.workflows.units import UnitView, active_units

SHOWN_ESTATES = 3  # more estates than this are summed up in the list (all in the tooltip)

def _places(desk: Desk) -> tuple[list[UnitView], list[str]]:
    """The units and estates the new-incident form offers."""
    return active_units(desk.uow()), list(estates(desk.uow()))


class IncidentsWindow(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.desk = desk
        self.setObjectName("incidentsWindow")
        self.setWindowTitle(self.tr("Incidents"))
        self.incidents: list[IncidentView] = []
        self.ops = OpRunner(self, desk)
        self.ops.explain_with(self._explain)
        self.list = QListWidget()
        self.list.setObjectName("incidentList")
        self.list.setWordWrap(True)  # long titles and areas read whole
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.show_resolved = QCheckBox(self.tr("S&how resolved"))
        self.show_resolved.toggled.connect(lambda _shown: self.reload())
        self.form = IncidentFormView(desk, self.ops)
        self.form.opened.connect(self._opened)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("Incidents (↑↓ to choose)")))
        column.addWidget(self.list, 1)
        column.addWidget(self.show_resolved)
        right = QVBoxLayout()
        right.addWidget(self.form)
        right.addWidget(self._selected_box(), 1)
        self.note = QLabel()
        self.note.setObjectName("incidentNote")
        self.note.setWordWrap(True)
        right.addWidget(self.note)
        row = QHBoxLayout(self)
        row.addWidget(left, 2)
        row.addLayout(right, 3)
        self.list.currentRowChanged.connect(lambda _r: self._show_selected())
        for keys, slot in (("Ctrl+N", self.form.title_edit.setFocus),
                           ("Ctrl+S", self.form.save), ("Ctrl+L", self.link_number.setFocus),
                           ("Ctrl+R", self.resolution.setFocus), ("F5", self.reload)):
            QShortcut(QKeySequence(keys), self, slot)
        fit_to_screen(self, 1180, 720)  # never larger than a 1366×768 screen
        self._show_selected()  # nothing chosen until the list arrives
        self.ops.run(Op(lambda: _places(desk), done=self.form.set_places,
                        key="incidents.places"))
        self.reload()

    def _selected_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Selected incident"))
        self.heading = QLabel()
        self.heading.setObjectName("incidentHeading")
        self.heading.setWordWrap(True)
        self.children_list = QListWidget()
        self.children_list.setObjectName("incidentChildren")
        self.link_number = QLineEdit()
        self.link_number.setObjectName("incidentLinkNumber")
        self.link_number.setPlaceholderText(self.tr("Order number, e.g. GD00001234"))
        self.link_number.returnPressed.connect(self.link)
        self.link_button = QPushButton(self.tr("Link &order"))
        self.link_button.clicked.connect(self.link)
        self.resolution = QLineEdit()
        self.resolution.setObjectName("incidentResolution")
        self.resolution.returnPressed.connect(self.resolve)
        self.responsibility = QComboBox()
        for key, text in labels.responsibilities().items():
            if key != "undetermined":  # rule 2.6: the cause is attributed
                self.responsibility.addItem(text, key)
        self.resolve_button = QPushButton(self.tr("Resol&ve incident and its orders"))
        self.resolve_button.setObjectName("incidentResolve")
        self.resolve_button.clicked.connect(self.resolve)
        self.general = FieldError()
        self.errors = FieldErrors(general=self.general)
        form = QFormLayout(box)
        form.addRow(self.heading)
        form.addRow(self.tr("Orders"), self.children_list)
        row = QWidget()
        linker = QHBoxLayout(row)
        linker.setContentsMargins(0, 0, 0, 0)
        linker.addWidget(self.errors.add("ticket", self.link_number), 1)
        linker.addWidget(self.link_button, 0, Qt.AlignmentFlag.AlignTop)
        label = QLabel(self.tr("&Link order"))
        label.setBuddy(self.link_number)
        form.addRow(label, row)
        form.addRow(self.tr("&Resolution"), self.errors.add("resolution", self.resolution))
        form.addRow(self.tr("Res&ponsibility"),
                    self.errors.add("responsibility", self.responsibility))
        form.addRow(self.general)
        form.addRow(self.resolve_button)
        return box

    # --- the list --------------------------------------------------------------------
    def reload(self, keep: int | None = None,
               then: Callable[[], object] | None = None) -> None:
        """Read the incidents again, keeping `keep` (or the selected one) selected; `then`
        runs once they are shown."""
        kept = keep if keep is not None else self.selected_id()
        include, desk = self.show_resolved.isChecked(), self.desk
        self.ops.run(Op(lambda: list_incidents(desk.uow(), include),
                        done=lambda found: self._listed(found, kept, then),
                        errors=self.errors, failed=self._list_failed, key="incidents.list",
                        latest=True))

    def _listed(self, incidents: list[IncidentView], kept: int | None,
                then: Callable[[], object] | None) -> None:
        self.incidents = incidents
        self.list.blockSignals(True)
        self.list.clear()
        for incident in self.incidents:
            item = QListWidgetItem(self._line(incident))
            item.setToolTip(self._areas(incident))
            item.setData(Qt.ItemDataRole.UserRole, incident.id)
            self.list.addItem(item)
        ids = [i.id for i in self.incidents]
        self.list.setCurrentRow(ids.index(kept) if kept in ids else (0 if ids else -1))
        self.list.blockSignals(False)
        self._show_selected()
        if then is not None:
            then()

    def _list_failed(self, exc: BaseException) -> None:
        if isinstance(exc, DatabaseUnavailable):  # nothing was being saved: say what helps
            self.general.show_text(self.tr("The database cannot be reached. F5 tries again."))

    @staticmethod
    def _areas(i: IncidentView) -> str:
        return "、".join(f"{e}{b + '号楼' if b else ''}" for e, b in i.areas)

    def _area_summary(self, i: IncidentView) -> str:
        """The area in a few words: a substation's fault covers dozens of buildings in many
        estates, and listing them all made one incident a paragraph of the list (the whole
        list is the line's tooltip)."""
        estates = list(dict.fromkeys(e for e, _b in i.areas))
        if len(estates) <= SHOWN_ESTATES:
            return self._areas(i)
        return self.tr("%1 and more: %2 estates, %3 buildings").replace(
            "%1", "、".join(estates[:SHOWN_ESTATES])).replace(
            "%2", str(len(estates))).replace("%3", str(sum(1 for _e, b in i.areas if b)))

    def _line(self, i: IncidentView) -> str:
        state = "" if i.status == "open" else "  ·  " + self.tr("resolved")
        # "【%1】%2" in Chinese: no ASCII brackets round a Chinese kind (issue 12 item 6)
        kind = self.tr("[%1] %2").replace("%1", kind_label(i.kind)).replace("%2", i.title)
        return (f"{kind}  ·  {self._area_summary(i)}  ·  "
                + self.tr("%1 orders").replace("%1", str(i.children)) + state)

    def selected(self) -> IncidentView | None:
        row = self.list.currentRow()
        return self.incidents[row] if 0 <= row < len(self.incidents) else None

    def selected_id(self) -> int | None:
        incident = self.selected()
        return incident.id if incident else None

    def _show_selected(self) -> None:
        self.errors.clear()
        incident = self.selected()
        self.children_list.clear()
        is_open = incident is not None and incident.status == "open"
        for widget in (self.link_number, self.link_button, self.resolution,
                       self.responsibility, self.resolve_button):
            widget.setEnabled(is_open)
        if incident is None:
            self.heading.setText(self.tr("No incident selected"))
            return
        until = timefmt.fmt(incident.expected_end_at, empty="—")
        text = self.tr("%1 — expected to end %2").replace("%1", incident.title).replace(
            "%2", until)
        if incident.resolution:
            text += "\n" + self.tr("Resolution: %1").replace("%1", incident.resolution)
        self.heading.setText(text)
        desk, incident_id = self.desk, incident.id
        self.ops.run(Op(lambda: incident_children(desk.uow(), incident_id),
                        done=lambda found: self._show_children(incident_id, found),
                        errors=self.errors, key="incidents.children", latest=True))

    def _show_children(self, incident_id: int, children: list[IncidentChild]) -> None:
        if self.selected_id() != incident_id:
            return  # another incident was chosen meanwhile
        statuses = labels.statuses()
        self.children_list.clear()
        for child in children:
            self.children_list.addItem(f"{child.number}  ·  "
                                       f"{statuses.get(child.status, child.status)}")

    def _opened(self, incident: IncidentView) -> None:
        self.note.setText(self.tr("Incident “%1” opened; link the callers' orders.").replace(
            "%1", incident.title))
        self.reload(keep=incident.id, then=self.link_number.setFocus)

    # --- steps on the selected incident ----------------------------------------------
    def link(self) -> None:
        incident = self.selected()
        if incident is None:
            return
        self.errors.clear()
        number = self.link_number.text().strip().upper()
        ticket_id = ticket_id_of(number)
        if ticket_id is None:
            self.errors.show({"ticket": "ticket.unknown"})
            return
        desk, incident_id = self.desk, incident.id
        self.ops.run(Op(lambda: link_ticket(desk.uow(), incident_id, ticket_id),
                        done=lambda _none: self._linked(incident_id, number),
                        errors=self.errors, failed=self._link_refused, key="incident.link"))

    def _linked(self, incident_id: int, number: str) -> None:
        self.note.setText(self.tr("%1 linked to the incident.").replace("%1", number))
        self.link_number.clear()
        self.reload(keep=incident_id)

    def _link_refused(self, exc: BaseException) -> None:
        """The number is the field's problem: say so under it, not on the general line."""
        if isinstance(exc, NotFound):
            self.errors.show({"ticket": "ticket.unknown"})
        elif isinstance(exc, IllegalTransition):
            text = self.general.text()
            self.general.clear()
            self.errors.error("ticket").show_text(text)

    def resolve(self) -> None:
        incident = self.selected()
        if incident is None:
            return
        self.errors.clear()
        desk, incident_id = self.desk, incident.id
        text, who = self.resolution.text(), self.responsibility.currentData()
        self.ops.run(Op(lambda: resolve_incident(desk.uow(), incident_id, text, who),
                        done=lambda resolved: self._resolved(incident, resolved),
                        errors=self.errors, key="incident.resolve"))

    def _resolved(self, incident: IncidentView, resolved: list[int]) -> None:
        self.resolution.clear()
        self.reload(keep=incident.id)
        self.note.setText(self.tr("“%1” resolved: %2 orders resolved, their callbacks "
                                  "queued.").replace("%1", incident.title).replace(
                                      "%2", str(len(resolved))))

    def _explain(self, exc: BaseException) -> str | None:
        """This window's sentences (the runner words the rest)."""
        if isinstance(exc, IllegalTransition):  # only a link meets a finished order
            return self.tr("This order is already resolved or closed; it cannot be linked.")
        if isinstance(exc, DatabaseUnavailable):
            return self.tr("The database cannot be reached; nothing was saved.")
        return None
