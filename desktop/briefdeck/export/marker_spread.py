"""Markers that would cover each other are moved apart just enough to show both. Two places a
report names a few kilometres apart ("Irbil" and "Irbil Air Base", "Jaffa" and "Rishon LeZion")
project to nearly one point; drawn there, the one on top hides the other, and the reader sees one
place. The map already says positions are approximate, so a nudge of a marker's width is fair.
One rule for the deck's map and the one-pager's."""

from __future__ import annotations

from math import hypot

ROUNDS = 12  # a few passes settle a small cluster; a map holds a few dozen places at most


def spread(points: list[tuple[float, float]], gap: float) -> list[tuple[float, float]]:
    """The points, each pair at least `gap` apart (centre to centre), each moved as little as
    the rounds allow: a pair closer than that is pushed apart along the line between them
    (side by side, left and right, when they coincide)."""
    moved = [list(p) for p in points]
    for _ in range(ROUNDS):
        settled = True
        for i in range(len(moved)):
            for j in range(i + 1, len(moved)):
                (x1, y1), (x2, y2) = moved[i], moved[j]
                dx, dy = x2 - x1, y2 - y1
                d = hypot(dx, dy)
                if d >= gap * 0.999:
                    continue
                settled = False
                ux, uy = (dx / d, dy / d) if d > 1e-9 else (1.0, 0.0)
                push = (gap - d) / 2
                moved[i] = [x1 - ux * push, y1 - uy * push]
                moved[j] = [x2 + ux * push, y2 + uy * push]
        if settled:
            break
    return [(x, y) for x, y in moved]
