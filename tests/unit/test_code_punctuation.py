"""Chinese text built in code uses full-width punctuation, like the translations do.

The printed documents (app/printing), the report tables and notes (app/workflows/reports,
app/workflows/quality/reports.py) and the demo database's texts (app/workflows/demo: order
descriptions, answers, callback words, handover notes, notices) are Chinese by design, so
their words are string literals in the code, not translations. This scans the literals of
app/printing, of every module under app/workflows, of the command line's messages and of
the benches (f-strings with each
placeholder as a neutral mark; docstrings are left out) and fails on an ASCII ( ) : , ;
beside a Chinese character, spaces between counting as beside: "满意率(规则5.3.2.2)" and
"李明(工号 1002)" must read "满意率（规则 5.3.2.2）" and "李明（工号 1002）". A rule is cited
one way everywhere: "规则 5.3.2.2", a space between the word and the number. Times and
other literals the user types stay ASCII (tests/unit/test_translation_punctuation.py).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from tests.unit.test_translation_punctuation import LITERALS

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [*sorted((ROOT / "app" / "printing").rglob("*.py")),
           *sorted((ROOT / "app" / "workflows").rglob("*.py")),
           ROOT / "app" / "cli" / "messages.py",  # the command line's Chinese sentences
           *sorted((ROOT / "bench").rglob("*.py"))]  # texts benches write into a database
# Files that must stay in the scan: they hold the most Chinese text built in code.
MUST_SCAN = ["app/workflows/reports", "app/workflows/quality/reports.py",
             "app/workflows/demo/data.py", "app/workflows/demo/rows.py",
             "app/workflows/demo/extras/handovers.py", "app/workflows/demo/extras/orders.py"]
HAN = re.compile(r"[\u3400-\u9fff]")
CJK = r"[\u3400-\u9fff\u3000-\u303f\uff08\uff09\uff1a\uff0c\uff1b\u201c\u201d]"
ASCII_BESIDE_CJK = re.compile(rf"{CJK} *[():,;]|[():,;] *{CJK}")
RULE_WITHOUT_SPACE = re.compile(r"规则\d")
PLACEHOLDER = "\u00a7"  # § stands for an f-string's {value}: neither Chinese nor punctuation


def chinese_literals(source: str) -> list[tuple[int, str]]:
    """(line, text) of each string literal holding Chinese, docstrings left out."""
    tree = ast.parse(source)
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            skip.add(id(node.value))                  # a docstring or a bare string
        if isinstance(node, ast.JoinedStr):
            skip.update(id(v) for v in node.values)   # read as part of the f-string
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            text = "".join(v.value if isinstance(v, ast.Constant) else PLACEHOLDER
                           for v in node.values)
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str)
              and id(node) not in skip):
            text = node.value
        else:
            continue
        if HAN.search(text):
            found.append((node.lineno, text))
    return found


def problems(text: str) -> list[str]:
    for literal in LITERALS:
        text = text.replace(literal, "")
    return ([m.group(0) for m in ASCII_BESIDE_CJK.finditer(text)]
            + RULE_WITHOUT_SPACE.findall(text))


def test_the_check_finds_what_the_reports_said() -> None:
    code = '\n'.join([
        'a = "投诉按责任归属(规则2.6)"',
        'b = f"{name}(工号 {number})"',
        'c = "按时:解决;按时率"',
        'd = f"共 {n} 个号码,按来电次数"',
        'e = "满意率（规则 5.3.2.2）"',
        'f = f"{name}（工号 {number}）"',
        'g = "例如 08:00，时:分"',
        'def h():\n    """"李明(工号 1002)": a docstring\'s example is not printed."""'])
    found = {line: problems(text) for line, text in chinese_literals(code)}
    assert found == {1: ["属(", "规则2"], 2: ["(工"], 3: ["时:", "决;"], 4: ["码,"],
                     5: [], 6: [], 7: []}


def test_there_is_code_to_check() -> None:
    assert len(SOURCES) >= 10 and all(path.exists() for path in SOURCES)
    assert any(chinese_literals(path.read_text(encoding="utf-8")) for path in SOURCES)
    scanned = {path.relative_to(ROOT).as_posix() for path in SOURCES}
    for must in MUST_SCAN:
        held = [p for p in scanned if p == must or p.startswith(must + "/")]
        assert held, f"{must} is not scanned"
        assert any(chinese_literals((ROOT / p).read_text(encoding="utf-8")) for p in held), must


def test_the_demo_words_a_user_reads_are_full_width() -> None:
    """The callback words and call texts the demo writes into every bulk order."""
    from app.workflows.demo import data, rows
    from app.workflows.demo.extras import orders
    said = [text for pair in rows.CALLBACK_WORDS.values() for text in pair]
    assert "很不满意，要求再派人" in said and "无人接听，稍后再拨" in _texts(orders)
    texts = said + _texts(data) + _texts(orders)
    assert not [t for t in texts if problems(t)]


def _texts(module: object) -> list[str]:
    """Every Chinese string literal of a module, read from its source."""
    path = Path(module.__file__)  # type: ignore[attr-defined]
    return [text for _, text in chinese_literals(path.read_text(encoding="utf-8"))]


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_chinese_in_printing_and_workflow_code_is_full_width(path: Path) -> None:
    bad = [f"{path.relative_to(ROOT)}:{line}: {text!r} {found}"
           for line, text in chinese_literals(path.read_text(encoding="utf-8"))
           if (found := problems(text))]
    assert not bad, "ASCII ( ) : , ; beside Chinese (use （）：，；, '规则 N'):\n" + "\n".join(bad)
