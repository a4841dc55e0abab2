"""A leader decides the readings of the regulations the centre may choose (issue 13).

How long after the season a survey form counts and whether callbacks are mixed into the
satisfaction rate (rule 5.3.2.2), how far ahead planned maintenance is announced (5.2.1),
and which roles may pause a deadline, grade an order or only make it more urgent (5.2.2).
Loads and saves through the operation runner; a wrong value is said beside its field.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.ui.dialog_buttons import add_save_close
from app.ui.field_errors import FieldError, FieldErrors
from app.ui.intake import labels
from app.ui.ops import Op, OpRunner
from app.workflows.desk import Desk
from app.workflows.errors import PermissionDenied
from app.workflows.rule_settings import (
    MAX_ADVANCE_HOURS,
    MAX_AFTER_SEASON_DAYS,
    ROLES,
    RuleSettings,
    rule_settings,
    save_rule_settings,
)

ROLE_COLUMNS = ("pause_roles", "level_roles", "level_raise_roles")


class RuleSettingsDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Rule settings"))
        self.ops = OpRunner(self, desk)
        self.ops.explain_with(self._explain)
        self.general = FieldError()
        self.errors = FieldErrors(general=self.general)
        self.after_days = QSpinBox()
        self.after_days.setRange(0, MAX_AFTER_SEASON_DAYS)
        self.after_days.setSuffix(self.tr(" days"))
        self.callbacks = QCheckBox(self.tr("Count &callback answers in the satisfaction rate "
                                           "(the report says so)"))
        survey = QFormLayout()
        survey.addRow(self.tr("Forms dated up to, &after the season's end"),
                      self.errors.add("after_season_days", self.after_days))
        survey.addRow(self.errors.add("include_callbacks", self.callbacks))
        self.advance = QSpinBox()
        self.advance.setRange(0, MAX_ADVANCE_HOURS)
        self.advance.setSuffix(self.tr(" hours"))
        notice = QFormLayout()
        notice.addRow(self.tr("Announce planned maintenance at least &ahead"),
                      self.errors.add("min_advance_hours", self.advance))
        self.role_boxes: dict[str, dict[str, QCheckBox]] = {}
        grid = QGridLayout()
        heads = (self.tr("May pause a deadline"), self.tr("May grade (any level)"),
                 self.tr("May only raise the level"))
        names = labels.roles()
        for column, (key, head) in enumerate(zip(ROLE_COLUMNS, heads, strict=True), start=1):
            box = QWidget()
            column_layout = QVBoxLayout(box)
            column_layout.setContentsMargins(0, 0, 0, 0)
            self.role_boxes[key] = {}
            for role in ROLES:
                check = QCheckBox(names[role])
                check.setObjectName(f"{key}:{role}")
                column_layout.addWidget(check)
                self.role_boxes[key][role] = check
            grid.addWidget(QLabel(head), 0, column)
            grid.addWidget(self.errors.add(key, box), 1, column)
        survey_box = QGroupBox(self.tr("Satisfaction survey (rule 5.3.2.2)"))
        survey_box.setLayout(survey)
        notice_box = QGroupBox(self.tr("Planned maintenance (rule 5.2.1)"))
        notice_box.setLayout(notice)
        roles_box = QGroupBox(self.tr("Work-order deadlines (rule 5.2.2)"))
        roles_box.setLayout(grid)
        layout = QVBoxLayout(self)
        for widget in (survey_box, notice_box, roles_box, self.general):
            layout.addWidget(widget)
        self.save_button = add_save_close(layout, self, self.save, self.tr("Save (Ctrl+S)"),
                                          self.tr("Close"))
        self.setMinimumWidth(480)  # the three role columns side by side with room
        self.ops.run(Op(lambda: rule_settings(desk.uow()), done=self.show_settings,
                        errors=self.errors, key="rule_settings.load", label=self.tr("Loading…")))

    def _explain(self, exc: BaseException) -> str | None:
        if isinstance(exc, PermissionDenied):
            return self.tr("Only a shift leader, supervisor or administrator may change the "
                           "rule settings.")
        return None

    def show_settings(self, values: RuleSettings) -> None:
        self.after_days.setValue(values.after_season_days)
        self.callbacks.setChecked(values.include_callbacks)
        self.advance.setValue(values.min_advance_hours)
        for key in ROLE_COLUMNS:
            held = getattr(values, key)
            for role, check in self.role_boxes[key].items():
                check.setChecked(role in held)
        self.save_button.setEnabled(True)

    def form(self) -> RuleSettings:
        def held(key: str) -> tuple[str, ...]:
            return tuple(r for r, check in self.role_boxes[key].items() if check.isChecked())

        return RuleSettings(self.after_days.value(), self.callbacks.isChecked(),
                            self.advance.value(), held("pause_roles"), held("level_roles"),
                            held("level_raise_roles"))

    def save(self) -> bool:
        """Save in one go; the dialog closes once saved. False while loading or saving."""
        if not self.save_button.isEnabled():
            return False
        self.errors.clear()
        desk, form = self.desk, self.form()
        return self.ops.run(Op(lambda: save_rule_settings(desk.uow(), form),
                               done=lambda _saved: self.accept(), errors=self.errors,
                               disable=(self.save_button,), key="rule_settings.save",
                               label=self.tr("Saving…")))
