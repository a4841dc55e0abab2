"""The demo's archive import (issue 14): three days ago the shift leader brought in the
month's file from billing through the import workflow, so the demo shows its history:

- 24 households of the archive with a new heated area (re-measured) or a second phone:
  each an `import_update` history event with the old and new value;
- 12 new households in an estate the archive knows (`import_create`);
- three rows the import refused (a phone of six digits, a repeated account number, an
  empty account number) - the report's refused rows;
- the columns' mapping remembered, so the import dialog proposes it for the next file.

The file is written to a temporary folder and removed; nothing of it stays but what the
import wrote.
"""

from __future__ import annotations

import csv
import tempfile
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from app.workflows.customers.importing import open_import, run_import
from app.workflows.demo.extras.stage import Stage

LEADER = "2001"
HEADER = ("用户编号", "户名", "联系电话", "区", "小区", "楼栋", "单元", "室", "供热面积",
          "服务", "备注")
CHANGED, NEW = 24, 12


def plan_archive_import(stage: Stage) -> None:
    moment = stage.local(stage.today - timedelta(days=3), 10, 20)
    stage.at(moment, lambda: _import(stage, moment))


def _import(stage: Stage, moment) -> None:
    rng = stage.rng("archive_import")
    rows: list[list[str]] = []
    picked = set()
    with stage.desk.uow() as uow:
        for _ in range(CHANGED * 20):
            if len(rows) >= CHANGED:
                break
            cid = rng.choice(stage.customer_ids)
            card = uow.customers.card(cid)
            if card is None or cid in picked or not card.building or not card.phones:
                continue
            picked.add(cid)
            area, phones = card.heated_area, list(card.phones)
            if len(rows) % 3 == 2:
                phones.append(f"139{rng.randrange(10**8):08d}")
            else:
                area = (area + Decimal(rng.choice((-3, -2, 2, 4, 6)))).quantize(Decimal("0.01"))
            rows.append([card.account_number, card.name, "；".join(phones), card.district,
                         card.estate, card.building, card.entrance, card.room, str(area),
                         "、".join({"heating": "采暖", "hot_water": "热水", "steam": "蒸汽"}[s]
                                  for s in card.services), ""])
    if not rows:
        return
    estate, district, building = rows[0][4], rows[0][3], str(rng.randint(40, 60))
    for i in range(NEW):
        rows.append([f"N{moment:%y%m}{i + 1:04d}", f"新户{i + 1}", f"13{rng.randrange(10**9):09d}",
                     district, estate, building, str(1 + i // 6), f"{1 + i % 6}01",
                     f"{rng.uniform(60, 140):.2f}", "采暖", "新建小区楼栋，本月入网"])
    rows.append([f"N{moment:%y%m}9001", "赵六", "138001", district, estate, building, "1",
                 "702", "88.00", "采暖", ""])  # a phone of six digits
    rows.append([rows[0][0], rows[0][1], rows[0][2], district, rows[0][4], rows[0][5],
                 rows[0][6], rows[0][7], rows[0][8], "采暖", ""])  # repeats the first row
    rows.append(["", "钱七", "13900001111", district, estate, building, "2", "801", "90",
                 "采暖", ""])  # no account number
    folder = Path(tempfile.mkdtemp(prefix="heatdesk-demo-import-"))
    path = folder / f"billing-{moment:%Y-%m}.csv"
    try:
        with path.open("w", encoding="gbk", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(HEADER)
            writer.writerows(rows)
        opened = open_import(stage.uow(LEADER, moment), path)
        run_import(stage.uow(LEADER, moment), opened.sheet, opened.mapping)
    finally:
        path.unlink(missing_ok=True)
        folder.rmdir()
