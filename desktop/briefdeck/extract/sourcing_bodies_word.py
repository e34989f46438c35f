"""A body's word in shapes with no "said" after a single name: "UN agencies estimate that",
"the embassy has advised its citizens to", "the first word from the Navy was that".

Each is the body speaking for itself (a spokesperson): aid agencies counting the displaced,
a mission telling its nationals what to do, a service's first account of an incident.
Anchored on a rare word each ("agencies", "its citizens", "word from"), so texts without
them cost one search.
"""

from __future__ import annotations

import re

Found = tuple[int, int, str, int | None]

# "UN agencies estimate that about 3,000 ...", "aid agencies say": the United Nations' or the
# relief bodies' own count (not "intelligence agencies", whose word is no one's on record).
_AGENCIES = re.compile(
    r"\b(?:[Tt]he\s+)?(?:UN|U\.N\.|United\s+Nations|[Aa]id|[Rr]elief|[Hh]umanitarian)\s+"
    r"agencies\s+(?:now\s+|also\s+|have\s+|had\s+)?"
    r"(?:estimate[sd]?|say|said|warn(?:ed)?|believe|counted|reported)\b")
# "The Ruritanian Embassy in Oldtown has advised its citizens to": a mission's advice to its
# nationals is its word, given out (the city after it is where it sits).
_ADVISED = re.compile(
    r"\b(?:[Tt]he\s+)?(?:[A-Z][\w.]*\s+){0,3}(?:Embassy|Consulate(?:\s+General)?|"
    r"High\s+Commission|Foreign\s+Office|State\s+Department|Foreign\s+Ministry)"
    r"(?:\s+in\s+[A-Z][\w'’-]+)?\s+(?:has\s+|had\s+|have\s+)?(?:also\s+)?"
    r"(?:advised|urged|warned|told|asked)\s+(?:its|their|all)\s+"
    r"(?:citizens|nationals|staff)\b")
# "The first word from the Army on Sunday was that": the body's first account.
_FIRST_WORD = re.compile(
    r"\b(?:[Tt]he\s+)?(?:first|early|initial|latest|only|official)\s+word\s+from\s+the\s+"
    r"(?:[A-Z][\w.-]*\s+){0,3}(?:[A-Z][\w.-]*|ministry|army|military|navy|police|"
    r"government|command|embassy)"
    r"(?:\s+(?:late\s+|early\s+)?on\s+[A-Z][a-z]+day)?(?=\s+(?:was|came)\b)")


def bodies_word(text: str) -> list[Found]:
    """(start, end, kind, count) of each body whose word one of these shapes gives."""
    out: list[Found] = []
    for anchor, pattern in (("agencies ", _AGENCIES), ("its citizens", _ADVISED),
                            ("their citizens", _ADVISED), ("its nationals", _ADVISED),
                            ("their nationals", _ADVISED), ("word from", _FIRST_WORD)):
        at = text.find(anchor)
        while at >= 0:  # (from each anchor back to where its body may start)
            start = max(0, at - 100)
            for m in pattern.finditer(text, start, at + len(anchor) + 80):
                if m.start() <= at < m.end() + 1 and all(m.start() != s for s, *_ in out):
                    out.append((m.start(), m.end(), "spokesperson", 1))
                    break
            at = text.find(anchor, at + len(anchor))
    return sorted(out)
