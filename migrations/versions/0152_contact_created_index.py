"""Contacts by time (issue 16): the outage detection on a shift leader's desk counts the
no-heat calls of the last minutes every minute; `ix_contact_created` lets it read only
those minutes instead of every contact of a category.

Revision ID: 0152
Revises: 0151
Create Date: 2026-11-30 02:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0152'
down_revision: str | None = '0151'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index('ix_contact_created', 'contact', ['created_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_contact_created', table_name='contact')
