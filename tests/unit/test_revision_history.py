"""The migration history stays one line: a branched history has no single upgrade target.

Revisions 0002-0008 and 0090 grew side by side off the foundation before the rule; existing
databases carry their ids, so revision 0100 joins them instead of rewriting them. Everything
after 0100 chains on the head, one revision after another.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.db import migrate, revisions

FOUNDATION = "0001"
OLD_BRANCHES = {"0002", "0003", "0004", "0005", "0006", "0007", "0008", "0090"}
MERGE = "0100"


def test_there_is_exactly_one_head() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert script.get_heads() == [revisions.head()]


def test_every_revision_lies_on_one_line_from_the_foundation_through_the_merge() -> None:
    graph = revisions.revision_graph()
    above_merge: list[str] = []
    rev = revisions.head()
    while rev != MERGE:
        parents = graph.get(rev, ())
        assert len(parents) == 1, (
            f"revision {rev} comes after {parents or 'nothing'}: a new revision's "
            f"down_revision must be the single head (the history never reaches {MERGE})")
        above_merge.append(rev)
        rev = parents[0]
    assert set(graph[MERGE]) == OLD_BRANCHES
    assert all(graph[branch] == (FOUNDATION,) for branch in OLD_BRANCHES)
    assert graph[FOUNDATION] == ()
    stray = set(graph) - {FOUNDATION, *OLD_BRANCHES, MERGE, *above_merge}
    assert not stray, f"revisions off the line from {FOUNDATION} to the head: {sorted(stray)}"


def test_no_revision_uses_branch_labels_or_cross_dependencies() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    for rev in script.walk_revisions():
        assert not rev.branch_labels, rev.revision
        assert not rev.dependencies, rev.revision


def test_a_branched_folder_has_no_head(tmp_path: Path) -> None:
    for rev in ("a1", "b1"):
        (tmp_path / f"{rev}.py").write_text(
            f"revision = {rev!r}\ndown_revision = 'base'\n", encoding="utf-8")
    (tmp_path / "base.py").write_text("revision = 'base'\ndown_revision = None\n",
                                      encoding="utf-8")
    with pytest.raises(revisions.BranchedHistory, match="a1, b1"):
        revisions.head(tmp_path)
