"""Fit the outline onto exactly one page.

Measure the fixed parts (header, BLUF, map and chart, outlook, sources); give the key facts
what is left; keep the heaviest facts that fit and say '+N more in the deck'. Only when even a
handful of facts will not fit is the type shrunk, step by step, never below MIN_SCALE. The map
row takes any room left over, up to its largest size."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable, Paragraph, Spacer

from briefdeck.compose.page import KeyFact, PageOutline
from briefdeck.export.pdf import fonts, mapdraw, styles
from briefdeck.export.pdf.chartdraw import bars_drawing, timeline_drawing
from briefdeck.export.pdf.flowables import (
    BIG,
    GraphicsRow,
    ShadedBox,
    TwoColumns,
    balanced_split,
)
from briefdeck.export.pdf.markup import literal, shorten

# Longest user text the page prints; past these the text is cut with an ellipsis (and a warning).
LIMITS = {"title": 160, "bluf": 1200, "point": 280, "outlook": 700, "fact": 360, "lead": 80}
MAX_POINTS = 6
MAX_SOURCES = 5
KEEP_BEFORE_SHRINKING = 6  # facts kept at full size before the type may shrink
GAP = 7.0  # space between the page's blocks, at scale 1
COLUMN_GAP = 14.0
GRAPHICS_MIN, GRAPHICS_MAX = 150.0, 205.0  # the map row's drawing height, points
# A map that leaves place names off is no map: the row grows (to the map's widest) until the
# names fit, and the key facts give way instead ('+N more in the deck').
GRAPHICS_STEP = 15.0


@dataclass
class Fitted:
    story: list[Flowable]
    kept: int
    total: int
    scale: float
    warnings: list[str] = field(default_factory=list)


def fit_page(outline: PageOutline, width: float, height: float,
             map_aspect: float) -> Fitted:
    warnings: list[str] = []
    texts = _cut_texts(outline, warnings)
    for scale in styles.SCALES:
        page = _Page(outline, texts, width, scale, map_aspect)
        budget = height - page.fixed_height()
        if scale > 1.0:  # larger type only when everything fits with room to spare
            room = budget - (page.graphics_max - page.graphics_min)
            if page.most_facts(room) == len(outline.facts):
                break
            continue
        wanted = min(len(outline.facts), KEEP_BEFORE_SHRINKING)
        if page.facts_height(wanted, budget) <= budget or scale == styles.MIN_SCALE:
            break
    kept = page.most_facts(budget)
    used = page.facts_height(kept, budget)
    spare = max(0.0, budget - used)
    grow = min(spare, page.graphics_max - page.graphics_min) if page.has_graphics else 0.0
    story = page.story(kept, grow)
    dropped = len(outline.facts) - kept
    if dropped:
        warnings.insert(0, f"one-pager: {dropped} of {len(outline.facts)} key facts did not fit "
                           "and are left for the deck (the least important first)")
    if scale < 1.0:
        warnings.append(f"one-pager: text set at {scale:.0%} of normal size to fit one page")
    return Fitted(story, kept, len(outline.facts), scale, warnings)


def _cut_texts(outline: PageOutline, warnings: list[str]) -> dict[str, object]:
    cut: list[str] = []

    def limit(name: str, text: str, key: str) -> str:
        short = shorten(text, LIMITS[key])
        if short != text:
            cut.append(name)
        return short

    points = [limit("a key point", p, "point") for p in outline.key_points[:MAX_POINTS]]
    if len(outline.key_points) > MAX_POINTS:
        cut.append(f"{len(outline.key_points) - MAX_POINTS} key points")
    texts: dict[str, object] = {
        "title": limit("the title", outline.title or "Untitled briefing", "title"),
        "bluf": limit("the BLUF", outline.bluf, "bluf"),
        "points": points,
        "outlook": limit("the outlook", outline.outlook, "outlook"),
    }
    if cut:
        names = ", ".join(dict.fromkeys(cut))
        warnings.append(f"one-pager: shortened to fit: {names} (the deck has the full text)")
    return texts


class _Page:
    """The page's flowables at one scale, measured once."""

    def __init__(self, outline: PageOutline, texts: dict[str, object], width: float,
                 scale: float, map_aspect: float) -> None:
        self.o, self.t, self.width, self.scale = outline, texts, width, scale
        self.st = styles.styles(scale)
        self.gap = GAP * scale
        self.map_aspect = map_aspect
        self.col = (width - COLUMN_GAP) / 2
        self.has_graphics = not outline.charts.map.empty or bool(outline.chart)
        self._fact_cache: dict[int, tuple[Paragraph, float]] = {}
        self.header = self._header()
        self.bluf = self._bluf()
        self.outlook = self._outlook()
        self.sources = Paragraph(self._sources_markup(), self.st["sources"])
        self.heading = Paragraph("KEY FACTS", self.st["heading"])
        self.fact_space = 2.2 * scale
        self.graphics_min = self._map_room() if self.has_graphics else GRAPHICS_MIN
        self.graphics_max = max(GRAPHICS_MAX, self.graphics_min)

    # -- measuring ---------------------------------------------------------------------------
    def _h(self, f: Flowable, width: float | None = None) -> float:
        return f.wrap(width or self.width, BIG)[1]

    def fixed_height(self) -> float:
        parts = [*self.header, self.bluf, *([self.outlook] if self.outlook else []), self.sources]
        total = sum(self._h(p) for p in parts) + self.gap * (len(parts) + 1)
        if self.o.facts:
            total += self._h(self.heading) + 2 * self.scale
        if self.has_graphics:
            total += self._caption_h() + self.graphics_min + self.gap
        return total

    def _map_room(self) -> float:
        """The map row's least height: GRAPHICS_MIN, or taller until the map labels every
        place (at most as tall as the map's widest box allows)."""
        spec = self.o.charts.map
        if spec.empty:
            return GRAPHICS_MIN
        size = styles.chart_text_size(self.scale)
        tallest = max(GRAPHICS_MAX, self.width * 0.5 / self.map_aspect)
        height = GRAPHICS_MIN
        while height < tallest and mapdraw.names_left_off(
                spec, self._map_width(height), height, fonts.REGULAR, fonts.BOLD, size):
            height = min(tallest, height + GRAPHICS_STEP)
        return height

    def _map_width(self, drawing_h: float) -> float:
        return min(drawing_h * self.map_aspect, self.width * 0.5)

    def _fact(self, i: int) -> tuple[Paragraph, float]:
        if i not in self._fact_cache:
            para = Paragraph(self._fact_markup(self.o.facts[i]), self.st["fact"])
            self._fact_cache[i] = (para, self._h(para, self.col) + self.fact_space)
        return self._fact_cache[i]

    def _kept(self, n: int) -> list[int]:
        """Indexes (into the ranked facts) of the n heaviest, in reading order."""
        return sorted(range(n), key=lambda i: self.o.facts[i].order)

    def facts_height(self, n: int, budget: float) -> float:
        """Height of n facts in balanced columns, plus the '+N more' line when facts are left."""
        if n == 0:
            return self._more_h() if self.o.facts else 0.0
        # Cheap lower bound first: half the total height; stop measuring once it is over budget.
        heights = [self._fact(i)[1] for i in self._kept(n)]
        k = balanced_split(heights)
        tall = max(sum(heights[:k]), sum(heights[k:]))
        return tall + (self._more_h() if n < len(self.o.facts) else 0.0)

    def most_facts(self, budget: float) -> int:
        """The largest n whose n heaviest facts fit the budget."""
        total = len(self.o.facts)
        # Half the summed heights is a lower bound on the columns: never measure past it.
        hi, running = total, 0.0
        for i in range(total):
            running += self._fact(i)[1]
            if running / 2 > budget:
                hi = i
                break
        if hi == total and self.facts_height(total, budget) <= budget:
            return total
        lo = 0
        while lo < hi:  # the columns grow with n
            mid = (lo + hi + 1) // 2
            if self.facts_height(mid, budget) <= budget:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def _more_h(self) -> float:
        return self._h(Paragraph("+0 more", self.st["more"])) + 2 * self.scale

    def _caption_h(self) -> float:
        return self._h(Paragraph("Map", self.st["caption"])) + 2.0

    # -- building ----------------------------------------------------------------------------
    def story(self, kept: int, grow: float) -> list[Flowable]:
        s: list[Flowable] = []
        for part in self.header:
            s += [part, Spacer(1, self.gap * 0.5)]
        s += [self.bluf, Spacer(1, self.gap)]
        if self.has_graphics:
            s += [self._graphics(self.graphics_min + grow), Spacer(1, self.gap)]
        if self.o.facts:
            s += [self.heading, Spacer(1, 2 * self.scale)]
        order = self._kept(kept)
        items = [(self._fact(i)[0], self.fact_space) for i in order]
        k = balanced_split([self._fact(i)[1] for i in order])
        if items:
            s.append(TwoColumns(items[:k], items[k:], COLUMN_GAP))
        if kept < len(self.o.facts):
            more = len(self.o.facts) - kept
            s += [Spacer(1, 2 * self.scale),
                  Paragraph(f"+{more} more in the deck", self.st["more"])]
        if self.outlook:
            s += [Spacer(1, self.gap), self.outlook]
        # Sources close the content; what room is left stays white below them.
        s += [Spacer(1, self.gap), self.sources]
        return s

    def _header(self) -> list[Flowable]:
        o, st = self.o, self.st
        title = f'<font size="{8 * self.scale:.1f}">({o.marking})</font> ' \
                f"{literal(str(self.t['title']))}"
        meta = []
        if o.as_of:
            meta.append(f"As of <b>{literal(o.as_of)}</b>")
        if o.prepared_by:
            meta.append(f"Prepared by {literal(shorten(o.prepared_by, 120))}")
        if o.draft:
            meta.append(f'<font color="{_hex(styles.DRAFT)}">'
                        "<b>DRAFT</b>: includes facts not yet reviewed</font>")
        parts: list[Flowable] = [Paragraph(title, st["title"])]
        if meta:
            parts.append(Paragraph(" \u00b7 ".join(meta), st["meta"]))
        return parts

    def _bluf(self) -> Flowable:
        st, mark = self.st, f"({self.o.marking})"
        bluf = str(self.t["bluf"]) or "No bottom line written yet."
        items: list[tuple[Flowable, float]] = [(Paragraph(
            f'<font color="{_hex(styles.ACCENT)}"><b>BLUF</b></font> {mark} '
            f"{literal(bluf, keep_newlines=True)}", st["bluf"]), 3 * self.scale)]
        for point in self.t["points"]:  # type: ignore[attr-defined]
            items.append((Paragraph(f"{mark} {literal(point)}", st["point"],
                                    bulletText="\u2022"), 1.5 * self.scale))
        return ShadedBox(items, styles.BOX, styles.ACCENT, pad=6 * self.scale)

    def _outlook(self) -> Flowable | None:
        if not self.t["outlook"]:
            return None
        return Paragraph(f'<font color="{_hex(styles.ACCENT)}"><b>Outlook</b></font> '
                         f"({self.o.marking}) {literal(str(self.t['outlook']))}",
                         self.st["outlook"])

    def _fact_markup(self, fact: KeyFact) -> str:
        lead = literal(shorten(fact.lead, LIMITS["lead"]))
        text = literal(shorten(fact.text, LIMITS["fact"]))
        grade = f' <font color="{_hex(styles.MUTED)}">[{literal(fact.grade)}]</font>' \
            if fact.grade else ""
        return (f'<font color="{_hex(styles.MUTED)}">({literal(fact.mark)})</font> '
                f"<b>{lead}</b>{fact.joiner + text if text else ''}{grade}")

    def _sources_markup(self) -> str:
        lines = []
        for src in self.o.sources[:MAX_SOURCES]:
            bits = [src.outlet or "Unnamed source"]
            if src.headline:
                bits.append(f"\u201c{shorten(src.headline, 110)}\u201d")
            if src.published:
                bits.append(src.published)
            if src.status:  # a draft under review: its facts may change
                bits.append(src.status)
            lines.append(f"[{src.reliability or 'not yet graded'}] " + literal(", ".join(bits)))
        if len(self.o.sources) > MAX_SOURCES:
            lines.append(f"+{len(self.o.sources) - MAX_SOURCES} more")
        body = "; ".join(lines) or "none recorded"
        ungraded = any(f.grade.startswith("?") for f in self.o.facts)
        return (f"<b>Sources</b> {body}. Grades: source reliability A\u2013F"
                f"{' (? not yet graded)' if ungraded else ''}, information "
                "credibility 1\u20136 (e.g. B2).")

    def _graphics(self, drawing_h: float) -> Flowable:
        st, o = self.st, self.o
        size = styles.chart_text_size(self.scale)
        map_w = self._map_width(drawing_h)
        cells = []
        if not o.charts.map.empty:
            cells.append((Paragraph(literal(o.charts.map.title), st["caption"]),
                          mapdraw.map_drawing(o.charts.map, map_w, drawing_h, fonts.REGULAR,
                                      fonts.BOLD, size)))
        rest = self.width - (map_w + 12 if cells else 0)
        if o.chart == "timeline":
            cells.append((Paragraph(literal(o.charts.timeline.title), st["caption"]),
                          timeline_drawing(o.charts.timeline, rest, drawing_h, fonts.REGULAR,
                                           fonts.BOLD, size)))
        elif o.chart == "figures":
            cells.append((Paragraph(literal(o.charts.figures.title), st["caption"]),
                          bars_drawing(o.charts.figures, rest, min(drawing_h, 170.0),
                                       fonts.REGULAR, fonts.BOLD, size)))
        return GraphicsRow(cells, gap=12.0)


def _hex(colour: HexColor) -> str:
    return "#" + colour.hexval()[2:]
