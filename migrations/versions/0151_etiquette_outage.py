"""Etiquette phrases for a caller under a network outage (issue 16).

Two phrase categories, 停热告知语（故障） and 停热告知语（计划检修）, with the placeholders
{outage} and {restore_time} that the screen pop fills (app/ui/network/pop_line.py). The
shipped default (resources/etiquette/library.json) has them; every saved version of the
library (a leader's edits) that lacks a category gets it appended, with the two
placeholder labels, so the phrase is there whichever version is in force or restored.

Downgrade removes the two categories again where they are exactly these.

Revision ID: 0151
Revises: 0170
Create Date: 2026-11-30 02:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0151'
down_revision: str | None = '0170'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CATEGORIES = [{'id': 'outage',
  'name': '停热告知语（故障）',
  'phrases': ['非常抱歉，您所在的楼栋因{outage}暂停供热，抢修人员正在全力处理，预计{restore_time}恢复，给您带来不便，请您谅解。',
              '恢复供热后我们会回访您，请问您家里还有其他问题吗？']},
 {'id': 'planned_outage',
  'name': '停热告知语（计划检修）',
  'phrases': ['您好，您所在的楼栋因{outage}暂停供热，我们已提前张贴停热通知，预计{restore_time}恢复，感谢您的理解和支持。',
              '恢复供热后如仍有不热，请您再拨打我们的服务热线。']}]
LABELS = {'outage': '停热原因', 'restore_time': '恢复时间'}

_library = sa.table('etiquette_library', sa.column('id', sa.Integer()),
                    sa.column('content', sa.JSON()))


def with_outage(content: dict) -> dict | None:
    """The content with the outage categories and labels added, or None when it has them."""
    have = {c.get("id") for c in content.get("categories", [])}
    missing = [c for c in CATEGORIES if c["id"] not in have]
    labels = dict(content.get("placeholder_labels", {}))
    if not missing and all(k in labels for k in LABELS):
        return None
    data = dict(content)
    data["categories"] = [*content.get("categories", []), *missing]
    data["placeholder_labels"] = {**LABELS, **labels}
    return data


def without_outage(content: dict) -> dict | None:
    keep = [c for c in content.get("categories", []) if c not in CATEGORIES]
    if len(keep) == len(content.get("categories", [])):
        return None
    return dict(content, categories=keep)


def _rewrite(change) -> None:  # noqa: ANN001
    conn = op.get_bind()
    for row_id, content in conn.execute(sa.select(_library.c.id, _library.c.content)).all():
        if isinstance(content, dict):
            new = change(content)
            if new is not None:
                conn.execute(_library.update().where(_library.c.id == row_id)
                             .values(content=new))


def upgrade() -> None:
    _rewrite(with_outage)


def downgrade() -> None:
    _rewrite(without_outage)
