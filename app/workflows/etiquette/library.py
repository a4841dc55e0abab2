"""The etiquette library as plain data: phrase categories, reminders, stages, flows, curt list.

Scripts are data (rules 4.2, 4.3): the default ships in resources/etiquette/library.json and
a shift leader's edits are stored as new versions. The library is kept as frozen dataclasses
so the panel and the checks cannot change it by accident; `to_dict` gives back the JSON.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from app.paths import RESOURCES

DEFAULT_PATH: Path = RESOURCES / "etiquette" / "library.json"
FORMAT = 1
PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
BRACED = re.compile(r"\{([^{}]*)\}")  # anything a leader put in braces, e.g. {工号}
# The events the intake form reports; a stage's `on` names the one that moves a call to it.
TRIGGERS = ("call_start", "number_known", "customer_found", "category_chosen",
            "order_saved", "answer_saved")
GREETING_STAGE = "greeting"   # rule 5.4 figures: share of calls that reached it
CLOSING_STAGE = "farewell"    # rule 5.4 figures: share of calls that reached it


@dataclass(frozen=True)
class PhraseCategory:
    id: str
    name: str
    phrases: tuple[str, ...]


@dataclass(frozen=True)
class ReminderGroup:
    id: str
    name: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class Stage:
    id: str
    title: str
    hint: str
    rule: str
    on: str
    phrases: tuple[str, ...]


@dataclass(frozen=True)
class Flow:
    id: str
    title: str
    categories: tuple[str, ...]
    stages: tuple[str, ...]


@dataclass(frozen=True)
class CurtPhrase:
    phrase: str
    suggestion: str


@dataclass(frozen=True)
class Library:
    categories: tuple[PhraseCategory, ...]
    reminders: tuple[ReminderGroup, ...]
    stages: tuple[Stage, ...]
    flows: tuple[Flow, ...]
    curt_phrases: tuple[CurtPhrase, ...]
    time_greetings: dict[str, str] = field(default_factory=dict)
    placeholder_labels: dict[str, str] = field(default_factory=dict)
    problem_names: dict[str, str] = field(default_factory=dict)
    version: int = 0  # 0: the default shipped with the program, never saved

    def stage(self, stage_id: str) -> Stage:
        for stage in self.stages:
            if stage.id == stage_id:
                return stage
        raise KeyError(stage_id)

    def flow_for(self, category: str | None) -> Flow:
        """The flow that names this category (a complaint has its apology), else the first."""
        for flow in self.flows:
            if category and category in flow.categories:
                return flow
        return self.flows[0]

    def with_version(self, version: int) -> Library:
        return replace(self, version=version)


def _strings(values: Iterable[object] | None) -> tuple[str, ...]:
    return tuple(str(v) for v in (values or ()))


def from_dict(data: dict, version: int = 0) -> Library:
    """Read the JSON shape; unknown keys are ignored so older programs read newer data."""
    return Library(
        categories=tuple(PhraseCategory(c["id"], c["name"], _strings(c.get("phrases")))
                         for c in data["categories"]),
        reminders=tuple(ReminderGroup(r["id"], r["name"], _strings(r.get("items")))
                        for r in data.get("reminders", ())),
        stages=tuple(Stage(s["id"], s["title"], s.get("hint", ""), s.get("rule", ""),
                           s.get("on", ""), _strings(s.get("phrases")))
                     for s in data["stages"]),
        flows=tuple(Flow(f["id"], f["title"], _strings(f.get("categories")),
                         _strings(f.get("stages")))
                    for f in data["flows"]),
        curt_phrases=tuple(CurtPhrase(c["phrase"], c.get("suggestion", ""))
                           for c in data.get("curt_phrases", ())),
        time_greetings=dict(data.get("time_greetings", {})),
        placeholder_labels=dict(data.get("placeholder_labels", {})),
        problem_names=dict(data.get("problem_names", {})),
        version=version,
    )


def to_dict(library: Library) -> dict:
    return {
        "format": FORMAT,
        "categories": [{"id": c.id, "name": c.name, "phrases": list(c.phrases)}
                       for c in library.categories],
        "reminders": [{"id": r.id, "name": r.name, "items": list(r.items)}
                      for r in library.reminders],
        "stages": [{"id": s.id, "title": s.title, "on": s.on, "rule": s.rule, "hint": s.hint,
                    "phrases": list(s.phrases)} for s in library.stages],
        "flows": [{"id": f.id, "title": f.title, "categories": list(f.categories),
                   "stages": list(f.stages)} for f in library.flows],
        "curt_phrases": [{"phrase": c.phrase, "suggestion": c.suggestion}
                         for c in library.curt_phrases],
        "time_greetings": dict(library.time_greetings),
        "placeholder_labels": dict(library.placeholder_labels),
        "problem_names": dict(library.problem_names),
    }


def default_library() -> Library:
    """The library shipped in resources/, in force until a leader saves a version."""
    return from_dict(json.loads(DEFAULT_PATH.read_text(encoding="utf-8")))


def unknown_placeholders(text: str, known: dict[str, str]) -> list[str]:
    """Braced names that are not placeholders; {工号} is caught, not said aloud as is."""
    return [name for name in BRACED.findall(text) if name not in known]


def validate(library: Library) -> dict[str, str]:
    """Field errors, keyed by where the editor shows them; codes the UI translates."""
    errors: dict[str, str] = {}
    for cat in library.categories:
        if not any(p.strip() for p in cat.phrases):
            errors[f"category.{cat.id}"] = "etiquette.category_empty"
    for stage in library.stages:
        if not stage.title.strip():
            errors[f"stage.{stage.id}.title"] = "required"
        for text in (stage.hint, *stage.phrases):
            if unknown_placeholders(text, library.placeholder_labels):
                errors[f"stage.{stage.id}.phrases"] = "etiquette.placeholder_unknown"
    stage_ids = {s.id for s in library.stages}
    for flow in library.flows:
        if not flow.stages:
            errors[f"flow.{flow.id}"] = "etiquette.flow_empty"
        elif any(s not in stage_ids for s in flow.stages) or len(set(flow.stages)) != len(
                flow.stages):
            errors[f"flow.{flow.id}"] = "etiquette.flow_invalid"
    seen: set[str] = set()
    for curt in library.curt_phrases:
        key = curt.phrase.strip()
        if not key:
            errors["curt_phrases"] = "etiquette.curt_empty"
        elif key in seen:
            errors["curt_phrases"] = "etiquette.curt_duplicate"
        seen.add(key)
    for group in library.reminders:
        if not any(i.strip() for i in group.items):
            errors[f"reminder.{group.id}"] = "etiquette.reminder_empty"
    if not library.flows:
        errors["flows"] = "etiquette.flow_empty"
    return errors


def tidy(library: Library) -> Library:
    """Strip blanks a leader leaves behind in the editor before validating and saving."""
    def clean(items: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(i.strip() for i in items if i.strip())

    return replace(
        library,
        categories=tuple(replace(c, phrases=clean(c.phrases)) for c in library.categories),
        reminders=tuple(replace(r, items=clean(r.items)) for r in library.reminders),
        stages=tuple(replace(s, title=s.title.strip(), hint=s.hint.strip(),
                             phrases=clean(s.phrases)) for s in library.stages),
        curt_phrases=tuple(CurtPhrase(c.phrase.strip(), c.suggestion.strip())
                           for c in library.curt_phrases
                           if c.phrase.strip() or c.suggestion.strip()),
    )
