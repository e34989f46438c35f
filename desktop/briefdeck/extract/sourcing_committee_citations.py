"""What a committee's report language cites. A report to a legislature speaks in the
committee's own voice, and its sources are whom it heard and what it read: the officials who
informed it ("Department officials have informed the Committee that ...") and another body's
findings it notes ("the Committee notes the findings of the Government Accountability Office").
"""

from __future__ import annotations

import regex

from briefdeck.extract.attribution_kinds import count_of

# Unnamed officials who told the committee, by the verb a report uses for it.
_INFORMED = regex.compile(
    r"\b(?P<who>(?:[A-Z][\w.-]*+[ \t]++){0,2}+officials)\s++(?:have\s++|has\s++|had\s++)?"
    r"(?:informed|notified|advised|assured|briefed)\s++the\s++(?:Committee|committee|"
    r"Subcommittee|subcommittee|Congress|conferees)\b"
)
# The findings of a named audit or review body: its report, read.
_FINDINGS = regex.compile(
    r"\b(?:findings|conclusions)\s++of\s++the\s++(?:[A-Z][\w-]*+\s++){0,4}"
    r"(?:Office|Service|Board|Commission|General|Agency|Institute)\b"
)


def committee_citations(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each official told or finding noted."""
    found: list[tuple[int, int, str, int | None]] = []
    if "officials " in text and (
        "informed" in text
        or "notified" in text
        or "advised" in text
        or "assured" in text
        or "briefed" in text
    ):
        found += [
            (m.start(), m.end(), "anonymous official", count_of(m.group("who")))
            for m in _INFORMED.finditer(text)
        ]
    if "findings of" in text or "conclusions of" in text:
        found += [(m.start(), m.end(), "document", 1) for m in _FINDINGS.finditer(text)]
    return found
