"""People a first-person writer names as their own kin: "My little brother Danny Okafor is a
generator mechanic", "our father, John Roe,".

A fundraiser's organiser, a blogger or a letter writer tells of a relative in the first person,
with no office to the name and often no comma: the kin word after "my" or "our" (maybe with
"little", "older", "late") and a full name straight after it. The relation is the title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefdeck.extract.person_name_words import FIRST, SURNAME

_KIN = (
    r"brother|sister|son|daughter|father|mother|dad|mom|mum|wife|husband|uncle|aunt|"
    r"cousin|nephew|niece|grandfather|grandmother|grandson|granddaughter|fianc[ée]e?|"
    r"brother-in-law|sister-in-law|son-in-law|daughter-in-law"
)
_OWN_KIN = re.compile(
    rf"\b(?=[MmOo])(?:[Mm]y|[Oo]ur)\s+(?:(?:little|big|baby|kid|older|oldest|younger|youngest|"
    rf"elder|eldest|late|twin|dear)\s+)?(?P<kin>{_KIN}),?\s+"
    rf"(?P<name>{FIRST}(?:\s+{SURNAME}){{1,2}})\b(?![\w'’-])"
)


def own_kin(text: str) -> Iterator[tuple[str, str, int, int]]:
    """(name, kin, start, end) for each relative the writer names as "my" or "our" kin."""
    if "my " not in text and "My " not in text and "our " not in text and "Our " not in text:
        return
    for m in _OWN_KIN.finditer(text):
        yield m.group("name"), m.group("kin"), m.start("name"), m.end("name")
