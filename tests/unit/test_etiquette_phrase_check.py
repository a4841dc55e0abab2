"""The three nevers (rule 3.2.6): curt phrases found, with a suggestion, never blocking."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.workflows.etiquette.library import CurtPhrase, default_library
from app.workflows.etiquette.phrase_check import check_text, count_in

CURT = default_library().curt_phrases


def test_curt_phrases_are_found_with_their_suggestion() -> None:
    found = check_text("这个不归我们管，你自己去问物业吧", CURT)
    assert [w.phrase for w in found] == ["不归我们管", "你自己去问"]
    assert found[0].suggestion.startswith("这个问题需要相关单位处理")
    assert (found[0].start, found[0].end) == (2, 7)


def test_polite_text_raises_nothing() -> None:
    assert check_text("您好，您反映的问题我已经登记，工单号是GD00000001。", CURT) == []


def test_spaces_inside_a_phrase_do_not_hide_it() -> None:
    assert [w.phrase for w in check_text("我 不 知道", CURT)] == ["不知道"]


def test_a_phrase_inside_a_longer_listed_phrase_counts_once() -> None:
    phrases = (CurtPhrase("不知道", "a"), CurtPhrase("我不知道", "b"))
    assert [w.phrase for w in check_text("我不知道啊", phrases)] == ["我不知道"]


def test_count_in_saved_texts() -> None:
    assert count_in(["没办法", "不知道，没办法"], CURT) == 3
    assert count_in(["", "好的"], CURT) == 0


SAFE = st.text(alphabet="您好请谢再见的问题已登记工单号我们会尽快处理。，", max_size=40)


@given(before=SAFE, after=SAFE, pick=st.integers(min_value=0, max_value=len(CURT) - 1))
def test_any_listed_phrase_is_found_wherever_it_stands(before: str, after: str,
                                                       pick: int) -> None:
    phrase = CURT[pick].phrase
    found = check_text(before + phrase + after, CURT)
    assert any(w.start <= len(before) and w.end >= len(before) + len(phrase) for w in found)


@given(text=SAFE)
def test_text_made_of_polite_words_is_never_flagged(text: str) -> None:
    assert check_text(text, CURT) == []

