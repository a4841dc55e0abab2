"""Rules 3.2.6 and 4.3: the reminder lines and phrases are the regulations' own words.

The passage below is copied from the seed (../shared/seed/000_0a974f449ae31de2.txt) as the
scrape has it; the only liberties the product takes are the scrape's line-break spaces
(dropped) and its ASCII "?" (a full-width "？" in Chinese text). When the seed is beside
the checkout the passage is checked against it too.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.workflows.etiquette.library import default_library

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_0a974f449ae31de2.txt"

# rule 3.2.6 as the seed words it, scrape and all
RULE_3_2_6 = ("即:三要:要“请”字当头,“您”字不离口, “再见”结 尾;三不:不使用生硬语言,"
              "不说推卸责任的话,不责备、 埋怨客户;四个一样:生人熟人一个样、有无检查一个样、"
              "工作忙 闲一个样、情绪好坏一个样。")
# rule 4.3 (7) 征询语 as the seed words it
RULE_4_3_ASKING = ("征询语:请问您有什么事?请问我能为您做什么吗?请问需 要我帮您做什么吗?"
                   "请问您还有别的事吗等")


def _unscraped(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _group(passage: str, name: str, end: str) -> list[str]:
    """The items the seed lists after `name:` up to `end`, split at its commas and 、."""
    body = _unscraped(passage).split(f"{name}:", 1)[1].split(end, 1)[0]
    return [item for item in re.split(r"[,、]", body) if item]


def test_rule_3_2_6_reminders_are_the_seed_words_character_for_character() -> None:
    groups = {g.id: g for g in default_library().reminders}
    assert (groups["three_musts"].name, list(groups["three_musts"].items)) == (
        "三要", ["要“请”字当头", "“您”字不离口", "“再见”结尾"])
    assert (groups["three_nevers"].name, list(groups["three_nevers"].items)) == (
        "三不", ["不使用生硬语言", "不说推卸责任的话", "不责备、埋怨客户"])
    assert (groups["four_sames"].name, list(groups["four_sames"].items)) == (
        "四个一样", ["生人熟人一个样", "有无检查一个样", "工作忙闲一个样", "情绪好坏一个样"])


def test_rule_3_2_6_every_reminder_line_is_found_in_the_seed_passage() -> None:
    passage = _unscraped(RULE_3_2_6)
    for group in default_library().reminders:
        for item in group.items:
            assert item in passage, (group.name, item)
    # and nothing of the seed's lists is left out
    assert _group(RULE_3_2_6, "三要", ";")[0] == "要“请”字当头"
    assert _group(RULE_3_2_6, "四个一样", "。") == [
        "生人熟人一个样", "有无检查一个样", "工作忙闲一个样", "情绪好坏一个样"]


def test_rule_4_3_phrases_carry_no_ascii_question_mark() -> None:
    library = default_library()
    for category in library.categories:
        for phrase in category.phrases:
            assert "?" not in phrase, phrase
    asking = next(c for c in library.categories if c.id == "asking")
    seed = [p + "？" for p in _unscraped(RULE_4_3_ASKING).removeprefix("征询语:")
            .removesuffix("等").split("?") if p]
    assert list(asking.phrases) == seed
    for stage in library.stages:
        for phrase in stage.phrases:
            assert "?" not in phrase, (stage.id, phrase)


@pytest.mark.skipif(not SEED.exists(), reason="the seed text is not beside this checkout")
def test_the_quoted_passages_are_in_the_seed() -> None:
    seed = SEED.read_text(encoding="utf-8")
    assert RULE_3_2_6 in seed
    assert RULE_4_3_ASKING in seed
