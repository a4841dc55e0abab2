"""Stored settings; defaults live with the workflows that use them."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.setting import Setting


class SettingRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def all(self) -> dict[str, object]:
        return {key: value for key, value in self.session.execute(
            select(Setting.key, Setting.value))}

    def put(self, key: str, value: object) -> None:
        row = self.session.get(Setting, key)
        if row is None:
            self.session.add(Setting(key=key, value=value))
        else:
            row.value = value
        self.session.flush()
