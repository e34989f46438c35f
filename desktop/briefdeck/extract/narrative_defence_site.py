"""Where arriving air defences arrive, when no place is drafted as reinforced.

A place attacked and then reinforced ("one struck Tower 22 ... An Avenger section and an
FS-LIDS set arrived at Tower 22 on Wednesday") keeps its role as the target, so the BLUF's
"X and Y air defences arrive" lost where. The systems' own drafted place says it when one
sentence names each system and then that site in the same clause, told as done (not "could be
deployed", "plans to deploy ... to"), and all the systems are at that one site (a country, a
region or a province is no site, nor one only mentioned; nor a base named before the
system: "hosted aircraft at the air base, and a Patriot battery was deployed to the kingdom").
"""

from __future__ import annotations

import re

from briefdeck.extract.narrative_defence_places import placed_defences
from briefdeck.extract.narrative_phrases import BROAD
from briefdeck.extract.sentences import Document
from briefdeck.model import Place, System

# a move told as a question, a possibility or a plan: no arrival yet
_HEDGED = re.compile(
    r"\b(?:whether|could|would|might|may|plans?|planned|planning|intends?|"
    r"expected|will|to\s+be\s+(?:sent|deployed|moved))\b",
    re.I,
)


def defences_site(
    doc: Document, systems: list[System], defences: list[str], places: list[Place]
) -> str:
    """The one site where all the named defences arrive or are deployed, or ''."""
    on_site = placed_defences(systems, defences)
    sites = {s.place for s in on_site}
    if len(sites) != 1 or "" in sites:
        return ""
    site = next(iter(sites))
    broad = {p.name for p in places if p.kind in BROAD}
    # (a site only mentioned, as a finished tour recalled, is kept off the first slide)
    quiet = {p.name for p in places if p.role == "mentioned"}
    if "," in site or site in broad or site in quiet:
        return ""
    told = _told_at(doc, site)
    for s in on_site:
        word = s.name.split()[0].casefold()  # ("counter-UAS systems": "counter-UAS set")
        if not any(0 <= clause.find(word) for clause in told):
            return ""
    return site


_LOOKS = 50  # a site named more often than this is read at its first mentions only


def _told_at(doc: Document, site: str) -> list[str]:
    """The clauses (casefolded) that end in the site, told as done: the words before each
    mention of the site back to the sentence's start or its last ';'."""
    text, low, key = doc.text, [], site.casefold()
    folded = text.casefold() if len(text) == len(text.casefold()) else ""
    if not folded:
        return low
    at = folded.find(key)
    while at >= 0 and len(low) < _LOOKS:
        sent = doc.sentence_at(at)
        if sent is not None:
            clause = folded[sent.start : at]
            clause = clause[clause.rfind(";") + 1 :]
            if not _HEDGED.search(clause):
                low.append(clause)
        at = folded.find(key, at + len(key))
    return low
