"""Special-customer analysis (rule 1.4.5), a report tab with PDF, Excel and F8.

Rule 1.4.5: the archive is collected, classified and kept, and special customers are
analysed so that service can be planned for them. The report counts households and heated
area by class (residential, commercial, public institution) and by special mark (hospital,
school, kindergarten, elderly home, important customer, disabled or elderly occupant living
alone), lists the marked customers with a phone, and sets the season's contacts,
complaints and work orders per class and per mark beside the households, per 1,000.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

from app.printing.reports.content import Cell, Chart, Figure, Table
from app.repositories.customers.analysis import Activity, AnalysisRepository
from app.repositories.uow import UnitOfWork
from app.workflows.reports.registry import register_report
from app.workflows.reports.season import Season
from app.workflows.reports.side import read_beside
from app.workflows.settings import load_settings

LIST_MAX = 1000  # marked customers listed per mark; the count is always complete

CLASS_NAMES = {"residential": "居民", "commercial": "非居民（商业）", "public": "公共机构"}
MARK_NAMES = {"hospital": "医院", "school": "学校", "kindergarten": "幼儿园",
              "elderly_home": "养老院", "important": "重要用户",
              "vulnerable": "残疾或独居老人"}


def per_thousand(events: int, households: int) -> float | None:
    return round(1000 * events / households, 2) if households else None


def _activity_rows(names: dict[str, str], households: dict[str, int],
                   activity: dict[str, Activity]) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    for key, name in names.items():
        a = activity.get(key, Activity(0, 0, 0))
        n = households.get(key, 0)
        rows.append([name, n, a.contacts, a.complaints, a.orders,
                     per_thousand(a.contacts, n), per_thousand(a.complaints, n)])
    return rows


ACTIVITY_COLUMNS = ["", "户数", "来电来访", "投诉", "工单", "每千户来电", "每千户投诉"]


def build(uow: UnitOfWork, season: Season) -> list[Figure]:
    with uow:
        zone = load_settings(uow).zone
        begin, after = season.bounds(zone)
        repo = uow.repo(AnalysisRepository)
        with ThreadPoolExecutor(max_workers=1) as pool:  # the marks' activity, the larger
            # half of the report's reading at 1,000,000 customers, on the other core
            by_marks = pool.submit(read_beside, uow, lambda side: side.repo(
                AnalysisRepository).activity_by_mark(begin, after))
            classes = repo.by_class()
            marks = repo.by_mark()
            class_activity = repo.activity_by_class(begin, after)
            listed = {mark: repo.marked(mark, LIST_MAX) for mark in MARK_NAMES}
            mark_activity = by_marks.result()
    households = {key: n for key, (n, _area) in classes.items()}
    total = sum(households.values())
    class_table = Table(columns=["类别", "户数", "占比 %", "供热面积 m²"], rows=[
        [name, households.get(key, 0),
         round(100 * households.get(key, 0) / total, 2) if total else None,
         float(classes.get(key, (0, Decimal(0)))[1])] for key, name in CLASS_NAMES.items()
    ] + [["合计", total, 100.0 if total else None,
          float(sum((area for _n, area in classes.values()), Decimal(0)))]], title="按类别")
    mark_table = Table(columns=["特殊标记", "户数"], rows=[
        [name, marks.get(key, 0)] for key, name in MARK_NAMES.items()], title="按特殊标记")
    figures = [
        Figure(title="用户分类", subtitle="档案现状（不随供暖季变化）",
               tables=[class_table, mark_table],
               charts=[Chart("pie", "按类别户数", list(CLASS_NAMES.values()),
                             {"户数": [float(households.get(k, 0)) for k in CLASS_NAMES]}),
                       Chart("bar", "特殊用户户数", list(MARK_NAMES.values()),
                             {"户数": [float(marks.get(k, 0)) for k in MARK_NAMES]})],
               notes=["规则 1.4.5：用户资料分类建档，并针对特殊用户进行分析。"]),
        Figure(title="来电与投诉（按类别）", subtitle=season.label,
               tables=[Table(columns=["类别", *ACTIVITY_COLUMNS[1:]],
                             rows=_activity_rows(CLASS_NAMES, households, class_activity))],
               charts=[Chart("bar", "每千户投诉", list(CLASS_NAMES.values()), {
                   "每千户投诉": [per_thousand(class_activity.get(k, Activity(0, 0, 0))
                                           .complaints, households.get(k, 0)) or 0.0
                                 for k in CLASS_NAMES]})],
               notes=["来电来访、投诉按登记时间，工单按受理时间，均在本供暖季内。"]),
        Figure(title="来电与投诉（按特殊标记）", subtitle=season.label,
               tables=[Table(columns=["特殊标记", *ACTIVITY_COLUMNS[1:]],
                             rows=_activity_rows(MARK_NAMES, marks, mark_activity))]),
        Figure(title="特殊用户名单", subtitle=f"每类最多列出 {LIST_MAX} 户",
               tables=[Table(columns=["户号", "名称", "地址", "类别", "电话"],
                             rows=[[m.account_number, m.name, m.address,
                                    CLASS_NAMES.get(m.customer_class, m.customer_class),
                                    m.phone] for m in listed[key]],
                             title=name) for key, name in MARK_NAMES.items() if listed[key]]),
    ]
    return figures


register_report("special_customers", "特殊用户分析", build)  # rule 1.4.5
