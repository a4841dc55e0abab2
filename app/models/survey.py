"""Satisfaction survey forms (rule 5.3.1): three items, each answered at one of four levels.

A form is one customer's paper questionnaire, typed in by the desk. Callback satisfaction
(回访, ticket_callback.satisfaction) stays on the work order and is read by the report as a
one-item answer on the service item; it is not copied here (see
app/workflows/reports/satisfaction.py for the counting rule).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigId, UTCDateTime
from app.models.enums import Satisfaction, db_enum


class SurveyForm(Base):
    __tablename__ = "survey_form"
    __table_args__ = (
        CheckConstraint("length(season) = 9", name="season_format"),
        Index("ix_survey_form_season_day", "season", "surveyed_on"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    season: Mapped[str] = mapped_column(String(9))           # "2025-2026"
    surveyed_on: Mapped[date]
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), default=None)
    temperature: Mapped[Satisfaction] = mapped_column(db_enum(Satisfaction, "survey_temperature"))
    stability: Mapped[Satisfaction] = mapped_column(db_enum(Satisfaction, "survey_stability"))
    service: Mapped[Satisfaction] = mapped_column(db_enum(Satisfaction, "survey_service"))
    form_number: Mapped[str] = mapped_column(String(30), default="")  # printed on the paper
    notes: Mapped[str] = mapped_column(Text, default="")
    entered_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    entered_at: Mapped[datetime] = mapped_column(UTCDateTime())
