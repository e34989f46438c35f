"""A ship's master named as a source speaks for the crew, not for any authority.

"Capt. Jane Roe said the crew stayed below" reads as an officer by the rank, but where the
report names her as the ship's master (a "Master: Capt. Jane Roe" line in a port call's
header, "the master, Capt. Roe", "Capt. Roe, the vessel's master") she is a merchant seaman
telling what she saw: another source, as a witness is.
"""

from __future__ import annotations

import re

from briefdeck.extract.people import PeopleIndex

# (a port's harbour master is an official: "Harbour Master, Capt. Jane Roe")
_MASTER_BEFORE = re.compile(r"(?<![Hh]arbour[ \t])(?<![Hh]arbor[ \t])(?<![Pp]ort[ \t])\b"
                            r"[Mm]aster(?::|,)?[ \t]+(?:Capt(?:ain|\.)?[ \t]+)?"
                            r"(?:[A-Z][\w'’-]*[ \t]+){0,2}(?P<surname>[A-Z][\w'’-]*)")
_MASTER_AFTER = re.compile(r"\b(?P<surname>[A-Z][\w'’-]*),[ \t]+(?:the|its|her)[ \t]+"
                           r"(?:ship['’]s[ \t]+|vessel['’]s[ \t]+)?master\b")


def ship_masters(text: str) -> set[str]:
    """The surnames the text names as a ship's master (one pass over the text)."""
    if "aster" not in text:
        return set()
    return {m.group("surname") for m in _MASTER_BEFORE.finditer(text)} | \
        {m.group("surname") for m in _MASTER_AFTER.finditer(text)}


def master_speaks(text: str, start: int, end: int, kind: str, people: PeopleIndex,
                  masters: set[str]) -> str:
    """The kind of the sourcing text[start:end]: 'other' for a named ship's master."""
    if kind != "named official" or not masters:
        return kind
    person = people.mention_at(start, end)
    if person is None or "Capt" not in text[max(0, person[0] - 12):person[1]]:
        return kind
    return "other" if person[2].split()[-1] in masters else kind
