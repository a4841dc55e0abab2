"""The call's times and the live answer delay (rule 4.4: answer within three rings).

Time comes from the desk's clock through the call model, never from the wall clock, so a
test can stand the clock still, advance it between the ring and F2, and read the delay.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.workflows.call import CurrentCall
from app.workflows.settings import Settings


class CallTimer(QLabel):
    """Shows 'ringing 7 s · ring 2' and then 'answered after 12 s · 3 rings'.

    A view of the desk's `CurrentCall`: it repaints when the call changes and on the
    desk's one-second tick while it rings.
    """

    def __init__(self, call: CurrentCall, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.call = call
        self.settings = settings
        self.setProperty("role", "call-timer")
        self.setMinimumWidth(220)
        call.subscribe(lambda _call: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        delay = self.call.delay(self.settings)
        if delay is None:
            text, state = self.tr("No call"), "idle"
        else:
            seconds, rings = f"{delay.seconds:.0f}", str(delay.rings)
            if self.call.answered_at is None and self.call.ended_at is None:
                text = self.tr("Ringing %1 s · ring %2")
            else:
                text = self.tr("Answered after %1 s · %2 rings")
            text = text.replace("%1", seconds).replace("%2", rings)
            state = "ok" if delay.within_limit else "late"  # rule 4.4
        if text != self.text():  # the one-second tick mostly repeats it
            self.setText(text)
        tip = self.tr("Answer within %1 rings (rule 4.4)").replace(
            "%1", str(self.settings.max_rings))
        if tip != self.toolTip():
            self.setToolTip(tip)
        if self.property("state") != state:  # restyling costs a relayout of the bar
            self.setProperty("state", state)
            self.style().unpolish(self)
            self.style().polish(self)
