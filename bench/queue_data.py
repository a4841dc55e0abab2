"""The queue benchmark's data set: many work orders, few of them open, written in bulk.

A season's hotline closes most orders: the goal is 200,000 open among 3,000,000 (one in
fifteen). Orders are written as plain tuples through BulkRepository (COPY on PostgreSQL,
executemany on SQLite); the per-row audit hook would take hours. Open orders were received
over the last two days, so some are overdue, some due within the hour, most later.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from app.models.staff import Unit
from app.repositories.bulk import BulkRepository
from app.repositories.uow import Actor, UnitOfWork
from app.workflows.auth import seed_user
from app.workflows.demo.progress import RateProgress
from app.workflows.desk import Desk

ESTATES = ("阳光小区", "和平里", "幸福家园", "金色家园", "建华小区", "朝阳小区", "东方明珠",
           "翠屏山庄", "育才小区", "铁路宿舍", "新华里", "怀特小区")
CATEGORIES = ("repair", "heating_quality", "complaint", "enquiry", "contract", "suggestion")
WORDS = ("暖气不热", "阀门漏水", "室温只有15度", "缴费咨询", "管道异响", "维修人员未到",
         "楼道暖气管漏水", "申请停供", "热计量表故障", "家里没人待联系")
OPEN = ("new", "dispatched", "in_progress", "resolved")
HOURS = {1: 2, 2: 8, 3: 24}  # rule 5.2.2
UNITS = 10
AGENTS = 40
CHUNK = 20_000
Log = Callable[[str], None]


def open_count(tickets: int) -> int:
    return max(1, tickets // 15)


def _staff(desk: Desk) -> tuple[list[int], list[Actor]]:
    with UnitOfWork(desk.db, None, desk.clock) as uow:
        units = [uow.units.add(Unit(code=f"Q{n:02d}", name=f"第{n}供热所")).id
                 for n in range(1, UNITS + 1)]
        uow.commit()
    agents = [seed_user(UnitOfWork(desk.db, None, desk.clock), f"Q{n:03d}", f"坐席{n}",
                          "agent", "bench-pass-1", unit_id=units[n % UNITS])
              for n in range(AGENTS)]
    return units, agents


def build(desk: Desk, tickets: int, seed: int, log: Log) -> None:
    """Customers (one per 15 orders), their phones and `tickets` orders."""
    rng = random.Random(seed)
    units, agents = _staff(desk)
    agent_ids = [a.id for a in agents]
    now = int(desk.clock().timestamp())
    bulk = BulkRepository(desk.db.engine)
    customers = max(1, tickets // 15)
    conn = bulk.open()
    try:
        for start in range(1, customers + 1, CHUNK):
            rows, phones = [], []
            for cid in range(start, min(start + CHUNK, customers + 1)):
                estate = ESTATES[cid % len(ESTATES)]
                building, entrance, room = str(cid % 40 + 1), str(cid % 6 + 1), \
                    f"{cid % 18 + 1}0{cid % 4 + 1}"
                address = f"新华区{estate}{building}号楼{entrance}单元{room}室"
                rows.append((cid, f"B{cid:09d}", f"用户{cid}", "新华区", estate, building,
                             entrance, room, address, 80.0, True, False, False, False, "",
                             None, None, None, None, None))
                phones.append((cid, cid, f"139{cid:08d}", ""))
            bulk.write(conn, {"customer": rows, "customer_phone": phones})
        log(f"customers: {customers:,}")
        progress = RateProgress("queue data", "orders", log, every=0.1)
        open_from = tickets - open_count(tickets) + 1  # the newest ids are the open ones
        for start in range(1, tickets + 1, CHUNK):
            ticket_rows = []
            for tid in range(start, min(start + CHUNK, tickets + 1)):
                level = rng.choice((1, 2, 2, 3, 3, 3))
                customer = rng.randint(1, customers)
                if tid >= open_from:
                    received = now - rng.randint(0, 48 * 3600)
                    status, closed = rng.choice(OPEN), None
                    assignee = rng.choice(agent_ids) if rng.random() < 0.5 else None
                else:
                    received = now - rng.randint(2 * 86400, 150 * 86400)
                    status, assignee = "closed", rng.choice(agent_ids)
                    closed = received + rng.randint(3600, 3 * 86400)
                    if rng.random() < 0.002:  # a few closed this morning: "closed today"
                        closed = now - rng.randint(0, 6 * 3600)
                ticket_rows.append((tid, customer, None, f"139{customer:08d}",
                             rng.choice(CATEGORIES), level, rng.choice(WORDS), status,
                             rng.choice(units), assignee, agent_ids[0], "company", "",
                             received, received + HOURS[level] * 3600, closed, 1, None))
            bulk.write(conn, {"ticket": ticket_rows})
            progress(min(start + CHUNK - 1, tickets), tickets)
        bulk.analyze(conn, progress.note)
    finally:
        bulk.close(conn)
    bulk.add_event("bench", "queues", {"tickets": tickets, "seed": seed}, desk.clock())

