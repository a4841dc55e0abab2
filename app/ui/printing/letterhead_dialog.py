"""A shift leader edits the letterhead and the wording printed on notices.

Company, hotline, motto, the signing lines, the logo, and every wording template (the
fields in braces are filled when printing). Loading and saving go through the operation
runner; a wrong wording entry is pointed at in its table row.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
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

from app.printing.letterhead import Letterhead
from app.ui.dialog_buttons import add_save_close
from app.ui.field_errors import FieldError, FieldErrors
from app.ui.file_dialogs import open_file_name
from app.ui.ops import Op, OpRunner
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
        self.ops = OpRunner(self, desk)
        self.ops.explain_with(self._explain)
        self.wording: dict[str, str] = {}
        self.company, self.hotline, self.motto = QLineEdit(), QLineEdit(), QLineEdit()
        self.signature = QPlainTextEdit()
        self.signature.setFixedHeight(70)
        self.logo = QLabel()
        self.logo.setFixedSize(72, 72)
        self.logo.setScaledContents(True)
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
        self.errors = FieldErrors(general=self.general, translate=labels.message)
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
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Entry"), self.tr("Text")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
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
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.general)
        self.save_button = add_save_close(layout, self, self.save, self.tr("Save (Ctrl+S)"),
                                          self.tr("Close"))
        self.resize(820, 560)
        self.ops.run(Op(lambda: (load_letterhead(desk.uow()), load_wording(desk.uow())),
                        done=lambda loaded: self._loaded(*loaded), errors=self.errors,
                        key="letterhead.load", label=self.tr("Loading…")))

    def _explain(self, exc: BaseException) -> str | None:
        if isinstance(exc, PermissionDenied):
            return self.tr("Only a shift leader may change the letterhead.")
        return None

    def _loaded(self, head: Letterhead, wording: dict[str, str]) -> None:
        self.wording = wording
        self.company.setText(head.company)
        self.hotline.setText(head.hotline)
        self.motto.setText(head.motto)
        self.signature.setPlainText("\n".join(head.signature_lines))
        self._show_logo(head.logo)
        self.table.setRowCount(len(wording))
        for row, (key, text) in enumerate(sorted(wording.items())):
            item = QTableWidgetItem(key)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, item)
            self.table.setItem(row, 1, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        self.save_button.setEnabled(True)

    def _show_logo(self, data: bytes) -> None:
        pixmap = QPixmap()
        pixmap.loadFromData(data)
        self.logo.setPixmap(pixmap)

    def choose_logo(self) -> None:
        path = open_file_name(self, self.tr("Choose logo"),
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
            key, text = self.table.item(row, 0), self.table.item(row, 1)
            if key is not None and text is not None and text.text() != self.wording.get(
                    key.text()):
                changes[key.text()] = text.text()
        return changes

    def save(self) -> bool:
        """Save in one go; the dialog closes once saved. False while loading or saving."""
        if not self.save_button.isEnabled():
            return False
        self.errors.clear()
        form = LetterheadForm(company=self.company.text(), hotline=self.hotline.text(),
                              motto=self.motto.text(),
                              signature_lines=self.signature.toPlainText(),
                              logo=self.new_logo, reset_logo=self.reset_logo)
        desk, wording = self.desk, self.changed_wording()
        return self.ops.run(Op(lambda: save_letterhead(desk.uow(), form, wording),
                               done=lambda _head: self.accept(), errors=self.errors,
                               failed=self._failed, disable=(self.save_button,),
                               key="letterhead.save", label=self.tr("Saving…")))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self._show(exc.errors)  # a wording entry is pointed at in its row

    def _show(self, errors: dict[str, str]) -> None:
        """Letterhead fields beside themselves; a wording entry in the general line."""
        self.errors.show({k: v for k, v in errors.items() if "." not in k})
        for field, code in errors.items():
            if "." in field:  # a wording entry: point at its row
                rows = self.table.findItems(field, Qt.MatchFlag.MatchExactly)
                if rows:
                    self.table.setCurrentCell(rows[0].row(), 1)
                self.general.show_text(f"{field}: {labels.message(code)}")
