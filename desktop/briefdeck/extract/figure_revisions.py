"""First counts a story itself says were superseded.

"Officials initially reported two wounded but later raised the toll to five": the two is no
longer true, and a bare "2 wounded" on a slide would be copied as a fact. The figure model has
no mark for an earlier count, so such counts are left out; the revised count is kept.
"""

from __future__ import annotations

import re

# What marks a count as the first one given ("initially said three", "an earlier count had
# listed three", "the earlier figure of 3 ... was wrong").
_FIRST = re.compile(r"\b(?:initially|originally|at first|first\s+(?:reported|said|put|gave))\b"
                    r"|\b(?:earlier|initial|first|previous|original|preliminary)\s+"
                    r"(?:counts?|figures?|tolls?|tall(?:y|ies)|reports?|estimates?|numbers?)\b",
                    re.I)
# What says it was replaced: in the same sentence after the first count, or in the next one.
_REVISED = re.compile(r"\b(?:raised|raising|revised|revising|corrected|correcting|updated?|"
                      r"risen|rose|later|since|now|wrong|incorrect|inaccurate|bringing)\b",
                      re.I)
_GATE = ("nitial", "arlier", "riginal", "at first", "irst", "revious", "reliminary")


def superseded_span(text: str, start: int, end: int, next_end: int) -> tuple[int, int] | None:
    """The stretch of the sentence [start, end) whose counts were superseded, or None.

    next_end is the end of the next sentence (end when there is none)."""
    low = text[start:end].lower()
    if "of this " in low:
        told = _EARLIER_ISSUE.search(text, max(0, start - 12), end)
        if told:  # "Rev. 0 of this alert reported two injured": an earlier issue's count
            clause = _CLAUSE_END.search(text, told.end(), end)
            return max(start, told.start()), clause.start() if clause else end
    if not any(g in low for g in _GATE):
        return None
    first = _FIRST.search(text, start, end)
    if not first:
        return None
    begin = first.start()
    if _PASSIVE_BEFORE.search(text, max(start, begin - 12), begin):
        # "Three guards were initially reported hurt": the count opens the clause
        begin = max(text.rfind(",", start, begin), text.rfind(";", start, begin), start)
    revised = _REVISED.search(text, first.end(), end)
    if revised:  # "initially reported two wounded but later raised ...": the two only
        return begin, revised.start()
    if _REVISED.search(text, start, first.start()):
        # "..., raising an earlier count that had listed three": the cue's own clause (the
        # counts before it are the revised ones; "corrected her earlier figure, saying it
        # was 92": the 92 is the correction)
        clause = _CLAUSE_END.search(text, first.end(), end)
        return begin, clause.start() if clause else end
    if next_end > end and _REVISED.search(text, end, next_end):
        return begin, end
    if (cut := _CLAUSE_BREAK_BEFORE.search(text, max(start, begin - 6), begin)) and \
            _COUNT_WORD.search(text, start, cut.start()):
        # "Two soldiers and a contractor were wounded; the first reports that morning counted
        # two wounded": the count told first in the sentence is the current one, and the
        # first report, set after it, the one it replaced
        clause = _CLAUSE_END.search(text, first.end(), end)
        return begin, clause.start() if clause else end
    return None


_CLAUSE_BREAK_BEFORE = re.compile(r"(?:;|,\s+(?:but|though|although|while|whereas)|\s[—–])"
                                  r"\s*(?:the\s+|an?\s+|their\s+|its\s+)?$", re.I)
_COUNT_WORD = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                         r"twelve)\b", re.I)


# An earlier issue of the document itself telling a count: "Rev. 0 of this alert reported",
# "Revision 1 of this report listed", "v2 of this bulletin gave" (the text read is a later one).
_EARLIER_ISSUE = re.compile(
    r"\b(?:Rev(?:ision)?\.?\s?|[Vv](?:ersion\s)?|[Ii]ssue\s)\d{1,2}\s+of\s+this\s+(?:alert|report|"
    r"notice|bulletin|update|advisory|release|statement|document|log|sitrep|summary)\s+"
    r"(?:had\s+)?(?:reported|said|gave|listed|put|stated|counted|recorded)\b")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|had\s+been|have\s+been|has\s+been)\s+$")
_CLAUSE_END = re.compile(r"[,;:]|\s(?:saying|telling|and\s+said)\b")
