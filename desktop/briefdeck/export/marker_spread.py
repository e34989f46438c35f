"""Markers that would cover each other are moved apart just enough to show both. Two places a
report names a few kilometres apart ("Irbil" and "Irbil Air Base", "Jaffa" and "Rishon LeZion")
project to nearly one point; drawn there, the one on top hides the other, and the reader sees one
place. The map already says positions are approximate, so a nudge of a marker's width is fair;
a marker is never moved further than MAX_SHIFT markers from its place (a dense cluster then
overlaps a little rather than strays), nor out of the map's frame. Coinciding markers fan out
around their point, not in a line. One rule for the deck's map and the one-pager's."""

from __future__ import annotations

from math import cos, hypot, pi, sin

ROUNDS = 12  # a few passes settle a small cluster; a map holds a few dozen places at most
MAX_SHIFT = 1.5  # furthest a marker moves, in gaps (centre to centre distances)
_TURN = 2.399963  # the golden angle: coinciding pairs fan out in ever new directions

Frame = tuple[float, float, float, float]  # left, top (or bottom), right, opposite edge


def spread(points: list[tuple[float, float]], gap: float,
           frame: Frame | None = None) -> list[tuple[float, float]]:
    """The points, each pair at least `gap` apart (centre to centre) as far as the rounds and
    the caps allow: a pair closer than that is pushed apart along the line between them
    (fanned around their point when they coincide). Each point stays within MAX_SHIFT gaps of
    where it was, and its marker (gap/2 about it) within `frame` when one is given."""
    moved = _fanned(points, gap, frame)
    pairs = 0
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
                if d > 1e-9:
                    ux, uy = dx / d, dy / d
                else:  # (the first coinciding pair side by side, the next ones turned)
                    ux, uy = cos(_TURN * pairs), sin(_TURN * pairs)
                    pairs += 1
                push = (gap - d) / 2
                moved[i] = _kept([x1 - ux * push, y1 - uy * push], points[i], gap, frame)
                moved[j] = _kept([x2 + ux * push, y2 + uy * push], points[j], gap, frame)
        if settled:
            break
    return [(x, y) for x, y in moved]


def _fanned(points: list[tuple[float, float]], gap: float,
            frame: Frame | None) -> list[list[float]]:
    """The points, those that coincide set round a ring about their point, a gap apart as far
    as MAX_SHIFT lets them (a cluster pushed apart pair by pair strings out in a line)."""
    groups: dict[tuple[float, float], list[int]] = {}
    for n, (x, y) in enumerate(points):
        groups.setdefault((round(x, 6), round(y, 6)), []).append(n)
    moved = [list(p) for p in points]
    for (x, y), members in groups.items():
        if len(members) < 2:
            continue
        count = len(members)
        radius = min(gap / (2 * sin(pi / count)), MAX_SHIFT * gap)
        for k, n in enumerate(members):  # (a pair side by side, left then right)
            turn = pi + 2 * pi * k / count
            moved[n] = _kept([x + radius * cos(turn), y + radius * sin(turn)], points[n], gap,
                             frame)
    return moved


def _kept(at: list[float], home: tuple[float, float], gap: float,
          frame: Frame | None) -> list[float]:
    """`at` drawn back to within MAX_SHIFT gaps of home, and its marker inside the frame."""
    x, y = at
    dx, dy = x - home[0], y - home[1]
    far, most = hypot(dx, dy), MAX_SHIFT * gap
    if far > most:
        x, y = home[0] + dx * most / far, home[1] + dy * most / far
    if frame is not None:
        x0, y0, x1, y1 = frame
        r = gap / 2
        lo_x, hi_x = min(x0, x1) + r, max(x0, x1) - r
        lo_y, hi_y = min(y0, y1) + r, max(y0, y1) - r
        x = min(max(x, lo_x), hi_x) if lo_x <= hi_x else x
        y = min(max(y, lo_y), hi_y) if lo_y <= hi_y else y
    return [x, y]
