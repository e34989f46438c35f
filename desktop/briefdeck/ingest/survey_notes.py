"""A poll release's standing notes, inside the paragraphs that also carry its method.

A poll's methodology paragraph gives the sample, the field dates and the margin of error
(facts the analyst wants) and ends with the note every release carries ("Figures may not add
to 100% because of rounding."); a closing paragraph says whose project the poll is, that no
campaign sponsors it and where the crosstabs are. Those sentences are the same in every
release: the 100% is no finding, the university and the web address no news. Only the
notes' own sentences are flagged; the sentences round them stay.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import ArticleLine

_START = r"(?:^|(?<=[.!?] )|(?<=[.!?]\" )|(?<=[.!?]” ))"
_NOTES = re.compile(
    _START + r"((?:"
    # "Figures may not add to 100% because of rounding."
    r"(?:(?:the )?(?:figures|percentages|percents|totals|numbers|results|columns|rows)"
    r"(?: in (?:this|the) [\w -]{1,30})? (?:may|might|do|will) not (?:add|sum|total)(?: up)? "
    r"to (?:exactly )?100(?: ?%| percent)(?: because of| due to| owing to)(?: independent)? "
    r"rounding)"
    # "The Lakeside Poll is a project of the Center ... at Lakeside University."
    r"|(?:(?:the )?(?:[A-Z][\w'’&.-]* ){0,5}(?:Poll|Survey|poll|survey) is (?:a (?:project|"
    r"service|program|programme|product|joint project) of|conducted by|produced by|"
    r"sponsored by|funded by|paid for by) [^.!?]{3,160})"
    # "It is not sponsored by any campaign or party."
    r"|(?:(?:it|the (?:poll|survey))(?: is| was) not (?:sponsored|funded|commissioned|paid for)"
    r" by any (?:campaign|party|candidate|political|interest group)[^.!?]{0,80})"
    # "Full crosstabs are available at example.edu/poll."
    r"|(?:(?:full |complete |detailed )?(?:crosstabs|cross-tabs|cross-tabulations|toplines|"
    r"topline results|question wording|tables|results)(?: and [\w -]{2,40})? (?:are|is) "
    r"available (?:online )?(?:at|on|from)\s+\S{4,120}?)"
    r")\.)(?=\s|$)",
    re.IGNORECASE,
)
_MAX_WORDS = 200


def is_poll_release(text: str) -> bool:
    """A poll's release: its margin of error or its crosstabs or its rounding note."""
    return "rounding" in text or "rosstab" in text or "margin of" in text


def note_spans(lines: list[ArticleLine], flags: dict[int, str]) -> list[tuple[int, int]]:
    """(start, end) of each standing note's sentence in the lines not already flagged."""
    out: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        if i in flags or line.words > _MAX_WORDS:
            continue
        lower = line.text.lower()
        if not (
            "100" in lower
            or "oll is" in lower
            or "urvey is" in lower
            or "sponsored" in lower
            or "available" in lower
        ):
            continue
        for m in _NOTES.finditer(line.text):
            out.append((line.start + m.start(1), line.start + m.end(1)))
    return out
