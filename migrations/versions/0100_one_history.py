"""One history: join the feature branches that grew off the foundation into a single head.

Until here each feature added its revision straight off 0001, so a database carried one
`alembic_version` row per branch. Those revision ids are stamped in every existing database,
so the branches are joined here rather than re-chained; every later revision chains on the
head, one after another.

Revision ID: 0100
Revises: 0002, 0003, 0004, 0005, 0006, 0007, 0008, 0090
Create Date: 2026-12-01 09:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = '0100'
down_revision: str | Sequence[str] | None = (
    '0002', '0003', '0004', '0005', '0006', '0007', '0008', '0090')
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
