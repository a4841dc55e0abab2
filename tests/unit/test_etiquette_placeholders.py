"""Placeholders filled from the call; greetings by local time of day (rule 4.3)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.clock import FixedClock
from app.workflows.etiquette.call_script import CallScript
from app.workflows.etiquette.config import DEFAULTS, build_config
from app.workflows.etiquette.library import default_library
from app.workflows.etiquette.placeholders import (
    fill,
    format_due_time,
    salutations,
    surname,
    time_greeting,
)
from app.workflows.settings import DEFAULTS as SHARED

CONFIG = build_config({**DEFAULTS, **SHARED})
LIBRARY = default_library()


def beijing(hour: int, minute: int = 0, day: int = 26) -> datetime:
    """A moment given in Beijing time (UTC+8), as the injected clock would return it."""
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC) - timedelta(hours=8)


@pytest.mark.parametrize("hour,minute,word", [
    (4, 59, "晚上好"), (5, 0, "早上好"), (9, 30, "早上好"), (11, 59, "早上好"),
    (12, 0, "下午好"), (17, 59, "下午好"), (18, 0, "晚上好"), (23, 30, "晚上好"),
])
def test_greeting_follows_the_local_time_of_day(hour: int, minute: int, word: str) -> None:
    assert time_greeting(beijing(hour, minute), CONFIG, LIBRARY) == word


def test_greeting_hours_are_settings() -> None:
    late_morning = build_config({**DEFAULTS, **SHARED, "etiquette.afternoon_from": "13:00"})
    assert time_greeting(beijing(12, 30), late_morning, LIBRARY) == "早上好"


def test_greeting_phrase_is_filled_with_company_job_number_and_greeting() -> None:
    clock = FixedClock(beijing(14, 5))
    script = CallScript(LIBRARY, CONFIG, clock, job_number="1001", agent_name="王芳")
    script.number_known()
    assert script.view().phrases[0] == (
        "下午好！热电有限公司客户服务中心，1001号为您服务。请问您有什么事？")


def test_unknown_values_stay_visible_gaps() -> None:
    labels = LIBRARY.placeholder_labels
    assert fill("{salutation}，您好！", {}, labels) == "〔称呼〕，您好！"
    assert fill("{salutation}，您好！", {"salutation": "李女士"}, labels) == "李女士，您好！"
    assert fill("{nonsense}", {}, labels) == "〔nonsense〕"


def test_due_time_as_an_agent_says_it() -> None:
    now = beijing(9, 30)
    assert format_due_time(now + timedelta(hours=2), now, CONFIG) == "今天11:30"
    assert format_due_time(now + timedelta(hours=24), now, CONFIG) == "明天09:30"
    assert format_due_time(now + timedelta(days=3), now, CONFIG) == "11月29日09:30"


def test_case_promise_carries_ticket_number_and_due_time() -> None:
    clock = FixedClock(beijing(22, 15))
    script = CallScript(LIBRARY, CONFIG, clock, job_number="1001")
    script.customer_found("李娜", "长安区和平里12号楼1单元302室")
    script.choose_salutation("李女士")
    script.category_chosen("repair")
    assert script.view().phrases[0] == (
        "李女士，我跟您核对一下：您的地址是长安区和平里12号楼1单元302室，反映的是报修问题，对吗？")
    script.saved(7, "GD00000007", clock() + timedelta(hours=8))
    assert script.view().phrases[0] == (
        "李女士，您反映的问题已经登记，工单号是GD00000007，我们会在明天06:15前处理并给您回复。")


@pytest.mark.parametrize("name,family", [
    ("张伟", "张"), ("欧阳娜娜", "欧阳"), ("李", "李"), ("市第一医院", ""),
    ("阳光物业", ""), ("John Smith", ""), ("", ""),
])
def test_family_name_for_the_form_of_address(name: str, family: str) -> None:
    assert surname(name) == family


def test_salutations_use_the_forms_of_rule_4_3() -> None:
    assert salutations("张伟", LIBRARY) == ["张小姐", "张女士", "张先生", "张大姐", "张阿姨",
                                          "张大伯"]
    assert salutations("市第一医院", LIBRARY)[:3] == ["小姐", "女士", "先生"]
