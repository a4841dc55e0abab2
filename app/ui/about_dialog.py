"""The About box (Help → About HeatDesk, F1): the version, the schema it needs, its folders.

Open on the desk window and on the login window alike, so the centre's IT staff can read
which HeatDesk a desk runs before anyone signs in; "Copy details" puts the same lines on the
clipboard for a support ticket.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from app.ui.brand import BrandBand
from app.version import version

translate = QCoreApplication.translate  # the bare name lupdate recognises
HELP_KEY = "F1"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, database: str = "") -> None:
        super().__init__(parent)
        from app.workflows.about import program_facts  # reads the migrations: only when asked

        facts = program_facts()
        self.setWindowTitle(self.tr("About HeatDesk"))
        self.rows: list[tuple[str, str]] = [
            (self.tr("Version"), facts.version),
            (self.tr("Database schema"), self.tr("revision %1").replace(
                "%1", facts.schema_revision)),
        ]
        if database:
            self.rows.append((self.tr("Database"), database))
        self.rows += [
            (self.tr("Program folder"), facts.program_folder),
            (self.tr("Data folder"), facts.data_folder),
            (self.tr("Built with"), f"Python {facts.python}, Qt {qVersion()}"),
        ]
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        values = []
        for name, value in self.rows:
            shown = QLabel(value, self)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            form.addRow(name, shown)
            values.append(shown)
        self.version_value = values[0]
        note = QLabel(self.tr(
            "The Chinese font is WenQuanYi Micro Hei (Apache License 2.0). The database "
            "address and the letterhead are set on each desk, never built into the program."),
            self)
        note.setObjectName("hint")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton(self.tr("&Copy details"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        self.copy_button.setAutoDefault(False)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        buttons.rejected.connect(self.reject)

        body = QVBoxLayout()
        body.setContentsMargins(28, 20, 28, 20)
        body.setSpacing(14)
        body.addLayout(form)
        body.addWidget(note)
        body.addWidget(buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        band = BrandBand(self)
        band.setMinimumWidth(480)
        outer.addWidget(band)
        outer.addLayout(body)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(
            "\n".join([f"HeatDesk {version()}", *(f"{n}: {v}" for n, v in self.rows)]))


def version_text() -> str:
    """`HeatDesk 0.1.0`, as the login window shows it."""
    return translate("AboutDialog", "HeatDesk %1 (F1: About)").replace("%1", version())


def show_about(parent: QWidget, database: str = "") -> AboutDialog:
    dialog = AboutDialog(parent, database=database)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def add_help_menu(window: QMainWindow, database: str = "") -> None:
    """The Help menu with About HeatDesk on F1, at the right end of the window's menu bar."""
    menu = window.menuBar().addMenu(translate("AboutDialog", "&Help"))
    action = menu.addAction(translate("AboutDialog", "&About HeatDesk"))
    action.setShortcut(QKeySequence(HELP_KEY))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda _checked=False: show_about(window, database))
    window.addAction(action)


def add_help_key(dialog: QWidget, database: str = "") -> QShortcut:
    """F1 on a window without a menu bar (the login window) opens the About box too."""
    shortcut = QShortcut(QKeySequence(HELP_KEY), dialog)
    shortcut.activated.connect(lambda: show_about(dialog, database))
    return shortcut
