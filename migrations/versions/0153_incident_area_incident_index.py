"""An incident's areas by incident (issue 16): an outage's incident holds every building it
covers, thousands; the screen pop sends the first 20 of them and the incidents window
lists them. `ix_incident_area_incident` (incident_id, id) reads them in order without
scanning every area of every incident (PostgreSQL had only the estate-building index).

Revision ID: 0153
Revises: 0152
Create Date: 2026-11-30 02:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0153'
down_revision: str | None = '0152'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index('ix_incident_area_incident', 'incident_area', ['incident_id', 'id'],
                    unique=False)


def downgrade() -> None:
    op.drop_index('ix_incident_area_incident', table_name='incident_area')
