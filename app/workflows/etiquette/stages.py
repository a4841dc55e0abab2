"""The stage machine of a call: which part of the script the agent is in now.

The form drives it forward (number known, customer found, category chosen, order saved);
the agent may move it by hand either way. Automatic moves never go backwards, so a late
screen pop does not pull an agent who is already verifying back to the greeting. Every
stage the call stood in is remembered, in order, for the supervision figures (rule 5.4).
"""

from __future__ import annotations

from app.workflows.etiquette.library import (
    CLOSING_STAGE,
    GREETING_STAGE,
    TRIGGERS,
    Flow,
    Library,
)


class CallStages:
    def __init__(self, library: Library) -> None:
        self.library = library
        self.reset()

    def reset(self) -> None:
        """A new call: the default flow, standing at its first stage (ringing)."""
        self.category: str | None = None
        self.flow: Flow = self.library.flow_for(None)
        self.current: str = self.flow.stages[0]
        self.reached: list[str] = [self.current]

    @property
    def stages(self) -> tuple[str, ...]:
        return self.flow.stages

    @property
    def index(self) -> int:
        return self.flow.stages.index(self.current)

    @property
    def greeting_reached(self) -> bool:
        return GREETING_STAGE in self.reached

    @property
    def closing_reached(self) -> bool:
        return CLOSING_STAGE in self.reached

    def go(self, stage_id: str, mark: bool = True) -> bool:
        """Move to any stage of the flow; True when the stage changed.

        `mark=False` shows the stage without counting it reached (the phone still rings:
        nobody has heard a word yet).
        """
        if stage_id not in self.flow.stages:
            raise KeyError(stage_id)
        moved = stage_id != self.current
        self.current = stage_id
        if mark:
            self.mark_reached(stage_id)
        return moved

    def mark_reached(self, stage_id: str) -> None:
        """A stage counts as reached when the call stood in it or one of its phrases was used."""
        if stage_id not in self.reached:
            self.reached.append(stage_id)

    def next(self) -> bool:
        if self.index + 1 >= len(self.flow.stages):
            return False
        return self.go(self.flow.stages[self.index + 1])

    def previous(self) -> bool:
        if self.index == 0:
            return False
        return self.go(self.flow.stages[self.index - 1])

    def on_event(self, trigger: str, mark: bool = True) -> bool:
        """The form reported something: move forward to the stage it opens, if any."""
        if trigger not in TRIGGERS:
            raise ValueError(f"unknown trigger {trigger!r}")
        if trigger == "call_start":
            self.reset()
            return True
        target = next((self.library.stage(s).id for s in self.flow.stages
                       if self.library.stage(s).on == trigger), None)
        if target is None or self.flow.stages.index(target) <= self.index:
            return False
        return self.go(target, mark)

    def on_category(self, category: str) -> bool:
        """Choose the flow for this category (a complaint adds the apology), then verify."""
        self.category = category
        flow = self.library.flow_for(category)
        changed = flow.id != self.flow.id
        if changed:
            self._switch_flow(flow)
        return self.on_event("category_chosen") or changed

    def on_saved(self, opened_order: bool) -> bool:
        """Saved: promise the callback time for a work order, or ask for anything else."""
        return self.on_event("order_saved" if opened_order else "answer_saved")

    def _switch_flow(self, flow: Flow) -> None:
        old = self.flow.stages[: self.index + 1]
        self.flow = flow
        if self.current not in flow.stages:
            earlier = [s for s in reversed(old) if s in flow.stages]
            self.current = earlier[0] if earlier else flow.stages[0]
