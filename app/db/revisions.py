"""The revision graph of `migrations/versions`, read without importing Alembic.

Importing Alembic costs most of a second; a desk whose database is already current should
not pay that on every start (goal: login window within 1.5 s). Upgrades still go through
Alembic itself; a test checks that this head and these revisions equal Alembic's.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

from app.paths import MIGRATIONS

VERSIONS = MIGRATIONS / "versions"


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
def revision_graph(folder: Path = VERSIONS) -> dict[str, tuple[str, ...]]:
    """Each known revision with the revisions it comes after."""
    graph: dict[str, tuple[str, ...]] = {}
    for path in sorted(folder.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        revision = _assigned(tree, "revision")
        if not isinstance(revision, str):
            continue
        down = _assigned(tree, "down_revision")
        if isinstance(down, str):
            graph[revision] = (down,)
        elif isinstance(down, (tuple, list)):  # a merge revision
            graph[revision] = tuple(str(parent) for parent in down)
        else:
            graph[revision] = ()
    return graph


def known_revisions() -> set[str]:
    return set(revision_graph())


class BranchedHistory(RuntimeError):
    """The revisions end in more than one head; upgrading would have no single target."""


def head(folder: Path = VERSIONS) -> str:
    """The one revision nothing comes after: what a current database is stamped with."""
    graph = revision_graph(folder)
    parents = {p for ps in graph.values() for p in ps}
    heads = sorted(set(graph) - parents)
    if len(heads) != 1:
        raise BranchedHistory(
            f"{folder} has heads {', '.join(heads) or '(none)'}; "
            "a new revision must chain on the single head")
    return heads[0]
