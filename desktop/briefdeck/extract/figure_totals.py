"""Running totals a report gives as a label and its number: "Total US WIA since 14 SEP: 32.",
"Total US KIA: 1.", "Total attacks since October: 41".

A summary's casualty or attack tally, told as a field rather than a sentence: what the label
names is what is counted, the number after the colon its value. A cumulative count of no
single event, which the reader charts.
"""

from __future__ import annotations

import re

from briefdeck.extract.figure_measures import find_all
from briefdeck.model import Figure, Provenance

# The label: "Total", what is counted (initials or words, up to four), an optional "since"
# or "to date" span, then a colon and a plain number that ends the field ("Total for the
# incident: 1 KIA, 2 WIA" is a toll's breakdown, its nouns after the numbers).
_WORD = r"(?:[A-Z][A-Za-z.]*|[a-z]{2,})"
_TOTAL = re.compile(rf"Total\s+({_WORD}(?:\s+{_WORD}){{0,3}}?)"
                    r"(?:\s+(?:since|from|to\s+date|this\s+(?:week|month|period))\b[^:.\n;]{0,24})?"
                    r"\s*:\s*(\d{1,6})(?=[.;,]?(?:\s|$))(?!\.\d|\s+[A-Za-z(])")
# ("Total: 5" names nothing; "Total cost" is money, read as money where it is written)
_NOT_COUNTED = frozenset("cost costs price value amount budget funding time duration".split())


def labelled_totals(text: str, taken: set[int]) -> list[Figure]:
    """Totals written as "Total NOUN [since ...]: N" (their numbers not already read)."""
    out: list[Figure] = []
    for at in find_all(text, "Total "):
        m = _TOTAL.match(text, at)
        if m is None or m.start(2) in taken or (at and text[at - 1].isalnum()):
            continue
        unit = " ".join(m.group(1).split())
        if unit.split()[0].lower() in _NOT_COUNTED:
            continue
        out.append(Figure(
            id="fg-0", value=float(m.group(2)), value_high=None, unit=unit,
            qualifier="exact", text=m.group(2), label=" ".join(m.group(0).split())[:80],
            provenance=Provenance(source="src-1", start=m.start(2), end=m.end(2))))
    return out
