"""Small platypus flowables for the one-pager: a shaded box, two balanced columns and the row
holding the map and chart. Each reports its exact height so the fitter can plan the page."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color
from reportlab.platypus import Flowable

BIG = 1e6  # "any height": flowables here never split


def stack_height(items: list[tuple[Flowable, float]], width: float) -> float:
    """Height of flowables stacked with the given space after each (the last one's ignored)."""
    total = 0.0
    for i, (item, after) in enumerate(items):
        total += item.wrap(width, BIG)[1] + (after if i < len(items) - 1 else 0.0)
    return total


def draw_stack(canv, items: list[tuple[Flowable, float]], x: float, top: float,  # noqa: ANN001
               width: float) -> None:
    y = top
    for item, after in items:
        h = item.wrap(width, BIG)[1]
        y -= h
        item.drawOn(canv, x, y)
        y -= after


class ShadedBox(Flowable):
    """Content on a light background with an accent rule down its left edge (the BLUF)."""

    def __init__(self, items: list[tuple[Flowable, float]], fill: Color, accent: Color,
                 pad: float = 6.0, rule: float = 2.5) -> None:
        super().__init__()
        self.items, self.fill, self.accent, self.pad, self.rule = items, fill, accent, pad, rule

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        self.inner = aw - 2 * self.pad - self.rule
        self.height = stack_height(self.items, self.inner) + 2 * self.pad
        return aw, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setFillColor(self.fill)
        c.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        c.setFillColor(self.accent)
        c.rect(0, 0, self.rule, self.height, stroke=0, fill=1)
        c.restoreState()
        draw_stack(c, self.items, self.rule + self.pad, self.height - self.pad, self.inner)


class TwoColumns(Flowable):
    """Two columns side by side; the caller chooses which items go left and right."""

    def __init__(self, left: list[tuple[Flowable, float]], right: list[tuple[Flowable, float]],
                 gap: float = 14.0) -> None:
        super().__init__()
        self.left, self.right, self.gap = left, right, gap

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width, self.col = aw, (aw - self.gap) / 2
        self.height = max(stack_height(self.left, self.col), stack_height(self.right, self.col))
        return aw, self.height

    def draw(self) -> None:
        draw_stack(self.canv, self.left, 0, self.height, self.col)
        draw_stack(self.canv, self.right, self.col + self.gap, self.height, self.col)


class GraphicsRow(Flowable):
    """Captioned drawings side by side, tops aligned (the map, then the chart)."""

    def __init__(self, cells: list[tuple[Flowable, Drawing]], gap: float = 12.0,
                 caption_gap: float = 2.0) -> None:
        super().__init__()
        self.cells, self.gap, self.caption_gap = cells, gap, caption_gap

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        self.height = max(cap.wrap(dr.width, BIG)[1] + self.caption_gap + dr.height
                          for cap, dr in self.cells)
        return aw, self.height

    def draw(self) -> None:
        x = 0.0
        for caption, drawing in self.cells:
            h = caption.wrap(drawing.width, BIG)[1]
            caption.drawOn(self.canv, x, self.height - h)
            drawing.drawOn(self.canv, x, self.height - h - self.caption_gap - drawing.height)
            x += drawing.width + self.gap


def balanced_split(heights: list[float]) -> int:
    """How many of the items (in order) go in the left column so the taller column is lowest."""
    total, running = sum(heights), 0.0
    best, best_k = total, 0
    for k, h in enumerate(heights, start=1):
        running += h
        tallest = max(running, total - running)
        if tallest <= best + 1e-6:
            best, best_k = tallest, k
    return best_k
