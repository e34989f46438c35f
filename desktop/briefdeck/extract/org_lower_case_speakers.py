"""Bodies a report writes in lower case that speak: "Coalition says one U.S. service member
was hurt", "a coalition spokesperson would only say", "the civil defence told me".

The anti-ISIS coalition is taken from "coalition" only with its troops, bases or leader (a bare
"the coalition" may be a government's parties); its spokesperson, its statement or the
coalition saying something is the same body speaking, as a reader of a war report takes it
(not "the ruling coalition said": a government's parties). A country's civil defence (its
rescue service) is a body when it speaks or is cited, as the health ministry is.
"""

from __future__ import annotations

import re

from briefdeck.extract.org_found import Found

_SAYS = (r"(?:(?:has|have|had|also|later|earlier|then|only)\s+)?(?:said|says|say|told|tells|"
         r"reported|reports|announced|confirmed|denied|stated|would\s+only\s+say)\b")
# "Coalition says", "a coalition spokesperson", "the coalition said in a statement", "a
# coalition statement"; not a government's parties ("the ruling coalition said").
# Only the bare word, at its line's or clause's start or after an article: "the militia
# coalition said", "the ruling coalition said" are other coalitions.
COALITION_SPEAKS = re.compile(
    r"(?:(?<=^)|(?<=[\n\t\"“(:;])|(?<=[\n\t\"“(:;] )|(?<=\b[Tt]he )|(?<=\b[Aa] )|(?<=\bper )|"
    r"(?<=\bper the )|(?<=\bby the ))[Cc]oalition(?=\s+(?:spokes(?:man|woman|"
    r"person|people)|statement|press\s+office|officials?\s+(?:said|says|told)|" + _SAYS + r"))")
# "the civil defence told me", "Lebanon's civil defence said", "according to the civil
# defence": the rescue service speaking.
CIVIL_DEFENCE_SPEAKS = re.compile(
    r"(?P<cited>\b(?:[Aa]ccording\s+to|per)\s+)?(?:\b[Tt]he\s+)?(?:[A-Z][a-z]+(?:['’]s)?\s+)?"
    r"(?P<body>civil\s+defen[cs]e)\b(?P<says>\s+" + _SAYS + r")?")


def _coalitions(text: str, start: int, end: int):
    """COALITION_SPEAKS's matches in text[start:end], tried only where the word is (its
    openings are lookbehinds, which the pattern tried at every position of the sentence)."""
    at = text.find("oalition", start + 1, end)
    while at != -1:
        m = COALITION_SPEAKS.match(text, at - 1, end)
        if m:
            yield m
        at = text.find("oalition", at + 8, end)


def lower_case_speakers(text: str, start: int, end: int, st: str, found: dict[str, Found],
                        taken: list[tuple[int, int]]) -> None:
    """Add the coalition and a civil defence that speak in this sentence."""
    if "oalition" in st:
        for m in _coalitions(text, start, end):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            found.setdefault("Coalition", Found("Coalition", m.start(), m.end()))
    if "ivil defen" in st:
        for m in CIVIL_DEFENCE_SPEAKS.finditer(text, start, end):
            a, b = m.span("body")
            if not (m.group("cited") or m.group("says")) or any(s < b and a < e
                                                                  for s, e in taken):
                continue
            taken.append((a, b))
            found.setdefault(text[a:b].casefold(), Found(text[a:b], a, b))
