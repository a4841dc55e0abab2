"""The affected customers' phones for the company's SMS gateway (issue 16).

HeatDesk sends no SMS: it writes the list as .xlsx or .csv, streamed row by row from a
server-side cursor into openpyxl's write-only workbook or the csv writer, so an outage of
20,000 households never holds its list in memory.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

from app.repositories.network.outages import OutageRepository
from app.repositories.uow import UnitOfWork
from app.workflows.errors import NotFound, ValidationError
from app.workflows.permissions import Permission, require

HEADER = ("手机号码", "户号", "户名", "地址")
MOBILE_ONLY = True  # the gateway texts mobiles; a landline is left out
Progress = Callable[[int], None]


def _is_mobile(number: str) -> bool:
    return len(number) == 11 and number.startswith("1") and number.isdigit()


def export_phones(uow: UnitOfWork, outage_id: int, path: Path,
                  progress: Progress | None = None) -> int:
    """Write the list to `path` (.xlsx or .csv by its suffix); returns the rows written.

    The file is written beside its target and moved into place, so a failed export leaves
    no half-written list for the gateway to pick up."""
    require(uow, Permission.NETWORK_EXPORT)  # the role first, then the path
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ValidationError({"path": "network.export_format"})
    partial = path.with_name(path.name + ".part")
    with uow:
        repo = uow.repo(OutageRepository)
        if repo.get(outage_id) is None:
            raise NotFound(f"outage {outage_id}")
        rows = ((r.number, r.account_number, r.name, r.address) for r in repo.phones(outage_id)
                if not MOBILE_ONLY or _is_mobile(r.number))
        try:
            count = (_write_xlsx if suffix == ".xlsx" else _write_csv)(partial, rows, progress)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    os.replace(partial, path)
    return count


def _write_csv(path: Path, rows: object, progress: Progress | None) -> int:
    count = 0
    # utf-8-sig: Excel and the gateways' upload pages read the Chinese names correctly
    with path.open("w", newline="", encoding="utf-8-sig") as f:
        out = csv.writer(f)
        out.writerow(HEADER)
        for row in rows:  # type: ignore[attr-defined]
            out.writerow(row)
            count += 1
            if progress is not None and count % 1000 == 0:
                progress(count)
    return count


def _write_xlsx(path: Path, rows: object, progress: Progress | None) -> int:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("短信名单")
    sheet.append(list(HEADER))
    count = 0
    for row in rows:  # type: ignore[attr-defined]
        sheet.append(list(row))
        count += 1
        if progress is not None and count % 1000 == 0:
            progress(count)
    with path.open("wb") as f:
        book.save(f)
    return count
