"""Search keys of a name or an estate: the text itself and its pinyin, bounded.

幸福苑 gives `幸福苑`, `xfy` and `xingfuyuan`. A polyphone gives a key per reading (朝阳:
`zy`, `cy`, `zhaoyang`, `chaoyang`), since an agent types the reading the caller said.
Readings come from pypinyin per character (heteronym=True, the commonest first); the
combinations of a long name are bounded: every reading of every single character with the
others at their first reading, at most MAX_READINGS per character and MAX_COMBINATIONS
per text. Letters and digits in a name (A座, 3号) stay as they are, lower-cased.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from itertools import product

from pypinyin import Style, pinyin

MAX_READINGS = 3
MAX_COMBINATIONS = 8
KEY_LENGTH = 64  # app/models/customer_search.py


def fold(text: str) -> str:
    """Full-width letters and digits as ASCII, lower-cased, without spaces."""
    return "".join(unicodedata.normalize("NFKC", text).lower().split())


@lru_cache(maxsize=65536)
def readings(char: str) -> tuple[str, ...]:
    """The toneless pinyin readings of one character; the character itself when it is a
    letter or digit; nothing for punctuation."""
    if char.isascii():
        return (char,) if char.isalnum() else ()
    found = pinyin(char, style=Style.NORMAL, heteronym=True, errors="ignore")
    options = tuple(dict.fromkeys(r for r in (found[0] if found else []) if r.isascii()))
    return options[:MAX_READINGS]


def _in_context(folded: str, parts: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Each character's readings with the one its phrase gives first (重庆: chong)."""
    phrase = [r[0] for r in pinyin(folded, style=Style.NORMAL, errors="ignore")]
    if len(phrase) != len(parts):
        return parts
    return [tuple(dict.fromkeys((said, *options)))[:MAX_READINGS] if said.isascii() else options
            for said, options in zip(phrase, parts, strict=True)]


def _combinations(parts: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    total = 1
    for options in parts:
        total *= len(options)
    if total <= MAX_COMBINATIONS:
        return list(product(*parts))
    first = tuple(options[0] for options in parts)
    found = [first]
    for i, options in enumerate(parts):  # one character at another reading
        for other in options[1:]:
            found.append(first[:i] + (other,) + first[i + 1:])
    return found[:MAX_COMBINATIONS]


def pinyin_keys(text: str) -> list[str]:
    return list(_keys(text))


@lru_cache(maxsize=200_000)  # names and estates repeat across an archive
def _keys(text: str) -> tuple[str, ...]:
    """`text` folded, then its pinyin initials and full pinyin per combination of readings
    (at most 1 + 2 * MAX_COMBINATIONS keys, each at most KEY_LENGTH characters)."""
    folded = fold(text)
    if not folded:
        return ()
    keys = [folded[:KEY_LENGTH]]
    if folded.isascii():
        return tuple(keys)  # letters and digits: the text is its own key
    parts = [options for options in (readings(c) for c in folded) if options]
    for combo in _combinations(_in_context(folded, parts)):
        initials = "".join(word[0] if word.isalpha() else word for word in combo)
        keys.append(initials[:KEY_LENGTH])
        keys.append("".join(combo)[:KEY_LENGTH])
    return tuple(dict.fromkeys(keys))


def customer_keys(name: str, account_number: str) -> list[str]:
    """A customer's keys: its name's (pinyin_keys) and its account number, lower-cased."""
    keys = pinyin_keys(name)
    account = fold(account_number)[:KEY_LENGTH]
    if account:
        keys.append(account)
    return list(dict.fromkeys(keys))


def estate_keys(estate: str) -> list[str]:
    return pinyin_keys(estate)
