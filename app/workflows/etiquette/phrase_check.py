"""The three nevers (rule 3.2.6): spot curt or responsibility-shifting phrases in typed text.

The check only advises: it returns warnings with a suggested phrase and never refuses a
save. Spaces inside a phrase are tolerated ("不 知道"), and when one listed phrase lies
inside a longer listed one at the same place ("不知道" in "我不知道"), only the longer counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from app.workflows.etiquette.library import CurtPhrase


@dataclass(frozen=True)
class PhraseWarning:
    phrase: str
    suggestion: str
    start: int
    end: int


def _pattern(phrase: str) -> re.Pattern[str]:
    chars = [re.escape(ch) for ch in phrase if not ch.isspace()]
    return re.compile(r"\s*".join(chars))


def check_text(text: str, curt_phrases: Iterable[CurtPhrase]) -> list[PhraseWarning]:
    """Every listed phrase found in the text, in reading order, each phrase once."""
    found: list[PhraseWarning] = []
    for curt in curt_phrases:
        if not curt.phrase.strip():
            continue
        match = _pattern(curt.phrase).search(text)
        if match:
            found.append(PhraseWarning(curt.phrase, curt.suggestion, match.start(),
                                       match.end()))
    found.sort(key=lambda w: (w.start, -(w.end - w.start)))
    kept: list[PhraseWarning] = []
    for warning in found:
        if any(k.start <= warning.start and warning.end <= k.end for k in kept):
            continue
        kept.append(warning)
    return kept


def count_in(texts: Iterable[str], curt_phrases: Iterable[CurtPhrase]) -> int:
    """How many curt phrases a saved record holds (each phrase once per text)."""
    phrases = tuple(curt_phrases)
    return sum(len(check_text(text, phrases)) for text in texts if text)
