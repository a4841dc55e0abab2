"""The caller's number as a phone system sends it, made the number the desk stores.

PBXs and trunks send the same caller many ways: `+8613912345678`, `8613912345678`,
`008613912345678`, `013912345678` (a trunk's long-distance 0 before a mobile), a local
landline without its area code (`87654321`), full-width digits from a softphone. The
`phonenumbers` library (Google's numbering plan data) reads the national forms; what it
does not know (a local number, a service number such as 12345 or 96111) goes through the
desk's own rules (`app/workflows/phone.py`), a local number with the centre's area code
put in front (setting `telephony.area_code`, e.g. 0311), as customers' landlines are kept.
"""

from __future__ import annotations

import re

import phonenumbers

from app.workflows.phone import fold, normalise_phone

_NOT_A_NUMBER = {"", "<unknown>", "unknown", "anonymous", "restricted", "private"}
_SEPARATORS = re.compile(r"[\s\-()（）.]")
_LOCAL = re.compile(r"[2-9]\d{6,7}")


def caller_number(raw: str, area_code: str = "") -> str:
    """The normalised number, or "" when the PBX sent none the desk can use."""
    text = _SEPARATORS.sub("", fold(raw or "").strip())
    if text.lower() in _NOT_A_NUMBER:
        return ""
    area = "".join(ch for ch in fold(area_code) if ch.isdigit())
    if area and not area.startswith("0"):
        area = "0" + area
    if area and _LOCAL.fullmatch(text):
        return normalise_phone(area + text) or ""
    own = normalise_phone(text)
    national = _national(text)
    if national is not None:
        return national
    return own or ""


def _national(text: str) -> str | None:
    """A valid Chinese number in the desk's form, via the numbering plan."""
    try:
        parsed = phonenumbers.parse(text, "CN")
    except phonenumbers.NumberParseException:
        return None
    if parsed.country_code != 86 or not phonenumbers.is_valid_number(parsed):
        return None
    significant = phonenumbers.national_significant_number(parsed)
    kind = phonenumbers.number_type(parsed)
    if kind == phonenumbers.PhoneNumberType.MOBILE:
        return normalise_phone(significant)
    if len(text) <= 8 and not text.startswith("0"):
        return None  # "1065912345" is no Beijing line the caller dialled from
    return normalise_phone("0" + significant)
