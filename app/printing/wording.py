"""The words printed on notices: bundled defaults a leader may override, and date formats.

Wording is data, so a centre can say things its own way without a new release:
`resources/letterhead/wording.json` holds the defaults; a centre's changes are stored as
settings and laid over them. Templates name their fields in braces, e.g. "尊敬的{name}用户:";
a template that names an unknown field is refused when saved, so a notice can never print
with a hole in it.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Mapping
from datetime import datetime
from functools import cache

from app.paths import RESOURCES

WORDING_FILE = RESOURCES / "letterhead" / "wording.json"
WEEKDAYS = "一二三四五六日"
FIELDS = frozenset({"name", "reason", "hotline", "scope", "company"})
_FIELD = re.compile(r"\{(\w*)\}")
_SENTENCE = re.compile(r"[^。！？!?]*(?:[。！？!?]|$)")


@cache
def default_wording() -> Mapping[str, str]:
    return json.loads(WORDING_FILE.read_text(encoding="utf-8"))


def unknown_fields(template: str) -> set[str]:
    """Fields a template names that no document can fill (or a malformed brace)."""
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    except ValueError:
        return {"{"}
    return {name for name in names if name not in FIELDS}


def fill(template: str, **values: str) -> str:
    """Fill the known fields; anything else in braces is left as typed."""
    return _FIELD.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def without_field(template: str, field: str) -> str:
    """The template less each sentence that names `{field}`: a notice whose centre has no
    hotline set drops "请拨打服务热线 {hotline} 改约。" instead of printing a gap."""
    mark = "{" + field + "}"
    return "".join(s for s in _SENTENCE.findall(template) if mark not in s).strip()


def hotline_wording(wording: dict[str, str], hotline: str) -> dict[str, str]:
    """The wording to print with: as it is when a hotline is set, else without the
    sentences that would name it."""
    if hotline:
        return wording
    return {key: without_field(text, "hotline") for key, text in wording.items()}


def cn_day(moment: datetime) -> str:
    """"2026年12月1日": the day alone (a notice's date of issue)."""
    return f"{moment.year}年{moment.month}月{moment.day}日"


def cn_date(moment: datetime) -> str:
    """"2026年12月1日（星期二）": the day and its weekday, full-width brackets."""
    return f"{cn_day(moment)}（星期{WEEKDAYS[moment.weekday()]}）"


def cn_window(start: datetime, end: datetime) -> str:
    """"2026年12月1日（星期二） 09:00至12:00", or with both dates when it spans days."""
    if start.date() == end.date():
        return f"{cn_date(start)} {start:%H:%M}至{end:%H:%M}"
    return f"{cn_date(start)} {start:%H:%M}至{cn_date(end)} {end:%H:%M}"


def cn_moment(moment: datetime) -> str:
    return f"{moment.year}年{moment.month}月{moment.day}日 {moment:%H:%M}"
