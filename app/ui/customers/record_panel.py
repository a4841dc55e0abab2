"""The record tab: the customer's record to edit (Ctrl+S) beside its history, old -> new.

Fields the actor's role may not change are read-only (the workflow refuses them anyway):
agents change phones and notes; leaders and admins everything but the account number.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui import timefmt
from app.ui.customers.messages import archive_field_errors
from app.ui.customers.names import class_names, field_names, mark_names, subject_names, value_text
from app.ui.field_errors import FieldError
from app.ui.ops import Op, OpRunner
from app.workflows.customers.record import (
    HistoryLine,
    Phone,
    RecordForm,
    RecordView,
    record_history,
    save_record,
)
from app.workflows.desk import Desk
from app.workflows.permissions import Permission, allowed


class RecordPanel(QWidget):
    saved = Signal(object)  # the RecordView after a save

    def __init__(self, desk: Desk, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = ops
        self.record: RecordView | None = None
        role = desk.actor.role if desk.actor else None
        self.may_record = allowed(role, Permission.ARCHIVE_EDIT_RECORD)
        self.may_contact = allowed(role, Permission.ARCHIVE_EDIT_CONTACT)
        self.general = FieldError()
        self.errors = archive_field_errors(general=self.general)

        self.account = QLabel()
        self.account.setObjectName("archiveAccount")
        self.name = QLineEdit()
        self.district = QLineEdit()
        self.estate = QLineEdit()
        self.building = QLineEdit()
        self.entrance = QLineEdit()
        self.room = QLineEdit()
        self.area = QLineEdit()
        self.heating = QCheckBox(self.tr("Space &heating"))
        self.hot_water = QCheckBox(self.tr("Hot &water"))
        self.steam = QCheckBox(self.tr("S&team"))
        self.customer_class = QComboBox()
        for value, text in class_names().items():
            self.customer_class.addItem(text, value)
        self.marks = {value: QCheckBox(text) for value, text in mark_names().items()}
        self.own_shutoff = QCheckBox(self.tr("The home has its own shut-off valve"))
        self.contract_notes = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        self.phones = QTableWidget(0, 2)
        self.phones.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Label")])
        self.phones.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.phones.verticalHeader().hide()
        self.phones.setMaximumHeight(120)
        self.phones.setTabKeyNavigation(False)
        self.add_phone = QPushButton(self.tr("Add &phone"))
        self.add_phone.clicked.connect(self._add_phone)
        self.remove_phone = QPushButton(self.tr("Remove phone"))
        self.remove_phone.clicked.connect(self._remove_phone)
        self.save_button = QPushButton(self.tr("&Save (Ctrl+S)"))
        self.save_button.setObjectName("archiveSave")
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)

        form = QFormLayout()
        form.addRow(self.tr("Account number"), self.account)
        form.addRow(self.tr("&Name"), self.errors.add("name", self.name))
        address = QGridLayout()
        for column, (label, widget, key) in enumerate((
                (self.tr("District"), self.district, "district"),
                (self.tr("&Estate"), self.estate, "estate"),
                (self.tr("Building"), self.building, "building"),
                (self.tr("Unit"), self.entrance, "entrance"),
                (self.tr("Room"), self.room, "room"))):
            caption = QLabel(label)
            caption.setBuddy(widget)
            address.addWidget(caption, 0, column)
            address.addWidget(self.errors.add(key, widget), 1, column)
        form.addRow(self.tr("Address"), address)
        form.addRow(self.tr("Heated &area (m²)"), self.errors.add("heated_area", self.area))
        services = QHBoxLayout()
        for box in (self.heating, self.hot_water, self.steam):
            services.addWidget(box)
        services.addStretch(1)
        services_box = QWidget()
        services_box.setLayout(services)
        form.addRow(self.tr("Services"), self.errors.add("services", services_box))
        form.addRow(self.tr("&Class"), self.errors.add("customer_class", self.customer_class))
        marks = QGridLayout()
        for i, box in enumerate(self.marks.values()):
            marks.addWidget(box, i // 3, i % 3)
        marks_box = QWidget()
        marks_box.setLayout(marks)
        form.addRow(self.tr("Special marks"), self.errors.add("marks", marks_box))
        form.addRow("", self.own_shutoff)
        form.addRow(self.tr("Contract notes"),
                    self.errors.add("contract_notes", self.contract_notes))
        phone_buttons = QHBoxLayout()
        phone_buttons.addWidget(self.add_phone)
        phone_buttons.addWidget(self.remove_phone)
        phone_buttons.addStretch(1)
        phones = QVBoxLayout()
        phones.addWidget(self.errors.add("phones", self.phones))
        phones.addLayout(phone_buttons)
        form.addRow(self.tr("Phones"), phones)
        form.addRow(self.tr("N&otes"), self.errors.add("notes", self.notes))
        self.status = QLabel()
        self.status.setObjectName("archiveSaved")
        buttons = QHBoxLayout()
        buttons.addWidget(self.general, 1)
        buttons.addWidget(self.status)
        buttons.addWidget(self.save_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(form)
        left_layout.addLayout(buttons)
        left_layout.addStretch(1)

        self.history = QTableWidget(0, 5)
        self.history.setObjectName("archiveHistory")
        self.history.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Was"), self.tr("Now")])
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        history_label = QLabel(self.tr("History (newest first)"))
        history_label.setObjectName("sectionTitle")
        right_layout.addWidget(history_label)
        right_layout.addWidget(self.history, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([620, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self._apply_rights()

    def _apply_rights(self) -> None:
        for edit in (self.name, self.district, self.estate, self.building, self.entrance,
                     self.room, self.area, self.contract_notes):
            edit.setReadOnly(not self.may_record)
        for box in (self.heating, self.hot_water, self.steam, self.own_shutoff,
                    *self.marks.values()):
            box.setEnabled(self.may_record)
        self.customer_class.setEnabled(self.may_record)
        self.notes.setReadOnly(not self.may_contact)
        if not self.may_contact:
            self.phones.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for widget in (self.add_phone, self.remove_phone, self.save_button):
            widget.setEnabled(self.may_contact or self.may_record)

    # ---- showing ----------------------------------------------------------------------
    def show_record(self, record: RecordView) -> None:
        if self.record is None or self.record.id != record.id:
            self.status.clear()  # "Saved." stays while the same record is reloaded
        self.record = record
        self.errors.clear()
        self.account.setText(record.account_number)
        for edit, value in ((self.name, record.name), (self.district, record.district),
                            (self.estate, record.estate), (self.building, record.building),
                            (self.entrance, record.entrance), (self.room, record.room),
                            (self.area, str(record.heated_area)),
                            (self.contract_notes, record.contract_notes)):
            edit.setText(value)
        self.heating.setChecked(record.heating)
        self.hot_water.setChecked(record.hot_water)
        self.steam.setChecked(record.steam)
        self.customer_class.setCurrentIndex(max(0, self.customer_class.findData(
            record.customer_class)))
        for value, box in self.marks.items():
            box.setChecked(value in record.marks)
        self.own_shutoff.setChecked(record.own_shutoff)
        self.notes.setPlainText(record.notes)
        self.phones.setRowCount(0)
        for phone in record.phones:
            self._add_phone(phone)
        self.refresh_history()

    def show_history(self, lines: list[HistoryLine]) -> None:
        fields, subjects = field_names(), subject_names()
        self.history.setRowCount(len(lines))
        for r, line in enumerate(lines):
            if line.action == "create":
                what = self.tr("%1 created").replace("%1", subjects.get(line.subject,
                                                                        line.subject))
            elif line.action == "delete":
                what = self.tr("%1 removed").replace("%1", subjects.get(line.subject,
                                                                        line.subject))
            else:
                what = fields.get(line.field, line.field)
                if line.subject != "customer":
                    what = f"{subjects.get(line.subject, line.subject)}·{what}"
            for c, text in enumerate((timefmt.fmt(line.occurred_at), line.actor_name, what,
                                      value_text(line.old), value_text(line.new))):
                self.history.setItem(r, c, QTableWidgetItem(text))
        self.history.resizeRowsToContents()

    def refresh_history(self) -> None:
        if self.record is None:
            return
        desk, customer_id = self.desk, self.record.id
        self.ops.run(Op(lambda: record_history(desk.uow(), customer_id),
                        done=self.show_history, errors=self.errors, latest=True,
                        key="archive.history", quiet=True))

    # ---- phones -----------------------------------------------------------------------
    def _add_phone(self, phone: Phone | None = None) -> None:
        row = self.phones.rowCount()
        self.phones.insertRow(row)
        self.phones.setItem(row, 0, QTableWidgetItem(phone.number if phone else ""))
        self.phones.setItem(row, 1, QTableWidgetItem(phone.label if phone else ""))
        if phone is None:
            self.phones.setCurrentCell(row, 0)
            item = self.phones.item(row, 0)
            if item is not None:
                self.phones.editItem(item)

    def _remove_phone(self) -> None:
        row = self.phones.currentRow()
        if row >= 0:
            self.phones.removeRow(row)

    def _phones(self) -> list[Phone]:
        out = []
        for row in range(self.phones.rowCount()):
            number, label = (self.phones.item(row, c) for c in (0, 1))
            out.append(Phone(number.text() if number else "", label.text() if label else ""))
        return out

    # ---- saving -----------------------------------------------------------------------
    def form(self) -> RecordForm:
        assert self.record is not None
        marks = frozenset(v for v, box in self.marks.items() if box.isChecked())
        return replace(
            self.record.form(), name=self.name.text(), district=self.district.text(),
            estate=self.estate.text(), building=self.building.text(),
            entrance=self.entrance.text(), room=self.room.text(), heated_area=self.area.text(),
            heating=self.heating.isChecked(), hot_water=self.hot_water.isChecked(),
            steam=self.steam.isChecked(), customer_class=str(self.customer_class.currentData()),
            marks=marks, own_shutoff=self.own_shutoff.isChecked(),
            notes=self.notes.toPlainText(), contract_notes=self.contract_notes.text(),
            phones=self._phones())

    def save(self) -> None:
        if self.record is None:
            return
        editor = QApplication.focusWidget()  # a phone being typed counts (Ctrl+S in the cell)
        if editor is not None and self.phones.isAncestorOf(editor):
            self.phones.commitData(editor)
        desk, record, form = self.desk, self.record, self.form()
        self.ops.run(Op(lambda: save_record(desk.uow(), record.id, form, record.version),
                        done=self._saved, errors=self.errors, conflict=self.reload,
                        disable=(self.save_button,), key="archive.save",
                        label=self.tr("Saving the record…")))

    def _saved(self, record: RecordView) -> None:
        self.show_record(record)
        self.status.setText(self.tr("Saved."))
        self.saved.emit(record)

    def reload(self) -> None:
        """Another desk saved first: show the record as it is now."""
        if self.record is not None:
            self.saved.emit(None)  # the window reloads the customer
