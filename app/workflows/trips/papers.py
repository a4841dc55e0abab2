"""The trip as one print job (rule 3.8, 3.8.2): the route sheet, then a visit notice for
every household, each notice built by the notices workflow exactly as when printed alone.

A stop with an agreed time gets that hour on its notice; one without gets the blanks the
technician fills in at the door. When the job was saved or printed, `record_trip_printed`
writes the notices' records (who was notified when), as for a notice printed alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from app.models.notice import NoticeReason
from app.printing.document import PrintJob
from app.printing.names_zh import CATEGORY
from app.printing.trips import APPOINTMENT, STOP_KIND, SheetText, joined, sheet_job
from app.repositories.trips import StopRow
from app.repositories.uow import UnitOfWork
from app.workflows.letterhead import letterhead_in
from app.workflows.notices import (
    NoticeRecord,
    PreparedNotice,
    VisitNoticeForm,
    record_notice,
    visit_notice,
)
from app.workflows.permissions import Permission, require
from app.workflows.settings import load_settings
from app.workflows.trips.planning import TripView, view_of

VISIT_HOURS = 1  # the window a notice gives around an agreed time


@dataclass(frozen=True)
class TripPapers:
    job: PrintJob
    notices: tuple[PreparedNotice, ...]
    route_pages: int

    @property
    def page_count(self) -> int:
        return self.job.page_count


def duration_text(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    return f"{hours} 小时 {rest} 分钟" if hours else f"{rest} 分钟"


def _fmt(moment: datetime | None, zone: tzinfo, pattern: str = "%H:%M") -> str:
    return moment.astimezone(zone).strftime(pattern) if moment else ""


def place_text(stop: StopRow) -> str:
    parts = [stop.estate, f"{stop.building}号楼" if stop.building else "",
             f"{stop.entrance}单元" if stop.entrance else "", f"{stop.room}室" if stop.room
             else ""]
    floor = f"（{stop.floor}层）" if stop.floor else ""
    return "".join(parts) + floor


def what_text(stop: StopRow) -> str:
    kind = STOP_KIND.get(stop.kind, stop.kind)
    if stop.number:
        what = f"{kind} {stop.number} {CATEGORY.get(stop.category, '')}"
        return f"{what}\n{stop.description[:60]}" if stop.description else what
    return kind


def call_text(stop: StopRow, zone: tzinfo) -> str:
    if stop.appointment == "agreed":
        return f"约 {_fmt(stop.agreed_at, zone)}，{stop.reached_name}"
    text = APPOINTMENT.get(stop.appointment, stop.appointment)
    return f"{text}：{stop.call_note}" if stop.call_note else text


def route_sheet(view: TripView, zone: tzinfo, printed_at: datetime) -> SheetText:
    head, est = view.head, view.estimate
    rows = [["序号", "地址", "事由", "用户 / 电话", "电话预约", "现场记录（处理、室温、用户签字）"]]
    for stop in view.stops:
        rows.append([str(stop.position), place_text(stop), what_text(stop),
                     f"{stop.name}\n{stop.phone}", call_text(stop, zone), "\n\n\n"])
    technician = f"{head.technician_name}（{head.technician_job_number}）" \
        if head.technician_name else "________"
    return SheetText(
        title="外出服务路线单",
        facts=[("日期", head.trip_date.isoformat()), ("执行单位", head.unit_name or "—"),
               ("技术员", technician), ("小区", head.estate or "全部"),
               ("站点数", f"{est.stops} 户，{est.buildings} 栋楼，{est.estates} 个小区"),
               ("预计用时", duration_text(est.minutes))],
        tables=[("按步行顺序", rows, [10, 34, 36, 26, 24, 40])],
        notes=[head.note] if head.note else [],
        signatures=["技术员签字：________", "返回时间：________"],
        printed=f"行程编号 {head.id} · 打印时间 {_fmt(printed_at, zone, '%Y-%m-%d %H:%M')}")


def _notice_form(stop: StopRow, view: TripView, now: datetime) -> VisitNoticeForm:
    start = stop.agreed_at if stop.appointment == "agreed" else None
    end = start + timedelta(hours=VISIT_HOURS) if start else None
    if end is not None and end <= now:  # a notice announces what is still to come
        start = end = None
    reason = "" if stop.ticket_id else (NoticeReason.TEMPERATURE.value
                                        if stop.kind == "sampling" else "")
    return VisitNoticeForm(ticket_id=stop.ticket_id,
                           customer_id=None if stop.ticket_id else stop.customer_id,
                           reason=reason, starts_at=start, ends_at=end,
                           staff=view.head.technician_name)


def trip_papers(uow: UnitOfWork, trip_id: int) -> TripPapers:
    """The route sheet and every visit notice as one job (nothing is written)."""
    with uow:
        require(uow, Permission.TRIP_PLAN)
        view = view_of(uow, trip_id)
        zone = load_settings(uow).zone
        now = uow.clock()
        head = letterhead_in(uow)
    route = sheet_job(route_sheet(view, zone, now), head,
                      job_title=f"外出服务路线单 {view.head.trip_date}")
    notices = tuple(visit_notice(uow, _notice_form(stop, view, now)) for stop in view.stops)
    job = joined(route, *(n.job for n in notices),
                 title=f"外出服务 {view.head.trip_date}（路线单及上门通知）")
    return TripPapers(job, notices, route.page_count)


def record_trip_printed(uow: UnitOfWork, papers: TripPapers) -> list[NoticeRecord]:
    """After the job was saved or printed: the notices' records (rule 3.8.2)."""
    return [record_notice(uow, notice) for notice in papers.notices]
