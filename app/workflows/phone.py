"""Chinese phone numbers: normalise what an agent types or a phone system sends.

Accepted after removing spaces, dashes, brackets and a +86/0086 prefix: mobile numbers
(1[3-9] and 9 digits), landlines with area code (0 and 9 to 11 digits), local landlines
(7 or 8 digits not starting with 0 or 1) and short service numbers (12345, 95xxx).
"""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"[\s\-()（）.]")
_MOBILE = re.compile(r"1[3-9]\d{9}")
_LANDLINE_WITH_AREA = re.compile(r"0\d{9,11}")
_LOCAL = re.compile(r"[2-9]\d{6,7}")
_SERVICE = re.compile(r"(1\d{4}|9\d{4,5})")


def normalise_phone(raw: str) -> str | None:
    """The canonical digits, or None when this cannot be a phone number."""
    text = _SEPARATORS.sub("", raw.strip())
    if text.startswith("+86"):
        text = text[3:]
    elif text.startswith("0086"):
        text = text[4:]
    if not text.isdigit() or not text.isascii():
        return None
    for pattern in (_MOBILE, _LANDLINE_WITH_AREA, _LOCAL, _SERVICE):
        if pattern.fullmatch(text):
            return text
    return None


def is_valid_phone(raw: str) -> bool:
    return normalise_phone(raw) is not None
