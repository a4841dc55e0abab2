"""Progress of a long import from its worker thread, and the panel that shows it.

The engine calls `relay.report(done, total)` on the worker thread; the signal is queued to
the GUI thread, where the panel's bar moves. Cancel sets the op's `CancelToken`: the
engine stops before its next batch and nothing is written.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.workflows.tabular.engine import CancelToken


class ProgressRelay(QObject):
    moved = Signal(int, int)  # rows read, rows expected (0: unknown)

    def report(self, done: int, total: int | None) -> None:
        self.moved.emit(done, total or 0)


class ProgressPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.relay = ProgressRelay(self)
        self.relay.moved.connect(self._moved)
        self.token = CancelToken()
        self.title = QLabel()
        self.bar = QProgressBar()
        self.bar.setObjectName("importProgress")
        self.count = QLabel()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.bar)
        layout.addWidget(self.count)
        layout.addWidget(self.cancel_button)
        layout.addStretch(2)

    def start(self, title: str, expected: int | None) -> CancelToken:
        """A fresh token for a new run; the bar counts to `expected` rows (busy if None)."""
        self.token = CancelToken()
        self.title.setText(title)
        self.bar.setRange(0, expected or 0)
        self.bar.setValue(0)
        self.count.setText("")
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel"))
        return self.token

    def cancel(self) -> None:
        self.token.cancel()
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancelling…"))

    def _moved(self, done: int, total: int) -> None:
        if total and self.bar.maximum() != total:
            self.bar.setRange(0, total)
        if total:
            self.bar.setValue(min(done, total))
        self.count.setText(self.tr("%1 rows read").replace("%1", f"{done:,}"))
