"""The letterhead and notice wording a shift leader edits, so a centre prints its own.

Company name, hotline and motto are the shared settings `company.*`; the signature lines,
the logo (stored in the database, so every desk of a centre prints the same one) and the
wording overrides are kept here. Only leaders may change them.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass

from app.printing.letterhead import Letterhead
from app.printing.wording import default_wording, unknown_fields
from app.repositories.uow import UnitOfWork
from app.workflows.errors import ValidationError
from app.workflows.permissions import Permission, require
from app.workflows.phone import digits_fragment, fold, phone_problem
from app.workflows.settings import load_settings, save_setting

SIGNATURE_KEY = "letterhead.signature_lines"
LOGO_KEY = "letterhead.logo_png"
WORDING_KEY = "notice.wording"
DEFAULT_SIGNATURE = ("客户服务中心",)
MAX_LOGO_BYTES = 512 * 1024
MAX_SIGNATURE_LINES = 3
MAX_LINE = 40
# besides any number phone.py takes: a service number behind an area code (0311-96111)
# and the nationwide 400/800 numbers companies print (400-810-1234)
_AREA_SERVICE = re.compile(r"0\d{2,3}(1\d{4}|9\d{4,5})")
_NATIONWIDE = re.compile(r"[48]00\d{7}")
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


@dataclass
class LetterheadForm:
    company: str
    hotline: str
    motto: str
    signature_lines: str = "客户服务中心"   # one line per line of text
    logo: bytes | None = None               # new image bytes; None keeps the current one
    reset_logo: bool = False                # back to the bundled logo


def hotline_problem(raw: str) -> str | None:
    """Why `raw` cannot be printed as the service hotline, else None; empty is allowed
    (documents then print no hotline)."""
    if not raw.strip():
        return None
    digits = digits_fragment(raw) or ""
    if _AREA_SERVICE.fullmatch(digits) or _NATIONWIDE.fullmatch(digits):
        return None
    return phone_problem(raw)


def clean_hotline(raw: str) -> str:
    """The hotline as it is printed: as typed (grouping kept), full-width folded."""
    return " ".join(fold(raw).split())


def require_leader(uow: UnitOfWork) -> None:
    require(uow, Permission.LETTERHEAD_EDIT)


def letterhead_in(uow: UnitOfWork) -> Letterhead:
    """The letterhead inside an open unit of work."""
    settings = load_settings(uow)
    stored = uow.settings.all()
    lines = stored.get(SIGNATURE_KEY)
    lines = lines if isinstance(lines, list) else list(DEFAULT_SIGNATURE)
    logo_text = str(stored.get(LOGO_KEY) or "")
    return Letterhead(company=settings.text("company.name"),
                      hotline=settings.text("company.hotline"),
                      motto=settings.text("company.motto"),
                      signature_lines=tuple(str(line) for line in lines),
                      logo_png=base64.b64decode(logo_text) if logo_text else None)


def wording_in(uow: UnitOfWork) -> dict[str, str]:
    """Default wording overlaid with the centre's changes (inside an open unit of work)."""
    return {**default_wording(), **_overrides(uow)}


def _overrides(uow: UnitOfWork) -> dict[str, str]:
    stored = uow.settings.all().get(WORDING_KEY)
    if not isinstance(stored, dict):
        return {}
    return {str(k): str(v) for k, v in stored.items() if k in default_wording()}


def load_letterhead(uow: UnitOfWork) -> Letterhead:
    with uow:
        return letterhead_in(uow)


def load_wording(uow: UnitOfWork) -> dict[str, str]:
    with uow:
        return wording_in(uow)


def _validate(form: LetterheadForm) -> tuple[dict[str, str], list[str]]:
    errors: dict[str, str] = {}
    if not form.company.strip():
        errors["company"] = "required"
    elif len(form.company.strip()) > MAX_LINE:
        errors["company"] = "text.too_long"
    problem = hotline_problem(form.hotline)
    if problem:
        errors["hotline"] = problem
    if len(form.motto.strip()) > MAX_LINE:
        errors["motto"] = "text.too_long"
    lines = [line.strip() for line in form.signature_lines.splitlines() if line.strip()]
    if len(lines) > MAX_SIGNATURE_LINES or any(len(line) > MAX_LINE for line in lines):
        errors["signature_lines"] = "text.too_long"
    if form.logo is not None:
        if not form.logo.startswith(_IMAGE_MAGIC):
            errors["logo"] = "logo.format"
        elif len(form.logo) > MAX_LOGO_BYTES:
            errors["logo"] = "logo.too_large"
    return errors, lines


def save_letterhead(uow: UnitOfWork, form: LetterheadForm,
                    wording: dict[str, str] | None = None) -> Letterhead:
    """Letterhead and (optionally) wording changes in one transaction: all or nothing."""
    errors, lines = _validate(form)
    errors.update(_wording_errors(wording or {}))
    if errors:
        raise ValidationError(errors)
    with uow:
        require_leader(uow)
        if wording:
            _store_wording(uow, wording)
        save_setting(uow, "company.name", form.company.strip())
        save_setting(uow, "company.hotline", clean_hotline(form.hotline))
        save_setting(uow, "company.motto", form.motto.strip())
        uow.settings.put(SIGNATURE_KEY, lines)
        if form.reset_logo:
            uow.settings.put(LOGO_KEY, "")
        elif form.logo is not None:
            uow.settings.put(LOGO_KEY, base64.b64encode(form.logo).decode("ascii"))
        head = letterhead_in(uow)
        uow.commit()
        return head


def save_wording(uow: UnitOfWork, changes: dict[str, str]) -> dict[str, str]:
    """Store wording changes; a text equal to the default removes the override.

    Errors are keyed by wording key: "required", "wording.unknown" or "wording.field".
    """
    errors = _wording_errors(changes)
    if errors:
        raise ValidationError(errors)
    with uow:
        require_leader(uow)
        _store_wording(uow, changes)
        wording = wording_in(uow)
        uow.commit()
        return wording


def _wording_errors(changes: dict[str, str]) -> dict[str, str]:
    defaults = default_wording()
    errors: dict[str, str] = {}
    for key, text in changes.items():
        if key not in defaults:
            errors[key] = "wording.unknown"
        elif not text.strip():
            errors[key] = "required"
        elif unknown_fields(text):
            errors[key] = "wording.field"
    return errors


def _store_wording(uow: UnitOfWork, changes: dict[str, str]) -> None:
    defaults = default_wording()
    current = _overrides(uow)
    for key, text in changes.items():
        if text.strip() == defaults[key]:
            current.pop(key, None)
        else:
            current[key] = text.strip()
    uow.settings.put(WORDING_KEY, current)

