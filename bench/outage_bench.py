"""`bench outage`: a city's heating network and an outage over 20,000 households.

On a throwaway copy of a data set (or a demo data set built for the run) the bench lays a
city network over the customers' buildings: `--sources` heat sources (50), `--substations`
substations (2,000) and every (estate, building) of the archive as a building under one of
them (first split into stairwells on the copy until there are `--buildings`, 30,000:
bench/city_buildings.py), then counts the households under every node set-based (`recount_s`). It then times
what the issue asks for (issue 16, docs/network.md):

- `declare_s`: declaring one unplanned outage over consecutive substations holding at
  least `--households` households (20,000): the covered buildings, the active rows, the
  incident and its areas, all INSERT … SELECT; goal < 2 s;
- `pop_ms`: the screen pop (the workflow `pop_by_phone`, two statements, the second with
  the outage lookup on network_active_outage's primary key) of callers under the outage
  and of callers elsewhere, p50/p95/max; goal p95 <= 20 ms (the desk's ring-to-card goal,
  which `bench screen-pop` measures in the window with its `outage` callers);
- `export_*`: the affected phones written to .csv and .xlsx for the SMS gateway, streamed
  from a server-side cursor: seconds, rows and the peak of Python memory (tracemalloc);
- `restore_s`: restoring it (the incident resolved, every household's hours recorded).

Prints one JSON object; asserts nothing about time. The copy is removed at the end.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.city_buildings import split_into_stairwells
from bench.machine import emit
from bench.stats import summary_ms
from bench.throwaway_db import add_data_set_arguments, log, working_copy

EXIT_REFUSED = 2
DECLARE_GOAL_S = 2.0
POP_GOAL_MS = 20.0


def register_outage_bench(kinds: argparse._SubParsersAction) -> None:
    parser = kinds.add_parser(
        "outage", help="city network, declaring an outage over 20,000 households (JSON)",
        description="Lay a city network (sources, substations, every building of the "
                    "archive) on a copy of --db or a demo data set, then time declaring "
                    "an outage over --households households, the screen pop of callers "
                    "under it, the streamed phone export and the restore.")
    add_data_set_arguments(parser, "data set to copy (left unchanged)")
    parser.add_argument("--sources", type=int, default=50)
    parser.add_argument("--substations", type=int, default=2000)
    parser.add_argument("--households", type=int, default=20_000,
                        help="the outage covers substations until it holds this many")
    parser.add_argument("--buildings", type=int, default=30_000,
                        help="split the archive's buildings into stairwells on the copy "
                             "until the city has this many (0: as they are)")
    parser.add_argument("--pops", type=int, default=300, help="callers to pop per kind")
    parser.add_argument("--seed", type=int, default=2026)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if min(args.sources, args.substations, args.households, args.pops) < 1:
        print("--sources, --substations, --households and --pops must be positive",
              file=sys.stderr)
        return EXIT_REFUSED
    try:
        with working_copy(args.source, backend=args.backend, customers=args.customers,
                          seed=args.seed) as url:
            result = run_outage_bench(url, args.sources, args.substations, args.households,
                                      args.pops, args.seed, buildings=args.buildings)
    except RuntimeError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_REFUSED
    emit(result, default=str)
    return 0


def _city(db: Any, sources: int, substations: int, buildings: int) -> dict[str, Any]:
    """Replace any network with the city's: bulk rows, then the set-based recount."""
    from sqlalchemy import delete, func, insert, select

    from app.models.customer import Customer
    from app.models.network import HeatSource, NetworkBuilding, Substation
    from app.repositories.network.tree import NetworkRepository
    from app.repositories.uow import UnitOfWork

    with UnitOfWork(db) as uow:
        s = uow.session
        for table in ("network_proposal", "network_outage_household", "network_active_outage",
                      "network_outage_building", "network_outage_node", "network_outage",
                      "network_equipment_change", "network_equipment", "network_pipe",
                      "network_building", "network_substation", "network_source"):
            s.execute(delete(HeatSource.metadata.tables[table]))
        split_s = time.perf_counter()
        if buildings:
            split_into_stairwells(s, buildings)
        split_s = time.perf_counter() - split_s
        places = [tuple(r) for r in s.execute(
            select(Customer.estate, Customer.building)
            .where(Customer.estate != "", Customer.building != "")
            .group_by(Customer.estate, Customer.building)
            .order_by(Customer.estate, Customer.building))]
        subs = min(substations, max(1, len(places)))
        s.execute(insert(HeatSource), [{"id": i + 1, "name": f"第{i + 1}热源", "address": "",
                                        "households": 0, "version": 1}
                                       for i in range(sources)])
        s.execute(insert(Substation), [{"id": i + 1, "source_id": i % sources + 1,
                                        "name": f"{i + 1:04d}号换热站", "address": "",
                                        "households": 0, "version": 1} for i in range(subs)])
        per = -(-len(places) // subs)
        s.execute(insert(NetworkBuilding), [
            {"substation_id": n // per + 1, "estate": e, "building": b, "households": 0,
             "version": 1} for n, (e, b) in enumerate(places)])
        started = time.perf_counter()
        uow.repo(NetworkRepository).recount()
        recount_s = time.perf_counter() - started
        total = s.scalar(select(func.sum(HeatSource.households)))
        uow.commit()
    return {"sources": sources, "substations": subs, "buildings": len(places),
            "households": int(total or 0), "recount_s": round(recount_s, 3),
            "split_s": round(split_s, 1)}


def _chosen_substations(db: Any, wanted: int) -> tuple[list[int], int]:
    from sqlalchemy import select

    from app.models.network import Substation
    from app.repositories.uow import UnitOfWork

    chosen, homes = [], 0
    with UnitOfWork(db) as uow:
        for sub_id, count in uow.session.execute(
                select(Substation.id, Substation.households).order_by(Substation.id)):
            if homes >= wanted:
                break
            chosen.append(sub_id)
            homes += count
    return chosen, homes


def _numbers(db: Any, under: bool, limit: int, rng: random.Random) -> list[str]:
    from sqlalchemy import and_, exists, select

    from app.models.customer import Customer, CustomerPhone
    from app.models.network import ActiveOutage
    from app.repositories.uow import UnitOfWork

    covered = exists().where(and_(ActiveOutage.estate == Customer.estate,
                                  ActiveOutage.building == Customer.building))
    with UnitOfWork(db) as uow:
        rows = [r[0] for r in uow.session.execute(
            select(CustomerPhone.number).join(Customer, Customer.id == CustomerPhone.customer_id)
            .where(covered if under else ~covered).limit(limit * 20))]
    return rng.sample(rows, min(limit, len(rows)))


def _pops(db: Any, actor: Any, clock: Any, numbers: list[str]) -> tuple[list[float], int]:
    from app.repositories.uow import UnitOfWork
    from app.workflows.screen_pop import pop_by_phone

    seconds, told = [], 0
    for number in numbers:
        started = time.perf_counter()
        pop = pop_by_phone(UnitOfWork(db, actor, clock), number)
        seconds.append(time.perf_counter() - started)
        told += pop.outage is not None
    return seconds, told


def _export(db: Any, actor: Any, clock: Any, outage_id: int, suffix: str) -> dict[str, Any]:
    """Written twice: timed, then under tracemalloc (which slows Python) for the peak."""
    from app.repositories.uow import UnitOfWork
    from app.workflows.network.phones import export_phones

    folder = Path(tempfile.mkdtemp(prefix="heatdesk-bench-phones-"))
    target = folder / f"phones{suffix}"
    started = time.perf_counter()
    rows = export_phones(UnitOfWork(db, actor, clock), outage_id, target)
    seconds = time.perf_counter() - started
    size = target.stat().st_size
    tracemalloc.start()
    export_phones(UnitOfWork(db, actor, clock), outage_id, target)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    target.unlink()
    folder.rmdir()
    return {"s": round(seconds, 3), "rows": rows, "peak_python_mb": round(peak / 2**20, 1),
            "file_kb": size // 1024}


def run_outage_bench(url: str, sources: int, substations: int, households: int, pops: int,
                     seed: int, *, buildings: int = 0) -> dict[str, Any]:
    from app.clock import FixedClock
    from app.db.database import Database
    from app.repositories.uow import UnitOfWork
    from app.workflows.network.outages import OutageForm, declare_outage, restore_outage
    from app.workflows.units import active_units

    db = Database(url)
    try:
        started = time.perf_counter()
        city = _city(db, sources, substations, buildings)
        city["build_s"] = round(time.perf_counter() - started, 1)
        log(f"network: {city}")
        leader = _leader(db)
        clock = FixedClock(datetime.now(UTC).replace(microsecond=0))
        chosen, homes = _chosen_substations(db, households)
        units = active_units(UnitOfWork(db, leader, clock))
        form = OutageForm(kind="unplanned", origin="leader", reason="一次网主管线故障（基准测试）",
                          starts_at=clock(), expected_end_at=clock() + timedelta(hours=8),
                          unit_id=units[0].id, substations=chosen)
        started = time.perf_counter()
        declared = declare_outage(UnitOfWork(db, leader, clock), form)
        declare_s = time.perf_counter() - started
        log(f"declared over {declared.outage.households:,} households in {declare_s:.2f} s")
        rng = random.Random(seed)
        under, under_told = _pops(db, leader, clock, _numbers(db, True, pops, rng))
        elsewhere, _ = _pops(db, leader, clock, _numbers(db, False, pops, rng))
        exports = {suffix.strip("."): _export(db, leader, clock, declared.outage.id, suffix)
                   for suffix in (".csv", ".xlsx")}
        clock.advance(hours=5)
        started = time.perf_counter()
        restore_outage(UnitOfWork(db, leader, clock), declared.outage.id, "基准测试恢复")
        restore_s = time.perf_counter() - started
        if not under or not elsewhere:
            raise RuntimeError("no callers with a phone under the outage or elsewhere")
        pop_under = summary_ms(under)
        return {
            "backend": db.dialect, "network": city,
            "outage": {"substations": len(chosen), "buildings": declared.outage.buildings,
                       "households": declared.outage.households},
            "declare_s": round(declare_s, 3), "declare_goal_s": DECLARE_GOAL_S,
            "declare_goal_met": declare_s < DECLARE_GOAL_S,
            "pop_ms": {"under_outage": {**pop_under, "samples": len(under),
                                        "sentence_shown": under_told},
                       "elsewhere": {**summary_ms(elsewhere), "samples": len(elsewhere)}},
            "pop_goal_p95_ms": POP_GOAL_MS,
            "pop_goal_met": bool(under) and pop_under["p95"] <= POP_GOAL_MS,
            "export": exports, "restore_s": round(restore_s, 3), "expected_households": homes,
        }
    finally:
        db.dispose()


def _leader(db: Any) -> Any:
    from sqlalchemy import select

    from app.models.staff import Staff
    from app.repositories.uow import Actor, UnitOfWork

    with UnitOfWork(db) as uow:
        row = uow.session.execute(select(Staff).where(
            Staff.role.in_(("shift_leader", "admin"))).order_by(Staff.id)).scalars().first()
        if row is None:
            raise RuntimeError("the data set has no shift leader or admin to declare with")
        role = getattr(row.role, "value", row.role)
        return Actor(id=row.id, job_number=row.job_number, name=row.name, role=str(role))
