"""A print job: pages as plain callables, rendered to one PDF or painted by a printer.

A page is `Callable[[Surface], None]`; the same job becomes PDF bytes here and is painted
page by page on screen or on a printer by the UI. Bulk jobs report progress and can be
cancelled between pages; a cancelled job returns nothing, so no half-written file exists.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from io import BytesIO

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from app.printing.fonts import register_cjk_font
from app.printing.layout import PAGE_HEIGHT, PAGE_WIDTH
from app.printing.surface import PdfSurface, Surface

Page = Callable[[Surface], None]
Progress = Callable[[int, int], None]


class PrintCancelled(Exception):
    """The user cancelled a bulk job; nothing was produced."""


@dataclass(frozen=True)
class PrintJob:
    title: str
    pages: Sequence[Page]
    author: str = ""

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def render_pdf(self, progress: Progress | None = None,
                   cancelled: Callable[[], bool] | None = None, every: int = 25) -> bytes:
        """The whole job as one A4 PDF; fonts embedded as subsets by ReportLab.

        `progress(done, total)` is called every `every` pages and at the end; when
        `cancelled()` turns true the job stops and raises PrintCancelled.
        """
        saved_a85, rl_config.useA85 = rl_config.useA85, 0  # binary streams: 4x less CPU
        try:
            return self._render(progress, cancelled, every)
        finally:
            rl_config.useA85 = saved_a85

    def _render(self, progress: Progress | None, cancelled: Callable[[], bool] | None,
                every: int) -> bytes:
        buffer = BytesIO()
        # types-reportlab declares initialFontName as a float; ReportLab takes a font name.
        canvas = Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), pageCompression=1,
                        invariant=True,
                        initialFontName=register_cjk_font())  # type: ignore[arg-type]
        canvas.setTitle(self.title)
        canvas.setAuthor(self.author)
        canvas.setCreator("HeatDesk")
        surface = PdfSurface(canvas)
        total = len(self.pages)
        for index, page in enumerate(self.pages):
            if cancelled is not None and cancelled():
                raise PrintCancelled()
            page(surface)
            canvas.showPage()
            surface.new_page()
            if progress is not None and (index + 1) % every == 0:
                progress(index + 1, total)
        if cancelled is not None and cancelled():
            raise PrintCancelled()
        canvas.save()
        if progress is not None:
            progress(total, total)
        return buffer.getvalue()
