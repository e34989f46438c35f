"""The base a record in capitals is written at, named only in its letterhead.

A fire department's dispatch report, a base's log or a squadron's record heads every page with
its unit and its station ("386 ECES FIRE EMERGENCY SERVICES - ALI AL SALEM AB, KUWAIT"); the
entries below say "NE FLIGHTLINE", "BLDG 1142", "GATE 3" and never name the base again. The
header is page furniture, but the installation it names is where everything in the record
happens: the one place the analyst needs from it.
"""

from __future__ import annotations

from briefdeck.extract.capital_lines import capital_lines
from briefdeck.extract.sentences import Sentence

_HEAD_LINES = 4  # the letterhead's lines, at the top of the record
_MIN_CAPITAL_LINES = 8  # a record written in capitals, not a page with a heading in them


def record_station(text: str, start: int, end: int, kind: str) -> Sentence | None:
    """The letterhead line naming the installation at [start, end), read as a sentence of its
    own, when the text is a record in capitals headed by it; None otherwise."""
    if kind != "installation" or start > 600:
        return None
    line_start = text.rfind("\n", 0, start) + 1
    if text.count("\n", 0, line_start) >= _HEAD_LINES:
        return None
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    if not line.isupper() or len(capital_lines(text)) < _MIN_CAPITAL_LINES:
        return None
    return Sentence(line_start, line_end, line, -1)
