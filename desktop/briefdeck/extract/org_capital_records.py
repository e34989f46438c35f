"""Bodies a record in capitals names by shape rather than from the table of known names.

A base's dispatch record or log writes every line in capitals, and names the wing's groups and
squadrons by the wing's number and their initials ("PER 386 EMDG", "386 AEW/PA WING STATEMENT",
"386 ECES FIRE EMERGENCY SERVICES"), and a host nation's services by its adjective ("KUWAITI MOD
STATEMENT VIA KUNA", "KUWAITI AIR FORCE OPS"). The generic shapes lean on capital letters and
find nothing there. The wing's number is known as one written before several sets of initials
(not_figure_codes.unit_numbers); a nation's service by its adjective and the service's words.
"""

from __future__ import annotations

import re

from briefdeck.extract.capital_lines import capital_lines
from briefdeck.extract.not_figure_codes import COUNTED_CODES, NUMBER_INITIALS, unit_numbers
from briefdeck.extract.org_found import Found

# "KUWAITI MOD", "IRAQI AIR FORCE", "JORDANIAN ARMED FORCES": a nation's adjective, a service.
_NATION_SERVICE = re.compile(
    r"\b((?:[A-Z]{3,}(?:IAN|ISH|ESE|EAN|ANI)|AMERICAN|ISRAELI|IRAQI|SAUDI|KUWAITI|EMIRATI|"
    r"YEMENI|OMANI|QATARI|BAHRAINI)\s+(?:MOD|MOI|MINISTRY\s+OF\s+(?:DEFEN[CS]E|INTERIOR)|"
    r"(?:DEFEN[CS]E|INTERIOR)\s+MINISTRY|AIR\s+FORCE|ARMY|NAVY|NATIONAL\s+GUARD|COAST\s+GUARD|"
    r"ARMED\s+FORCES))\b"
)
_KEEP_CASE = {"MOD": "MoD", "MOI": "MoI", "OF": "of"}


def _recased(words: str) -> str:
    return " ".join(_KEEP_CASE.get(w, w.capitalize()) for w in words.split())


def bodies_in_capitals(text: str, found: dict[str, Found]) -> None:
    """Add a capital record's numbered wing units ("386 EMDG") and national services
    ("Kuwaiti MoD"), if not found already."""
    numbers = unit_numbers(text)
    if numbers:
        for m in NUMBER_INITIALS.finditer(text):
            if (
                m.group(1) in numbers
                and m.group(2) not in COUNTED_CODES
                and (name := m.group(0)).casefold() not in found
            ):
                found[name.casefold()] = Found(name, m.start(), m.end())
    spans = capital_lines(text)
    if len(spans) < 3:  # (a record has many; a headline in capitals is read elsewhere)
        return
    for start, end in spans:
        for m in _NATION_SERVICE.finditer(text, start, end):
            name = _recased(m.group(1))
            if name.casefold() not in found and name not in found:
                found[name.casefold()] = Found(name, m.start(1), m.end(1))
