"""Who may do what: the one table of role -> permissions (issue 15).

Every workflow that changes data asks `require(uow, Permission.X)` before it writes; the UI
asks `allowed(role, Permission.X)` only to hide what the workflow would refuse anyway. A
refusal raises PermissionDenied with the permission's name as the reason, so the message
says what was refused; the refused work is rolled back and the refusal itself is recorded
as a `permission.denied` audit event (app/workflows/security/refusals.py).

Each feature keeps its permissions in its own section of the enum and of the table below,
so that features added side by side do not touch each other's lines.
"""

from __future__ import annotations

from enum import StrEnum

from app.models.enums import Role
from app.repositories.uow import Actor, UnitOfWork
from app.workflows.security.refusals import refused

__all__ = ["ROLE_PERMISSIONS", "Permission", "allowed", "roles_with", "require"]


class Permission(StrEnum):
    # --- staff and security (admin) ---
    STAFF_MANAGE = "staff.manage"  # create, change, deactivate staff; change roles
    STAFF_RESET_PASSWORD = "staff.reset_password"
    STAFF_UNLOCK = "staff.unlock"  # lift a login lockout before it runs out
    AUDIT_VIEW = "audit.view"  # read (and export) the audit log
    # --- shifts and handover ---
    SHIFT_ROSTER = "shift.roster"  # assign and unassign duties, the shift pattern
    SHIFT_LEAVE_DECIDE = "shift.leave_decide"
    SHIFT_SWAP_OTHERS = "shift.swap_others"  # record a swap between two other colleagues
    HANDOVER_OVERRIDE = "handover.override"  # a leader's release (the signer's role)
    HANDOVER_WRITE = "handover.write"  # rule 3.4.3: write, hand over, reopen, correct a log
    HANDOVER_SIGN = "handover.sign"  # rule 3.4.2: take over the desk (desk and signer)
    # --- work orders ---
    TICKET_CALLBACK = "ticket.callback"  # the desk calls the customer back
    TICKET_OPEN_CASE = "ticket.open_case"  # the desk opens a case and hands it on
    TICKET_OVERDUE_ALERTS = "ticket.overdue_alerts"  # the leader's alert dock
    # --- etiquette, quality, letterhead ---
    ETIQUETTE_EDIT = "etiquette.edit"  # scripts, greeting settings, supervision figures
    QUALITY_MEASURE = "quality.measure"  # room samples, hot-water readings
    LETTERHEAD_EDIT = "letterhead.edit"  # the letterhead and the notice wording
    # --- customer archive ---
    ARCHIVE_VIEW = "archive.view"  # open the archive window, read records and history
    ARCHIVE_EDIT_CONTACT = "archive.edit_contact"  # phones and notes
    ARCHIVE_EDIT_RECORD = "archive.edit_record"  # name, address, area, services, class, marks
    ARCHIVE_EDIT_CONTRACT = "archive.edit_contract"  # rule 3.1.3: contracts per season
    ARCHIVE_STOP_RESUME = "archive.stop_resume"  # take stop/resume heating applications
    ARCHIVE_LISTS = "archive.lists"  # season checklist, stop list per estate
    ARCHIVE_IMPORT = "archive.import"  # import a customer archive (issue 14, deliverable 4)
    # --- heating network ---
    NETWORK_EDIT = "network.edit"  # sources, substations, buildings, pipes, equipment
    NETWORK_EQUIPMENT_STATUS = "network.equipment_status"  # patrol and repair (rule 5.2.1)
    NETWORK_OUTAGE = "network.outage"  # declare and restore outages, decide proposals
    NETWORK_EXPORT = "network.export"  # the affected customers' phones for the SMS gateway
    # --- field visits, visitors, messages ---
    TRIP_PLAN = "trips.plan"  # rule 3.8: build a trip, phone ahead, print it
    TRIP_FEEDBACK = "trips.feedback"  # rule 3.8: enter what was found on site; the report
    VISITOR_RECEIVE = "visitors.receive"  # rule 3.7.2: record a walk-in visitor
    MEMO_LEAVE = "memos.leave"  # rule 4.2(5): leave a message for an absent colleague
    MEMO_WATCH = "memos.watch"  # a leader sees messages left unread too long
    # --- telephony ---
    TELEPHONY_RECORD = "telephony.record"  # keep the PBX's calls of one's own desk
    TELEPHONY_DIAL = "telephony.dial"  # click-to-dial a customer through the PBX
    TELEPHONY_FIGURES = "telephony.figures"  # the PBX figures beside the supervision figures
    # --- desk work (calls, orders, notices, surveys) ---
    INTAKE_SAVE = "intake.save"  # take a call: the contact and its order (also a trip's)
    CUSTOMER_CREATE = "customers.create"  # a caller new to the archive, from the intake
    TICKET_WORK = "ticket.work"  # every step of a work order: claim, dispatch ... reopen
    TICKET_EDIT = "ticket.edit"  # correct an order's details, count a customer's urging
    INCIDENT_MANAGE = "incidents.manage"  # open and resolve an incident (one fault, many calls)
    SURVEY_RECORD = "surveys.record"  # enter a paper satisfaction survey form
    QUALITY_OUTDOOR = "quality.outdoor"  # the day's outdoor mean temperature, typed or imported
    NOTICE_RECORD = "notices.record"  # a printed visit or posting notice: who was told when
    # --- the regulations' readings ---
    RULE_SETTINGS = "rules.settings"  # readings a centre decides: app/workflows/rule_settings.py


AGENT = Role.AGENT
LEADER = Role.SHIFT_LEADER
TECHNICIAN = Role.TECHNICIAN
SUPERVISOR = Role.SUPERVISOR
ADMIN = Role.ADMIN
EVERYONE = frozenset(Role)
LEADERS = frozenset({LEADER, SUPERVISOR, ADMIN})
DESK = frozenset({AGENT}) | LEADERS

ROLE_PERMISSIONS: dict[Permission, frozenset[Role]] = {
    # --- staff and security (admin) ---
    Permission.STAFF_MANAGE: frozenset({ADMIN}),
    Permission.STAFF_RESET_PASSWORD: frozenset({ADMIN}),
    Permission.STAFF_UNLOCK: LEADERS,  # the leader on duty lets a locked-out agent back in
    Permission.AUDIT_VIEW: frozenset({SUPERVISOR, ADMIN}),
    # --- shifts and handover ---
    Permission.SHIFT_ROSTER: LEADERS,  # the roster belongs to a superior
    Permission.SHIFT_LEAVE_DECIDE: LEADERS,
    Permission.SHIFT_SWAP_OTHERS: LEADERS,
    Permission.HANDOVER_OVERRIDE: LEADERS,
    # rule 3.4: the desk's shifts are handed over between agents and leaders; technicians
    # are never rostered at the desk (the roster's DESK_ROLES). The duty itself (who is
    # the named incoming colleague) stays the workflow's extra condition.
    Permission.HANDOVER_WRITE: DESK,
    Permission.HANDOVER_SIGN: DESK,
    # --- work orders ---
    Permission.TICKET_CALLBACK: frozenset({AGENT, LEADER, SUPERVISOR, ADMIN}),
    Permission.TICKET_OPEN_CASE: frozenset({AGENT, LEADER, SUPERVISOR, ADMIN}),
    Permission.TICKET_OVERDUE_ALERTS: frozenset({LEADER, SUPERVISOR}),
    # --- etiquette, quality, letterhead ---
    Permission.ETIQUETTE_EDIT: LEADERS,
    Permission.QUALITY_MEASURE: frozenset({TECHNICIAN, LEADER, SUPERVISOR, ADMIN}),
    Permission.LETTERHEAD_EDIT: LEADERS,
    # --- customer archive ---
    Permission.ARCHIVE_VIEW: EVERYONE,
    Permission.ARCHIVE_EDIT_CONTACT: frozenset({AGENT, LEADER, SUPERVISOR, ADMIN}),
    Permission.ARCHIVE_EDIT_RECORD: LEADERS,
    Permission.ARCHIVE_EDIT_CONTRACT: LEADERS,
    Permission.ARCHIVE_STOP_RESUME: frozenset({AGENT, LEADER, SUPERVISOR, ADMIN}),
    Permission.ARCHIVE_LISTS: LEADERS,
    Permission.ARCHIVE_IMPORT: LEADERS,
    # --- heating network ---
    Permission.NETWORK_EDIT: frozenset({LEADER, ADMIN}),
    Permission.NETWORK_EQUIPMENT_STATUS: frozenset({LEADER, TECHNICIAN, ADMIN}),
    Permission.NETWORK_OUTAGE: frozenset({LEADER, SUPERVISOR, ADMIN}),
    Permission.NETWORK_EXPORT: frozenset({LEADER, SUPERVISOR, ADMIN}),
    # --- field visits, visitors, messages ---
    Permission.TRIP_PLAN: frozenset({LEADER, TECHNICIAN, SUPERVISOR, ADMIN}),
    Permission.TRIP_FEEDBACK: frozenset({LEADER, TECHNICIAN, SUPERVISOR, ADMIN}),
    Permission.VISITOR_RECEIVE: frozenset({AGENT, LEADER, SUPERVISOR, ADMIN}),
    Permission.MEMO_LEAVE: EVERYONE,
    Permission.MEMO_WATCH: LEADERS,
    # --- telephony ---
    Permission.TELEPHONY_RECORD: EVERYONE,
    Permission.TELEPHONY_DIAL: frozenset({AGENT}) | LEADERS,
    Permission.TELEPHONY_FIGURES: LEADERS,
    # --- desk work (calls, orders, notices, surveys) ---
    # Open to every role as the screens have always been (no screen hides them); on the
    # table so that narrowing one is a one-line change the walk then proves.
    Permission.INTAKE_SAVE: EVERYONE,  # technicians too: site findings become orders
    Permission.CUSTOMER_CREATE: EVERYONE,
    Permission.TICKET_WORK: EVERYONE,  # a step's own roles: transitions.ROLES, grading.py
    Permission.TICKET_EDIT: EVERYONE,  # the level's own roles: grading.py (settings)
    Permission.INCIDENT_MANAGE: EVERYONE,
    Permission.SURVEY_RECORD: EVERYONE,
    Permission.QUALITY_OUTDOOR: EVERYONE,
    Permission.NOTICE_RECORD: EVERYONE,  # agents, leaders, technicians on a trip
    # --- the regulations' readings ---
    # who pauses and grades (rule 5.2.2), the survey window and the callbacks in the rate
    # (5.3.2.2), the maintenance notice (5.2.1): a leader's decision, like the letterhead
    Permission.RULE_SETTINGS: LEADERS,
}


def allowed(role: Role | str | None, permission: Permission) -> bool:
    """True when `role` holds `permission` (for the UI to show or hide an action)."""
    if role is None:
        return False
    return Role(role) in ROLE_PERMISSIONS[permission]


def roles_with(permission: Permission) -> frozenset[str]:
    """The role values holding `permission` (a FeatureAction's `roles=`)."""
    return frozenset(role.value for role in ROLE_PERMISSIONS[permission])


def require(uow: UnitOfWork, permission: Permission) -> Actor:
    """The acting staff member, or PermissionDenied naming what was refused."""
    actor = uow.actor
    if actor is None:
        raise refused(uow, permission.value, f"{permission.value}: needs a logged-in staff member")
    if not allowed(actor.role, permission):
        raise refused(uow, permission.value,
                      f"{permission.value}: not allowed for role {Role(actor.role).value}")
    return actor
