"""`bench import`: rows per second of the customer archive import, preview and re-import.

A generated archive (bench/archive_sheet.py; kept in the temp dir and reused) goes into an
empty database built for the run (SQLite in the temp dir, or a PostgreSQL database created
and dropped), as a shift leader would import it: the preview (dry run), the import, and
the same file again (every row unchanged). One JSON object on stdout.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench.machine import emit
from bench.throwaway_db import _pg_database, log


def register_import_bench(kinds: argparse._SubParsersAction) -> None:
    parser = kinds.add_parser(
        "import", help="customer archive import: rows per second (JSON)",
        description="Generate an archive spreadsheet and import it into an empty database: "
                    "the preview, the import and a re-import of the same file, in rows "
                    "per second.")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--format", choices=("csv", "xlsx"), default="csv")
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--no-reimport", action="store_true", help="skip the re-import")
    parser.set_defaults(func=run)


@contextmanager
def _empty(backend: str) -> Iterator[str]:
    from app.db.database import Database

    if backend == "postgresql":
        with _pg_database(None) as url:
            db = Database(url)
            db.upgrade()
            db.dispose()
            yield url
        return
    folder = Path(tempfile.mkdtemp(prefix="heatdesk-bench-import-"))
    try:
        url = f"sqlite:///{folder / 'import.sqlite3'}"
        db = Database(url)
        db.prepare()
        db.dispose()
        yield url
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _sheet(rows: int, fmt: str) -> tuple[Path, float | None]:
    from bench.archive_sheet import write_archive

    folder = Path(tempfile.gettempdir()) / "heatdesk-bench"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"archive-{rows}.{fmt}"
    if path.exists():
        log(f"reusing {path}")
        return path, None
    started = time.perf_counter()
    log(f"writing {rows:,} rows to {path}")
    partial = path.with_suffix(f".part.{fmt}")
    write_archive(partial, rows, bad_every=1000, merged=True)
    partial.rename(path)
    return path, round(time.perf_counter() - started, 1)


def _figures(report: Any) -> dict[str, Any]:
    seconds = max(report.seconds, 1e-9)
    return {"seconds": round(report.seconds, 1), "rows_per_s": round(report.rows / seconds),
            "new": report.new, "updated": report.updated, "unchanged": report.unchanged,
            "refused": report.refused}


def run(args: argparse.Namespace) -> int:
    from app.db.database import Database
    from app.repositories.uow import UnitOfWork
    from app.workflows.auth import seed_user
    from app.workflows.customers.importing import open_import, preview_import, run_import

    path, written = _sheet(args.rows, args.format)
    result: dict[str, Any] = {"rows": args.rows, "format": args.format,
                              "backend": args.backend, "file_mb": round(
                                  path.stat().st_size / 1e6, 1), "file_written_s": written}
    with _empty(args.backend) as url:
        db = Database(url)
        try:
            leader = seed_user(UnitOfWork(db), "2001", "Bench", "shift_leader", "bench-pass-1")
            opened = open_import(UnitOfWork(db, leader), path)

            def progress(done: int, total: int | None) -> None:
                if done % 100_000 < 5000:
                    log(f"{done:,} rows")

            log("preview")
            preview = preview_import(UnitOfWork(db, leader), opened.sheet, opened.mapping,
                                     new_estates=True, progress=progress)
            result["preview"] = _figures(preview)
            log("import")
            report = run_import(UnitOfWork(db, leader), opened.sheet, opened.mapping,
                                new_estates=True, progress=progress,
                                expected_rows=preview.rows)
            result["import"] = _figures(report)
            if not args.no_reimport:
                log("re-import of the same file")
                again = run_import(UnitOfWork(db, leader), opened.sheet, opened.mapping,
                                   progress=progress, expected_rows=preview.rows)
                result["reimport"] = _figures(again)
        finally:
            db.dispose()
    emit(result)
    return 0
