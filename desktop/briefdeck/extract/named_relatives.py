"""People a report names by their kin or friend: "said his brother, Jane Roe".

Families of the dead and wounded speak in reports with no office to their name: the name is set
off after whose relative they are ("his brother, John Roe", "the sailor's widow, Jane Roe,"),
then the sentence ends or goes on ("said", a comma). The relation is their title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefdeck.extract.person_patterns import FIRST

_SURNAME = r"(?:(?:al-|el-|Mc|Mac|O')?[A-Z][a-zA-Z'’-]+)"
_KIN = (r"brother|sister|son|daughter|father|mother|wife|husband|widow|widower|uncle|aunt|"
        r"cousin|nephew|niece|grandfather|grandmother|grandson|granddaughter|friend|fianc[ée]e?|"
        r"brother-in-law|sister-in-law|son-in-law|father-in-law|neighbou?r|colleague")
# whose kin ("his", "the sailor's"), maybe an elder one, the kin word, a comma, then the name
_RELATIVE = re.compile(
    rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he\s+[a-z]+(?:'s|’s))\s+(?:(?:elder|eldest|older|younger|"
    rf"youngest|late|twin|best|close)\s+)?(?P<kin>{_KIN}),\s+"
    rf"(?P<name>{FIRST}(?:\s+{_SURNAME}){{1,2}})(?=\s*[.,;]|\s+(?:said|says|told|added)\b)")
# (a cheap first test: a kin word before a comma, as plain strings)
_KIN_COMMAS = tuple(f"{w}, " for w in (
    " brother", " sister", " son", " daughter", "father", "mother", " wife", " husband", " widow",
    " uncle", " aunt", " cousin", " nephew", " niece", " friend", "fiancé", "fiancée", "fiance",
    "-law", "neighbour", "neighbor", " colleague"))


def named_relatives(text: str) -> Iterator[tuple[str, str, int, int]]:
    """(name, title, start, end) for each person named after whose relative they are."""
    if not any(k in text for k in _KIN_COMMAS):
        return
    for m in _RELATIVE.finditer(text):
        yield m.group("name"), m.group("kin"), m.start("name"), m.end("name")
