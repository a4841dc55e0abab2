"""The trip report after the trip (rule 3.8: report after the trip): stops done, not
reached, problems found, orders resolved, follow-ups created, and every stop's feedback;
a PDF on the letterhead. Finishing the trip marks it reported: its stops stay as entered.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from app.models.trips import StopOutcome, TripStatus
from app.printing.document import PrintJob
from app.printing.trips import OUTCOME, STOP_KIND, SheetText, sheet_job
from app.repositories.trips import StopRow, TripRepository
from app.repositories.uow import UnitOfWork
from app.workflows.errors import NotFound, ValidationError
from app.workflows.letterhead import letterhead_in
from app.workflows.permissions import Permission, require
from app.workflows.settings import load_settings
from app.workflows.trips.papers import duration_text, place_text
from app.workflows.trips.planning import TripView, view_of

NOT_REACHED = (StopOutcome.NOBODY_HOME.value,)
DONE = (StopOutcome.RESOLVED.value, StopOutcome.INSPECTED.value, StopOutcome.FOLLOW_UP.value,
        StopOutcome.NEEDS_PART.value)


@dataclass(frozen=True)
class TripFigures:
    stops: int
    done: int
    not_reached: int
    pending: int
    problems: int
    resolved: int
    follow_ups: int
    readings: int
    confirmed: int
    satisfied: int


def figures(stops: tuple[StopRow, ...] | list[StopRow]) -> TripFigures:
    """Rule 3.8: what the trip achieved, counted from its stops."""
    return TripFigures(
        stops=len(stops),
        done=sum(s.outcome in DONE for s in stops),
        not_reached=sum(s.outcome in NOT_REACHED for s in stops),
        pending=sum(s.outcome == StopOutcome.PENDING.value for s in stops),
        problems=sum(bool(s.found.strip()) for s in stops),
        resolved=sum(s.outcome == StopOutcome.RESOLVED.value for s in stops),
        follow_ups=sum(bool(s.follow_up_number) for s in stops),
        readings=sum(s.indoor_temperature is not None for s in stops),
        confirmed=sum(bool(s.confirmed_by) for s in stops),
        satisfied=sum(s.satisfied is True for s in stops))


@dataclass(frozen=True)
class TripReport:
    view: TripView
    figures: TripFigures


def trip_report(uow: UnitOfWork, trip_id: int) -> TripReport:
    with uow:
        require(uow, Permission.TRIP_FEEDBACK)
        view = view_of(uow, trip_id)
    return TripReport(view, figures(view.stops))


def finish_trip(uow: UnitOfWork, trip_id: int) -> TripReport:
    """Mark the trip reported (rule 3.8); stops without feedback count as not visited."""
    with uow:
        require(uow, Permission.TRIP_FEEDBACK)
        trip = uow.repo(TripRepository).get(trip_id)
        if trip is None:
            raise NotFound(f"trip {trip_id}")
        if trip.status == TripStatus.REPORTED:
            raise ValidationError({"trip": "trip.already_reported"})
        trip.status = TripStatus.REPORTED
        trip.reported_at = uow.clock()
        uow.flush()
        view = view_of(uow, trip_id)
        uow.commit()
    return TripReport(view, figures(view.stops))


def _feedback_text(stop: StopRow) -> str:
    parts = [f"发现：{stop.found}" if stop.found else "",
             f"处理：{stop.done}" if stop.done else "",
             f"室温 {stop.indoor_temperature} °C（{stop.measured_room}）"
             if stop.indoor_temperature is not None else "",
             f"后续工单 {stop.follow_up_number}" if stop.follow_up_number else ""]
    return "\n".join(p for p in parts if p)


def _confirmation(stop: StopRow) -> str:
    if not stop.confirmed_by:
        return ""
    verdict = {True: "满意", False: "不满意", None: ""}[stop.satisfied]
    return f"{stop.confirmed_by} {verdict}".strip()


def report_sheet(report: TripReport, zone: tzinfo, printed_at: datetime) -> SheetText:
    head, f = report.view.head, report.figures
    rows = [["序号", "地址", "类型", "结果", "发现与处理", "用户确认"]]
    for s in report.view.stops:
        kind = STOP_KIND.get(s.kind, s.kind) + (f"\n{s.number}" if s.number else "")
        rows.append([str(s.position), place_text(s), kind, OUTCOME.get(s.outcome, s.outcome),
                     _feedback_text(s), _confirmation(s)])
    photos = [f"{s.position}. {place_text(s)}：{'，'.join(s.photos.splitlines())}"
              for s in report.view.stops if s.photos]
    return SheetText(
        title="外出服务报告",
        facts=[("日期", head.trip_date.isoformat()), ("执行单位", head.unit_name or "—"),
               ("技术员", head.technician_name or "—"), ("计划用时",
                                                       duration_text(report.view.estimate.minutes)),
               ("站点", f"{f.stops} 户"), ("已完成", f"{f.done} 户"),
               ("无人在家", f"{f.not_reached} 户"), ("未填写", f"{f.pending} 户"),
               ("发现问题", f"{f.problems} 处"), ("解决工单", f"{f.resolved} 张"),
               ("后续工单", f"{f.follow_ups} 张"), ("室温读数", f"{f.readings} 个"),
               ("用户确认", f"{f.confirmed} 户，满意 {f.satisfied} 户"),
               ("状态", "已报告" if head.status == TripStatus.REPORTED.value else "进行中")],
        tables=[("各站点反馈", rows, [10, 40, 22, 20, 52, 26])],
        tail=[("照片（文件名）", photos)],
        signatures=["技术员签字：________", "班长审核：________"],
        printed=f"行程编号 {head.id} · 打印时间 {printed_at.astimezone(zone):%Y-%m-%d %H:%M}")


def trip_report_job(uow: UnitOfWork, trip_id: int) -> PrintJob:
    """The report on the letterhead (preview, printer or PDF)."""
    report = trip_report(uow, trip_id)
    with uow:
        zone = load_settings(uow).zone
        now = uow.clock()
        head = letterhead_in(uow)
    return sheet_job(report_sheet(report, zone, now), head,
                     job_title=f"外出服务报告 {report.view.head.trip_date}")


def trip_report_pdf(uow: UnitOfWork, trip_id: int) -> bytes:
    return trip_report_job(uow, trip_id).render_pdf()
