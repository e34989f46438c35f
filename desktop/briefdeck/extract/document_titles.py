"""Headlines and cited documents' titles: capitalised words there are no names to draft."""

from __future__ import annotations

import re

_LONG_WORD = re.compile(r"(?<!\S)[^\W\d_]\S{3,}")  # words of four letters or more
_LOWER_WORD = re.compile(r"(?<!\S)[a-zß-öø-ÿ]\S{3,}")


def title_case(line: str) -> bool:
    """Most longer words capitalised (two regex counts: this runs on every sentence); a
    sentence with its full stop is prose crowded with names, not a headline."""
    if line.endswith(".") and not line.endswith("..."):
        return False
    words = len(_LONG_WORD.findall(line))
    return words >= 3 and (words - len(_LOWER_WORD.findall(line))) / words > 0.8


_TITLE_OPENER = re.compile(r"[\"“‘'](?:Statement|Report|Remarks|Readout|Transcript|Fact\s+Sheet|"
                           r"Briefing|Update|Assessment|Testimony|Press\s+Release)\b")


def document_title(quoted: str) -> bool:
    """A quoted title of a cited document: in title case, opening on a document's word or
    long ('"Statement on the Transition of the Coalition Mission in Iraq,"')."""
    inner = quoted.strip("\"“”‘’' ").rstrip(",.")
    return title_case(inner) and (bool(_TITLE_OPENER.match(quoted)) or
                                   len(_LONG_WORD.findall(inner)) >= 6)
