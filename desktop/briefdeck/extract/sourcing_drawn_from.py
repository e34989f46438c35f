"""A summary's stated basis: "The following summary is drawn from UKMTO advisories, JMIC notes
and reports from the security company X", "figures compiled from Health Directorate bulletins";
and a finding resting on an earlier paper: "a radar gap that was identified in a July 2026 site
survey" (an investigation's or an audit's own evidence, a document).

Circulars, annexes and data notes name what they rest on once, in the passive, instead of
sourcing each line: the advisories and notes named are the documents behind the text. Only a
body's name (capitalised or initials) before a document noun counts, so "drawn from
experience" or "taken from the scene" is no sourcing.
"""

from __future__ import annotations

import re

_DOC = (r"(?:[A-Z][\w'’.&-]*\s+){1,5}(?:\([A-Z][\w-]{1,9}\)\s+)?(?:advisories|notes|reports|"
        r"bulletins|records|warnings|alerts|notices|notifications|data|figures)\b")
_DRAWN_FROM = re.compile(
    rf"\b(?:drawn|compiled|taken|sourced|derived)\s+from\s+(?:the\s+)?{_DOC}"
    # the list goes on: ", JMIC notes and reports from the maritime security company X"
    rf"(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?{_DOC})*")
_CUES = (" drawn from ", " compiled from ", " taken from ", " sourced from ", " derived from ")


# "identified in a July 2026 site survey", "documented in the battalion's inspection report"
_FOUND_IN = re.compile(r"\b(?:identified|noted|documented|recorded|flagged|highlighted|"
                       r"reported)\s+in\s+(?:an?|the|its)\s+(?:[\w'’-]+\s+){0,4}?(?:survey|"
                       r"inspection|audit|assessment|review|study|site\s+visit)(?:\s+report)?\b")


# A paper's method names its sources as one list: "Drawing on UKMTO notices, U.S. Central
# Command statements and ship-tracking data, we build ...". Each item is a source of its own:
# a body's notices or statements speak for it (a spokesperson's), data or records are documents.
_DRAWING_ON = re.compile(r"\b(?:Drawing|Drawn|Relying)[ \t]++on[ \t]++")
_BODY_ITEM = re.compile(r"(?:the[ \t]++)?(?:[A-Z][\w'’.&-]*+[ \t]++){1,4}(?:notices|statements|"
                        r"advisories|announcements|press[ \t]++releases|communiqu[eé]s|"
                        r"claims|briefings)\b")
# (a dataset of its own is the paper's work, no source: "Drawing on a dataset of 212 attacks")
_DATA_ITEM = re.compile(r"(?!(?:an?|our|its|their|this|these|new|original)[ \t])"
                        r"(?:the[ \t]++)?(?:[\w'’.&-]++[ \t]++){0,3}?(?:data|records|logs|"
                        r"imagery|databases?|datasets?|figures)\b")
_ITEM_JOIN = re.compile(r"(?:,[ \t]++(?:and[ \t]++)?|[ \t]++and[ \t]++)")


def _drawing_on(text: str) -> list[tuple[int, int, str, int | None]]:
    found: list[tuple[int, int, str, int | None]] = []
    for m in _DRAWING_ON.finditer(text):
        pos, first, cap = m.end(), True, len(found) + 12  # (one list: a dozen items at most)
        while len(found) < cap:
            item = _BODY_ITEM.match(text, pos)
            kind = "spokesperson"
            if not item:
                item, kind = _DATA_ITEM.match(text, pos), "document"
            if not item:
                break
            found.append((m.start() if first else item.start(), item.end(), kind, 1))
            join = _ITEM_JOIN.match(text, item.end())
            if not join:
                break
            pos, first = join.end(), False
    return found


def drawn_from(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each stated basis of a summary: a document."""
    found: list[tuple[int, int, str, int | None]] = []
    at = text.find("ed in ")
    while at >= 0:  # (tried only at each "...ed in ": cheaper than a scan of the text)
        word = at
        while word > 0 and text[word - 1].isalpha():
            word -= 1
        m = _FOUND_IN.match(text, word)
        if m:
            found.append((m.start(), m.end(), "document", 1))
        at = text.find("ed in ", at + 6)
    if "rawing on" in text or "rawn on" in text or "elying on" in text:
        found += _drawing_on(text)
    if not any(cue in text for cue in _CUES):
        return found
    return found + [(m.start(), m.end(), "document", 1) for m in _DRAWN_FROM.finditer(text)]
