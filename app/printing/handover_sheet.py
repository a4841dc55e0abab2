"""The printed handover sheet (交接班记录): one A4 page or more, in Chinese.

Rule 3.4.3 asks for a clear log of equipment status, difficult cases and staffing changes;
the sheet also lists the carried-over orders and both signatures (rule 3.4.2), so it can
be filed as the paper record. The document is Chinese by design, so its labels are here.
Every page carries the company letterhead and footer that the notices use.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from app.printing.flowing import flowing_pdf
from app.printing.fonts import register_cjk_font
from app.printing.letterhead import Letterhead
from app.printing.names_zh import CATEGORY

if TYPE_CHECKING:
    from app.repositories.shifts.handover import HandoverView

STATUS = {"draft": "草稿", "handed_over": "待接班人签字", "signed": "已签字交接",
          "overridden": "班长代为确认"}
EQUIPMENT_STATE = {"ok": "正常", "faulty": "故障", "out_of_service": "停用"}
CARRY_REASON = {"overdue": "已超时", "callback": "待回访", "open": "处理中"}
TICKET_STATUS = {"new": "新建", "dispatched": "已派单", "in_progress": "处理中",
                 "resolved": "已解决", "closed": "已关闭"}


def _person(name: str, job_number: str) -> str:
    """"李明(工号 1002)": who, and the job number that identifies them on paper."""
    if not name:
        return "—"
    return f"{name}(工号 {job_number})" if job_number else name


def _fmt(moment: datetime | None, zone: tzinfo) -> str:
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M") if moment else "—"


def render_handover_sheet(view: HandoverView, *, letterhead: Letterhead, zone: tzinfo,
                          printed_at: datetime) -> bytes:
    font = register_cjk_font()
    body = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=13)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10,
                           textColor=colors.HexColor("#555555"))
    head = ParagraphStyle("head", parent=body, fontSize=12, leading=16, spaceBefore=8,
                          spaceAfter=4)
    title = ParagraphStyle("title", parent=body, fontSize=17, leading=22, alignment=1)

    def p(text: str, style: ParagraphStyle = body) -> Paragraph:
        safe = (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return Paragraph(safe.replace("\n", "<br/>"), style)

    def table(rows: list[list[Paragraph]], widths: list[float]) -> Table:
        t = Table(rows, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), font),  # not ReportLab's default Helvetica
        ]))
        return t

    shift = f"{view.shift_date} {view.shift_name}".strip() or "—"
    story: list[Flowable] = [
        p("客服中心交接班记录", title), Spacer(1, 4 * mm),
        table([[p("班次"), p(shift), p("交接状态"), p(STATUS.get(view.status, view.status))],
               [p("交班人"), p(_person(view.outgoing_name, view.outgoing_job_number)),
                p("接班人"), p(_person(view.incoming_name, view.incoming_job_number))],
               [p("交班时间"), p(_fmt(view.handed_over_at, zone)),
                p("完成时间"), p(_fmt(view.completed_at, zone))]],
              [22 * mm, 63 * mm, 22 * mm, 63 * mm]),
        p("一、设备状况", head),
    ]
    eq = [[p("设备名称"), p("设备状态"), p("情况说明")]] + [
        [p(i.subject), p(EQUIPMENT_STATE.get(i.state or "", i.state or "")), p(i.text)]
        for i in view.lines("equipment")]
    story.append(table(eq, [45 * mm, 25 * mm, 100 * mm]))
    story.append(p("二、疑难个案", head))
    cases = view.lines("difficult_case")
    story.append(table([[p("工单号"), p("疑难情况")]] + [
        [p(i.ticket_number or "—"), p(i.text)] for i in cases], [35 * mm, 135 * mm])
        if cases else p("无"))
    story.append(p("三、人员变动", head))
    staffing = view.lines("staffing")
    story.append(p("\n".join(f"· {i.text}" for i in staffing)) if staffing else p("无"))
    story.append(p("四、移交工单", head))
    if view.carryovers:
        story.append(table([[p("工单号"), p("类别"), p("优先级"), p("移交原因"), p("交班时状态"),
                             p("完成时限"), p("问题摘要"), p("接班人确认")]] + [
            [p(c.number), p(CATEGORY.get(c.category, c.category)), p(f"{c.level}级"),
             p(CARRY_REASON.get(c.reason, c.reason)),
             p(TICKET_STATUS.get(c.status, c.status)),
             p(_fmt(c.due_at, zone)),
             p(c.description[:60]), p("✓" if c.acknowledged_at else "")]
            for c in view.carryovers],
            [25 * mm, 12 * mm, 16 * mm, 18 * mm, 21 * mm, 22 * mm, 35 * mm, 21 * mm]))
    else:
        story.append(p("无"))
    story.append(p("五、其他事项", head))
    story.append(p(view.notes or "无"))
    corrections = view.lines("correction")
    if corrections:
        story.append(p("六、更正记录", head))
        story.extend(p(f"{_fmt(i.created_at, zone)} {i.created_by_name}:{i.text}")
                     for i in corrections)
    story.append(Spacer(1, 6 * mm))
    if view.status == "overridden":
        sign = [f"交班人:{view.outgoing_name}", f"班长确认:{view.override_by_name}",
                f"原因:{view.override_reason}"]
    else:
        sign = [f"交班人签字:{_person(view.outgoing_name, view.outgoing_job_number)}",
                "接班人签字:" + (_person(view.signed_by_name, view.incoming_job_number)
                                if view.signed_by_name else "________")]
    story.append(Table([[p(part) for part in sign]], hAlign="LEFT",
                       style=[("FONTNAME", (0, 0), (-1, -1), font)]))
    story.append(Spacer(1, 3 * mm))
    story.append(p(f"记录编号 {view.id} · 打印时间 {_fmt(printed_at, zone)}", small))

    return flowing_pdf(story, letterhead, title="交接班记录",
                       footer=lambda page: f"第 {page} 页")
