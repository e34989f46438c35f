"""Known bodies named in a log's lines in capitals: "ASAYISH REPORT 2X SUSPECTS", "ISLAMIC
RESISTANCE IN IRAQ CLAIMED ON TELEGRAM".

Radio logs, signals and teleprinter copy write every line in capitals, where the table of
known names (written as reports case them) finds nothing. Such lines are read again against
the table's longer names, case aside: a name of several words, or one long word, cannot be a
common word in capitals the way "IS" or "OR" can.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefdeck.extract.capital_lines import capital_lines
from briefdeck.extract.known_organizations import KNOWN
from briefdeck.extract.org_found import Found


@lru_cache(maxsize=1)
def _long_names() -> tuple[re.Pattern[str], list[str]]:
    names, forms = [], []
    for name, patterns in KNOWN.items():
        for pattern in patterns:
            plain = re.sub(r"\\s[+*]?|\[[^\]]*\]\??|[()?:\\.|]", " ", pattern)
            if (
                "\\s" in pattern
                and len(name.split()) > 1
                or re.fullmatch(r"[\w\[\]?]{6,}(?:\\b)?", pattern)
                and len(plain.strip()) >= 6
            ):
                names.append(name)
                forms.append(f"(?P<n{len(forms)}>{pattern})")
    return re.compile(r"\b(?:" + "|".join(forms) + r")\b", re.I), names


def known_in_capitals(text: str, found: dict[str, Found]) -> None:
    """Add the known bodies the text's lines in capitals name, if not found already."""
    spans = capital_lines(text)
    if len(spans) < 3:  # (a log has many; a headline in capitals is read elsewhere)
        return
    pattern, names = _long_names()
    for start, end in spans:
        for m in pattern.finditer(text, start, end):
            name = names[int(m.lastgroup[1:])]
            if name not in found and name.casefold() not in found:
                found[name] = Found(name, m.start(), m.end())  # (keyed as the table's are)


def covered_in_capitals(text: str, lo: int, hi: int, start: int, end: int) -> bool:
    """Does a known body's name in capitals cover [start, end) ("RESISTANCE IN IRAQ")?"""
    pattern, _ = _long_names()
    return any(
        m.start() <= start and end <= m.end() and m.end() - m.start() > end - start
        for m in pattern.finditer(text, lo, hi)
    )
