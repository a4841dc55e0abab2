"""The network equipment on the shift handover (issue 16 with rule 3.4.3).

The handover log already records equipment status as lines of (subject, state, note) in
its own three states (ok / faulty / out of service, app/models/handover.py). Rather than a
second equipment list, the units of the network whose status changed during the shift
become such lines when the outgoing agent opens a new log: the latest change of each unit,
its substation and name as the subject, the register's status mapped onto the log's
states (under repair and retired are out of service) and who changed it when as the note.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from app.models.handover import EquipmentState
from app.models.network import EquipmentStatus
from app.repositories.uow import UnitOfWork
from app.workflows.network.equipment import changes_between

STATE = {EquipmentStatus.INTACT.value: EquipmentState.OK.value,
         EquipmentStatus.FAULTY.value: EquipmentState.FAULTY.value,
         EquipmentStatus.UNDER_REPAIR.value: EquipmentState.OUT_OF_SERVICE.value,
         EquipmentStatus.RETIRED.value: EquipmentState.OUT_OF_SERVICE.value}
STATUS_ZH = {"intact": "完好", "faulty": "故障", "under_repair": "维修中", "retired": "已报废"}
SUBJECT_MAX = 100


def shift_lines(uow: UnitOfWork, since: datetime, zone: tzinfo) -> list[tuple[str, str, str]]:
    """Inside an open unit of work: (subject, state, note) of every unit whose status
    changed since `since`, its latest change only, in the order they changed."""
    latest: dict[int, tuple[str, str, str]] = {}
    for change in changes_between(uow, since):  # newest first: the first seen wins
        if change.equipment_id in latest:
            continue
        subject = f"{change.substation} {change.equipment}"[:SUBJECT_MAX]
        when = change.changed_at.astimezone(zone).strftime("%m-%d %H:%M")
        who = f"，{change.changed_by}" if change.changed_by else ""
        note = f"管网设备{STATUS_ZH.get(change.status, change.status)}（{when}{who}）"
        if change.note:
            note += f"：{change.note}"
        latest[change.equipment_id] = (subject, STATE[change.status], note)
    return list(reversed(latest.values()))
