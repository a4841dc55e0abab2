"""Filling a script's placeholders with what the desk knows about the call.

A phrase such as "{time_greeting}!{company_name}客户服务中心,{job_number}号为您服务" becomes
the words to say. What is not known yet (no customer, no work order) shows as a bracketed
label, 〔称呼〕, so the agent sees a gap to fill by voice instead of a wrong word.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from app.workflows.etiquette.config import EtiquetteConfig
from app.workflows.etiquette.library import PLACEHOLDER, Library

GAP_OPEN, GAP_CLOSE = "〔", "〕"
COMPOUND_SURNAMES = (
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "令狐", "夏侯", "尉迟",
    "公孙", "长孙", "宇文", "司徒", "端木", "西门", "南宫", "独孤", "轩辕", "呼延",
)
# A name this long, or with one of these words, is an organisation, not a person.
ORGANISATION_WORDS = ("公司", "医院", "学校", "单位", "中心", "小区", "物业", "委员会", "局")
MAX_PERSONAL_NAME = 4


@dataclass(frozen=True)
class CallFacts:
    """What the panel has learned about the call so far, as plain values."""

    job_number: str = ""
    agent_name: str = ""
    salutation: str = ""
    customer_name: str = ""
    address: str = ""
    category: str = ""
    ticket_number: str = ""
    due_at: datetime | None = None


def time_greeting(now: datetime, config: EtiquetteConfig, library: Library) -> str:
    """早上好 / 下午好 / 晚上好 for the local time of day (rule 4.3 greetings)."""
    return library.time_greetings.get(config.part_of_day(now), "您好")


def format_due_time(due_at: datetime, now: datetime, config: EtiquetteConfig) -> str:
    """How an agent says a deadline: 今天11:30, 明天08:00, or 11月28日09:30 (local time)."""
    due, today = config.local(due_at), config.local(now).date()
    clock = f"{due.hour:02d}:{due.minute:02d}"
    if due.date() == today:
        return f"今天{clock}"
    if due.date() == today + timedelta(days=1):
        return f"明天{clock}"
    return f"{due.month}月{due.day}日{clock}"


def surname(name: str) -> str:
    """The family name of a personal name, '' for an organisation or an empty record."""
    name = name.strip()
    if not name or len(name) > MAX_PERSONAL_NAME or any(
            w in name for w in ORGANISATION_WORDS):
        return ""
    if not all("\u4e00" <= ch <= "\u9fff" for ch in name):
        return ""  # not a Chinese name: address the caller by the form alone
    for compound in COMPOUND_SURNAMES:
        if name.startswith(compound) and len(name) > len(compound):
            return compound
    return name[0]


def salutations(customer_name: str, library: Library) -> list[str]:
    """Rule 4.3 forms of address (称呼语) joined to the customer's family name: 张先生 ..."""
    family = surname(customer_name)
    forms = next((c.phrases for c in library.categories if c.id == "address"), ())
    return [f"{family}{form}" for form in forms]


def values_for(facts: CallFacts, now: datetime, config: EtiquetteConfig,
               library: Library) -> dict[str, str]:
    """Every placeholder that has a value now; the rest stay gaps."""
    values = {
        "company_name": config.company_name,
        "hotline": config.hotline,
        "time_greeting": time_greeting(now, config, library),
        "max_rings": str(config.max_rings),
        "job_number": facts.job_number,
        "agent_name": facts.agent_name,
        "salutation": facts.salutation,
        "customer_name": facts.customer_name,
        "address": facts.address,
        "problem": library.problem_names.get(facts.category, ""),
        "ticket_number": facts.ticket_number,
        "due_time": format_due_time(facts.due_at, now, config) if facts.due_at else "",
    }
    return {key: value for key, value in values.items() if value}


def fill(template: str, values: dict[str, str], labels: dict[str, str]) -> str:
    """Replace {name} with its value, or with the bracketed label when there is none."""
    def one(match) -> str:
        name = match.group(1)
        if name in values:
            return values[name]
        return f"{GAP_OPEN}{labels.get(name, name)}{GAP_CLOSE}"

    return PLACEHOLDER.sub(one, template)
