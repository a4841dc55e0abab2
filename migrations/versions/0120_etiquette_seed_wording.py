"""Etiquette wording from the regulations' own text (rules 3.2.6 and 4.3).

The default library now reads the 三要 · 三不 · 四个一样 reminders character for character
as the seed text words them (rule 3.2.6), and the 征询语 of rule 4.3 end in a full-width
"？" instead of the ASCII "?" the scrape left. Saved versions of the library (every leader's
save is a row in `etiquette_library`) still hold the old default lines; this revision
rewrites a line only where it is exactly the old default, so a leader's own wording stays.
The rows are updated in place, every version alike, so restoring an older version does not
bring the old wording back.

Downgrade leaves the wording as it is: the old lines were a misquote, not data.

Revision ID: 0120
Revises: 0104
Create Date: 2026-11-29 22:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0120'
down_revision: str | None = '0104'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# old default line -> the regulations' wording
PHRASES = {
    "请问您有什么事?": "请问您有什么事？",
    "请问我能为您做什么吗?": "请问我能为您做什么吗？",
    "请问需要我帮您做什么吗?": "请问需要我帮您做什么吗？",
    "请问您还有别的事吗?": "请问您还有别的事吗？",
}
REMINDERS = {
    "开口先说“请”": "要“请”字当头",
    "结束要说“再见”": "“再见”结尾",
    "不说生硬话": "不使用生硬语言",
    "不指责、不埋怨客户": "不责备、埋怨客户",
    "有人检查没人检查一个样": "有无检查一个样",
    "忙时闲时一个样": "工作忙闲一个样",
    "心情好坏一个样": "情绪好坏一个样",
}

_library = sa.table('etiquette_library', sa.column('id', sa.Integer()),
                    sa.column('content', sa.JSON()))


def reworded(content: dict) -> dict | None:
    """The content with the old default lines replaced, or None when nothing changed."""
    changed = False

    def fix(items: list, table: dict[str, str]) -> list:
        nonlocal changed
        out = []
        for item in items:
            new = table.get(item, item) if isinstance(item, str) else item
            changed = changed or new != item
            out.append(new)
        return out

    data = dict(content)
    data["categories"] = [dict(c, phrases=fix(list(c.get("phrases", [])), PHRASES))
                          for c in content.get("categories", [])]
    data["reminders"] = [dict(r, items=fix(list(r.get("items", [])), REMINDERS))
                         for r in content.get("reminders", [])]
    return data if changed else None


def upgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(sa.select(_library.c.id, _library.c.content)).all()
    for row_id, content in rows:
        if not isinstance(content, dict):
            continue
        new = reworded(content)
        if new is not None:
            conn.execute(_library.update().where(_library.c.id == row_id).values(content=new))


def downgrade() -> None:
    pass
