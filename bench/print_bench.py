"""`bench print --notices N`: how fast HeatDesk lays out and renders notices to one PDF.

The goal is at least 200 pages per second, so a shift leader can print a whole
estate's notices in seconds. The notices are built by the same page code as the product
(`app.workflows.notice_pages`) for synthetic households, so the figure measures layout,
text wrapping, font subsetting and PDF writing, not the database.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, datetime, timedelta, timezone

from bench.machine import emit

GOAL_PAGES_PER_SECOND = 200
EXIT_REFUSED = 2


def register_print_bench(kinds: argparse._SubParsersAction) -> None:
    parser = kinds.add_parser("print", help="render N visit notices to one PDF",
                              description="Time laying out and rendering N visit notices "
                                          "(one page each) into one PDF; prints JSON.")
    parser.add_argument("--notices", type=int, default=1000)
    parser.add_argument("--kind", choices=["visit", "posting"], default="visit")
    parser.add_argument("--output", help="also write the PDF here")
    parser.set_defaults(func=run)


def _households(count: int):
    from faker import Faker

    from app.models.customer import join_address
    from app.repositories.notices import Household

    fake = Faker("zh_CN")
    fake.seed_instance(6)
    estates = [f"{fake.street_name()}小区" for _ in range(20)]
    for i in range(count):
        estate = estates[i % len(estates)]
        building, entrance, room = str(i % 30 + 1), str(i % 4 + 1), f"{i % 18 + 1}0{i % 4 + 1}"
        yield Household(i + 1, f"R{i + 1:08d}", fake.name(), join_address(
            "新华区", estate, building, entrance, room), estate, building, entrance, room)


def build_pages(count: int, kind: str) -> list:
    from app.printing.letterhead import Letterhead
    from app.printing.wording import default_wording
    from app.workflows.notice_pages import posting_pages, scope_text, visit_page

    zone = timezone(timedelta(hours=8))
    now = datetime(2026, 11, 26, 1, 30, tzinfo=UTC)
    head, wording = Letterhead.default(), dict(default_wording())
    window = (now + timedelta(days=2), now + timedelta(days=2, hours=3))
    homes = list(_households(count))
    if kind == "posting":
        groups = [(scope_text(h.estate, h.building, h.entrance), h) for h in homes]
        return posting_pages(groups, reason="maintenance", start=window[0], end=window[1],
                             note="", zone=zone, now=now, head=head, wording=wording)
    return [visit_page(None, h, reason="temperature", window=window, staff="刘师傅",
                       staff_phone="13900001111", note="", zone=zone, now=now, head=head,
                       wording=wording) for h in homes]


def run_print_bench(count: int, kind: str = "visit", output: str | None = None) -> dict:
    from app.printing.document import PrintJob
    from app.printing.fonts import register_cjk_font

    started = time.perf_counter()
    register_cjk_font()
    font_seconds = time.perf_counter() - started
    started = time.perf_counter()
    pages = build_pages(count, kind)
    data = PrintJob("bench", pages).render_pdf()
    seconds = time.perf_counter() - started
    if output:
        with open(output, "wb") as handle:
            handle.write(data)
    return {"bench": "print", "kind": kind, "notices": count, "pages": len(pages),
            "total_seconds": round(seconds, 3), "font_load_seconds": round(font_seconds, 3),
            "pages_per_second": round(len(pages) / seconds, 1), "pdf_bytes": len(data),
            "goal_pages_per_second": GOAL_PAGES_PER_SECOND,
            "goal_met": len(pages) / seconds >= GOAL_PAGES_PER_SECOND}


def run(args: argparse.Namespace) -> int:
    if args.notices < 1:
        print("--notices must be positive", file=sys.stderr)
        return EXIT_REFUSED
    emit(run_print_bench(args.notices, args.kind, args.output))
    return 0
