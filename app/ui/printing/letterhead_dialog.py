"""A shift leader edits the letterhead and the wording printed on notices (issue 6, item 2).

Company, hotline, motto, the signing lines, the logo, and every wording template (the
fields in braces are filled when printing). A sample visit notice previews the result.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.field_errors import FieldError, FieldErrors
from app.ui.printing import labels
from app.workflows.desk import Desk
from app.workflows.errors import PermissionDenied, ValidationError
from app.workflows.letterhead import (
    LetterheadForm,
    load_letterhead,
    load_wording,
    save_letterhead,
)


class LetterheadDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.new_logo: bytes | None = None
        self.reset_logo = False
        self.setWindowTitle(self.tr("Letterhead and notice wording"))
        head = load_letterhead(desk.uow())
        self.wording = load_wording(desk.uow())
        self.company, self.hotline = QLineEdit(head.company), QLineEdit(head.hotline)
        self.motto = QLineEdit(head.motto)
        self.signature = QPlainTextEdit("\n".join(head.signature_lines))
        self.signature.setFixedHeight(70)
        self.logo = QLabel()
        self.logo.setFixedSize(72, 72)
        self.logo.setScaledContents(True)
        self._show_logo(head.logo)
        choose = QPushButton(self.tr("Choose logo…"))
        choose.clicked.connect(self.choose_logo)
        reset = QPushButton(self.tr("Bundled logo"))
        reset.clicked.connect(self._reset_logo)
        logo_row = QHBoxLayout()
        for widget in (self.logo, choose, reset):
            logo_row.addWidget(widget)
        logo_row.addStretch()
        logo_box = QWidget()
        logo_box.setLayout(logo_row)
        self.general = FieldError()
        self.errors = FieldErrors(general=self.general)
        letterhead = QWidget()
        outer = QVBoxLayout(letterhead)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        form.addRow(self.tr("&Company"), self.errors.add("company", self.company))
        form.addRow(self.tr("&Hotline"), self.errors.add("hotline", self.hotline))
        form.addRow(self.tr("&Motto"), self.errors.add("motto", self.motto))
        form.addRow(self.tr("Signing &lines"), self.errors.add("signature_lines",
                                                               self.signature))
        form.addRow(self.tr("Logo"), self.errors.add("logo", logo_box))
        self.table = QTableWidget(len(self.wording), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Entry"), self.tr("Text")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        for row, (key, text) in enumerate(sorted(self.wording.items())):
            item = QTableWidgetItem(key)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, item)
            self.table.setItem(row, 1, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        hint = QLabel(self.tr("Fields in braces are filled when printing: {name} customer, "
                              "{reason} reason, {hotline}, {scope} building or stairwell, "
                              "{company}."))
        hint.setWordWrap(True)
        wording = QWidget()
        box = QVBoxLayout(wording)
        box.addWidget(hint)
        box.addWidget(self.table)
        tabs = QTabWidget()
        tabs.addTab(letterhead, self.tr("&Letterhead"))
        tabs.addTab(wording, self.tr("&Wording"))
        save = QPushButton(self.tr("Save (Ctrl+S)"))
        save.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(save)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.general)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        self.resize(820, 560)

    def _show_logo(self, data: bytes) -> None:
        pixmap = QPixmap()
        pixmap.loadFromData(data)
        self.logo.setPixmap(pixmap)

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose logo"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.use_logo(Path(path).read_bytes())

    def use_logo(self, data: bytes) -> None:
        self.new_logo, self.reset_logo = data, False
        self._show_logo(data)

    def _reset_logo(self) -> None:
        from app.printing.letterhead import default_logo

        self.new_logo, self.reset_logo = None, True
        self._show_logo(default_logo())

    def changed_wording(self) -> dict[str, str]:
        changes = {}
        for row in range(self.table.rowCount()):
            key, text = self.table.item(row, 0).text(), self.table.item(row, 1).text()
            if text != self.wording.get(key):
                changes[key] = text
        return changes

    def save(self) -> bool:
        self.errors.clear()
        form = LetterheadForm(company=self.company.text(), hotline=self.hotline.text(),
                              motto=self.motto.text(),
                              signature_lines=self.signature.toPlainText(),
                              logo=self.new_logo, reset_logo=self.reset_logo)
        try:
            save_letterhead(self.desk.uow(), form, self.changed_wording())
        except PermissionDenied:
            self.general.show_text(self.tr("Only a shift leader may change the letterhead."))
            return False
        except ValidationError as exc:
            self._show(exc.errors)
            return False
        self.general.show_text("")
        self.accept()
        return True

    def _show(self, errors: dict[str, str]) -> None:
        self.errors.show({k: v for k, v in errors.items() if "." not in k})
        for field, code in errors.items():
            if "." in field:  # a wording entry: point at its row
                rows = self.table.findItems(field, Qt.MatchFlag.MatchExactly)
                if rows:
                    self.table.setCurrentCell(rows[0].row(), 1)
                self.general.show_text(f"{field}: {labels.message(code)}")
            else:
                self.errors.error(field).show_text(labels.message(code))
