"""Text measurement with real font metrics, so slide text is sized and split before it is
written and never relies on PowerPoint's autofit (which only re-fits after a user edit).

Widths come from the TTFs in assets/fonts (Liberation Sans: the same advance widths as Arial,
the decks' theme font). The writer sets the line pitch and paragraph gap exactly as measured
here, so a block that fits here fits in PowerPoint."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefdeck.paths import assets_dir

FONT_FILES = {False: "LiberationSans-Regular.ttf", True: "LiberationSans-Bold.ttf"}
WIDTH_SLACK = 0.96  # renderers differ in kerning and hinting; keep a little room on each line
ELLIPSIS = "…"
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Box:
    """The room text may take, in points, inside the text frame's insets."""

    width: float
    height: float


@dataclass(frozen=True)
class TextStyle:
    size: float  # points
    bold: bool = False
    pitch: float = 1.2  # line pitch as a multiple of size; the writer sets it exactly
    gap: float = 6.0  # points before every paragraph but the first
    indent: float = 0.0  # points taken by a hanging bullet indent on every line


@lru_cache(maxsize=2)
def _font(bold: bool):  # reportlab's TTFont, registered once per process
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    name = f"briefdeck-measure-{'bold' if bold else 'regular'}"
    try:
        return pdfmetrics.getFont(name)
    except KeyError:
        pass
    path = assets_dir() / "fonts" / FONT_FILES[bold]
    font = TTFont(name, str(path))
    pdfmetrics.registerFont(font)
    return font


@lru_cache(maxsize=65536)
def _em_width(word: str, bold: bool) -> float:
    """Width of a string at 1 pt (cached per word: decks repeat the same words a lot)."""
    return _font(bold).stringWidth(word, 1.0)


def text_width(text: str, size: float, bold: bool = False) -> float:
    return _em_width(text, bold) * size


def wrap(text: str, width: float, style: TextStyle) -> list[str]:
    """Greedy word wrap as PowerPoint does it; words wider than the line break by character."""
    room = (width - style.indent) * WIDTH_SLACK
    size, bold = style.size, style.bold
    space = _em_width(" ", bold) * size
    lines: list[str] = []
    line, line_w = "", 0.0
    for word in _SPACES.split(text.strip()):
        if not word:
            continue
        w = _em_width(word, bold) * size
        if line and line_w + space + w <= room:
            line, line_w = f"{line} {word}", line_w + space + w
            continue
        if line:
            lines.append(line)
        if w <= room:
            line, line_w = word, w
            continue
        pieces = _break_word(word, room, style)
        lines.extend(pieces[:-1])
        line, line_w = pieces[-1], _em_width(pieces[-1], bold) * size
    if line or not lines:
        lines.append(line)
    return lines


def _break_word(word: str, room: float, style: TextStyle) -> list[str]:
    pieces, current = [], ""
    for char in word:
        if current and text_width(current + char, style.size, style.bold) > room:
            pieces.append(current)
            current = ""
        current += char
    return pieces + [current]


def block_height(paragraphs: list[str], width: float, style: TextStyle) -> float:
    lines = sum(len(wrap(p, width, style)) for p in paragraphs)
    gaps = max(0, len(paragraphs) - 1) * style.gap
    return lines * style.size * style.pitch + gaps


def fits(paragraphs: list[str], box: Box, style: TextStyle) -> bool:
    return block_height(paragraphs, box.width, style) <= box.height


def fit_size(paragraphs: list[str], box: Box, style: TextStyle,
             sizes: tuple[float, ...]) -> float | None:
    """The largest of `sizes` (given largest first) at which the block fits, else None."""
    for size in sizes:
        if fits(paragraphs, box, at_size(style, size)):
            return size
    return None


def take_fitting(paragraphs: list[str], box: Box, style: TextStyle) -> int:
    """How many paragraphs, from the first, fit in the box at this style (at least 0)."""
    used = 0.0
    line = style.size * style.pitch
    for count, text in enumerate(paragraphs):
        used += len(wrap(text, box.width, style)) * line + (style.gap if count else 0.0)
        if used > box.height:
            return count
    return len(paragraphs)


def truncate(text: str, width: float, style: TextStyle, max_lines: int) -> str:
    """The text cut at a word (with an ellipsis) so it wraps to at most max_lines."""
    lines = wrap(text, width, style)
    if len(lines) <= max_lines:
        return text
    kept = " ".join(lines[:max_lines])
    while kept:
        candidate = kept.rstrip(" ,;:-") + ELLIPSIS
        if len(wrap(candidate, width, style)) <= max_lines:
            return candidate
        cut = kept.rfind(" ")
        kept = kept[:cut] if cut > 0 else kept[:-1]
    return ELLIPSIS


def at_size(style: TextStyle, size: float) -> TextStyle:
    """The same style at another size (the paragraph gap scales with it, the indent not)."""
    return TextStyle(size, style.bold, style.pitch, style.gap * size / style.size, style.indent)
