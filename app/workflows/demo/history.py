"""Each demo order's history: the events its workflow steps would have written.

The bulk rows bypass the audit hook (app/workflows/demo/rows.py); the order history and the
audit viewer still show, for every generated order, what the desk would have recorded, in
the hook's own form. Each chunk's histories draw from a random stream of their own, so the
customers, contacts and orders of a seed stay as they are whatever the history writes.
"""

from __future__ import annotations

from functools import cache
from itertools import count
from json import dumps
from typing import TYPE_CHECKING

from app.repositories.bulk_encode import HourPrefixes

if TYPE_CHECKING:
    from app.workflows.demo.rows import DemoChunk, DemoRandom, IdCursor

STATUS_RANK = {"new": 0, "dispatched": 1, "in_progress": 2, "resolved": 3, "closed": 4}
CALLBACK_WORDS = {"satisfied": ("满意", "已经热了", "师傅很负责", ""),
                  "basically_satisfied": ("还可以", "基本满意", ""),
                  "dissatisfied": ("修得太慢", "温度还是偏低"),
                  "very_dissatisfied": ("很不满意，要求再派人", "一直不热")}


_ISO_HOURS = HourPrefixes("%Y-%m-%dT%H:")
_ISO_REST = [f"{m:02d}:{s:02d}+00:00" for m in range(60) for s in range(60)]


def iso_time(ts: int) -> str:
    """Epoch seconds as an aware UTC datetime's isoformat() (whole seconds), as the audit
    hook writes a time into an event."""
    return _ISO_HOURS[ts // 3600] + _ISO_REST[ts % 3600]


@cache
def _json(text: str) -> str:
    """A demo text as a JSON string (the texts come from short fixed lists)."""
    return dumps(text, ensure_ascii=False)


class OrderHistory:
    """The history events of generated orders, for a clock standing at `now` (epoch s)."""

    def __init__(self, now: int, agent_ids: list[int], leader_id: int | None,
                 callback_after: int) -> None:
        self.now = now
        self.agent_ids = agent_ids
        self.leader_id = leader_id
        self.callback_after = callback_after  # seconds from resolving to the callback due

    def write(self, rng: DemoRandom, ids: IdCursor, out: DemoChunk, ticket: tuple) -> None:
        """create (the agent, at receipt), dispatch, claim (the technician of the demo's
        unit), start, resolve, callback and close, as far as the order's status went, in
        the form `app/db/audit.py` and the steps (`tickets/steps.py`) write them. Times
        rise from receipt to the close, or for an open order to its deadline or `now`,
        whichever is first: the overdue sweep's own (system) event at the deadline then
        follows them. The callback that closed an order is here; the calls in
        `ticket_callback` (9dab444) are the ones made after closing."""
        (tid, customer_id, contact_id, phone, category, level, text, status, unit_id,
         assignee, agent, responsibility, resolution, received, due, closed_at, _, _) = ticket
        reach = STATUS_RANK[status]
        end = closed_at if closed_at is not None else min(self.now - 60, due)
        span = max(0, end - received)
        uniform = rng.uniform
        events = out.events
        number = count(ids.event)
        customer = "" if customer_id is None else f'"customer_id": {customer_id}, '
        events.append((next(number), received, agent, "ticket", tid, "create", (
            f'{{"id": {tid}, {customer}"contact_id": {contact_id}, "phone": "{phone}", '
            f'"category": "{category}", "level": {level}, "description": {_json(text)}, '
            f'"status": "new", "unit_id": {unit_id}, "created_by_id": {agent}, '
            f'"responsibility": "undetermined", "resolution": "", '
            f'"received_at": "{iso_time(received)}", "due_at": "{iso_time(due)}", '
            f'"escalation_reason": "", "third_party": "", "is_case": false, '
            f'"urge_count": 0}}')))
        if reach >= 1:
            events.append((next(number),
                           received + int(span * uniform(0.01, 0.06)), agent, "ticket", tid,
                           "dispatch", '{"status": ["new", "dispatched"]}'))
            if assignee is not None:
                events.append((next(number), received + int(span * uniform(0.08, 0.2)), assignee,
                               "ticket", tid, "claim",
                               f'{{"assignee_id": [null, {assignee}]}}'))
        holder = assignee if assignee is not None else (self.leader_id or agent)
        if reach >= 2:
            events.append((next(number), received + int(span * uniform(0.22, 0.4)), holder, "ticket",
                           tid, "start", '{"status": ["dispatched", "in_progress"]}'))
        if reach >= 3:
            resolved = received + int(span * uniform(0.5, 0.85))
            callback_due = iso_time(resolved + self.callback_after)
            blamed = ("" if responsibility == "undetermined" else
                      f'"responsibility": ["undetermined", "{responsibility}"], ')
            events.append((next(number), resolved, holder, "ticket", tid, "resolve", (
                f'{{"status": ["in_progress", "resolved"], '
                f'"resolution": ["", {_json(resolution)}], {blamed}'
                f'"resolved_at": [null, "{iso_time(resolved)}"], '
                f'"callback_due_at": [null, "{callback_due}"]}}')))
        if closed_at is not None:
            said = "satisfied" if rng.random() < 0.77 else "basically_satisfied"
            caller = rng.pick(self.agent_ids)
            # a third party's order stays at callback done until closed by hand (rule 5.2.2)
            third_party = responsibility == "third_party"
            called = (resolved + int((closed_at - resolved) * uniform(0.3, 0.8))
                      if third_party else closed_at)
            events.append((next(number), called, caller, "ticket", tid, "callback", (
                f'{{"status": ["resolved", "callback_done"], '
                f'"callback_due_at": ["{callback_due}", null], "reached": true, '
                f'"satisfaction": "{said}", '
                f'"words": {_json(rng.pick(CALLBACK_WORDS[said]))}}}')))
            after = "" if third_party else ', "after": "callback"'
            events.append((next(number), closed_at, (self.leader_id or caller) if third_party else caller,
                           "ticket", tid, "close", (
                               f'{{"status": ["callback_done", "closed"], '
                               f'"closed_at": [null, "{iso_time(closed_at)}"]{after}}}')))
        ids.event = next(number)
