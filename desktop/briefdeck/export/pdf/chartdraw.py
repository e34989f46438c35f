"""The one-pager's chart beside the map, as reportlab vector Drawings from the shared specs:
a timeline of events (TimelineSpec) or horizontal bars of figures (BarSpec)."""

from __future__ import annotations

from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib.colors import HexColor, white
from reportlab.pdfbase.pdfmetrics import stringWidth

from briefdeck.charts.spec import BarSpec, TimelineItem, TimelineSpec, label_order, vague_note
from briefdeck.compose.numbers import number
from briefdeck.export.pdf.markup import clean
from briefdeck.model.date_words import MONTHS, event_date_label

INK = HexColor("#1F2937")
MUTED = HexColor("#6B7280")
RULE = HexColor("#9CA3AF")
GRID = HexColor("#E5E7EB")
HURT = HexColor("#B91C1C")


def fit(text: str, font: str, size: float, width: float) -> str:
    """`text` cut with an ellipsis so that it is at most `width` wide."""
    text = clean(text)
    if stringWidth(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # longest prefix that fits with the ellipsis
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid].rstrip() + "\u2026", font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "\u2026" if lo else ""


def wrap_two(text: str, font: str, size: float, width: float) -> list[str]:
    """At most two lines of `text` within `width`, the second cut with an ellipsis."""
    words, first = clean(text).split(" "), ""
    for i, word in enumerate(words):
        trial = f"{first} {word}".strip()
        if stringWidth(trial, font, size) > width:
            if not first:
                return [fit(text, font, size, width)]
            rest = " ".join(words[i:])
            return [first, fit(rest, font, size, width)]
        first = trial
    return [first]


# -- timeline ---------------------------------------------------------------------------------
def timeline_drawing(spec: TimelineSpec, width: float, height: float, font: str, bold: str,
                     size: float = 6.5) -> Drawing:
    d = Drawing(width, height, initialFontName=font, initialFontSize=size)
    items = sorted(spec.items, key=lambda i: (i.date, i.fact_id))
    if not items:
        d.add(String(width / 2, height / 2, "No dated events", fontName=font, fontSize=size + 1,
                     fillColor=MUTED, textAnchor="middle"))
        return d
    starts = [date.fromisoformat(i.date).toordinal() for i in items]
    ends = [date.fromisoformat(i.last_day).toordinal() for i in items]
    # A month-dated event sits in the middle of its month, over a band the month long.
    days = [date.fromisoformat(i.mid_day).toordinal() for i in items]
    first, last = min(starts), max(ends)
    span = last - first
    pad = span * 0.05 if span else 15
    k = size / 6.5  # every length below is tuned at 6.5 pt and grows with the text
    pad_l = pad_r = 10.0 * k
    x_of = _scale(first - pad, last + pad, pad_l, width - pad_r)
    line_h = size + 1.6
    block = line_h * 3
    legend_h, legend_end = _timeline_legend(d, items, width, font, size - 0.5)
    axis_y = legend_h + (height - legend_h) * 0.5
    radii = [_radius(item, k) for item in items]
    # Tick labels hang below the largest marker, so no marker covers a date.
    tick_y = axis_y - max(radii) - 1.5 - (size - 1) * 0.75
    d.add(Line(pad_l - 6, axis_y, width - pad_r + 6, axis_y, strokeColor=RULE, strokeWidth=0.8))
    _ticks(d, x_of, first, last, span, axis_y, tick_y, font, size - 1, pad_l, width - pad_r)

    label_w = min(118.0 * k, max(60.0 * k, width / 3.2))
    below = tick_y - (size - 1) * 0.3 - 2  # the down lanes' leaders start under the dates
    lanes_up = max(1, int((height - axis_y - 10 * k) // (block + 4 * k)))
    lanes_down = max(0, int((below - legend_h - 6 * k) // (block + 4 * k)))
    lanes = [("up", n) for n in range(lanes_up)]
    for n in range(lanes_down):
        lanes.insert(2 * n + 1, ("down", n))
    used: dict[tuple[str, int], list[tuple[float, float]]] = {lane: [] for lane in lanes}
    leaders: dict[tuple[str, int], list[float]] = {lane: [] for lane in lanes}
    # The lead and the heaviest events claim lanes first; the rest take the room left, so an
    # unlabelled dot is never the deadliest incident.
    unlabelled: list[int] = []
    for n in label_order(items):
        item, x = items[n], x_of(days[n])
        lines = [event_date_label(item.date, item.precision)]
        if item.toll:  # the toll never gives way: the words take one line, cut visibly
            lines += [fit(item.label, font, size, label_w), item.toll]
        else:
            lines += wrap_two(item.label, font, size, label_w)
        widest = max(stringWidth(t, bold if i == 0 else font, size) for i, t in enumerate(lines))
        # Labels start just right of their leader line (or end just left of it at the edge).
        x0 = x + 2.5 if x + 2.5 + widest <= width else max(0.0, x - 2.5 - widest)
        span_x = (x0 - 1, x0 + widest + 1)
        for lane in lanes:
            inner = [other for other in lanes if other[0] == lane[0] and other[1] < lane[1]]
            crossed = any(a < x < b for other in inner for a, b in used[other])
            outer = [other for other in lanes if other[0] == lane[0] and other[1] > lane[1]]
            crossing = any(span_x[0] < lx < span_x[1] for other in outer
                           for lx in leaders[other])
            if not (crossed or crossing) and all(span_x[1] < a or b < span_x[0]
                                                 for a, b in used[lane]):
                used[lane].append(span_x)
                leaders[lane].append(x)
                _event_label(d, lane, x, x0, axis_y, below, radii[n], lines, bool(item.toll),
                             line_h, block, font, bold, size)
                break
        else:
            unlabelled.append(n)
    if unlabelled:  # a marker with no words (several events of one day share it) is said
        note = fit(unlabelled_note([items[n] for n in unlabelled], items), font, size - 0.5,
                   max(0.0, width - legend_end - 8))
        if note and note != "\u2026":
            d.add(String(width, 1.5, note, fontName=font, fontSize=size - 0.5,
                         fillColor=MUTED, textAnchor="end"))
    # Markers over the leaders, in date order.
    for item, day, r, a, b in zip(items, days, radii, starts, ends, strict=True):
        x = x_of(day)
        colour = HexColor("#" + item.colour)
        if item.vague:  # a band over the month (or year) and a hollow marker: not a day
            x_a, x_b = x_of(a), x_of(b + 1)
            d.add(Rect(x_a, axis_y - 1.5 * k, max(x_b - x_a, 1.0), 3.0 * k, fillColor=colour,
                       fillOpacity=0.3, strokeColor=None))
            d.add(Circle(x, axis_y, r, fillColor=white, strokeColor=colour, strokeWidth=1.4))
        else:
            d.add(Circle(x, axis_y, r, fillColor=colour, strokeColor=white, strokeWidth=0.8))
    return d


def _radius(item: TimelineItem, k: float) -> float:
    """Grows with the casualties, to at most 5 pt at 6.5 pt text."""
    return (2.6 + min(2.4, (item.killed + item.wounded) ** 0.5 * 0.6)) * k


def _timeline_legend(d: Drawing, items: list[TimelineItem], width: float, font: str,
                     size: float) -> float:
    """The event kinds' colours (and the hollow mark of a month-dated event) along the
    bottom, as the deck's timeline has them; returns the height it takes."""
    kinds = dict.fromkeys((i.kind, i.colour) for i in items)
    entries: list[tuple[str, str, bool]] = [(kind, colour, False) for kind, colour in kinds]
    if note := vague_note(items):
        entries.append((note, next(i.colour for i in items if i.vague), True))
    x, y, r = 1.0, 1.5, size * 0.4
    for text, colour, hollow in entries:
        w = r * 2 + 2.5 + stringWidth(text, font, size)
        if x + w > width:
            break
        fill = white if hollow else HexColor("#" + colour)
        stroke = HexColor("#" + colour) if hollow else None
        d.add(Circle(x + r, y + size * 0.35, r, fillColor=fill, strokeColor=stroke,
                     strokeWidth=1.0))
        d.add(String(x + r * 2 + 2.5, y, text, fontName=font, fontSize=size, fillColor=MUTED))
        x += w + 8
    return size + 4, x


def unlabelled_note(left_off: list[TimelineItem], items: list[TimelineItem]) -> str:
    """'No room to label: 2 Dec 2026 (3 events)': the days whose markers carry no words,
    so that a reader does not take a bare marker (or one ring for three events) as nothing."""
    per_day: dict[str, int] = {}
    for item in sorted(left_off, key=lambda i: i.date):
        per_day[item.date] = per_day.get(item.date, 0) + 1
    said = []
    for day, n in per_day.items():
        first = next(i for i in items if i.date == day)
        that_day = sum(1 for i in items if i.date == day)
        count = (f"{n} event{'s' if n > 1 else ''}" if n == that_day
                 else f"{n} more event{'s' if n > 1 else ''}")
        said.append(f"{event_date_label(day, first.precision)} ({count})")
    return "No room to label: " + ", ".join(said)


def _event_label(d: Drawing, lane: tuple[str, int], x: float, x0: float, axis_y: float,
                 below: float, r: float, lines: list[str], hurt: bool, line_h: float,
                 block: float, font: str, bold: str, size: float) -> None:
    side, n = lane
    u = size / 6.5
    if side == "up":
        base = axis_y + 9 * u + n * (block + 4 * u) + (len(lines) - 1) * line_h
        d.add(Line(x, axis_y + r, x, base + size * 0.8, strokeColor=GRID, strokeWidth=0.6))
    else:
        base = below - 4 * u - n * (block + 4 * u) - size * 0.8
        # Starts below the tick labels so that it never strikes through a date.
        d.add(Line(x, below, x, base + size * 0.8, strokeColor=GRID, strokeWidth=0.6))
    for i, text in enumerate(lines):
        colour = HURT if (hurt and i == len(lines) - 1) else INK if i == 0 else MUTED
        d.add(String(x0, base - i * line_h, text, fontName=bold if i == 0 else font,
                     fontSize=size, fillColor=colour))


def _scale(lo: float, hi: float, x0: float, x1: float):  # noqa: ANN202 - a tiny closure
    span = (hi - lo) or 1.0
    return lambda v: x0 + (v - lo) / span * (x1 - x0)


def _ticks(d: Drawing, x_of, first: int, last: int, span: float, axis_y: float,  # noqa: ANN001
           label_y: float, font: str, size: float, left: float, right: float) -> None:
    """Month ticks (or weekly for short spans) under the axis."""
    start, end = date.fromordinal(first), date.fromordinal(last)
    marks: list[tuple[int, str]] = []
    if span <= 60:
        day = start.toordinal() - start.weekday()
        while day <= end.toordinal() + 7:
            t = date.fromordinal(day)
            marks.append((day, f"{t.day} {MONTHS[t.month - 1]}"))
            day += 7
    else:
        months = (end.year - start.year) * 12 + end.month - start.month + 2
        # At most about six ticks; past 30 years, whole multiples of a year.
        step = next((s for s in (1, 2, 3, 6, 12, 24, 60) if months / s <= 6),
                    12 * -(-months // 72))
        y, m = start.year, start.month
        while (y, m) <= (end.year, end.month + 1 if end.month < 12 else end.month):
            if (y * 12 + m - 1) % step == 0:
                label = MONTHS[m - 1] + (f" {y}" if m == 1 or not marks else "")
                marks.append((date(y, m, 1).toordinal(), label))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    for day, label in marks:
        x = x_of(day)
        if left - 8 <= x <= right + 8:
            d.add(Line(x, axis_y - 2.5, x, axis_y + 2.5, strokeColor=RULE, strokeWidth=0.6))
            d.add(String(x, label_y, label, fontName=font, fontSize=size,
                         fillColor=MUTED, textAnchor="middle"))


# -- figures as bars ---------------------------------------------------------------------------
def bars_drawing(spec: BarSpec, width: float, height: float, font: str, bold: str,
                 size: float = 6.5) -> Drawing:
    d = Drawing(width, height, initialFontName=font, initialFontSize=size)
    if spec.empty:
        d.add(String(width / 2, height / 2, "No figures", fontName=font, fontSize=size + 1,
                     fillColor=MUTED, textAnchor="middle"))
        return d
    legend_h = size + 6 if len(spec.series) > 1 else 0.0
    row = max(size + 4, min(size * 2.8, (height - legend_h - 4) / len(spec.categories)))
    shown = min(len(spec.categories), int((height - legend_h - 4) // row))
    label_w = min(width * 0.42, max(stringWidth(clean(c), font, size)
                                     for c in spec.categories[:shown]) + 4)
    totals = [_total(spec, i) for i in range(shown)]
    top = max(totals + [1.0])
    value_w = stringWidth(number(top), font, size) + 4
    plot_x, plot_w = label_w + 2, width - label_w - 2 - value_w
    bar_h = row * 0.62
    y = height - legend_h - row
    for i in range(shown):
        d.add(String(label_w, y + (row - size) / 2 + 1, fit(spec.categories[i], font, size,
                     label_w - 4), fontName=font, fontSize=size, fillColor=INK, textAnchor="end"))
        x, yb = plot_x, y + (row - bar_h) / 2
        for k, series in enumerate(spec.series):
            value = series.values[i] if i < len(series.values) else 0.0
            if not value or value < 0:
                continue
            w = plot_w * value / top
            if spec.stacked or len(spec.series) == 1:
                d.add(Rect(x, yb, w, bar_h, fillColor=HexColor("#" + series.colour),
                           strokeColor=None))
                x += w
            else:
                hb = bar_h / len(spec.series)
                d.add(Rect(plot_x, yb + bar_h - (k + 1) * hb, w, hb,
                           fillColor=HexColor("#" + series.colour), strokeColor=None))
                x = max(x, plot_x + w)
        d.add(String(x + 2, y + (row - size) / 2 + 1, _mark(spec, i) + number(totals[i]),
                     fontName=font,
                     fontSize=size, fillColor=MUTED))
        y -= row
    d.add(Line(plot_x, y + row - 1, plot_x, height - legend_h, strokeColor=RULE,
               strokeWidth=0.6))
    if legend_h:
        x = plot_x
        for series in spec.series:
            d.add(Rect(x, height - size - 1, size * 0.9, size * 0.9,
                       fillColor=HexColor("#" + series.colour), strokeColor=None))
            d.add(String(x + size + 2, height - size, series.name, fontName=font, fontSize=size,
                         fillColor=INK))
            x += size + 10 + stringWidth(series.name, font, size)
    if shown < len(spec.categories):
        d.add(String(width, 1, f"+{len(spec.categories) - shown} more", fontName=font,
                     fontSize=size - 0.5, fillColor=MUTED, textAnchor="end"))
    return d


def _mark(spec: BarSpec, i: int) -> str:
    """The open toll's mark on a bar's total: one part "more than 40" makes the sum open."""
    marks = {s.marks[i] for s in spec.series
             if i < len(s.marks) and s.marks[i] and i < len(s.values) and s.values[i] > 0}
    if len(marks) == 1:
        return marks.pop()
    if marks and marks <= {">", "\u2265"}:  # floors add up to a floor
        return ">" if ">" in marks else "\u2265"
    return "~" if marks else ""


def _total(spec: BarSpec, i: int) -> float:
    values = [s.values[i] for s in spec.series if i < len(s.values) and s.values[i] > 0]
    return sum(values) if spec.stacked else max(values, default=0.0)
