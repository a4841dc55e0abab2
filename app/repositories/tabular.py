"""The column mapping each kind of import remembers (`import_mapping`, revision 0135)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.models.customer_search import ImportMapping


class MappingRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, kind: str) -> dict[str, str]:
        row = self.session.get(ImportMapping, kind)
        return dict(row.mapping) if row is not None else {}

    def put(self, kind: str, mapping: dict[str, str]) -> None:
        row = self.session.get(ImportMapping, kind)
        if row is None:
            self.session.add(ImportMapping(kind=kind, mapping=mapping))
        else:
            row.mapping = mapping
        self.session.flush()
