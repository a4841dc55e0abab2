"""Customer satisfaction of rule 5.3: survey forms in, the season's rate out.

Rule 5.3.2.2: rate % = (n100·100 + n80·80 + n50·50 + n30·30) / (items per form × forms), a
mean score read as a percentage, minus 0.5 percentage points for each complaint not
satisfactorily resolved in the period; it never goes below 0.

Counting decisions (documented here, tested in tests/integration/test_survey_*.py):
- Paper forms: three answers each (temperature, stability, service; rule 5.3.1).
- Callbacks (回访): a reached callback that gave a level is ONE answer on the service item.
  The denominator is the number of answers, so 3 × forms when there are only paper forms,
  exactly the rule's formula. Setting `survey.include_callbacks` turns this off. Only the
  latest callback of an order counts, and only if it falls inside the season.
- A complaint "not satisfactorily resolved" is a work order of category complaint received
  in the season that, at the period end (the season's end, or now if earlier), either is not
  resolved/closed yet, or whose latest reached callback answered 不满意 or 很不满意.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from app.models.enums import Satisfaction
from app.models.survey import SurveyForm
from app.models.ticket import format_ticket_number
from app.printing.reports.content import Chart, Figure, Table
from app.repositories.statistics import StatisticsRepository, TicketFact
from app.repositories.surveys import ITEMS, SurveyRepository
from app.repositories.uow import UnitOfWork
from app.workflows.errors import ValidationError
from app.workflows.reports.registry import register_report
from app.workflows.reports.season import Season, season_from_settings
from app.workflows.settings import DEFAULTS, Settings, load_settings

LEVELS = tuple(Satisfaction)
NO_ANSWERS = "—（尚无评价）"  # no rate without answers: 0 % would read as a verdict
LEVEL_NAMES = {Satisfaction.SATISFIED: "满意", Satisfaction.BASICALLY_SATISFIED: "基本满意",
               Satisfaction.DISSATISFIED: "不满意", Satisfaction.VERY_DISSATISFIED: "很不满意"}
ITEM_NAMES = {"temperature": "室温不低于18°C", "stability": "供热稳定性", "service": "服务质量"}
DEFAULT_SCORES: dict[str, int] = Settings(DEFAULTS).integer_table("survey.scores")


@dataclass(frozen=True)
class Rate:
    answers: int
    mean: float        # the mean score, read as a percentage (rule 5.3.2.2)
    unresolved: int
    deduction: float
    rate: float        # after deductions, never below 0


def satisfaction_rate(counts: Mapping[str, int], unresolved: int = 0,
                      scores: Mapping[str, int] | None = None,
                      deduction_points: float = 0.5) -> Rate:
    """Rule 5.3.2.2 on level counts (answers, not forms); 0 answers give a rate of 0."""
    scores = scores or DEFAULT_SCORES
    if unresolved < 0 or any(n < 0 for n in counts.values()):
        raise ValueError("counts cannot be negative")
    answers = sum(counts.values())
    mean = sum(scores[str(level)] * n for level, n in counts.items()) / answers if answers else 0.0
    deduction = deduction_points * unresolved
    return Rate(answers, mean, unresolved, deduction, max(0.0, mean - deduction))


@dataclass(frozen=True)
class SurveyEntry:
    id: int
    season: str
    surveyed_on: date
    customer_id: int | None = None


def record_survey(uow: UnitOfWork, season_label: str, surveyed_on: date | None,
                  levels: Mapping[str, str | None], *, customer_id: int | None = None,
                  form_number: str = "", notes: str = "",
                  account_number: str = "") -> SurveyEntry:
    """Store one paper form; every field error at once, and nothing written on error.

    A form may name its customer by account number (optional: many paper forms are
    anonymous); an account no customer has is an error at that field.
    """
    errors: dict[str, str] = {}
    checked: dict[str, Satisfaction] = {}
    for item in ITEMS:
        raw = levels.get(item)
        if not raw:
            errors[item] = "required"
            continue
        try:
            checked[item] = Satisfaction(raw)
        except ValueError:
            errors[item] = "survey.unknown_level"
    if len(form_number) > 30:
        errors["form_number"] = "text.too_long"
    with uow:
        try:
            season = season_from_settings(load_settings(uow).values, season_label)
        except ValidationError as exc:
            errors.update(exc.errors)
            season = None
        account = account_number.strip()
        if account:
            customer_id = uow.customers.id_by_account(account)
            if customer_id is None:
                errors["account_number"] = "account.unknown"
        if surveyed_on is None:
            errors["surveyed_on"] = "required"
        elif season and not season.contains(surveyed_on):
            errors["surveyed_on"] = "survey.outside_season"
        if errors:
            raise ValidationError(errors)
        assert uow.actor is not None and season is not None and surveyed_on is not None
        form = uow.repo(SurveyRepository).add(SurveyForm(
            season=season.label, surveyed_on=surveyed_on, customer_id=customer_id,
            form_number=form_number.strip(), notes=notes.strip(),
            entered_by_id=uow.actor.id, entered_at=uow.clock(), **checked))
        entry = SurveyEntry(form.id, form.season, form.surveyed_on, form.customer_id)
        uow.commit()
        return entry


@dataclass(frozen=True)
class SeasonSatisfaction:
    forms: int
    per_item: dict[str, dict[Satisfaction, int]]
    callbacks: dict[Satisfaction, int]
    unresolved: list[TicketFact]
    rate: Rate


def season_satisfaction(uow: UnitOfWork, season: Season) -> SeasonSatisfaction:
    with uow:
        settings = load_settings(uow)
        begin, end = season.bounds(settings.zone)
        period_end = min(end, uow.clock())
        stats = uow.repo(StatisticsRepository)
        stats.for_a_season()
        surveys = uow.repo(SurveyRepository)
        per_item = surveys.level_counts(season.label)
        callbacks = (surveys.callback_counts(begin, end)
                     if settings.flag("survey.include_callbacks") else {})
        unresolved = stats.unresolved_complaints(begin, period_end)
        counts = {str(level): sum(item.get(level, 0) for item in per_item.values())
                  + callbacks.get(level, 0) for level in LEVELS}
        rate = satisfaction_rate(counts, len(unresolved),
                                 settings.integer_table("survey.scores"),
                                 settings.number("survey.deduction_points"))
        return SeasonSatisfaction(surveys.count(season.label), per_item, callbacks,
                                  unresolved, rate)


def build(uow: UnitOfWork, season: Season) -> list[Figure]:
    s = season_satisfaction(uow, season)
    rows: list[list] = []
    for item in ITEMS:
        counts = s.per_item.get(item, {})
        rows.append([ITEM_NAMES[item], *(counts.get(lv, 0) for lv in LEVELS)])
    rows.append(["回访（服务质量）", *(s.callbacks.get(lv, 0) for lv in LEVELS)])
    totals = [sum(int(r[i + 1]) for r in rows) for i in range(len(LEVELS))]
    rows.append(["合计", *totals])
    levels_table = Table(["项目", *(LEVEL_NAMES[lv] for lv in LEVELS)], rows, "各项评价分布")
    r = s.rate
    headline = Table(["指标", "数值"], [
        ["调查表份数", s.forms], ["回访评价数", sum(s.callbacks.values())],
        ["评价项总数", r.answers],
        ["平均得分 %", round(r.mean, 2) if r.answers else NO_ANSWERS],
        ["未圆满解决的投诉", r.unresolved], ["扣减百分点", round(r.deduction, 2)],
        ["满意率 %", round(r.rate, 2) if r.answers else NO_ANSWERS]], "满意率（规则 5.3.2.2）")
    unresolved = Table(["工单号", "受理时间", "承办单位", "原因"], [
        [format_ticket_number(f.id), f.received_at.strftime("%Y-%m-%d"), f.unit,
         "未解决" if f.done_at is None else "回访不满意"] for f in s.unresolved],
        "未圆满解决的投诉")
    chart = Chart("bar", "各项评价分布", [LEVEL_NAMES[lv] for lv in LEVELS],
                  {ITEM_NAMES[i]: [float(s.per_item.get(i, {}).get(lv, 0)) for lv in LEVELS]
                   for i in ITEMS})
    pie = Chart("pie", "评价构成", [LEVEL_NAMES[lv] for lv in LEVELS],
                {"合计": [float(t) for t in totals]})
    notes = ["满意率 =（满意数×100 + 基本满意数×80 + 不满意数×50 + 很不满意数×30）÷ 评价项总数，"
             "每件未圆满解决的投诉扣减 0.5 个百分点（规则 5.3.2.2）。",
             "回访评价计为服务质量一项；投诉在期末仍未解决或最近一次回访不满意即为未圆满解决。"]
    return [Figure("客户满意率", f"{season.label} 供暖季", [headline, levels_table, unresolved],
                   [chart, pie], notes)]


register_report("satisfaction", "客户满意率", build)
