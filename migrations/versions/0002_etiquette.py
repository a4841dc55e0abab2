"""Etiquette: the versioned phrase library and the per-contact etiquette record.

Rules 3.2.6, 4.2-4.4 and 5.4. Branches off the foundation; the app upgrades to every head.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 23:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BIG_ID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    op.create_table('etiquette_library',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('content', sa.JSON(), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['staff.id'],
                            name=op.f('fk_etiquette_library_created_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_etiquette_library')),
    sa.UniqueConstraint('version', name=op.f('uq_etiquette_library_version'))
    )
    op.create_table('etiquette_call',
    sa.Column('contact_id', _BIG_ID, nullable=False),
    sa.Column('stages', sa.JSON(), nullable=False),
    sa.Column('greeting_reached', sa.Boolean(), nullable=False),
    sa.Column('closing_reached', sa.Boolean(), nullable=False),
    sa.Column('phrase_warnings', sa.Integer(), nullable=False),
    sa.Column('curt_in_notes', sa.Integer(), nullable=False),
    sa.Column('library_version', sa.Integer(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'],
                            name=op.f('fk_etiquette_call_contact_id_contact'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('contact_id', name=op.f('pk_etiquette_call'))
    )


def downgrade() -> None:
    op.drop_table('etiquette_call')
    op.drop_table('etiquette_library')
