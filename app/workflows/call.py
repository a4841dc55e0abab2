"""The call the agent is taking now, as plain data the desk's widgets observe.

The number, the customer, the ring/answer/end times and the half-typed form used to live in
three widgets; keeping them here gives one truth that the caller bar, the answer timer, the
etiquette panel and the draft file all read, and lets a restored draft bring the call's
times back with the text. A telephony adapter (app/workflows/telephony) feeds it: `ring`,
`answer` and `hang_up` take the phone system's own times when a PBX reports them, and the
desk clock when it does not (the ring hook, F2, a typed number).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from app.clock import Clock
from app.workflows.intake import AnswerDelay, answer_delay
from app.workflows.settings import Settings

Observer = Callable[["CurrentCall"], None]


def _when(raw: Any) -> datetime | None:
    if not isinstance(raw, str) or not raw:
        return None
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


class CurrentCall:
    """One desk's call; `subscribe` to hear of every change."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._observers: list[Observer] = []
        self.number = ""
        self.customer_id: int | None = None
        self.rang_at: datetime | None = None
        self.answered_at: datetime | None = None
        self.ended_at: datetime | None = None
        self.hung_up_at: datetime | None = None  # the PBX's end of the call, if it said
        self.pbx_call_id: str | None = None  # the PBX's id of this call (Linkedid)
        self.answered_by_pbx = False  # the answer time is the PBX's
        self.typed = False  # the agent started the call by typing (already talking)
        self.draft: dict[str, Any] | None = None  # the form as typed, not yet saved

    # ---- observing -------------------------------------------------------------------
    def subscribe(self, observer: Observer) -> Callable[[], None]:
        self._observers.append(observer)
        return lambda: self._observers.remove(observer) if observer in self._observers \
            else None

    def _changed(self) -> None:
        for observer in list(self._observers):
            observer(self)

    # ---- what happens on a call ------------------------------------------------------
    @property
    def in_call(self) -> bool:
        return self.rang_at is not None and self.ended_at is None

    def ring(self, number: str, at: datetime | None = None,
             call_id: str | None = None) -> None:
        """The phone system reports a ringing call: timing starts at its time, else now
        (rule 4.4)."""
        self._start(typed=False, at=at)
        self.number = number
        self.pbx_call_id = call_id
        self._changed()

    def start_typed(self) -> None:
        """The agent started a call by typing a number; no ring to time."""
        if self.in_call:
            return
        self._start(typed=True)
        self._changed()

    def _start(self, typed: bool, at: datetime | None = None) -> None:
        self.rang_at, self.answered_at, self.ended_at = at or self._clock(), None, None
        self.hung_up_at, self.pbx_call_id, self.answered_by_pbx = None, None, False
        self.typed = typed
        self.customer_id = None

    def set_number(self, number: str) -> None:
        self.number = number
        self._changed()

    def set_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        self._changed()

    def set_draft(self, draft: dict[str, Any] | None) -> None:
        self.draft = draft  # no notification: typing must stay cheap

    def answer(self, at: datetime | None = None) -> bool:
        """F2 (now) or the PBX (at its time): picked up. False when nothing rings.

        The PBX's answer wins over an F2 pressed before it came (the PBX's time is the
        true one, rule 4.4); F2 after the PBX's answer changes nothing."""
        if self.rang_at is None or self.ended_at is not None or self.answered_by_pbx:
            return False
        if self.answered_at is not None and at is None:
            return False
        self.answered_at = max(at, self.rang_at) if at is not None else self._clock()
        self.answered_by_pbx = at is not None
        self._changed()
        return True

    def hang_up(self, at: datetime) -> None:
        """The PBX reports the call over; the agent may still be writing it up."""
        if self.rang_at is None or self.hung_up_at is not None:
            return
        self.hung_up_at = max(at, self.rang_at)
        self._changed()

    def end(self) -> datetime:
        self.ended_at = self._clock()
        self._changed()
        return self.ended_at

    def clear(self) -> None:
        self.number, self.customer_id, self.typed, self.draft = "", None, False, None
        self.rang_at = self.answered_at = self.ended_at = self.hung_up_at = None
        self.pbx_call_id, self.answered_by_pbx = None, False
        self._changed()

    # ---- what the call says ----------------------------------------------------------
    def answer_times(self) -> tuple[datetime | None, datetime | None]:
        """(rang, answered); a typed call was answered when it started."""
        answered = self.answered_at
        if answered is None and self.typed:
            answered = self.rang_at
        return self.rang_at, answered

    def delay(self, settings: Settings) -> AnswerDelay | None:
        """Up to the answer, or up to now while it still rings (rule 4.4)."""
        if self.rang_at is None:
            return None
        until = self.answered_at or self.hung_up_at or self.ended_at or self._clock()
        return answer_delay(self.rang_at, until, settings)

    # ---- the draft file --------------------------------------------------------------
    def snapshot(self) -> dict[str, Any] | None:
        """What the draft file keeps: nothing unless something was typed."""
        if not self.draft:
            return None
        return {"form": self.draft, "number": self.number, "customer_id": self.customer_id,
                "call": {"rang_at": self._iso(self.rang_at),
                         "answered_at": self._iso(self.answered_at), "typed": self.typed,
                         "hung_up_at": self._iso(self.hung_up_at),
                         "pbx_call_id": self.pbx_call_id}}

    @staticmethod
    def _iso(moment: datetime | None) -> str | None:
        return moment.isoformat() if moment is not None else None

    def restore(self, saved: dict[str, Any]) -> None:
        """Bring back a draft's call: number, customer, ring and answer times."""
        raw = saved.get("call")
        times: dict[str, Any] = raw if isinstance(raw, dict) else {}
        self.number = str(saved.get("number") or "")
        customer = saved.get("customer_id")
        self.customer_id = customer if isinstance(customer, int) else None
        self.rang_at = _when(times.get("rang_at"))
        self.answered_at = _when(times.get("answered_at")) if self.rang_at else None
        self.ended_at = None
        self.hung_up_at = _when(times.get("hung_up_at")) if self.rang_at else None
        call_id = times.get("pbx_call_id")
        self.pbx_call_id = call_id if isinstance(call_id, str) and call_id else None
        self.typed = bool(times.get("typed")) and self.rang_at is not None
        form = saved.get("form")
        self.draft = form if isinstance(form, dict) else None
        self._changed()
