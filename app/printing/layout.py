"""Page geometry and text layout for Chinese documents: widths, wrapping, alignment.

Chinese may break between any two characters, but a line must not start with closing
punctuation (，。、) and Latin words and numbers stay whole. Widths come straight from the
font's width table (cached), which is several times faster than ReportLab's general
`stringWidth` and matters when a bulk job lays out thousands of pages.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import TYPE_CHECKING

from reportlab.lib.pagesizes import A4

from app.printing.fonts import cjk_font

if TYPE_CHECKING:
    from app.printing.surface import Color, Surface

PAGE_WIDTH, PAGE_HEIGHT = A4
MM = 72 / 25.4
MARGIN = 18 * MM
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN

NO_LINE_START = set("，。、；：！？）》」』】〕…,.;:!?)]}%")
NO_LINE_END = set("（《「『【〔([{")


@cache
def _widths() -> tuple[dict[int, float], float]:
    face = cjk_font().face
    return face.charWidths, face.defaultWidth


def text_width(text: str, size: float) -> float:
    widths, default = _widths()
    get = widths.get
    return sum(get(ord(ch), default) for ch in text) * size / 1000


def _tokens(text: str) -> list[str]:
    """Latin words and numbers as one token each, every other character alone."""
    tokens: list[str] = []
    word = ""
    for ch in text:
        if ch.isascii() and (ch.isalnum() or ch in "-_./@:#+"):
            word += ch
            continue
        if word:
            tokens.append(word)
            word = ""
        tokens.append(ch)
    if word:
        tokens.append(word)
    return tokens


def _split_long(token: str, size: float, width: float) -> list[str]:
    parts, part = [], ""
    for ch in token:
        if part and text_width(part + ch, size) > width:
            parts.append(part)
            part = ""
        part += ch
    return [*parts, part] if part else parts


@lru_cache(maxsize=4096)
def wrap(text: str, size: float, width: float) -> tuple[str, ...]:
    """Lines that fit `width` at `size`; explicit newlines start new lines.

    Cached: a bulk job wraps the same body text on every page.
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        tokens: list[str] = []
        for token in _tokens(paragraph):
            too_wide = len(token) > 1 and text_width(token, size) > width
            tokens.extend(_split_long(token, size, width) if too_wide else [token])
        line, line_width = "", 0.0
        for token in tokens:
            token_width = text_width(token, size)
            hangs = token in NO_LINE_START and line_width + token_width <= width * 1.05
            if line and line_width + token_width > width and not hangs:
                if len(line) > 1 and (token in NO_LINE_START or line[-1] in NO_LINE_END):
                    token, line = line[-1] + token, line[:-1]  # carry a character along
                lines.append(line.rstrip())
                line = token.lstrip()
                line_width = text_width(line, size)
                continue
            line += token
            line_width += token_width
        lines.append(line.rstrip())
    return tuple(lines)


def fit_size(text: str, size: float, width: float, minimum: float) -> float:
    """The largest size up to `size` at which `text` fits one line (never below minimum)."""
    natural = text_width(text, size)
    if natural <= width:
        return size
    return max(minimum, size * width / natural)


def paragraph(surface: Surface, x: float, y: float, width: float, text: str, size: float,
              *, leading: float = 1.5, bold: bool = False, color: Color | None = None,
              indent: bool = False) -> float:
    """Draw wrapped text with its first baseline at y; return the y below the last line.

    `indent` starts the paragraph with two ideographic spaces, as Chinese notices do.
    """
    body = ("\u3000\u3000" + text) if indent else text
    for line in wrap(body, size, width):
        _text(surface, x, y, line, size, bold, color)
        y += size * leading
    return y


def centred(surface: Surface, y: float, text: str, size: float, *, left: float = 0.0,
            right: float = PAGE_WIDTH, bold: bool = False, color: Color | None = None) -> None:
    x = left + (right - left - text_width(text, size)) / 2
    _text(surface, x, y, text, size, bold, color)


def right_aligned(surface: Surface, x_right: float, y: float, text: str, size: float, *,
                  bold: bool = False, color: Color | None = None) -> None:
    _text(surface, x_right - text_width(text, size), y, text, size, bold, color)


def _text(surface: Surface, x: float, y: float, text: str, size: float, bold: bool,
          color: Color | None) -> None:
    """One line; without a colour the surface's own default (black) applies."""
    if color is None:
        surface.text(x, y, text, size, bold=bold)
    else:
        surface.text(x, y, text, size, bold=bold, color=color)


def field_table(surface: Surface, y: float, rows: list[tuple[str, str]], size: float, *,
                x: float = MARGIN, width: float = CONTENT_WIDTH, label_width: float = 28 * MM,
                min_height: float = 0.0, shade: Color | None = None) -> float:
    """A two-column table of label and value; long values wrap inside their cell.

    Each row grows to fit its value (never less than `min_height`); returns the y below.
    """
    pad = size * 0.6
    value_width = width - label_width - 2 * pad
    for label, value in rows:
        lines = wrap(value, size, value_width) if value else ("",)
        height = max(min_height, len(lines) * size * 1.4 + 2 * pad - size * 0.4)
        if shade is not None:
            surface.rect(x, y, label_width, height, fill=shade, stroke=False)
        surface.rect(x, y, width, height, width=0.7)
        surface.line(x + label_width, y, x + label_width, y + height, width=0.7)
        baseline = y + pad + size * 0.85
        surface.text(x + pad, baseline, label, size, bold=True)
        for line in lines:
            surface.text(x + label_width + pad, baseline, line, size)
            baseline += size * 1.4
        y += height
    return y
