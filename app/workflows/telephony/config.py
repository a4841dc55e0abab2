"""Where the desk's phone system is and which extension is this agent's (from settings).

The centre's settings (`telephony.*`, app/workflows/settings.py) say where the AMI is, the
AMI user, each agent's extension (job number -> extension), the area code of local callers,
and the pattern every dialled number must match; the secret comes from `secret.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.repositories.uow import UnitOfWork
from app.workflows.settings import Settings, load_settings


@dataclass(frozen=True)
class PbxConfig:
    host: str
    port: int
    username: str
    extension: str        # "" when the agent has none: nothing to follow or dial from
    area_code: str
    dial_pattern: str
    dial_context: str
    dial_prefix: str
    ping_seconds: float
    reconnect_max_seconds: float
    ring_seconds: float   # rule 4.4, for the figures
    max_rings: int

    @property
    def enabled(self) -> bool:
        return bool(self.host and self.extension)


def extension_of(settings: Settings, job_number: str) -> str:
    table = settings.values.get("telephony.extensions") or {}
    if not isinstance(table, dict):
        return ""
    return str(table.get(job_number, "") or "").strip()


def pbx_config(settings: Settings, job_number: str) -> PbxConfig:
    return PbxConfig(
        host=settings.text("telephony.ami_host").strip(),
        port=settings.integer("telephony.ami_port"),
        username=settings.text("telephony.ami_user").strip(),
        extension=extension_of(settings, job_number),
        area_code=settings.text("telephony.area_code"),
        dial_pattern=settings.text("telephony.dial_pattern"),
        dial_context=settings.text("telephony.dial_context"),
        dial_prefix=settings.text("telephony.dial_prefix"),
        ping_seconds=settings.number("telephony.ping_seconds"),
        reconnect_max_seconds=settings.number("telephony.reconnect_max_seconds"),
        ring_seconds=settings.ring_seconds, max_rings=settings.max_rings)


def load_pbx_config(uow: UnitOfWork) -> PbxConfig:
    """The signed-in agent's PBX settings (read in a unit of work of their own)."""
    with uow:
        settings = load_settings(uow)
    job_number = uow.actor.job_number if uow.actor is not None else ""
    return pbx_config(settings, job_number)


def dial_allowed(pattern: str, number: str) -> bool:
    """Outbound calls only to numbers the centre allows (setting telephony.dial_pattern)."""
    try:
        return re.fullmatch(pattern, number) is not None
    except re.error:
        return False  # a broken pattern allows nothing
