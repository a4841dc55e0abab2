"""The stop/resume list per estate for the field units: the season's applications by
estate, building, stairwell and room, with each one's field-check order and its state."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from app.printing.reports.content import Figure, Table
from app.repositories.customers.stop_resume import StopLine, StopRepository
from app.repositories.uow import UnitOfWork
from app.workflows.customers.season import current_season, season_label
from app.workflows.permissions import Permission, require

KIND_NAMES = {"stop": "报停", "resume": "复热"}
STATUS_NAMES = {"pending": "待上门", "done": "已完成", "cancelled": "已撤回"}


@dataclass(frozen=True)
class StopList:
    season: int
    estate: str
    lines: tuple[StopLine, ...]
    estates: tuple[str, ...]  # the estates with applications this season

    @property
    def label(self) -> str:
        return season_label(self.season)

    def counts(self) -> Counter[tuple[str, str]]:
        """(kind, status) -> applications."""
        return Counter((line.kind, line.status) for line in self.lines)


def stop_list(uow: UnitOfWork, season: int | None = None, estate: str = "") -> StopList:
    """The season's applications (default: the season the window is open for, else the
    season in force), optionally of one estate."""
    require(uow, Permission.ARCHIVE_LISTS)
    with uow:
        if season is None:
            season = current_season(uow)
            repo = uow.repo(StopRepository)
            if repo.estates(season + 1):  # applications for the coming season exist
                season += 1
        repo = uow.repo(StopRepository)
        return StopList(season, estate.strip(), tuple(repo.of_season(season, estate.strip())),
                        tuple(repo.estates(season)))


def stop_list_figures(stops: StopList) -> list[Figure]:
    counts = stops.counts()
    summary = Table(columns=["类别", "待上门", "已完成"], rows=[
        [KIND_NAMES[kind], counts[(kind, "pending")], counts[(kind, "done")]]
        for kind in KIND_NAMES], title="户数")
    rows = Table(columns=["小区", "楼栋", "单元", "房号", "户号", "姓名", "类别", "状态",
                          "工单号", "受理时间"],
                 rows=[[line.estate, line.building, line.entrance, line.room,
                        line.account_number, line.name, KIND_NAMES[line.kind],
                        STATUS_NAMES[line.status], line.ticket_number or "",
                        line.applied_at.strftime("%Y-%m-%d")] for line in stops.lines],
                 title="名单")
    return [Figure(title=f"{stops.label} 供暖季报停/复热名单", subtitle=stops.estate or "全部小区",
                   tables=[summary, rows],
                   notes=["报停：上门关阀并加封；复热：上门拆封开阀。现场核查工单处理后，申请即完成。"])]
