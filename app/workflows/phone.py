"""Chinese phone numbers: normalise what an agent types or a phone system sends.

This is the one place a number is read, for every entry point (caller bar, search, customer
form, work orders, `main.py ring` and the ring hook, imports). Text is NFKC-folded first,
so the full-width digits, brackets, plus and dash and the ideographic space that Chinese
input methods type (１３８ ００１３ ８０００) are the same number as ASCII.

Accepted after removing spaces, dashes, brackets and a +86/0086 prefix: mobile numbers
(1[3-9] and 9 digits), landlines with area code (0 and 9 to 11 digits), local landlines
(7 or 8 digits not starting with 0 or 1) and short service numbers (12345, 95xxx).
"""

from __future__ import annotations

import re
import unicodedata

# the phone columns (customer_phone.number, ticket.phone, contact.phone) hold 20 characters;
# tests/unit/test_phone.py checks the two agree
MAX_PHONE_DIGITS = 20

# NFKC leaves these dashes as they are; input methods and copied text bring them
_SEPARATORS = re.compile(r"[\s\-()（）.‐‑‒–—―−]")
_MOBILE = re.compile(r"1[3-9]\d{9}")
_LANDLINE_WITH_AREA = re.compile(r"0\d{9,11}")
_LOCAL = re.compile(r"[2-9]\d{6,7}")
_SERVICE = re.compile(r"(1\d{4}|9\d{4,5})")

MALFORMED = "phone.malformed"
TOO_LONG = "phone.too_long"


def fold(text: str) -> str:
    """Full-width and other compatibility forms as their plain ASCII equivalents."""
    return unicodedata.normalize("NFKC", text)


def _digits(raw: str) -> str:
    text = _SEPARATORS.sub("", fold(raw).strip())
    if text.startswith("+86"):
        text = text[3:]
    elif text.startswith("0086"):
        text = text[4:]
    return text


def phone_problem(raw: str) -> str | None:
    """Why `raw` is not a phone number (`phone.too_long`, `phone.malformed`), else None."""
    text = _digits(raw)
    if text.isdigit() and text.isascii() and len(text) > MAX_PHONE_DIGITS:
        return TOO_LONG
    return None if normalise_phone(raw) is not None else MALFORMED


def normalise_phone(raw: str) -> str | None:
    """The canonical ASCII digits, or None when this cannot be a phone number."""
    text = _digits(raw)
    if not text.isdigit() or not text.isascii():
        return None
    for pattern in (_MOBILE, _LANDLINE_WITH_AREA, _LOCAL, _SERVICE):
        if pattern.fullmatch(text):
            return text
    return None


def digits_fragment(text: str) -> str | None:
    """A typed part of a number (`１３８ ００１３`) as its ASCII digits; None for words."""
    folded = _SEPARATORS.sub("", fold(text).strip())
    if folded.startswith("+86"):
        folded = folded[3:]
    return folded if folded.isdigit() and folded.isascii() else None


def is_valid_phone(raw: str) -> bool:
    return normalise_phone(raw) is not None
