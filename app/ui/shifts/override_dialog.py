"""A shift leader releases the outgoing agent without the incoming signature.

Only with the leader's own job number and password and a written reason; the change is
audited with both (rule 3.4.2 is waived knowingly, never silently).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.field_errors import FieldError
from app.ui.ops import Op, OpRunner
from app.ui.shifts.messages import handover_explain, handover_field_errors
from app.workflows.desk import Desk
from app.workflows.errors import ValidationError
from app.workflows.permissions import Permission, allowed
from app.workflows.shifts.handover_views import HandoverView
from app.workflows.shifts.signoff import Signature, override_handover


class OverrideDialog(QDialog):
    released = Signal(object)

    def __init__(self, desk: Desk, handover_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert desk.actor is not None
        self.desk = desk
        self.handover_id = handover_id
        self.setWindowTitle(self.tr("Leader release without signature"))
        intro = QLabel(self.tr(
            "The incoming colleague has not signed. A shift leader may release the outgoing "
            "agent; the reason is recorded in the audit log."))
        intro.setWordWrap(True)
        self.job_number = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Why the handover completes without signature"))
        if allowed(desk.actor.role, Permission.HANDOVER_OVERRIDE):
            self.job_number.setText(desk.actor.job_number)
        self.general = FieldError()
        self.errors = handover_field_errors(general=self.general)
        self.ops = OpRunner(self, desk)
        self.ops.explain_with(handover_explain())
        form = QFormLayout()
        form.addRow(self.tr("Leader's &job number"),
                    self.errors.add("job_number", self.job_number))
        form.addRow(self.tr("Leader's &password"), self.errors.add("password", self.password))
        form.addRow(self.tr("&Reason"), self.errors.add("reason", self.reason))
        self.release_button = QPushButton(self.tr("&Release"))
        self.release_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.release_button.setToolTip(self.tr("Release (Ctrl+Enter)"))
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setShortcut(QKeySequence("Esc"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.release_button)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(form)
        box.addWidget(self.general)
        box.addLayout(buttons)
        self.release_button.clicked.connect(self.release)
        cancel.clicked.connect(self.reject)
        self.password.textEdited.connect(lambda _t: self.errors.error("password").clear())
        self.job_number.textEdited.connect(lambda _t: self.errors.error("job_number").clear())
        self.resize(520, 360)

    def release(self) -> None:
        desk, handover_id = self.desk, self.handover_id
        signature = Signature(self.job_number.text(), self.password.text())
        reason = self.reason.toPlainText()
        self.ops.run(Op(lambda: override_handover(desk.uow(), handover_id, signature, reason),
                        done=self._released, errors=self.errors, failed=self._refused,
                        disable=(self.release_button,), key="release"))

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.password.clear()

    def _released(self, view: HandoverView) -> None:
        self.released.emit(view)
        self.accept()
