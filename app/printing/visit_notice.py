"""上门通知: the visit appointment notice for one household (rule 3.8.2(1)).

One A4 page per household: who comes, why, when, the order it belongs to, and how to
reschedule through the hotline. Without an agreed time the time row prints blanks for the
field staff to fill in by hand, which is how such notices are used at the door.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.printing.layout import CONTENT_WIDTH, MARGIN, MM, centred, field_table, paragraph
from app.printing.letterhead import Letterhead, draw_footer, draw_letterhead, draw_sign_off
from app.printing.surface import LIGHT, RED, Surface
from app.printing.wording import fill, hotline_wording

BLANK_WINDOW = "______年____月____日  ____时____分 至 ____时____分"


@dataclass(frozen=True)
class VisitNotice:
    customer_name: str
    address: str
    account_number: str
    reason: str            # the reason's words, e.g. "入户测量室温"
    window: str | None     # "2026年12月1日（星期二） 09:00至12:00"; None prints blanks
    staff: str             # who comes, or "" to fill in by hand
    staff_phone: str
    unit: str
    ticket_number: str
    issued: str            # the date printed under the signature
    note: str = ""


def draw_visit_notice(surface: Surface, notice: VisitNotice, head: Letterhead,
                      wording: dict[str, str], label: str = "") -> None:
    wording = hotline_wording(wording, head.hotline)
    y = draw_letterhead(surface, head)
    centred(surface, y + 8, wording["visit.title"], 26, bold=True, color=RED)
    y += 22 * MM
    name = notice.customer_name or "____________"
    y = paragraph(surface, MARGIN, y, CONTENT_WIDTH,
                  fill(wording["visit.greeting"], name=name), 14, bold=True)
    body = fill(wording["visit.body"], reason=notice.reason, hotline=head.hotline,
                company=head.company, name=name)
    y = paragraph(surface, MARGIN, y + 2, CONTENT_WIDTH, body, 13, leading=1.7,
                  indent=True) + 2 * MM
    staff = notice.staff or "____________"
    if notice.staff_phone:
        staff = f"{staff}    电话 {notice.staff_phone}"
    rows = [
        ("户    号", notice.account_number),
        ("地    址", notice.address),
        ("上门事由", notice.reason),
        ("上门时间", notice.window or BLANK_WINDOW),
        ("工作人员", staff),
        ("执行单位", notice.unit),
    ]
    if notice.ticket_number:
        rows.append(("工 单 号", notice.ticket_number))
    if notice.note:
        rows.append(("备    注", notice.note))
    y = field_table(surface, y, rows, 12.5, label_width=26 * MM, min_height=11 * MM,
                    shade=LIGHT) + 8 * MM
    reschedule = fill(wording["visit.reschedule"], hotline=head.hotline,
                      company=head.company, name=name)
    if reschedule:
        y = paragraph(surface, MARGIN, y, CONTENT_WIDTH, reschedule, 13, leading=1.7,
                      indent=True)
    y = paragraph(surface, MARGIN, y, CONTENT_WIDTH, wording["visit.closing"], 13,
                  indent=True) + 10 * MM
    draw_sign_off(surface, head, y, notice.issued, size=13)
    draw_footer(surface, head, label)
