"""One call seen through the script: stage, filled phrases, ring count and warnings.

The panel is a thin view over this object, so everything it shows can be tested without
Qt: what the form reported (number, customer, category, saved order), where the stage
machine stands, and the words for that stage with their placeholders filled.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from app.clock import Clock
from app.workflows.etiquette.config import EtiquetteConfig
from app.workflows.etiquette.library import Library
from app.workflows.etiquette.phrase_check import PhraseWarning
from app.workflows.etiquette.placeholders import CallFacts, fill, salutations, values_for
from app.workflows.etiquette.stages import CallStages
from app.workflows.intake import answer_delay
from app.workflows.settings import Settings


@dataclass(frozen=True)
class StageView:
    id: str
    title: str
    hint: str
    rule: str
    phrases: tuple[str, ...]
    position: int  # 1-based place in the flow
    count: int


@dataclass(frozen=True)
class Step:
    id: str
    title: str
    state: str  # "current", "reached" or "ahead"


@dataclass(frozen=True)
class RingState:
    rings: int
    seconds: float
    answered: bool
    within_limit: bool


class CallScript:
    def __init__(self, library: Library, config: EtiquetteConfig, clock: Clock,
                 job_number: str = "", agent_name: str = "") -> None:
        self.library = library
        self.config = config
        self.clock = clock
        self._agent = CallFacts(job_number=job_number, agent_name=agent_name)
        self.stages = CallStages(library)
        self.reset()

    def reset(self) -> None:
        """Ready for the next call: nothing known, standing at the first stage, no ring."""
        self.stages.reset()
        self.facts = self._agent
        self.warnings: dict[str, PhraseWarning] = {}
        self.contact_id: int | None = None
        self.rang_at: datetime | None = None
        self.answered_at: datetime | None = None

    def replace_library(self, library: Library) -> None:
        """A leader saved a new version: use it from the next call on, keep this call's place."""
        self.library = library
        current, reached, category = self.stages.current, self.stages.reached, \
            self.stages.category
        self.stages = CallStages(library)
        if category:
            self.stages.on_category(category)
        for stage in reached:
            if stage in self.stages.flow.stages:
                self.stages.mark_reached(stage)
        if current in self.stages.flow.stages:
            self.stages.current = current

    # --- what the form reports -------------------------------------------------------
    def start_ringing(self) -> None:
        self.reset()
        self.rang_at = self.clock()

    @property
    def ringing(self) -> bool:
        return self.rang_at is not None and self.answered_at is None

    def answered(self) -> None:
        """Picked up (F2, or the agent works on the call): the stage shown now is heard."""
        if self.ringing:
            self.answered_at = self.clock()
            self.stages.mark_reached(self.stages.current)

    def sync_ring(self, rang_at: datetime | None, answered_at: datetime | None) -> None:
        """Take the ring and answer times from the desk's own call timer."""
        if rang_at != self.rang_at:
            self.rang_at, self.answered_at = rang_at, None
        if answered_at is not None and self.ringing:
            self.answered_at = answered_at
            self.stages.mark_reached(self.stages.current)

    def number_known(self) -> bool:
        """May come with the ring (caller ID): the greeting is ready, the ring goes on."""
        return self.stages.on_event("number_known", mark=not self.ringing)

    def customer_found(self, name: str, address: str) -> bool:
        same = name == self.facts.customer_name  # a refresh keeps the chosen salutation
        self.facts = replace(self.facts, customer_name=name, address=address,
                             salutation=self.facts.salutation if same else "")
        if self.ringing:
            return False  # a screen pop at ring time: greet first, address the caller after
        return self.stages.on_event("customer_found")

    def category_chosen(self, category: str) -> bool:
        self.facts = replace(self.facts, category=category)
        self.answered()
        return self.stages.on_category(category)

    def saved(self, contact_id: int, ticket_number: str | None,
              due_at: datetime | None) -> bool:
        self.contact_id = contact_id
        self.facts = replace(self.facts, ticket_number=ticket_number or "", due_at=due_at)
        self.answered()
        return self.stages.on_saved(bool(ticket_number))

    def choose_salutation(self, salutation: str) -> None:
        self.facts = replace(self.facts, salutation=salutation)

    def salutation_choices(self) -> list[str]:
        return salutations(self.facts.customer_name, self.library)

    def go(self, stage_id: str) -> bool:
        self.answered()
        return self.stages.go(stage_id)

    def next(self) -> bool:
        self.answered()
        return self.stages.next()

    def previous(self) -> bool:
        self.answered()
        return self.stages.previous()

    def note_warnings(self, found: list[PhraseWarning]) -> int:
        """Remember curt phrases the agent was warned about; returns how many are new."""
        new = [w for w in found if w.phrase not in self.warnings]
        for warning in new:
            self.warnings[warning.phrase] = warning
        return len(new)

    # --- what the panel shows ----------------------------------------------------------
    def view(self) -> StageView:
        stage = self.library.stage(self.stages.current)
        values = values_for(self.facts, self.clock(), self.config, self.library)
        labels = self.library.placeholder_labels
        return StageView(
            id=stage.id, title=stage.title, hint=fill(stage.hint, values, labels),
            rule=stage.rule, phrases=tuple(fill(p, values, labels) for p in stage.phrases),
            position=self.stages.index + 1, count=len(self.stages.stages),
        )

    def steps(self) -> list[Step]:
        out = []
        for stage_id in self.stages.stages:
            state = ("current" if stage_id == self.stages.current
                     else "reached" if stage_id in self.stages.reached else "ahead")
            out.append(Step(stage_id, self.library.stage(stage_id).title, state))
        return out

    def ring(self) -> RingState | None:
        """Rings so far while it rings, or the rings it took once answered (rule 4.4)."""
        if self.rang_at is None:
            return None
        until = self.answered_at or self.clock()
        settings = Settings({"ring.seconds": self.config.ring_seconds,
                             "ring.max_rings": self.config.max_rings})
        delay = answer_delay(self.rang_at, until, settings)
        return RingState(delay.rings, delay.seconds, self.answered_at is not None,
                         delay.within_limit)
