"""Walk entries of the desk's everyday work: calls, customers, orders, incidents, surveys,
outdoor temperatures. Every role holds these today; nobody signed in must be refused before
the (empty or unknown) input is looked at, so each entry passes input the workflow would
reject afterwards and writes nothing for anyone."""

from __future__ import annotations

from app.repositories.uow import UnitOfWork
from app.workflows.customers import CustomerForm, create_customer
from app.workflows.intake import IntakeForm, save_intake
from app.workflows.permissions import Permission
from app.workflows.quality.outdoor import record_outdoor
from app.workflows.reports.satisfaction import record_survey
from app.workflows.tickets.edits import record_urge
from app.workflows.tickets.incidents import resolve_incident
from app.workflows.tickets.lifecycle import start
from tests.integration.permission_walk import walks

NO_ORDER = 999_999  # no work order, no incident has this id


@walks(Permission.INTAKE_SAVE)
def _intake(world, uow: UnitOfWork) -> object:
    return save_intake(uow, IntakeForm(channel="", category="", description=""))


@walks(Permission.CUSTOMER_CREATE)
def _new_customer(world, uow: UnitOfWork) -> object:
    return create_customer(uow, CustomerForm(name="", phones=[]))


@walks(Permission.TICKET_WORK)
def _step(world, uow: UnitOfWork) -> object:
    return start(uow, NO_ORDER)  # past the check: NotFound


@walks(Permission.TICKET_EDIT)
def _urge(world, uow: UnitOfWork) -> object:
    return record_urge(uow, NO_ORDER)


@walks(Permission.INCIDENT_MANAGE)
def _resolve_incident(world, uow: UnitOfWork) -> object:
    return resolve_incident(uow, NO_ORDER, "")


@walks(Permission.SURVEY_RECORD)
def _survey(world, uow: UnitOfWork) -> object:
    return record_survey(uow, "", None, {})


@walks(Permission.QUALITY_OUTDOOR)
def _outdoor(world, uow: UnitOfWork) -> object:
    return record_outdoor(uow, "", "")
