"""A base a drafted withdrawal, handover or deployment names in its own words is left or
reinforced, though no cue stands beside it.

place_roles.py reads a role from a verb beside the place ("withdrew from X", "deployed to X").
A move is often told with the place away from its verb ("Ain al-Asad air base in western
Anbar was handed to the Iraqi army in January"; "the last launcher off the pad at Al Asad"):
the event drafter has tied the move to the place. A withdrawal or handover leaves the place,
unless the forces go to it ("flew out of X towards Y", "reposition it at Y": Y is
reinforced); a deployment reinforces it. Only a town or a site still "mentioned", named in the
move's own sentence, and not where that sentence names it as a point to measure from, where
forces came from ("from Fort Stewart", a ship that "left Yokosuka"), their home they return
to ("redeploy to Fort Bliss", "returned home through Dover"), where others stay ("a small force
will remain in Erbil"), or where people rather than forces arrive (the displaced reaching a
camp), nor a move put in a question or only "reported" (place_role_asked.py).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from briefdeck.extract.place_role_asked import asked
from briefdeck.extract.place_role_marks import POINT_KINDS

MOVES = {"withdrawal": "withdrawal", "handover": "withdrawal", "deployment": "reinforcement"}
# "towards Erbil", "to Rumalyn", "reposition it at Al Udeid", "left X ... and was operational
# at Y by the next day": where the leaving forces go.
DESTINATION_BEFORE = re.compile(r"\b(?:to|towards?|into|re-?position\w*\s+(?:\w+\s+){0,3}?at|"
                                r"(?:operational|in\s+place|arrived|set\s+up)\s+(?:at|in))"
                                r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$", re.I)
# "during the consolidation of coalition forces at Erbil", "forces consolidated at X": where
# forces gather, not a place they leave (a withdrawal told beside it leaves somewhere else)
CONSOLIDATED_AT = re.compile(r"\bconsolidat\w*\s+(?:of\s+)?(?:[\w'’.-]+\s+){0,4}?"
                             r"(?:at|in|on)\s+(?:the\s+)?$", re.I)
# "convoys crossing to Iraq at Semalka", "crossed into Jordan through X": the crossing point
# of a route, neither the place left nor the one reached
CROSSED_AT = re.compile(r"\bcross\w*\s+(?:(?:to|into)\s+)?(?:[\w'’.-]+\s+){0,3}?"
                        r"(?:at|through|via)\s+(?:the\s+)?$", re.I)
# ", leaving X with short-range coverage only": what X is left with, not forces leaving it
LEFT_HOLDING = re.compile(r",\s*leaving\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$", re.I)
WITH_AFTER = re.compile(r"\s+with(?:out)?\b", re.I)
# "next to X", "near X", "outside X", "northeast of X", "the outskirts of X", "through X": a
# point named to place the base or the route; "based at X": the forces' home; "an official in
# X": a teller's seat; "an agreement with X", "between X and Y", "accused X": the
# government, not the city.
ASIDE_BEFORE = re.compile(
    r"\b(?:next\s+to|near|outside|close\s+to|beside|adjacent\s+to|through|via|based\s+(?:at|in)|"
    r"(?:north|south|east|west)[\w-]*\s+of|with|between|accus\w+|(?:outskirts|countryside|"
    r"edge|suburbs?|province|governorate|region|area|vicinity|desert)\s+of|"
    r"(?:officials?|residents?|spokes\w+|sources?|governor|mayor|authorities|diplomats?|"
    r"reporters?|journalists?)\s+(?:in|at|of))\s+(?:the\s+)?(?:(?:city|town|port)\s+of\s+)?$",
    re.I)
# "from Fort Stewart", "from the Norrbotten Wing at Luleå": where forces came from; "left
# Yokosuka", "departed the southern port of Zhanjiang": the port a ship sailed from.
ORIGIN_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?(?:(?:[\w'’/-]+\s+){0,4}?(?:at|in)\s+)?$|"
                           r"\b(?:left|departed)\s+(?:(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:port|harbou?r|naval\s+base)\s+(?:of|at|in)\s+)?$", re.I)
# "..., where three soldiers were killed at Tower 22": named in a clause of its own.
OWN_CLAUSE = re.compile(r"\bwhere\b", re.I)
HANDED_OF = re.compile(r"\b(?:handover|transfer|departure|withdrawal|exit|closure)\s+of\s+"
                       r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?$", re.I)
# who stays, who goes home, who is no force
STAYS = re.compile(r"\b(?:remain\w*|stay\w*|keep\w*|kept|retain\w*|continu\w+|still)\b", re.I)
HOME = re.compile(r"\b(?:home|homecoming|return\w*|redeploy\w*|dignified\s+transfer)\b", re.I)
CIVILIANS = re.compile(r"\b(?:displaced|refugees?|families|civilians|IDPs?|residents|on\s+foot|"
                       r"migrants|returnees|evacuees|aid|patients|tourists|travell?ers)\b", re.I)
DATELINE_AFTER = re.compile(r"\s*(?:,\s*[A-Z][\w.]*\s*)?(?::|\(|—|–|--)")
# "the Deir ez-Zor Military Council", "the Baghdad Operations Command": a body named after the
# place moves, not forces to or from it.
BODY_AFTER = re.compile(r"\s+(?:Military\s+Council|Council|(?:Operations\s+)?Command|"
                        r"Brigades?|Division|Regiment)\b")


def _role_at(text: str, lo: int, m: Any, role: str) -> str | None:
    """The role the move gives the place named at m in its sentence from lo, or None."""
    if m.locator or m.possibly or text[m.start - 1:m.start] == "(":
        return None  # "Rumalyn Landing Zone near Rmeilan (Al-Hasakah)": only locates
    lead = text[max(lo, m.start - 40):m.start]
    line_start = text.rfind("\n", 0, m.start) + 1
    if not text[line_start:m.start].strip() and DATELINE_AFTER.match(text, m.end):
        return None
    if BODY_AFTER.match(text, m.end):
        return None
    if ASIDE_BEFORE.search(lead) and not HANDED_OF.search(lead):
        return None
    if OWN_CLAUSE.search(text, lo, m.start):
        return None
    if role == "withdrawal":
        if CONSOLIDATED_AT.search(lead) or CROSSED_AT.search(lead):
            return None  # "consolidation of forces at X": they gather there; a crossing point
        if STAYS.search(text, lo, m.start):
            return None  # "leave X, while a small force will remain in Y"
        if LEFT_HOLDING.search(lead) and WITH_AFTER.match(text, m.end):
            return None  # "..., leaving X with short-range coverage only"
        if DESTINATION_BEFORE.search(lead) and not HANDED_OF.search(lead):
            return "reinforcement"  # "flew out of X towards Y": Y gains them
    elif ORIGIN_BEFORE.search(lead):
        return None
    return role


def roles_from_moves(places: list[Any], events: list[Any], mentions: list[Any],
                     doc: Any) -> list[Any]:
    """Places still "mentioned" that a drafted move names in its sentence become "withdrawal"
    or "reinforcement", their evidence that mention."""
    text = doc.text
    starts = [sent.start for sent in doc.sentences]
    by_name: dict[str, list[Any]] = {}
    for m in mentions:
        by_name.setdefault(m.name.casefold(), []).append(m)
        if m.key.casefold() != m.name.casefold():
            # the event drafter places a move by the place's own name, which a mention may
            # not bear ("QASRAK" in a log's capitals, keyed "Mission Support Site Qasrak")
            by_name.setdefault(m.key.casefold(), []).append(m)
    found: dict[str, tuple[str, Any]] = {}
    barred: set[str] = set()
    for e in events:
        role = MOVES.get(e.kind)
        if role is None or not e.place or not e.provenance:
            continue
        i = bisect_right(starts, e.provenance.start) - 1
        if i < 0:
            continue
        lo, hi = starts[i], max(e.provenance.end, doc.sentences[i].end)
        sentence = text[lo:hi]
        if CIVILIANS.search(sentence) or (role == "reinforcement" and HOME.search(sentence)):
            continue
        if asked(text, lo, hi):
            continue  # a move put in a question or only "reported" (place_role_asked.py)
        for name in e.place.split(", "):
            for m in by_name.get(name.casefold(), ()):
                if not lo <= m.start < hi or m.key in barred:
                    continue
                got = _role_at(text, lo, m, role)
                if got is None:
                    continue  # named aside here; another move may still name it
                if m.key in found and found[m.key][0] != got:
                    barred.add(m.key)  # left in one sentence, reinforced in another
                else:
                    found.setdefault(m.key, (got, m))
    if not found:
        return places
    key_at = {(m.start, m.end): m.key for m in mentions}
    out = []
    for p in places:
        key = key_at.get((p.provenance.start, p.provenance.end)) if p.provenance else None
        if p.role == "mentioned" and p.kind in POINT_KINDS and key in found and \
                key not in barred:
            role, m = found[key]
            p = p.model_copy(update={"role": role, "provenance": p.provenance.model_copy(
                update={"start": m.start, "end": m.end})})
        out.append(p)
    return out
