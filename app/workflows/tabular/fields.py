"""What a target accepts: its fields, the header words that name them, how a cell is read.

A parser takes the cell's text (never empty: an empty cell is "not given") and returns
the value or raises `FieldProblem(code)`; the codes are the UI's and the CLI's to word
(app/ui/messages.py pattern: `import.<code>`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

Parser = Callable[[str], Any]

TRUE_WORDS = frozenset({"是", "有", "y", "yes", "true", "1", "√", "✓", "x", "开", "开通"})
FALSE_WORDS = frozenset({"否", "无", "n", "no", "false", "0", "", "关", "未开通", "-"})


class FieldProblem(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Field:
    """One field of a target. `aliases`: header words that map to it without asking
    (compared folded: full-width as ASCII, case and spaces ignored); `multiple`: several
    columns may feed it (phones: 电话1, 电话2) and the parser gets each; `required`: a row
    without it is refused."""

    name: str
    aliases: tuple[str, ...]
    parse: Parser = str
    required: bool = False
    multiple: bool = False


def fold_header(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).lower().split()).strip("*：:")


def cached(parse: Parser, size: int = 4096) -> Parser:
    """`parse` remembering its last answers: for columns whose values repeat (estates,
    districts, buildings, classes), so a million rows read each distinct cell once. Only
    for parsers returning immutable values; problems are not remembered (raised again)."""
    return lru_cache(maxsize=size)(parse)


def text_of(max_length: int) -> Parser:
    def parse(raw: str) -> str:
        value = " ".join(unicodedata.normalize("NFKC", raw).split()) \
            if raw.isascii() else " ".join(raw.split())
        if len(value) > max_length:
            raise FieldProblem("text.too_long")
        return value
    return parse


def decimal_of(low: Decimal, high: Decimal) -> Parser:
    def parse(raw: str) -> Decimal:
        text = unicodedata.normalize("NFKC", raw).replace(",", "").strip()
        for unit in ("平方米", "㎡", "m2", "m²", "平米", "平"):
            text = text.removesuffix(unit)
        try:
            value = Decimal(text.strip())
        except InvalidOperation:
            raise FieldProblem("number.invalid") from None
        if not value.is_finite() or not low <= value <= high:
            raise FieldProblem("number.out_of_range")
        return value.quantize(Decimal("0.01"))
    return parse


def yes_no(raw: str) -> bool:
    word = unicodedata.normalize("NFKC", raw).strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise FieldProblem("yes_no.invalid")


def choice_of(words: dict[str, str]) -> Parser:
    """A value from a closed list: `words` maps each accepted word (folded) to the value."""
    folded = {fold_header(k): v for k, v in words.items()}

    def parse(raw: str) -> str:
        try:
            return folded[fold_header(raw)]
        except KeyError:
            raise FieldProblem("choice.invalid") from None
    return parse
