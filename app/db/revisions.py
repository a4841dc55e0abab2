"""The revision graph of `migrations/versions`, read without importing Alembic.

Importing Alembic costs most of a second; a desk whose database is already current should
not pay that on every start (goal: login window within 1.5 s). Upgrades still go through
Alembic itself; a test checks that these heads equal Alembic's.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

from app.paths import MIGRATIONS


def _assigned(tree: ast.Module, name: str) -> object:
    for node in tree.body:
        target = None
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            target, value = node.target.id, node.value
        elif isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            target, value = node.targets[0].id, node.value
        if target == name and value is not None:
            return ast.literal_eval(value)
    return None


@cache
def revision_graph(folder: Path = MIGRATIONS / "versions") -> dict[str, tuple[str, ...]]:
    """Each known revision with the revisions it comes after."""
    graph: dict[str, tuple[str, ...]] = {}
    for path in sorted(folder.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        revision = _assigned(tree, "revision")
        if not isinstance(revision, str):
            continue
        down = _assigned(tree, "down_revision")
        parents = (down,) if isinstance(down, str) else tuple(down or ())
        graph[revision] = parents
    return graph


def known_revisions() -> set[str]:
    return set(revision_graph())


def heads() -> set[str]:
    graph = revision_graph()
    parents = {p for ps in graph.values() for p in ps}
    return set(graph) - parents
