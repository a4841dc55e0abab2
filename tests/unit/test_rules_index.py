"""docs/rules.md, the rule index, cannot go stale (issue 13, item 10).

It must have a section for every numbered rule of ../shared/docs/REGULATIONS.md (checked when
that file is beside the checkout), name only files and tests that exist and still mention
the rule, list every code file whose comments cite `# rule X.Y` under X.Y, and list every
test named `test_rule_X_Y_...` under X.Y.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INDEX = ROOT / "docs" / "rules.md"
REGULATIONS = ROOT.parent / "shared" / "docs" / "REGULATIONS.md"
CODE_DIRS = ("app", "migrations", "bench")
RULE = r"\d+(?:\.\d+)+"


def _key(rule: str) -> list[int]:
    return [int(p) for p in rule.split(".")]


def regulation_rules(text: str) -> set[str]:
    """The rule numbers REGULATIONS.md names: in parentheses, first table cells, prose."""
    rules: set[str] = set()
    for group in re.findall(r"\(([0-9][0-9., ()]*)\)", text):
        for token in re.split(r",\s*", group):
            found = re.fullmatch(rf"({RULE})(?:\(\d\))?", token.strip())
            if found:
                rules.add(found.group(1))
    for line in text.splitlines():
        cell = re.match(rf"\|\s*({RULE})\s", line)
        if cell:
            rules.add(cell.group(1))
    rules.update(re.findall(rf"(?:rule|Worked example of)\s+({RULE})", text))
    return rules


def parse_index(text: str) -> dict[str, dict[str, list[str]]]:
    """rule -> {"code": [...paths], "tests": [...paths or path::name]}."""
    out: dict[str, dict[str, list[str]]] = {}
    rule = None
    for line in text.splitlines():
        heading = re.match(rf"### ({RULE}) ", line)
        if heading:
            rule = heading.group(1)
            assert rule not in out, f"docs/rules.md: {rule} twice"
            out[rule] = {"code": [], "tests": []}
            continue
        field = re.match(r"(Code|Tests): (.*)", line)
        if rule and field:
            out[rule]["code" if field.group(1) == "Code" else "tests"] = re.findall(
                r"`([^`]+)`", field.group(2))
    return out


def mentions(path: Path, rule: str, index: dict) -> bool:
    """The file names the rule, or cites one that belongs under it (5.1 under 5.1.1)."""
    text = path.read_text(encoding="utf-8")
    return bool(re.search(rf"(?<![\d.]){re.escape(rule)}(?!\d)", text)
                or f"rule_{rule.replace('.', '_')}" in text
                or any(rule in candidates(c, index) for c in cited_rules(path)))


def cited_rules(path: Path) -> set[str]:
    """Rules a file's comments cite: `# rule 5.1.2`, `... (rule 3.4.2)`, `# rule 3.6.2(3)`."""
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if "#" in line:
            out.update(re.findall(rf"\brule ({RULE})", line.split("#", 1)[1]))
    return out


def candidates(rule: str, index: dict) -> set[str]:
    """Where a citation belongs: its own section, else its nearest listed parent (3.8.2 is
    under 3.8), else its listed children (5.1 is 5.1.1-5.1.3)."""
    if rule in index:
        return {rule}
    parts = rule.split(".")
    for end in range(len(parts) - 1, 1, -1):
        parent = ".".join(parts[:end])
        if parent in index:
            return {parent}
    return {r for r in index if r.startswith(rule + ".")}


@pytest.fixture(scope="module")
def index() -> dict[str, dict[str, list[str]]]:
    return parse_index(INDEX.read_text(encoding="utf-8"))


@pytest.mark.skipif(not REGULATIONS.exists(), reason="REGULATIONS.md is not beside the checkout")
def test_every_numbered_rule_of_the_regulations_has_a_section(index) -> None:
    missing = regulation_rules(REGULATIONS.read_text(encoding="utf-8")) - set(index)
    assert not missing, f"docs/rules.md has no section for {sorted(missing, key=_key)}"


def test_the_parser_reads_the_regulations_shapes() -> None:
    text = ("## Desk duties (2, 3.1, 3.6)\n- escalate (2.8, 3.6.2(4))\n"
            "| 5.1.2 sampled area | at least 1.0 ‰ | read as 1.0‰ |\n"
            "Worked example of 5.3.2.2: 92.17 %\n")
    assert regulation_rules(text) == {"3.1", "3.6", "2.8", "3.6.2", "5.1.2", "5.3.2.2"}


def test_the_index_is_in_rule_order_and_names_existing_files_that_mention_the_rule(
        index) -> None:
    assert list(index) == sorted(index, key=_key)
    problems = []
    for rule, listed in index.items():
        for item in listed["code"] + listed["tests"]:
            path_text, _, name = item.partition("::")
            path = ROOT / path_text
            if not path.is_file():
                problems.append(f"{rule}: {path_text} does not exist")
            elif name and not re.search(rf"def {re.escape(name)}\(", path.read_text("utf-8")):
                problems.append(f"{rule}: {path_text} has no test {name}")
            elif not mentions(path, rule, index):
                problems.append(f"{rule}: {path_text} no longer mentions the rule")
        for item in listed["tests"]:
            if not item.startswith("tests/"):
                problems.append(f"{rule}: {item} listed as a test is not under tests/")
    assert not problems, "\n".join(problems)


def test_every_rule_a_code_comment_cites_lists_that_file(index) -> None:
    problems = []
    for folder in CODE_DIRS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            for rule in cited_rules(path):
                where = candidates(rule, index)
                if not where:
                    problems.append(f"{relative} cites rule {rule}, which docs/rules.md lacks")
                elif not any(relative in index[r]["code"] for r in where):
                    problems.append(f"{relative} cites rule {rule}: list it under "
                                    f"{' or '.join(sorted(where, key=_key))} in docs/rules.md")
    assert not problems, "\n".join(problems)


def test_every_test_named_after_a_rule_is_listed_under_it(index) -> None:
    problems = []
    for path in sorted((ROOT / "tests").rglob("test_*.py")):
        relative = path.relative_to(ROOT).as_posix()
        for name in re.findall(r"def (test_rule_\w+)\(", path.read_text(encoding="utf-8")):
            digits = re.match(r"test_rule_((?:\d+_)+)", name)
            if not digits:
                continue
            rule = ".".join(digits.group(1).rstrip("_").split("_"))
            listed = {t.partition("::")[0] for t in index.get(rule, {}).get("tests", [])}
            if relative not in listed:
                problems.append(f"{relative}::{name} is not listed under {rule}")
    assert not problems, "\n".join(problems)
