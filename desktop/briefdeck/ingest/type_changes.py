"""A change of type size between two lines of a PDF ends a paragraph.

An abstract book or a report sets a title in larger type right over its authors' line, or a
small-print line right over the next heading, with no blank line between: read as text, the
two run together ("... at two air bases, 2025-2026 Maj. Daniel ..."), as re-flowing joins the
lines of a paragraph by their length alone. Two adjacent lines whose main type sizes differ by
more than about a point are never one paragraph: a blank line is put between them.
"""

from __future__ import annotations

import re

from briefdeck.ingest.columns import Line

_STEP = 0.9  # points: a title over body text, a body line over small print (not rounding)
_GAP = re.compile(r"[ \t]*+\n[ \t]*+")  # the line break between two lines of the page's text
_REACH = 2000  # how far past the last line found the next one may start (linear on any page)


def break_at_type_changes(text: str, lines: list[Line]) -> str:
    """The page's text with a blank line between two adjacent lines set in different sizes."""
    cuts: list[tuple[int, int]] = []
    cursor = 0
    for a, b in zip(lines, lines[1:], strict=False):
        at = text.find(a.text, cursor, cursor + _REACH + len(a.text))
        if at < 0:
            continue
        cursor = at + len(a.text)
        if not a.main or not b.main or abs(a.main - b.main) <= _STEP:
            continue
        gap = _GAP.match(text, cursor)
        if gap is not None and text.startswith(b.text, gap.end()):
            cuts.append((cursor, gap.end()))
    if not cuts:
        return text
    out, pos = [], 0
    for start, end in cuts:
        out.append(text[pos:start] + "\n\n")
        pos = end
    out.append(text[pos:])
    return "".join(out)
