"""Settings with their defaults; a centre overrides them in the database.

Every number the regulations give is a setting here, never a literal in code:
the work-order deadlines of rule 5.2.2 and the ring length behind rule 4.4.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta, timezone

from app.repositories.uow import UnitOfWork

DEFAULTS: dict[str, object] = {
    "sla.level1_hours": 2,   # rule 5.2.2: level 1 (important customers) within 2 h
    "sla.level2_hours": 8,   # rule 5.2.2: level 2 within 8 h
    "sla.level3_hours": 24,  # rule 5.2.2: level 3 within 24 h
    "ring.seconds": 5,       # rule 4.4: one ring is about 5 s
    "ring.max_rings": 3,     # rule 4.4: answer within three rings
    # telephony (docs/telephony.md): the PBX's manager interface; empty host = no PBX, the
    # desk clock times calls. The AMI secret is never a setting (keyring or ami.secret).
    "telephony.ami_host": "",
    "telephony.ami_port": 5038,
    "telephony.ami_user": "heatdesk",
    "telephony.extensions": {},   # job number -> the agent's extension, e.g. "1001": "8001"
    "telephony.area_code": "",    # put before a local caller's number (e.g. 0311)
    "telephony.dial_pattern": r"(1[3-9]\d{9}|0[1-9]\d{8,10}|[2-9]\d{6,7})",  # dial only these
    "telephony.dial_context": "from-internal",
    "telephony.dial_prefix": "",  # e.g. 9 for an outside line
    "telephony.ping_seconds": 10,
    "telephony.reconnect_max_seconds": 60,
    "company.name": "热电有限公司",
    "company.hotline": "",  # asked at the first start; empty prints no hotline
    "company.motto": "诚信服务、温暖万家",  # rule 1.2
    "ticket.due_soon_minutes": 60,  # "due within the hour" is highlighted
    "ticket.callback_hours": 24,    # rule 2.5: call back after resolution, within a day
    # rule 5.2.2: who may stop an order's deadline (waiting for the customer); the desk
    # hears "nobody at home" on the phone, so agents too; a centre may narrow it
    "ticket.pause_roles": ["agent", "shift_leader", "technician", "supervisor", "admin"],
    # rule 5.2.2: "the executing units grade": who may change an order's level after intake
    "ticket.level_roles": ["technician", "shift_leader", "supervisor", "admin"],
    # ... and who may only raise it (more urgent protects the customer)
    "ticket.level_raise_roles": ["agent", "shift_leader", "technician", "supervisor", "admin"],
    "ticket.overdue_sweep_seconds": 60,  # how often a desk looks for newly overdue orders
    "shift.utc_offset_hours": 8,       # the centre's local time for shift boundaries
    "shift.handover_grace_hours": 6,   # rule 3.4.2: a shift stays open this long unhanded
    "handover.equipment": ["坐席电话", "坐席电脑", "客服工单系统", "录音系统"],  # rule 3.4.3
    "survey.scores": {"satisfied": 100, "basically_satisfied": 80,  # rule 5.3.1
                      "dissatisfied": 50, "very_dissatisfied": 30},
    "survey.deduction_points": 0.5,  # rule 5.3.2.2: per complaint not satisfactorily resolved
    # rule 5.3.2.2: the rate is the survey forms' alone; callback (回访) answers are shown
    # beside it. A leader may mix them in deliberately; the report then says so.
    "survey.include_callbacks": False,
    # rule 5.3.2.2: the survey is taken after the season, at the end of March; forms dated
    # up to this many days after the season's last day count in that season (46 days after
    # 15 March is 30 April: late-returned forms still count, the customer's side)
    "survey.after_season_days": 46,
    "report.top_estates": 20,  # estates listed by name in the complaints report; the rest summed
    "report.top_repeat_callers": 50,  # repeat callers listed in the complaints report
    "report.repeat_contacts": 2,  # rule 5.4: a phone with this many contacts is a repeat caller
    "notice.min_advance_hours": 24,  # rule 5.2.1: planned maintenance announced this far ahead
    # the customer archive (issue 14): the stop/resume heating (报停/复热) application window
    # before each season (MM-DD), a season's own window where it differs (label -> two
    # YYYY-MM-DD days, e.g. {"2026-2027": ["2026-09-15", "2026-11-05"]}), and the field-check
    # order's level (a planned visit: level 3, 24 h)
    "archive.stop_window": ["09-01", "11-10"],
    "archive.stop_windows": {},
    "archive.valve_order_level": 3,
    "quality.season_start": "11-15",     # heating season start (MM-DD), e.g. 2025-11-15
    "quality.season_end": "03-15",       # heating season end (MM-DD) of the following year
    "quality.sampling_days": [5, 15, 25],  # rule 5.1.2: sampling days of each month
    "quality.sampling_day_required": True,  # rule 5.1.2: samples only on sampling days
    "quality.sample_permille": 1.0,      # rule 5.1.2: sampled area >= 1.0 ‰ of the total
    "quality.room_min": 16.0,            # rule 5.1.1: qualified from 16 °C ...
    "quality.room_max": 20.0,            # rule 5.1.1: ... to 20 °C inclusive
    "quality.room_nominal": 18.0,        # rule 5.1.1: 18 °C is the guarantee
    "quality.exempt_below": -7.0,        # rule 5.1.1: outdoor daily mean below −7 °C: exempt
    "quality.room_target_percent": 97.5,  # rule 5.1.2: season qualification rate target
    "quality.report_by": "03-31",        # rule 5.1.2: reported by the end of March
    "quality.hot_water_min": 50.0,       # rule 5.1.3: hot water supply from 50 °C ...
    "quality.hot_water_max": 55.0,       # rule 5.1.3: ... to 55 °C
    "quality.hot_water_target_percent": 95.0,  # rule 5.1.3: hot-water rate target
    # issue 17: field trips (rule 3.8), visitors (rule 3.7.2), messages (rule 4.2(5))
    "trip.minutes_per_stop": 20,              # rule 3.8: time planned at each household
    "trip.walk_minutes_between_buildings": 5,  # walking to the next building of an estate
    "trip.minutes_between_estates": 15,       # moving on to the next estate
    "visitors.materials": ["供热收费政策", "供用热合同", "报装申请表", "停热申请表",
                           "用户服务指南"],  # rule 3.7.2: what the hall hands out
    "memo.unread_alert_minutes": 60,  # rule 4.2(5): a message unread this long alerts a leader
    # issue 15 (security): login lockout, idle lock, passwords (docs/security.md)
    "login.max_failures": 5,             # failed logins in the window that lock the account
    "login.failure_window_minutes": 15,  # the window they are counted in
    "login.lock_minutes": 15,            # how long a lock lasts; 0: until a leader unlocks
    "desk.idle_lock_minutes": 10,        # an idle desk locks (never during a call); 0: never
    "password.min_length": 12,           # ASVS 2.1.1, for every password set from now on
    "network.intact_target_percent": 90.0,  # rule 5.2.1: equipment intact rate >= 90 %
    "network.detect_calls": 3,     # this many no-heat calls under one substation ...
    "network.detect_minutes": 15,  # ... within this many minutes: propose an outage
    "network.detect_categories": ["heating_quality"],  # what counts as a no-heat call
    "network.proposal_quiet_hours": 12,  # a substation is proposed once in this time
}


@dataclass(frozen=True)
class Settings:
    values: dict[str, object]

    def sla_hours(self, level: int) -> int:
        return self.integer(f"sla.level{level}_hours")

    @property
    def ring_seconds(self) -> float:
        return self.number("ring.seconds")

    @property
    def max_rings(self) -> int:
        return self.integer("ring.max_rings")

    def __getitem__(self, key: str) -> object:
        return self.values[key]

    # Stored values come back from JSON as plain objects; these read one as the kind its
    # default has, and raise TypeError for a stored value of another kind.
    def number(self, key: str) -> float:
        return float(_scalar(key, self.values[key]))

    def integer(self, key: str) -> int:
        return int(_scalar(key, self.values[key]))

    def text(self, key: str) -> str:
        return str(self.values[key])

    def flag(self, key: str) -> bool:
        return bool(self.values[key])

    def items(self, key: str) -> list[object]:
        value = self.values[key]
        if not isinstance(value, list | tuple):
            raise TypeError(f"setting {key!r} is not a list: {value!r}")
        return list(value)

    def integer_table(self, key: str) -> dict[str, int]:
        value = self.values[key]
        if not isinstance(value, dict):
            raise TypeError(f"setting {key!r} is not a mapping: {value!r}")
        return {str(k): int(_scalar(key, v)) for k, v in value.items()}

    @property
    def zone(self) -> timezone:
        """The centre's local time: shown on every screen and printed on every sheet."""
        return timezone(timedelta(hours=self.number("shift.utc_offset_hours")))


def _scalar(key: str, value: object) -> int | float | str:
    if isinstance(value, int | float | str):
        return value
    raise TypeError(f"setting {key!r} is not a number: {value!r}")


DEFAULT_ZONE = Settings(DEFAULTS).zone


def load_settings(uow: UnitOfWork) -> Settings:
    """Defaults overlaid with what the centre stored (inside an open unit of work)."""
    return Settings({**DEFAULTS, **uow.settings.all()})


def current_settings(uow: UnitOfWork) -> Settings:
    """The centre's settings, read in a unit of work of their own."""
    with uow:
        return load_settings(uow)


def save_setting(uow: UnitOfWork, key: str, value: object) -> None:
    if key not in DEFAULTS:
        raise KeyError(f"unknown setting {key!r}")
    uow.settings.put(key, value)
