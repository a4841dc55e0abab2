"""Survey forms and callback answers (rule 5.3.1) counted per level for one season."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models.enums import Satisfaction
from app.models.survey import SurveyForm
from app.models.ticket_steps import TicketCallback

ITEMS = ("temperature", "stability", "service")


class SurveyRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, form: SurveyForm) -> SurveyForm:
        self.session.add(form)
        self.session.flush()
        return form

    def count(self, season: str) -> int:
        stmt = select(func.count()).select_from(SurveyForm).where(SurveyForm.season == season)
        return int(self.session.scalar(stmt) or 0)

    def level_counts(self, season: str) -> dict[str, dict[Satisfaction, int]]:
        """Per item, how many answers of each level the season's paper forms hold."""
        out: dict[str, dict[Satisfaction, int]] = {}
        for item in ITEMS:
            column = getattr(SurveyForm, item)
            stmt = (select(column, func.count()).where(SurveyForm.season == season)
                    .group_by(column))
            out[item] = {Satisfaction(level): int(n) for level, n in self.session.execute(stmt)}
        return out

    def recent(self, season: str, limit: int = 20) -> list[SurveyForm]:
        stmt = (select(SurveyForm).where(SurveyForm.season == season)
                .order_by(SurveyForm.id.desc()).limit(limit))
        return list(self.session.scalars(stmt))

    def callback_counts(self, begin: datetime, end: datetime) -> dict[Satisfaction, int]:
        """Satisfaction given at callbacks (回访) in [begin, end), reached calls only."""
        stmt = (select(TicketCallback.satisfaction, func.count())
                .where(TicketCallback.called_at >= begin, TicketCallback.called_at < end,
                       TicketCallback.reached.is_(True),
                       TicketCallback.satisfaction.is_not(None))
                .group_by(TicketCallback.satisfaction))
        return {level: int(n) for level, n in self.session.execute(stmt) if level is not None}

    def days(self, season: str) -> tuple[date | None, date | None]:
        stmt = select(func.min(SurveyForm.surveyed_on), func.max(SurveyForm.surveyed_on)).where(
            SurveyForm.season == season)
        first, last = self.session.execute(stmt).one()
        return first, last
