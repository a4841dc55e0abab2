"""Lateness reads well at any size: minutes, hours, days (queues and overdue alerts)."""

from __future__ import annotations

from datetime import timedelta

from app.ui.tickets.labels import late_text


def test_lateness_in_minutes_hours_and_days(qapp: object) -> None:
    assert late_text(timedelta(minutes=25)) == "25 min late"
    assert late_text(timedelta(hours=2, minutes=5)) == "2 h 5 min late"
    assert late_text(timedelta(days=268, hours=3, minutes=59)) == "268 d 3 h late"


def test_lateness_in_chinese(zh_translators: list) -> None:
    assert late_text(timedelta(days=3, hours=4)) == "超时 3 天 4 小时"
