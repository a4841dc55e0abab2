"""The company letterhead every printed page shares: logo, name, motto, hotline, footer.

Shared by the notices, the work-order sheet and any later document (the handover sheet can
call `draw_letterhead` / `draw_footer` / `draw_signature_boxes` and get the same look).
The values are data a shift leader edits, so every desk of a centre prints its own company;
`Letterhead.default()` is what a fresh install prints. No hotline set (the first start asks
for it) prints no hotline at all, never a made-up number.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from app.paths import RESOURCES
from app.printing.layout import (
    MARGIN,
    MM,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    centred,
    fit_size,
    right_aligned,
    text_width,
)
from app.printing.surface import GRAY, RED, Surface

LOGO_FILE = RESOURCES / "letterhead" / "logo.png"


@cache
def default_logo() -> bytes:
    return LOGO_FILE.read_bytes()


@dataclass(frozen=True)
class Letterhead:
    company: str
    hotline: str
    motto: str  # rule 1.2: 诚信服务、温暖万家
    signature_lines: tuple[str, ...] = ("客户服务中心",)
    logo_png: bytes | None = None  # None: the bundled logo

    @property
    def logo(self) -> bytes:
        return self.logo_png or default_logo()

    @property
    def logo_key(self) -> str:
        return "logo" if self.logo_png is None else f"logo-{hash(self.logo_png)}"

    @classmethod
    def default(cls) -> Letterhead:
        return cls(company="热电有限公司", hotline="", motto="诚信服务、温暖万家")


def draw_letterhead(surface: Surface, head: Letterhead, *, scale: float = 1.0) -> float:
    """Logo, company name in red and the motto, over a red double rule; returns the y below.

    `scale` enlarges the header for posting notices read from a distance.
    """
    top = MARGIN * 0.8
    logo = 16 * MM * scale
    surface.image(head.logo_key, head.logo, MARGIN, top, logo, logo)
    left = MARGIN + logo + 4 * MM
    name_size = fit_size(head.company, 20 * scale, PAGE_WIDTH - MARGIN - left, 10)
    surface.text(left, top + logo * 0.55, head.company, name_size, bold=True, color=RED)
    if head.motto:
        surface.text(left, top + logo * 0.55 + 9 * scale + 4, head.motto, 9 * scale,
                     color=GRAY)
    if head.hotline:
        right_aligned(surface, PAGE_WIDTH - MARGIN, top + logo * 0.55,
                      f"服务热线 {head.hotline}", 11 * scale, bold=True, color=RED)
    rule = top + logo + 3 * MM
    surface.line(MARGIN, rule, PAGE_WIDTH - MARGIN, rule, width=2.2, color=RED)
    surface.line(MARGIN, rule + 3, PAGE_WIDTH - MARGIN, rule + 3, width=0.6, color=RED)
    return rule + 3 + 8 * MM


def draw_footer(surface: Surface, head: Letterhead, label: str = "") -> None:
    """A thin rule with the hotline and motto at the bottom; `label` on the right."""
    y = PAGE_HEIGHT - MARGIN * 0.7
    surface.line(MARGIN, y - 11, PAGE_WIDTH - MARGIN, y - 11, width=0.4, color=GRAY)
    hotline = f"服务热线 {head.hotline}" if head.hotline else ""
    left = "  ".join(p for p in (head.company, hotline, head.motto) if p)
    surface.text(MARGIN, y, left, 8, color=GRAY)
    if label:
        right_aligned(surface, PAGE_WIDTH - MARGIN, y, label, 8, color=GRAY)


def draw_sign_off(surface: Surface, head: Letterhead, y: float, date_text: str,
                  size: float = 12) -> float:
    """The issuer lines and date at the right, as a Chinese notice ends; returns y below."""
    lines = [head.company, *head.signature_lines, date_text]
    width = max(text_width(line, size) for line in lines if line)
    x = PAGE_WIDTH - MARGIN - width
    for line in lines:
        if line:
            surface.text(x + (width - text_width(line, size)) / 2, y, line, size)
            y += size * 1.6
    return y


def draw_signature_boxes(surface: Surface, labels: list[str], y: float,
                         height: float = 22 * MM, size: float = 10) -> float:
    """Side-by-side boxes with a label, a line to sign on and a date line; returns y below."""
    if not labels:
        return y
    gap = 4 * MM
    width = (PAGE_WIDTH - 2 * MARGIN - gap * (len(labels) - 1)) / len(labels)
    for i, label in enumerate(labels):
        x = MARGIN + i * (width + gap)
        surface.rect(x, y, width, height, width=0.8)
        surface.text(x + 2 * MM, y + size + 2 * MM, label, size, bold=True)
        centred(surface, y + height - 3 * MM, "日期：      年    月    日", size * 0.9,
                left=x, right=x + width)
    return y + height
