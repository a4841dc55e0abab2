"""The 'database unreachable' banner, and the retry that lifts it.

Losing the database must lose nothing typed: the form keeps its text, the banner says so,
and a timer asks `probe()` (the desk's `is_reachable`) every few seconds until it answers.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

RETRY_MS = 3000


class OfflineBanner(QFrame):
    back_online = Signal()

    def __init__(self, probe: Callable[[], bool], parent: QWidget | None = None,
                 retry_ms: int = RETRY_MS) -> None:
        super().__init__(parent)
        self.setObjectName("offlineBanner")
        self._probe = probe
        self.text = QLabel(self.tr("Database unreachable — what you typed is kept; "
                                   "save again once the connection is back"))
        self.text.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Retry now"))
        self.retry_button.clicked.connect(self.retry)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.retry_button)
        self.timer = QTimer(self)
        self.timer.setInterval(retry_ms)
        self.timer.timeout.connect(self.retry)
        self.hide()

    @property
    def offline(self) -> bool:
        return self.timer.isActive()

    def went_offline(self) -> None:
        self.show()
        if not self.timer.isActive():
            self.timer.start()

    def retry(self) -> bool:
        if not self._probe():
            return False
        self.timer.stop()
        self.hide()
        self.back_online.emit()
        return True
