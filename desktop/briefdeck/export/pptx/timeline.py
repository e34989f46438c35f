"""The timeline of events as native shapes: an axis, one marker per event coloured by kind,
and a label (date, what happened) placed in lanes above and below so labels never overlap."""

from __future__ import annotations

from datetime import date
from typing import Any

from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR
from pptx.util import Inches, Pt

from briefdeck.charts.spec import TimelineItem, TimelineSpec, vague_note
from briefdeck.charts.toll_labels import with_short_claimant
from briefdeck.compose import fit
from briefdeck.compose.fit import TextStyle
from briefdeck.compose.notes import clean
from briefdeck.export.pptx.frame import EMU_PER_PT, INSET_X
from briefdeck.export.pptx.text import add_textbox
from briefdeck.export.pptx.themes import Theme
from briefdeck.model.tolls import in_brackets

LABEL_SIZES = (14.0, 12.0, 11.0)  # largest that lets four lanes of labels fit the height
LABEL_LINES = 3  # summary lines under the date
MARKER = int(Inches(0.24))
LANE_GAP = int(Inches(0.12))
STEM = int(Inches(0.3))
LEGEND_H = int(Inches(0.35))
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def when(item: TimelineItem) -> str:
    day = date.fromisoformat(item.date)
    if item.precision == "year":
        return f"{day.year}"
    if item.precision == "month":
        return f"{MONTHS[day.month - 1]} {day.year}"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _apart(xs: list[int]) -> list[int]:
    """Events on the same day side by side (a marker's width apart), not one hiding another."""
    out: list[int] = []
    for x in xs:
        out.append(max(x, out[-1] + MARKER) if out and x - out[-1] < MARKER else x)
    return out


def _lanes(xs: list[int], width: int, room: int) -> list[int] | None:
    """Lane per label (0 above, 1 below, 2 higher, 3 lower), or None if four lanes are not
    enough for labels of this width at these positions."""
    right_edge = [-(10**12)] * 4
    lanes = []
    for x in xs:
        for lane in (0, 1, 2, 3):
            if x - width // 2 >= right_edge[lane] + room:
                right_edge[lane] = x + width // 2
                lanes.append(lane)
                break
        else:
            return None
    return lanes


def add_timeline(slide: Any, spec: TimelineSpec, span: tuple[int, int],
                 rect: tuple[int, int, int, int], theme: Theme) -> bool:
    """Draw the events spec.items[span]; returns True when drawn in order, not to scale."""
    items = list(spec.items[span[0]:span[1]] if span != (0, 0) else spec.items)
    left, top, width, height = rect
    shapes = slide.shapes
    label_w = min(int(Inches(2.6)), width // 4)
    size = next((z for z in LABEL_SIZES
                 if 2 * (STEM + 2 * _label_height(z) + LANE_GAP) + LEGEND_H <= height),
                LABEL_SIZES[-1])
    label_h = _label_height(size)
    axis_y = top + (height - LEGEND_H) // 2
    inner_left, inner_w = left + label_w // 2, width - label_w
    days = [date.fromisoformat(i.mid_day).toordinal() for i in items]  # mid-month if vague
    first, last = min(days), max(days)
    span_days = max(1, last - first)
    xs = [inner_left + (inner_w * (d - first)) // span_days if last > first
          else inner_left + inner_w // 2 for d in days]
    xs = _apart(xs)
    overflow = xs[-1] - (inner_left + inner_w)
    if overflow > 0:  # nudged past the end: slide all back by the few nudges
        xs = [x - overflow for x in xs]
    fits_axis = xs[0] >= left
    lanes = _lanes(xs, label_w, int(Inches(0.08))) if fits_axis else None
    in_order = lanes is None
    if in_order:  # crowded dates: spread evenly in order and say so
        step = inner_w // max(1, len(items) - 1)
        xs = [inner_left + step * n if len(items) > 1 else inner_left + inner_w // 2
              for n in range(len(items))]
        cycle = 2 if 2 * step >= label_w + int(Inches(0.08)) else 4  # narrow slides: 4 lanes
        lanes = [n % cycle for n in range(len(items))]
    axis = shapes.add_connector(MSO_CONNECTOR.STRAIGHT, left, axis_y, left + width, axis_y)
    axis.name = "Timeline axis"
    axis.line.color.rgb = RGBColor.from_string(theme.line)
    axis.line.width = Pt(2)
    boxes = []
    for item, x, lane in zip(items, xs, lanes, strict=True):
        above, level = lane % 2 == 0, lane // 2
        offset = STEM + level * (label_h + LANE_GAP)
        box_top = axis_y - offset - label_h if above else axis_y + offset
        stem_end = box_top + label_h if above else box_top
        boxes.append((min(max(x - label_w // 2, left), left + width - label_w), box_top))
        stem = shapes.add_connector(MSO_CONNECTOR.STRAIGHT, x, axis_y, x, stem_end)
        stem.name = f"Stem: {item.fact_id}"
        stem.line.color.rgb = RGBColor.from_string(theme.muted)
        stem.line.width = Pt(0.75)
    # Markers and labels after every stem, so a long stem passes behind nearer labels.
    for item, x in zip(items, xs, strict=True):
        dot = shapes.add_shape(MSO_SHAPE.OVAL, x - MARKER // 2, axis_y - MARKER // 2,
                               MARKER, MARKER)
        dot.name = f"Event: {item.fact_id}"
        dot.fill.solid()
        if item.vague:  # dated to the month or year only: a hollow marker, not a day's dot
            dot.fill.fore_color.rgb = RGBColor.from_string(theme.label_halo)
            dot.line.color.rgb = RGBColor.from_string(item.colour)
            dot.line.width = Pt(2.25)
        else:
            dot.fill.fore_color.rgb = RGBColor.from_string(item.colour)
            dot.line.color.rgb = RGBColor.from_string(theme.label_halo)
        dot.shadow.inherit = False
    text_w = (label_w - 2 * INSET_X) / EMU_PER_PT
    for item, (box_left, box_top) in zip(items, boxes, strict=True):
        # The words give way; the toll never does (a cut "killed 7…" misleads).
        toll = in_brackets(item.toll) if item.toll else ""
        label_size, room, toll = _label_fit(toll, text_w, size)
        summary = fit.truncate(clean(item.label, 400), text_w, TextStyle(label_size), room)
        box = add_textbox(shapes, (box_left, box_top, label_w, label_h),
                          [when(item)] + ([summary] if room else []) + ([toll] if toll else []),
                          label_size, name=f"Label: {item.fact_id}", colour=theme.text,
                          fill=theme.label_halo)
        first_run = box.text_frame.paragraphs[0].runs[0]
        first_run.font.bold = True
        first_run.font.color.rgb = RGBColor.from_string(item.colour)
    _legend(slide, items, (left, top + height - LEGEND_H, width, LEGEND_H), theme, in_order,
            spec.omitted)
    return in_order


def _label_fit(toll: str, text_w: float, size: float) -> tuple[float, int, str]:
    """The label's type size, the summary lines left beside its toll, and the toll as set. A
    long toll (one whose claimant is named: "(2 killed; according to Popular Mobilization
    Forces)") may not leave the summary a line of its own: the label then sets smaller, in the
    same box (a size that gains a line last), then names the claimant by initials, rather than
    show what happened as a bare "…". Never more lines than the box holds."""
    sizes = [z for z in (size, size - 1, size - 2, _one_more_line(size)) if z >= MIN_LABEL_SIZE]
    for words in dict.fromkeys((toll, with_short_claimant(toll))):
        for label_size in sizes:
            lines = _lines_at(size, label_size) - 1  # the date takes one
            toll_lines = len(fit.wrap(words, text_w, TextStyle(label_size))) if words else 0
            if lines - toll_lines >= 1:
                return label_size, lines - toll_lines, words
    # (still too long in a very narrow box: the toll takes the summary's lines, and is cut
    # only if it outgrows even those; the notes list the event whole)
    label_size = sizes[-1]
    lines = _lines_at(size, label_size) - 1
    words = with_short_claimant(toll)
    return label_size, 0, fit.truncate(words, text_w, TextStyle(label_size), lines)


MIN_LABEL_SIZE = 9.0  # smaller is not read across a room


def _lines_at(size: float, label_size: float) -> int:
    """Lines of label_size type in a box made for LABEL_LINES + 1 lines of `size` type."""
    return int((LABEL_LINES + 1) * size / label_size + 1e-6)


def _one_more_line(size: float) -> float:
    """The largest type that sets one line more than `size` does in the label's box."""
    return round((LABEL_LINES + 1) * size / (LABEL_LINES + 2), 1)


def _label_height(size: float) -> int:
    """A date line and LABEL_LINES lines of summary, inside the box's insets."""
    return int(Pt(size * 1.2 * (LABEL_LINES + 1)).emu) + 2 * 45720


def _legend(slide: Any, items: list[TimelineItem], rect: tuple[int, int, int, int],
            theme: Theme, in_order: bool, omitted: int = 0) -> None:
    kinds: dict[str, str] = {}
    for item in items:
        kinds.setdefault(item.kind, item.colour)
    left, top, width, height = rect
    x = left
    swatch = int(Inches(0.16))
    for kind, colour in kinds.items():
        dot = slide.shapes.add_shape(MSO_SHAPE.OVAL, x, top + (height - swatch) // 2,
                                     swatch, swatch)
        dot.name = f"Legend: {kind}"
        dot.fill.solid()
        dot.fill.fore_color.rgb = RGBColor.from_string(colour)
        dot.line.fill.background()
        text_w = int(fit.text_width(kind, 12) * EMU_PER_PT) + 2 * INSET_X + int(Inches(0.1))
        add_textbox(slide.shapes, (x + swatch, top, text_w, height), [kind], 12,
                    name=f"Legend text: {kind}", colour=theme.muted, anchor=MSO_ANCHOR.MIDDLE)
        x += swatch + text_w + int(Inches(0.2))
    notes = []
    if vague := vague_note(items):
        notes.append(f"hollow: {vague}")
    if in_order:
        notes.append("Events in date order; spacing not to scale (dates too close to show apart)")
    if omitted:  # the timeline keeps the heaviest events only: say how many it left off
        notes.append(f"{omitted} lighter dated events not shown")
    if notes:
        note = "; ".join(notes)
        add_textbox(slide.shapes, (x, top, max(left + width - x, 0), height), [note], 11,
                    name="Timeline scale note", colour=theme.muted, anchor=MSO_ANCHOR.MIDDLE)
