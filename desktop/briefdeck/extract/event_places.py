"""Where a clause's happening was: the places in the clause that are not where the attack came
from or who made it; else the place the sentence opens with ("In Zolochiv, ..."), one listed
just before and named again, or the base named a sentence or two before ("the base").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefdeck.extract.event_draft import distinct, inside_span
from briefdeck.extract.places import PlaceMention, is_attacker
from briefdeck.extract.sentences import Sentence

MOVES = ("withdrawal", "handover", "deployment")
# "rockets were fired from a truck outside al-Baghdadi": where they came from, not the target
_ORIGIN = re.compile(r"\bfrom\b(?:(?!\b(?:at|on|into|toward|towards|against|hit|hitting|struck|"
                     r"striking|targeting|over)\b)[^.;])*$")
# "the base", "the airfield": the installation named last, a sentence or two before.
THE_BASE = re.compile(r"\b(?:the|that)\s+(?:air\s+|military\s+|U\.S\.\s+)?(?:base|airbase|"
                      r"airfield|air\s+field|garrison|outpost|camp|compound|installation)\b",
                      re.I)
# "In Zolochiv, eight people were injured when ...": a place opening the sentence
_SETTING = re.compile(r"(?:In|At|Near|Outside|Inside|Around|Across|Over)\s+[^,;.]{2,60},")


@dataclass
class PlacesTold:
    """What earlier sentences named that a later one may mean without naming it."""
    # "attacked the villages of A, B and C": the places listed, and their paragraph
    listed: tuple[list[PlaceMention], int] = field(default_factory=lambda: ([], -1))
    base: tuple[PlaceMention, int] | None = None  # the last installation named, its paragraph


def clause_places(text: str, sent: Sentence, kind: str, places: list[PlaceMention],
                  span: tuple[int, int, int], first: bool, told: PlacesTold,
                  paragraph: int, setting: list[list[PlaceMention]]) -> list[PlaceMention]:
    """The places of a clause piece (start, trigger, end); setting caches the sentence's
    opening place for its other clauses."""
    start, trigger, end = span
    in_clause = [p for p in inside_span(places, start, end)
                 if not is_attacker(text, p.start, p.end)  # "Iran's barrage"
                 and not (kind in ("attack", "strike") and _ORIGIN.search(text, trigger, p.start))]
    if not in_clause and first and kind in MOVES:
        # "Al-Qaim, near the Syrian border, was transferred on March 19"
        in_clause = [p for p in inside_span(places, sent.start, start) if not p.locator][:1]
    where = distinct([p for p in in_clause if not p.locator] or in_clause)
    if not where:
        if not setting:
            setting.append(_setting(text, sent, places, told.listed, paragraph))
        where = setting[0]
    if not where and told.base is not None and paragraph - told.base[1] <= 2 and \
            THE_BASE.search(text, start, end):
        where = [told.base[0]]  # "arrived at the base Feb. 27": the base just named
    return where


def _setting(text: str, sent: Sentence, places: list[PlaceMention],
             listed: tuple[list[PlaceMention], int], paragraph: int) -> list[PlaceMention]:
    """Where a sentence's clauses happen when they name no place themselves: the places of
    its opening "In X," phrase, or else one of the places listed just before ("attacked the
    villages of A, B and C. A strike on B killed two") that the sentence names again."""
    m = _SETTING.match(text, sent.start, sent.end)
    if m:
        opening = [p for p in inside_span(places, m.start(), m.end())
                   if not p.locator and not is_attacker(text, p.start, p.end)]
        if opening:
            return distinct(opening)[:1]
    mentions, where = listed
    if not mentions or paragraph - where > 1:
        return []
    words = text[sent.start:sent.end]
    return [p for p in distinct(mentions) if re.search(rf"\b{re.escape(p.name)}\b", words)][:1]
