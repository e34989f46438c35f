"""A toll summed up after its parts: "That makes six wounded and no deaths.", "The toll we
carry is therefore six wounded." A writer who has told the toll party by party (officials'
count of one side, a hospital's of another) often closes with the sum; that sentence has no
verb of harm, so the other toll shapes miss it. The sum is the whole toll as now known (a
total), replacing the parts rather than adding to them.
"""

from __future__ import annotations

import re

from briefdeck.extract.casualty_rows import Casualty, count_of
from briefdeck.extract.toll_words import NUM

# "That makes six wounded", "This brings it to three dead", "The toll we carry is therefore
# six wounded", "Our toll is thus two killed and five injured" (a count, then its kind)
_SUMMED = re.compile(
    r"\b(?:(?:That|This|Which)\s+(?:makes|made|gives|brings\s+it\s+to|leaves)|"
    r"(?:The|Our)\s+(?:overall\s+|total\s+|combined\s+)?toll\s+(?:(?:we|I)\s+(?:carry|use|"
    r"give|report|count)\s+)?is|"
    # ("..., plus the Kuwaiti soldier, so seven wounded and nobody killed": the parts summed)
    r",\s+so)\s+(?:therefore\s+|thus\s+|so\s+|now\s+)?(?:a\s+total\s+of\s+)?"
    rf"(?P<num>{NUM})\s+(?P<kind>wounded|injured|hurt|killed|dead)\b"
    rf"(?:\s+and\s+(?P<num2>{NUM})\s+(?P<kind2>wounded|injured|hurt|killed|dead)\b)?"
)
_CUES = ("makes", "made", "gives", "brings it", "leaves", "toll", ", so ")


def summed_toll(text: str, start: int, end: int) -> list[Casualty]:
    """The counts of a sentence that sums up a toll told before it, as totals; [] when the
    sentence is no such sum."""
    chunk = text[start:end]
    if not any(c in chunk for c in _CUES):
        return []
    m = _SUMMED.search(text, start, end)
    if m is None:
        return []
    out = []
    for num, kind in (("num", "kind"), ("num2", "kind2")):
        if m.group(num) is None:
            continue
        count = count_of(m.group(num))
        if count:
            out.append(
                Casualty(
                    m.start(num),
                    m.end(kind),
                    "killed" if m.group(kind) in ("killed", "dead") else "wounded",
                    count,
                    "unspecified",
                    m.group(num),
                    total=True,
                )
            )
    return out
