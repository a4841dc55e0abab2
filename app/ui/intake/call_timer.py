"""The call's times and the live answer delay (rule 4.4: answer within three rings).

Time comes from the desk's clock, never from the wall clock, so a test can stand the clock
still, advance it between the ring and F2, and read the delay.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QLabel, QWidget

from app.workflows.intake import AnswerDelay, answer_delay
from app.workflows.settings import Settings


class CallTimer(QLabel):
    """Shows 'ringing 7 s · ring 2' and then 'answered after 12 s · 3 rings'."""

    def __init__(self, clock: Callable[[], datetime], settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.settings = settings
        self.rang_at: datetime | None = None
        self.answered_at: datetime | None = None
        self.ended_at: datetime | None = None
        self.setProperty("role", "call-timer")
        self.setMinimumWidth(220)
        self.refresh()

    @property
    def in_call(self) -> bool:
        return self.rang_at is not None and self.ended_at is None

    def start(self) -> None:
        """A ring arrived, or the agent started a call by typing a number."""
        self.rang_at, self.answered_at, self.ended_at = self._clock(), None, None
        self.refresh()

    def answer(self) -> bool:
        """F2: the agent picked up. False when there is no ringing call to answer."""
        if self.rang_at is None or self.answered_at is not None or self.ended_at is not None:
            return False
        self.answered_at = self._clock()
        self.refresh()
        return True

    def end(self) -> datetime:
        self.ended_at = self._clock()
        self.refresh()
        return self.ended_at

    def clear(self) -> None:
        self.rang_at = self.answered_at = self.ended_at = None
        self.refresh()

    def delay(self) -> AnswerDelay | None:
        """Up to the answer, or up to now while it still rings."""
        if self.rang_at is None:
            return None
        until = self.answered_at or self.ended_at or self._clock()
        return answer_delay(self.rang_at, until, self.settings)

    def refresh(self) -> None:
        delay = self.delay()
        if delay is None:
            self.setText(self.tr("No call"))
            state = "idle"
        else:
            seconds, rings = f"{delay.seconds:.0f}", str(delay.rings)
            if self.answered_at is None and self.ended_at is None:
                text = self.tr("Ringing %1 s · ring %2")
            else:
                text = self.tr("Answered after %1 s · %2 rings")
            self.setText(text.replace("%1", seconds).replace("%2", rings))
            state = "ok" if delay.within_limit else "late"  # rule 4.4
        self.setProperty("state", state)
        self.setToolTip(self.tr("Answer within %1 rings (rule 4.4)").replace(
            "%1", str(self.settings.max_rings)))
        self.style().unpolish(self)
        self.style().polish(self)
