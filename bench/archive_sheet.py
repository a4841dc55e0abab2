"""A generated customer archive spreadsheet: what a billing system exports, with mistakes.

`write_archive(path, rows)` writes .csv (UTF-8 or GBK) or .xlsx (streamed, write-only;
its two header rows merged like a hand-made sheet: 联系电话 over 手机 / 座机, 地址 over
区 / 小区 / 楼栋 / 单元 / 室, 户号 down over both rows). Names and estates are the demo's.
Every `bad_every`-th row carries one deliberate fault, in turn: a malformed phone, no
account number, an estate nobody knows, an account repeated from an earlier row, an area
that is not a number; every 7th row's phone is typed in full-width digits (valid).
`Written.expected` counts the faults so tests can check the preview found each one.
"""

from __future__ import annotations

import csv
import random
import re
import shutil
import tempfile
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from app.workflows.demo import data as words

ESTATES = [h + t for h in words.ESTATE_HEADS for t in words.ESTATE_TAILS]
SURNAMES = [s for s, _ in words.SURNAMES]
FAULTS = ("phone.malformed", "required", "estate.unknown", "key.duplicate",
          "number.invalid")
FLAT_HEADER = ("户号", "户名", "手机", "座机", "区", "小区", "楼栋", "单元", "室", "供热面积",
               "服务", "用户类型", "特殊标记", "备注")
TOP = ("户号", "户名", "联系电话", "联系电话", "地址", "地址", "地址", "地址", "地址", "供热面积",
       "服务", "用户类型", "特殊标记", "备注")
BOTTOM = ("", "", "手机", "座机", "区", "小区", "楼栋", "单元", "室", "", "", "", "", "")
MERGES = ("A1:A2", "B1:B2", "C1:D1", "E1:I1", "J1:J2", "K1:K2", "L1:L2", "M1:M2", "N1:N2")
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@dataclass
class Written:
    path: Path
    rows: int
    expected: Counter[str] = field(default_factory=Counter)  # fault -> rows
    accounts: list[str] = field(default_factory=list)  # the good rows' accounts


def archive_rows(rows: int, *, seed: int = 7, bad_every: int = 0, first_account: int = 1,
                 estates: int = len(ESTATES), changed: float = 0.0):
    """(cells, fault) per row; `changed`: share of rows whose area differs (a new month)."""
    rng = random.Random(seed)
    churn = random.Random(seed + 1)
    pool = ESTATES[:estates]
    faults = 0
    for i in range(rows):
        account = f"H{first_account + i:09d}"
        estate = pool[rng.randrange(len(pool))]
        mobile = f"1{rng.choice('3578')}{rng.randrange(10**9):09d}"
        landline = f"0311-8{rng.randrange(10**7):07d}" if rng.random() < 0.3 else ""
        area = f"{rng.uniform(45, 180):.2f}"
        if changed and churn.random() < changed:
            area = f"{float(area) + 1:.2f}"
        cells = [account, rng.choice(SURNAMES) + rng.choice(words.GIVEN_NAMES), mobile, landline,
                 words.DISTRICTS[rng.randrange(len(words.DISTRICTS))][0], estate,
                 f"{rng.randint(1, 30)}号楼", str(rng.randint(1, 6)),
                 f"{rng.randint(1, 18)}{rng.randint(1, 4):02d}", area,
                 "采暖" if rng.random() < 0.8 else "采暖、热水",
                 "居民" if rng.random() < 0.97 else "商业",
                 "独居老人" if rng.random() < 0.01 else "", ""]
        fault = None
        if i % 7 == 3:
            cells[2] = mobile.translate(FULL_WIDTH)  # valid: the normaliser folds it
        if bad_every and i % bad_every == bad_every - 1 and i > bad_every:
            fault = FAULTS[faults % len(FAULTS)]
            faults += 1
            if fault == "phone.malformed":
                cells[2] = mobile[:6]
            elif fault == "required":
                cells[0] = ""
            elif fault == "estate.unknown":
                cells[5] = "不存在的小区"
            elif fault == "key.duplicate":
                cells[0] = f"H{first_account + i - 5:09d}"
            else:
                cells[9] = "约九十平"
        yield cells, fault


def write_archive(path: str | Path, rows: int, *, seed: int = 7, bad_every: int = 0,
                  encoding: str = "utf-8", merged: bool = True, first_account: int = 1,
                  changed: float = 0.0, estates: int = len(ESTATES)) -> Written:
    path = Path(path)
    written = Written(path, rows)
    generated = archive_rows(rows, seed=seed, bad_every=bad_every,
                             first_account=first_account, changed=changed, estates=estates)

    def cells():
        for row, fault in generated:
            if fault:
                written.expected[fault] += 1
            else:
                written.accounts.append(row[0])
            yield row

    if path.suffix.lower() == ".csv":
        with path.open("w", encoding=encoding, newline="") as handle:
            out = csv.writer(handle)
            out.writerow(FLAT_HEADER)
            out.writerows(cells())
        return written
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("用户档案")
    if merged:
        sheet.append(TOP)
        sheet.append(BOTTOM)
    else:
        sheet.append(FLAT_HEADER)
    for row in cells():
        sheet.append(row)
    book.save(path)
    if merged:
        _add_merges(path, MERGES)
    return written


def _add_merges(path: Path, refs: tuple[str, ...]) -> None:
    """Write-only sheets cannot merge: put the ranges into the saved sheet's XML."""
    merges = (f'<mergeCells count="{len(refs)}">'
              + "".join(f'<mergeCell ref="{r}"/>' for r in refs) + "</mergeCells>").encode()
    with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".xlsx", delete=False) as tmp:
        temp = Path(tmp.name)
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", item.filename):
                data = data.replace(b"</sheetData>", b"</sheetData>" + merges, 1)
            dst.writestr(item, data)
    shutil.move(temp, path)
