"""The readings of the regulations a leader may change (docs/rules.md says why each exists).

Where the text is ambiguous the product chose the reading that protects the customer and
made it a setting; these are the ones a centre is expected to decide for itself, so a
leader changes them here instead of in the database:

- rule 5.3.2.2: how many days after the season a survey form still counts in it
  (`survey.after_season_days`), and whether callback answers are mixed into the rate
  (`survey.include_callbacks`, off: the report says so when it is on);
- rule 5.2.1: how far ahead planned maintenance must be announced (`notice.min_advance_hours`);
- rule 5.2.2: who may pause an order's deadline, who grades (any level), and who may only
  make an order more urgent (`ticket.pause_roles`, `ticket.level_roles`,
  `ticket.level_raise_roles`).

Only what changed is written, each a settings row the audit hook records (who, when).
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from app.models.enums import Role
from app.repositories.uow import UnitOfWork
from app.workflows.errors import ValidationError
from app.workflows.permissions import Permission, require
from app.workflows.settings import Settings, load_settings, save_setting

MAX_AFTER_SEASON_DAYS = 120  # a form dated past mid-July is no longer this season's survey
MAX_ADVANCE_HOURS = 720  # 30 days


@dataclass(frozen=True)
class RuleSettings:
    after_season_days: int  # rule 5.3.2.2
    include_callbacks: bool  # rule 5.3.2.2
    min_advance_hours: int  # rule 5.2.1
    pause_roles: tuple[str, ...]  # rule 5.2.2
    level_roles: tuple[str, ...]  # rule 5.2.2: the executing units grade
    level_raise_roles: tuple[str, ...]  # rule 5.2.2: a more urgent level only


KEYS = {"after_season_days": "survey.after_season_days",
        "include_callbacks": "survey.include_callbacks",
        "min_advance_hours": "notice.min_advance_hours",
        "pause_roles": "ticket.pause_roles",
        "level_roles": "ticket.level_roles",
        "level_raise_roles": "ticket.level_raise_roles"}
ROLES = tuple(role.value for role in Role)


def _read(settings: Settings) -> RuleSettings:
    def roles(key: str) -> tuple[str, ...]:
        held = {str(r) for r in settings.items(key)}
        return tuple(r for r in ROLES if r in held)

    return RuleSettings(
        settings.integer(KEYS["after_season_days"]),
        settings.flag(KEYS["include_callbacks"]),
        settings.integer(KEYS["min_advance_hours"]),
        roles(KEYS["pause_roles"]), roles(KEYS["level_roles"]),
        roles(KEYS["level_raise_roles"]))


def rule_settings(uow: UnitOfWork) -> RuleSettings:
    """The values in force (defaults overlaid with what the centre stored)."""
    with uow:
        return _read(load_settings(uow))


def _errors(form: RuleSettings) -> dict[str, str]:
    errors: dict[str, str] = {}
    for name, top in (("after_season_days", MAX_AFTER_SEASON_DAYS),
                      ("min_advance_hours", MAX_ADVANCE_HOURS)):
        value = getattr(form, name)
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= top:
            errors[name] = "number.invalid"
    for name in ("pause_roles", "level_roles", "level_raise_roles"):
        if any(role not in ROLES for role in getattr(form, name)):
            errors[name] = "choice.invalid"
    if "level_roles" not in errors and not form.level_roles:
        errors["level_roles"] = "required"  # someone must be able to correct a level
    return errors


def save_rule_settings(uow: UnitOfWork, form: RuleSettings) -> RuleSettings:
    """Store what changed; a leader's decision, refused to every other role first."""
    require(uow, Permission.RULE_SETTINGS)
    errors = _errors(form)
    if errors:
        raise ValidationError(errors)
    with uow:
        old = _read(load_settings(uow))
        for field in fields(RuleSettings):
            value = getattr(form, field.name)
            if isinstance(value, tuple):  # roles in the table's order, each once
                value = tuple(r for r in ROLES if r in value)
            if value != getattr(old, field.name):
                save_setting(uow, KEYS[field.name],
                             list(value) if isinstance(value, tuple) else value)
        saved = _read(load_settings(uow))
        uow.commit()
        return saved
