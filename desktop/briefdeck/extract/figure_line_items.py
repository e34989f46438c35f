"""Quantities of a contract's line items: "CLIN 0002: stand-alone RF detection sensors, 18 each".

A solicitation lists what the government buys as numbered contract line items (CLINs), each
an item and its quantity in a unit of issue ("each", "EA", "units"). The number counts the item
named before it, so "18 each" is 18 sensors, not 18 of nothing (and the CLIN's own number is a
reference, never a count).
"""

from __future__ import annotations

import re

from briefdeck.extract.figure_measures import find_all
from briefdeck.model import Figure, Provenance

# "CLIN 0001: <item> (<what it holds>), 6 each": the item up to its comma, an optional bracket
# of parts, then the quantity and its unit of issue. (Bounded runs, read once per CLIN label.)
_LINE_ITEM = re.compile(
    r"CLIN\s+\d{4}[A-Z]{0,2}\s*[:.–-]\s*"
    r"(?P<item>[^,;:\n()]{3,100}?)(?:\s*\([^()\n]{0,200}\))?,\s*"
    r"(?P<n>\d{1,3}(?:,\d{3})*|\d{1,6})\s+(?:each|ea\.?|EA|units?)\b"
)
_PLURAL_END = re.compile(r"(?:s|personnel|equipment|aircraft|ammunition)$")


def line_item_quantities(text: str, taken: set[int]) -> list[Figure]:
    """One figure a CLIN quantity ("N each" after the item), its number not already read."""
    out: list[Figure] = []
    for at in find_all(text, "CLIN "):
        m = _LINE_ITEM.match(text, at)
        if m is None or m.start("n") in taken or (at and text[at - 1].isalnum()):
            continue
        value = float(m.group("n").replace(",", ""))
        item = " ".join(m.group("item").split())
        if value > 1 and not _PLURAL_END.search(item):
            item += "es" if item.endswith(("ch", "sh", "x")) else "s"  # "kit" -> "kits"
        out.append(
            Figure(
                id="fg-0",
                value=value,
                value_high=None,
                unit=item,
                qualifier="exact",
                text=m.group("n"),
                label=f"{m.group('n')} {item}"[:80],
                provenance=Provenance(source="src-1", start=m.start("n"), end=m.end("n")),
            )
        )
    return out
