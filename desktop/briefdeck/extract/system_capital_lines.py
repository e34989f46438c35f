"""Systems named by their make in a log's lines in capitals: "1X DESTROYED BY COYOTE",
"PATRIOT BATTERY ENGAGED".

Radio logs, signals and teleprinter copy write every line in capitals, where the table of
systems (written as reports case them: "Coyote", "Patriot") finds nothing. Such lines are read
again, case aside, against the table's one-word makes only: a make is a long proper word that
is no common word in capitals. A make followed by a number is a callsign ("JAVELIN 6"), not
the weapon.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefdeck.extract.capital_lines import capital_lines
from briefdeck.extract.sentences import Document
from briefdeck.extract.system_status import SystemMention, _status_near
from briefdeck.extract.system_table import SYSTEMS

_CALLSIGN_AFTER = re.compile(r"S?[ \t]+\d")


@lru_cache(maxsize=1)
def _makes() -> tuple[re.Pattern[str], list[tuple[str, str]]]:
    kinds, forms = [], []
    for name, category, pattern in SYSTEMS:
        # (or two such words, a make no phrase in capitals spells: "GIANT VOICE", "IRON DOME")
        if re.fullmatch(r"[A-Z][a-z]{4,}|[A-Z][a-z]{3,} [A-Z][a-z]{3,}", name) and \
                category != "vehicle":
            kinds.append((name, category))  # (not "Bradley": a surname in a log's names)
            forms.append(f"(?P<n{len(forms)}>{pattern})")
    return re.compile(r"\b(?:" + "|".join(forms) + ")", re.I), kinds


def makes_in_capitals(doc: Document, found: list[SystemMention]) -> list[SystemMention]:
    """The makes a log's lines in capitals name, clear of the mentions already found."""
    text = doc.text
    if text.count("\n") < 3:
        return []
    spans = capital_lines(text)
    if len(spans) < 3:  # (a log has many; a headline in capitals is read elsewhere)
        return []
    pattern, kinds = _makes()
    out: list[SystemMention] = []
    for start, end in spans:
        for m in pattern.finditer(text, start, end):
            if _CALLSIGN_AFTER.match(text, m.end()) or any(
                f.start < m.end() and m.start() < f.end for f in found
            ):
                continue
            name, category = kinds[int(m.lastgroup[1:])]
            sent = doc.sentence_at(m.start())
            lo, hi = (sent.start, sent.end) if sent else (start, end)
            status = _status_near(text, lo, hi, m.start(), m.end(), category)
            out.append(SystemMention(name, category, m.start(), m.end(), status))
    return out
