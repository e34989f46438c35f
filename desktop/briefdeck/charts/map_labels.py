"""Two rules every map renderer follows when it names a dot, so a reader never takes one
place for another. A name reads as the nearest dot's: a label set down where another dot is
about as near as its own (a mentioned town's name beside the attacked base's dot) would name
the wrong dot, so such a spot is refused. And a long name that finds no room may be given
shorter ("Ain al-Asad" for "Ain al-Asad air base"): the facility word goes, the place's own
name stays, unless another dot on the map already bears that shorter name (Erbil and Erbil
airport)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from math import hypot

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 (either y direction)

# A facility word at the end of a place's name: what is left still names where it is.
_FACILITY = re.compile(
    r"\s+(?:international\s+|military\s+|naval\s+|air\s+force\s+|army\s+)?"
    r"(?:air\s*base|air\s*field|air\s*port|base|airport|air\s+station|camp)\.?$",
    re.IGNORECASE)


def label_forms(label: str, others: Iterable[str]) -> list[str]:
    """The label, then its shorter form when it has one no other dot bears (`others` may hold
    the label itself: the short form is always shorter, so it never matches it)."""
    short = _FACILITY.sub("", label).strip(" ,")
    if not short or short == label or len(short) < 3:
        return [label]
    taken = {o.casefold() for o in others}
    return [label] if short.casefold() in taken else [label, short]


def reads_as_own(box: Box, own: tuple[float, float], dots: Sequence[tuple[float, float]],
                 radius: float) -> bool:
    """True when every other dot is farther from the label's box than its own dot is, by half
    a marker (`radius`, the marker's). A dot within a radius of its own is one pile with it
    (a renderer that does not spread markers): no spot could tell them apart."""
    near = _distance(box, own)
    for dot in dots:
        if hypot(dot[0] - own[0], dot[1] - own[1]) < radius:
            continue  # (the own dot too)
        if _distance(box, dot) <= near + radius / 2:
            return False
    return True


def _distance(box: Box, dot: tuple[float, float]) -> float:
    x0, x1 = min(box[0], box[2]), max(box[0], box[2])
    y0, y1 = min(box[1], box[3]), max(box[1], box[3])
    dx = max(x0 - dot[0], dot[0] - x1, 0.0)
    dy = max(y0 - dot[1], dot[1] - y1, 0.0)
    return hypot(dx, dy)
