"""Rules 3.2.6 and 4.3: revision 0120 rewords saved library versions, a leader's lines kept."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import text

from app.db import migrate
from app.db.database import Database
from app.workflows.etiquette.library import default_library, to_dict

OLD_ASKING = ["请问您有什么事?", "请问我能为您做什么吗?", "请问需要我帮您做什么吗?",
              "请问您还有别的事吗?"]
OLD_REMINDERS = {
    "three_musts": ["开口先说“请”", "“您”字不离口", "结束要说“再见”"],
    "three_nevers": ["不说生硬话", "不说推卸责任的话", "不指责、不埋怨客户"],
    "four_sames": ["生人熟人一个样", "有人检查没人检查一个样", "忙时闲时一个样", "心情好坏一个样"],
}


def _old_content(leader_line: str | None = None) -> dict:
    data = to_dict(default_library())
    for category in data["categories"]:
        if category["id"] == "asking":
            category["phrases"] = list(OLD_ASKING)
    for group in data["reminders"]:
        group["items"] = list(OLD_REMINDERS[group["id"]])
    if leader_line:
        data["reminders"][0]["items"][0] = leader_line
    return data


def _rerun_0120(db: Database) -> None:
    from alembic import command

    cfg = migrate.alembic_config(db.engine)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0120-1")
        command.upgrade(cfg, "head")


def test_rule_3_2_6_saved_versions_get_the_seed_wording_and_a_leaders_line_stays(
        db: Database) -> None:
    now = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
    with db.engine.begin() as conn:
        for version, content in ((1, _old_content()), (2, _old_content("先说“请”再说事"))):
            conn.execute(text(
                "INSERT INTO etiquette_library (version, content, note, created_at) "
                "VALUES (:v, :c, '', :t)"), {"v": version, "c": json.dumps(content), "t": now})
    _rerun_0120(db)
    with db.engine.connect() as conn:
        rows = dict(conn.execute(text(
            "SELECT version, content FROM etiquette_library ORDER BY version")).all())
    first, second = (r if isinstance(r, dict) else json.loads(r) for r in rows.values())
    assert first == to_dict(default_library())  # every old default line reworded
    assert second["reminders"][0]["items"] == ["先说“请”再说事", "“您”字不离口", "“再见”结尾"]
    assert second["reminders"][2]["items"][1] == "有无检查一个样"
    assert next(c for c in second["categories"] if c["id"] == "asking")["phrases"][3] == (
        "请问您还有别的事吗？")
