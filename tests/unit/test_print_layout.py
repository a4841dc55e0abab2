"""Text layout for Chinese documents: wrapping, punctuation, fields in wording templates."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from app.printing.layout import NO_LINE_START, text_width, wrap
from app.printing.wording import cn_window, fill, unknown_fields

ADDRESS = "新华区阳光小区3号楼2单元501室"


def test_short_text_stays_on_one_line():
    assert wrap(ADDRESS, 12, 400) == (ADDRESS,)


def test_long_text_wraps_and_keeps_every_character():
    lines = wrap(ADDRESS * 5, 12, 150)
    assert len(lines) > 3
    assert "".join(lines) == ADDRESS * 5
    assert all(text_width(line, 12) <= 150 for line in lines)


def test_no_line_starts_with_closing_punctuation():
    text = "您好，请您届时家中留人。" * 6
    for width in range(60, 200, 7):
        lines = wrap(text, 12, width)
        assert all(line[0] not in NO_LINE_START for line in lines if line)


def test_latin_words_and_numbers_stay_whole():
    lines = wrap("服务热线 0311-87654321 全天服务", 12, 110)
    assert any("0311-87654321" in line for line in lines)


def test_newlines_start_new_lines():
    assert wrap("第一行\n第二行", 12, 400) == ("第一行", "第二行")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="供热通知阳光小区号楼单元室，。ab1 ", max_size=120),
       st.integers(min_value=40, max_value=400))
def test_wrapping_never_loses_text_or_overflows_much(text, width):
    lines = wrap(text, 12, width)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    # a line may exceed the width only by one hanging punctuation mark
    assert all(text_width(line, 12) <= width * 1.05 + 12 for line in lines)


def test_template_fields_are_checked():
    assert unknown_fields("尊敬的{name}用户：") == set()
    assert unknown_fields("尊敬的{nmae}用户") == {"nmae"}
    assert unknown_fields("坏的{括号") == {"{"}
    assert fill("致{name}，电话{hotline}", name="张伟", hotline="12345") == "致张伟，电话12345"


def test_window_on_one_day_and_across_days():
    start = datetime(2026, 12, 1, 9, 0)
    assert cn_window(start, start.replace(hour=12)) == "2026年12月1日（星期二） 09:00至12:00"
    assert cn_window(start, datetime(2026, 12, 2, 18, 0)) == (
        "2026年12月1日（星期二） 09:00至2026年12月2日（星期三） 18:00")
