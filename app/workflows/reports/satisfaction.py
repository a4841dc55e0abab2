"""Customer satisfaction of rule 5.3: survey forms in, the season's rate out.

Rule 5.3.2.2: rate % = (n100·100 + n80·80 + n50·50 + n30·30) / (items per form × forms), a
mean score read as a percentage, minus 0.5 percentage points for each complaint not
satisfactorily resolved in the period; it never goes below 0.

Counting decisions (documented in docs/rules.md, tested in tests/integration/test_rule_5_3_2_2_*):
- Timing: the survey is taken after the season, at the end of March. A form dated from the
  season's first day to `survey.after_season_days` days after its last day (default 46: 15
  March -> 30 April) belongs to that season; later or earlier dates are refused.
- Paper forms: three answers each (temperature, stability, service; rule 5.3.1). The rate is
  the forms' alone: items per form × forms is the denominator, exactly the rule's formula.
- Callbacks (回访): a reached callback that gave a level is a separate figure beside the
  rate (its own counts and mean). Only when a leader turns on `survey.include_callbacks`
  does each count as one answer on the service item, and the report then says so.
- Not satisfactorily resolved (用户意见或投诉未得到圆满解决), each listed with its reason:
  a complaint order received in the season not done at the period end (the season's end,
  or now if earlier); an order of any category received in the season whose latest reached
  callback answered 不满意 or 很不满意; a complaint answered on the spot (no order) in the
  season that the agent marked unresolved on the intake form.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from app.models.enums import Satisfaction
from app.models.survey import SurveyForm
from app.models.ticket import format_ticket_number
from app.printing.names_zh import CATEGORY
from app.printing.reports.content import Chart, Figure, Table
from app.repositories.statistics import StatisticsRepository, TicketFact
from app.repositories.surveys import ITEMS, SurveyRepository
from app.repositories.uow import UnitOfWork
from app.workflows.errors import ValidationError
from app.workflows.permissions import Permission, require
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


def survey_window(season: Season, settings: Settings) -> tuple[date, date]:
    """Rule 5.3.2.2: the first and last day a survey form of `season` may be dated: the
    season's first day to `survey.after_season_days` after its last (the survey is taken
    after the season, at the end of March)."""
    after = max(0, settings.integer("survey.after_season_days"))
    return season.start, season.end + timedelta(days=after)


def in_survey_window(season: Season, day: date, settings: Settings) -> bool:
    first, last = survey_window(season, settings)
    return first <= day <= last


def record_survey(uow: UnitOfWork, season_label: str, surveyed_on: date | None,
                  levels: Mapping[str, str | None], *, customer_id: int | None = None,
                  form_number: str = "", notes: str = "",
                  account_number: str = "") -> SurveyEntry:
    """Store one paper form; every field error at once, and nothing written on error.

    A form may name its customer by account number (optional: many paper forms are
    anonymous); an account no customer has is an error at that field.
    """
    require(uow, Permission.SURVEY_RECORD)
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
        elif season and not in_survey_window(season, surveyed_on, load_settings(uow)):
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


REASON_OPEN = "期末未解决"
REASON_CALLBACK = {Satisfaction.DISSATISFIED: "回访不满意",
                   Satisfaction.VERY_DISSATISFIED: "回访很不满意"}
REASON_ON_THE_SPOT = "当场答复，坐席标记未圆满解决"


@dataclass(frozen=True)
class Deducted:
    """One item not satisfactorily resolved (rule 5.3.2.2), as the report lists it."""

    number: str        # the work order's GD number, or the contact's 来电 number
    day: date          # received (order) or recorded (contact), in the centre's zone
    category: str      # Chinese category word
    who: str           # the order's unit, or the agent who answered on the spot
    reason: str


def order_reason(fact: TicketFact) -> str:
    """Why an order is listed: an unhappy latest callback first, else open at the end."""
    if fact.satisfaction is not None and fact.satisfaction in REASON_CALLBACK:
        return REASON_CALLBACK[fact.satisfaction]
    return REASON_OPEN


@dataclass(frozen=True)
class SeasonSatisfaction:
    forms: int
    per_item: dict[str, dict[Satisfaction, int]]
    callbacks: dict[Satisfaction, int]  # the separate callback figure, always counted
    callbacks_included: bool            # survey.include_callbacks: mixed into the rate
    unresolved: list[TicketFact]        # orders not satisfactorily resolved
    unresolved_contacts: list[tuple[int, datetime, str, str]]  # marked on the spot
    deductions: list[Deducted]          # every deducted item with its reason
    rate: Rate
    callback_rate: Rate                 # the callbacks' own mean, no deduction
    points: float                       # survey.deduction_points, per deducted item


def _deductions(orders: list[TicketFact], contacts: list[tuple[int, datetime, str, str]],
                zone: timezone) -> list[Deducted]:
    listed = [Deducted(format_ticket_number(f.id), f.received_at.astimezone(zone).date(),
                       CATEGORY.get(f.category, f.category), f.unit, order_reason(f))
              for f in orders]
    listed += [Deducted(f"来电{cid}", at.astimezone(zone).date(), CATEGORY["complaint"], agent,
                        REASON_ON_THE_SPOT) for cid, at, agent, _phone in contacts]
    return listed


def season_satisfaction(uow: UnitOfWork, season: Season) -> SeasonSatisfaction:
    with uow:
        settings = load_settings(uow)
        begin, end = season.bounds(settings.zone)
        period_end = min(end, uow.clock())
        stats = uow.repo(StatisticsRepository)
        stats.for_a_season()
        surveys = uow.repo(SurveyRepository)
        per_item = surveys.level_counts(season.label)
        callbacks = surveys.callback_counts(begin, end)
        included = settings.flag("survey.include_callbacks")
        orders = stats.unresolved_complaints(begin, period_end)
        contacts = stats.unresolved_contacts(begin, period_end)
        counts = {str(level): sum(item.get(level, 0) for item in per_item.values())
                  + (callbacks.get(level, 0) if included else 0) for level in LEVELS}
        scores = settings.integer_table("survey.scores")
        points = settings.number("survey.deduction_points")
        rate = satisfaction_rate(counts, len(orders) + len(contacts), scores, points)
        callback_rate = satisfaction_rate(
            {str(level): callbacks.get(level, 0) for level in LEVELS}, 0, scores)
        return SeasonSatisfaction(surveys.count(season.label), per_item, callbacks, included,
                                  orders, contacts,
                                  _deductions(orders, contacts, settings.zone), rate,
                                  callback_rate, points)


def build(uow: UnitOfWork, season: Season) -> list[Figure]:
    s = season_satisfaction(uow, season)
    rows: list[list] = []
    for item in ITEMS:
        counts = s.per_item.get(item, {})
        rows.append([ITEM_NAMES[item], *(counts.get(lv, 0) for lv in LEVELS)])
    forms_totals = [sum(int(r[i + 1]) for r in rows) for i in range(len(LEVELS))]
    callback_row: list[str | int | float | None] = [
        "回访（服务质量）", *(s.callbacks.get(lv, 0) for lv in LEVELS)]
    if s.callbacks_included:
        rows.append(callback_row)
    totals = [sum(int(r[i + 1]) for r in rows) for i in range(len(LEVELS))]
    rows.append(["合计（含回访）" if s.callbacks_included else "合计（调查表）", *totals])
    levels_table = Table(["项目", *(LEVEL_NAMES[lv] for lv in LEVELS)], rows, "各项评价分布")
    r, cb = s.rate, s.callback_rate
    rate_name = "满意率 %（含回访评价）" if s.callbacks_included else "满意率 %"
    headline = Table(["指标", "数值"], [
        ["调查表份数", s.forms],
        ["计算口径", "调查表与回访评价合计" if s.callbacks_included else "仅调查表"],
        ["评价项总数", r.answers],
        ["平均得分 %", round(r.mean, 2) if r.answers else NO_ANSWERS],
        ["未圆满解决的意见或投诉", r.unresolved], ["扣减百分点", round(r.deduction, 2)],
        [rate_name, round(r.rate, 2) if r.answers else NO_ANSWERS]],
        "满意率（规则 5.3.2.2）")
    callbacks = Table(["项目", *(LEVEL_NAMES[lv] for lv in LEVELS), "合计", "平均得分 %",
                       "计入满意率"],
                      [[*callback_row, cb.answers,
                        round(cb.mean, 2) if cb.answers else NO_ANSWERS,
                        "是" if s.callbacks_included else "否"]],
                      "回访评价（另列）")
    deducted = Table(["编号", "日期", "类别", "承办单位或坐席", "扣减原因"], [
        [d.number, d.day.strftime("%Y-%m-%d"), d.category, d.who, d.reason]
        for d in s.deductions], "未圆满解决的意见或投诉（逐项扣减）")
    chart = Chart("bar", "各项评价分布", [LEVEL_NAMES[lv] for lv in LEVELS],
                  {ITEM_NAMES[i]: [float(s.per_item.get(i, {}).get(lv, 0)) for lv in LEVELS]
                   for i in ITEMS})
    pie = Chart("pie", "评价构成", [LEVEL_NAMES[lv] for lv in LEVELS],
                {"合计": [float(t) for t in (totals if s.callbacks_included
                                              else forms_totals)]})
    points = f"{s.points:g}"
    notes = ["满意率 =（满意数×100 + 基本满意数×80 + 不满意数×50 + 很不满意数×30）÷"
             "（每表项数 × 调查表份数），"
             f"每件未圆满解决的意见或投诉扣减 {points} 个百分点（规则 5.3.2.2）。",
             "本满意率已按设置计入回访评价，每次回访计为服务质量一项。" if s.callbacks_included
             else "回访评价另列，不计入满意率。",
             "未圆满解决：投诉工单期末仍未解决，任何工单最近一次回访不满意或很不满意，"
             "以及当场答复但坐席标记未圆满解决的投诉。"]
    return [Figure("客户满意率", f"{season.label} 供暖季",
                   [headline, levels_table, callbacks, deducted], [chart, pie], notes)]


register_report("satisfaction", "客户满意率", build)
