"""Each demo call's etiquette record, as the desk's panel writes it when a call ends.

The panel records, under the saved contact's id, the stages the call reached and how many
curt-phrase warnings the agent saw (rule 5.4; supervision.record_call). The demo records
every phone call of the last `DAYS` days (the figures window opens on the last 7) through
the same workflow, by the agent who took the call, at the moment it was saved. Each agent
has a manner of their own, drawn from the seed: the greeting (rule 3.2.1) and the farewell
are reached on most calls, a few calls see a curt-phrase warning (rule 3.2.6). The answer
delay (rule 4.4, within 3 rings mostly) comes from the calls' own ring and answer times.
"""

from __future__ import annotations

from datetime import UTC, timedelta

from app.repositories.etiquette import EtiquetteRepository
from app.workflows.demo.extras.stage import Stage
from app.workflows.etiquette.library import CLOSING_STAGE, GREETING_STAGE
from app.workflows.etiquette.scripts import library_in_force
from app.workflows.etiquette.supervision import record_call

DAYS = 14
# Each record is one unit of work, as at the desk, so the cost follows the calls: a bench
# data set of 1,000,000 customers holds about 400,000 calls in 14 days, hours of single
# writes. The newest calls are recorded, at most this many (a first-start demo has a few
# hundred, all recorded); older calls of a big data set read as taken without the panel.
# 3,000 took 15 s of a 1,000,000-customer build (and read all 400,000 calls to pick them).
MAX_CALLS = 1_000


def plan_etiquette(stage: Stage) -> None:
    """One step at `now`: by then every call of the window is saved (bulk rows and the
    orders' intakes); each record is written at its own call's moment."""
    stage.at(stage.now, lambda: record_calls(stage))


def record_calls(stage: Stage) -> int:
    rng = stage.rng("etiquette")
    with stage.desk.uow() as uow:
        library = library_in_force(uow)
        rows = uow.repo(EtiquetteRepository).call_rows(
            stage.now - timedelta(days=DAYS), stage.now + timedelta(seconds=1),
            newest=2 * MAX_CALLS)  # some are recorded already, or taken by no demo agent
    flow = library.flows[0]
    manners: dict[str, tuple[float, float, float]] = {}
    written = 0
    wanted = [r for r in rows if not r.recorded and r.agent_job_number in stage.staff]
    for row in wanted[-MAX_CALLS:]:
        greet, farewell, curt = manners.setdefault(row.agent_job_number, (
            rng.uniform(0.82, 0.98), rng.uniform(0.75, 0.95), rng.uniform(0.03, 0.2)))
        stages = list(flow.stages)
        if rng.random() >= greet:
            stages = [s for s in stages if s != GREETING_STAGE]
        if rng.random() >= farewell:  # the caller hung up before the farewell
            stages = [s for s in stages if s != CLOSING_STAGE]
        warnings = rng.choice((1, 1, 2)) if rng.random() < curt else 0
        saved = row.created_at if row.created_at.tzinfo else row.created_at.replace(tzinfo=UTC)
        record_call(stage.uow(row.agent_job_number, min(saved, stage.now)),
                    row.contact_id, stages, warnings, library.version)
        written += 1
    return written
