"""The season checklist for the leaders (rule 3.1.3): who has not signed for the coming
season, counted and listed by address, to print or export.

Before each season the contracts are signed (rule 3.1.3); the list names every customer with
no contract on file for the season, or one not yet renewed or in arrears as imported, with a
phone to call and the last season they signed for.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.printing.reports.content import Cell, Figure, Table
from app.repositories.customers.checklist import NO_CONTRACT, ChecklistLine, ChecklistRepository
from app.repositories.uow import UnitOfWork
from app.workflows.customers.season import season_label, signing_season
from app.workflows.permissions import Permission, require

PAGE = 500  # lines shown on screen; the export and the print carry them all

STATUS_NAMES = {NO_CONTRACT: "无合同", "not_renewed": "未续签", "arrears": "欠费"}


@dataclass(frozen=True)
class Checklist:
    season: int
    estate: str
    counts: dict[str, int]  # "none" / "not_renewed" / "arrears" -> customers
    lines: tuple[ChecklistLine, ...]  # the first PAGE (or all, for an export)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def label(self) -> str:
        return season_label(self.season)


def season_checklist(uow: UnitOfWork, season: int | None = None, estate: str = "",
                     limit: int | None = PAGE) -> Checklist:
    """The customers without a signed contract for `season` (default: the season being
    signed: the running one in winter, else the next)."""
    require(uow, Permission.ARCHIVE_LISTS)
    with uow:
        chosen = season if season is not None else signing_season(uow)
        repo = uow.repo(ChecklistRepository)
        return Checklist(chosen, estate.strip(), repo.counts(chosen, estate.strip()),
                         tuple(repo.lines(chosen, estate.strip(), limit)))


def checklist_estates(uow: UnitOfWork) -> tuple[int, list[str]]:
    """The season being signed and the estates to filter by."""
    require(uow, Permission.ARCHIVE_LISTS)
    with uow:
        return signing_season(uow), uow.repo(ChecklistRepository).estates()


def checklist_figures(checklist: Checklist) -> list[Figure]:
    """The printed and exported list (Chinese, as the other sheets)."""
    where = checklist.estate or "全部小区"
    count_rows: list[list[Cell]] = [[STATUS_NAMES[key], checklist.counts.get(key, 0)]
                                    for key in STATUS_NAMES]
    counts = Table(columns=["情况", "户数"], rows=[*count_rows, ["合计", checklist.total]],
                   title="户数")
    rows = Table(columns=["户号", "姓名", "小区", "楼栋", "单元", "房号", "电话", "情况",
                          "上次签订"],
                 rows=[[line.account_number, line.name, line.estate, line.building,
                        line.entrance, line.room, line.phone, STATUS_NAMES[line.status],
                        season_label(line.last_season) if line.last_season else ""]
                       for line in checklist.lines], title="名单")
    return [Figure(title=f"{checklist.label} 供暖季未签合同用户", subtitle=where,
                   tables=[counts, rows],
                   notes=["规则 3.1.3：供暖前与新用户签订供用热合同，办理原用户合同变更。"])]
