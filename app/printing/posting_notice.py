"""张贴通知: the posting notice for a building or stairwell (rule 5.2.1).

Planned maintenance, an interruption or sampling visits, in large type on A4 portrait so it
reads from a metre away in a stairwell: a 40 pt title, 20 pt body, the time in a box.
A per-household copy carries the household's name and address under the greeting.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.printing.layout import (
    CONTENT_WIDTH,
    MARGIN,
    MM,
    PAGE_HEIGHT,
    centred,
    fit_size,
    paragraph,
    wrap,
)
from app.printing.letterhead import Letterhead, draw_footer, draw_letterhead, draw_sign_off
from app.printing.surface import RED, Surface
from app.printing.wording import fill, hotline_wording

TITLE_SIZE = 40
BODY_SIZE = 22


@dataclass(frozen=True)
class PostingNotice:
    reason_key: str      # maintenance, interruption or sampling: picks title and body
    reason: str          # the reason's words
    scope: str           # "阳光小区3号楼2单元"
    start: str           # "2026年12月1日（星期二） 08:00"
    end: str
    issued: str
    note: str = ""
    exception_reason: str = ""   # rule 5.2.1: why in the season or at short notice
    household_name: str = ""     # set on a per-household copy
    household_address: str = ""


def draw_posting_notice(surface: Surface, notice: PostingNotice, head: Letterhead,
                        wording: dict[str, str], label: str = "") -> None:
    wording = hotline_wording(wording, head.hotline)
    y = draw_letterhead(surface, head, scale=1.15)
    title = wording[f"posting.title.{notice.reason_key}"]
    size = fit_size(title, TITLE_SIZE, CONTENT_WIDTH, 24)
    centred(surface, y + size * 0.6, title, size, bold=True, color=RED)
    y += size * 0.6 + 16 * MM
    values = {"scope": notice.scope, "reason": notice.reason, "hotline": head.hotline,
              "company": head.company}
    greeting = (fill(wording["visit.greeting"], name=notice.household_name)
                if notice.household_name else fill(wording["posting.greeting"], **values))
    y = paragraph(surface, MARGIN, y, CONTENT_WIDTH, greeting, 24, bold=True, leading=1.4)
    if notice.household_address:
        y = paragraph(surface, MARGIN, y, CONTENT_WIDTH, f"地址：{notice.household_address}",
                      16, leading=1.4) + 2 * MM
    body = fill(wording[f"posting.body.{notice.reason_key}"], **values)
    y = paragraph(surface, MARGIN, y + 4, CONTENT_WIDTH, body, BODY_SIZE, leading=1.6,
                  indent=True) + 3 * MM
    y = _time_box(surface, y, notice) + 8 * MM
    if notice.exception_reason:  # rule 5.2.1: the customer is told why now
        y = paragraph(surface, MARGIN, y, CONTENT_WIDTH, f"说明：{notice.exception_reason}",
                      BODY_SIZE, leading=1.5, indent=True)
    if notice.note:
        y = paragraph(surface, MARGIN, y, CONTENT_WIDTH, notice.note, BODY_SIZE, leading=1.5,
                      indent=True)
    y = paragraph(surface, MARGIN, y, CONTENT_WIDTH, wording["posting.apology"], BODY_SIZE,
                  indent=True) + 6 * MM
    contact = fill(wording["posting.contact"], **values)
    if contact:
        centred(surface, y, contact, fit_size(contact, 26, CONTENT_WIDTH, 16), bold=True,
                color=RED)
        y += 18 * MM
    draw_sign_off(surface, head, min(y, PAGE_HEIGHT - 62 * MM), notice.issued, size=16)
    draw_footer(surface, head, label)


def _time_box(surface: Surface, y: float, notice: PostingNotice) -> float:
    """Start and end on their own lines in a framed box, the first thing a reader seeks."""
    size = 22
    inner = CONTENT_WIDTH - 36 * MM
    lines = [("开始时间", line) for line in wrap(notice.start, size, inner)]
    lines += [("结束时间", line) for line in wrap(notice.end, size, inner)]
    height = len(lines) * size * 1.7 + 6 * MM
    surface.rect(MARGIN, y, CONTENT_WIDTH, height, width=2.0, color=RED)
    baseline = y + 3 * MM + size * 1.2
    shown: set[str] = set()
    for label, line in lines:
        if label not in shown:
            surface.text(MARGIN + 6 * MM, baseline, label + "：", size, bold=True)
            shown.add(label)
        surface.text(MARGIN + 6 * MM + size * 5.2, baseline, line, size, bold=True)
        baseline += size * 1.7
    return y + height
