"""A filtered customer list to .xlsx, in the import's own columns (so it re-imports as is).

Written streamed (openpyxl write-only, one chunk of customers in memory) into a file next
to the target that replaces it only when complete: a failed or cancelled export leaves no
half file. Leaders and admins (Permission.ARCHIVE_LISTS): the archive holds personal data.
The estate filter is what an agent types in the search (幸福苑, xfy, xingfuyuan).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from app.repositories.customers.export_rows import CustomerExportRepository, ExportRow
from app.repositories.customers.finder import CustomerFinder
from app.repositories.uow import UnitOfWork
from app.workflows.customers.import_fields import CLASSES, MARK_WORDS
from app.workflows.errors import ValidationError
from app.workflows.permissions import Permission, require
from app.workflows.tabular.engine import CancelToken, Progress

HEADER = ("户号", "户名", "联系电话", "区", "小区", "楼栋", "单元", "室", "供热面积", "服务",
          "用户类型", "特殊标记", "备注")
SERVICE_NAMES = (("heating", "采暖"), ("hot_water", "热水"), ("steam", "蒸汽"))
CLASS_NAMES = {"residential": "居民", "commercial": "商业", "public": "公共机构"}
MARK_NAMES = {"hospital": "医院", "school": "学校", "kindergarten": "幼儿园",
              "elderly_home": "养老院", "important": "重点用户", "vulnerable": "独居老人"}
PROGRESS_EVERY = 5000


@dataclass(frozen=True)
class ExportFilter:
    estate: str = ""  # typed: a name, its beginning or its pinyin; "" = every estate
    customer_class: str = ""  # residential / commercial / public, "" = any
    mark: str = ""  # a special mark, "" = any


def _cells(row: ExportRow) -> list[object]:
    marks = [MARK_NAMES[m] for m in row.marks if m in MARK_NAMES]
    if row.important:
        marks.insert(0, MARK_NAMES["important"])
    return [row.account_number, row.name, "；".join(row.phones), row.district, row.estate,
            row.building, row.entrance, row.room, float(row.heated_area),
            "、".join(word for name, word in SERVICE_NAMES if getattr(row, name)),
            CLASS_NAMES.get(row.customer_class, row.customer_class), "、".join(marks),
            row.notes]


def export_customers(uow: UnitOfWork, path: str | Path, wanted: ExportFilter, *,
                     progress: Progress | None = None,
                     cancel: CancelToken | None = None) -> int:
    """Write the list; the number of customers written (0 and no file when cancelled)."""
    from openpyxl import Workbook

    require(uow, Permission.ARCHIVE_LISTS)  # the role first, then the path and filter
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise ValidationError({"path": "report.format"})
    if wanted.customer_class and wanted.customer_class not in CLASSES.values():
        raise ValidationError({"customer_class": "choice.invalid"})
    if wanted.mark and wanted.mark not in MARK_WORDS.values():
        raise ValidationError({"mark": "choice.invalid"})
    partial = target.with_name(f".{target.name}.part")
    written = 0
    with uow:
        estates = (uow.repo(CustomerFinder).estates(wanted.estate.strip(), limit=1000)
                   if wanted.estate.strip() else None)
        book = Workbook(write_only=True)
        sheet = book.create_sheet("用户档案")
        sheet.append(HEADER)
        try:
            for row in uow.repo(CustomerExportRepository).rows(
                    estates, wanted.customer_class or None, wanted.mark or None):
                sheet.append(_cells(row))
                written += 1
                if written % PROGRESS_EVERY == 0:
                    if cancel is not None and cancel.cancelled:
                        return 0
                    if progress is not None:
                        progress(written, None)
            book.save(partial)
            os.replace(partial, target)
        finally:
            if partial.exists():
                partial.unlink()
    if progress is not None:
        progress(written, written)
    return written
