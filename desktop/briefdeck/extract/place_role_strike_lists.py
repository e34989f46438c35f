"""Places in the list of targets a strike names: each was struck, however far from the verb.

place_roles.py reads a role from a cue within REACH characters of the place, in its clause. A
strike often names its targets as a list, each a site and where it lay: "U.S. aircraft struck
five targets at three locations, including sites near X and Y", "jets hit command posts in X,
a warehouse outside the town of Y and a compound on the outskirts of Z", "the strikes targeted
a headquarters near X; two ammunition sites near Y; and a depot near Z". Every place that
locates one of those targets was struck, though the verb stands far before it or past a
", including" or a semicolon. Only a town or a site named right after a word that places a
target there ("in", "near", "at", "outside", "the outskirts of"), in the same sentence, with
nothing between but the list: no second verb (one that says, detains, kills) nor a clause
("which", "while", "but"; a colon only where it opens the list), and no point named to
measure from ("north of X", "across the river from X", "from X": where the strike was
launched or what the target lies beside).
"""

from __future__ import annotations

import re

from briefdeck.extract.place_role_clauses import on_road_named_for
from briefdeck.extract.place_role_marks import POINT_KINDS
from briefdeck.extract.place_role_where_only import only_locates

# An active strike verb and its object list: "struck", "hit", "targeted", "strikes on",
# "air raids on" (an air raid is a strike). Not a passive ("was hit"): its target came first.
STRIKE_VERB = re.compile(
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )"
    r"\b(?:struck|hit|hitting|strik(?:e|es|ing)\s+(?:on|against|at)|targeted|targeting|"
    r"bombed|bombing|shelled|shelling|pounded|(?:air\s*raids?|raids?|airstrikes?|strikes?)\s+"
    r"(?:on|against))\b")
# A clause of its own, or a verb other than the strike's, between it and the place.
OTHER_CLAUSE = re.compile(
    r"[.!?:]\s|\n|\b(?:which|who|whom|whose|where|when|while|whereas|but|after|before|because|"
    r"since|although|said|says|say|according|told|reported|added|claimed|announced|confirmed|"
    r"denied|stated|was|were|is|are|has|have|had|will|would|could|killing|killed|wounding|"
    r"wounded|injuring|detain\w*|arrest\w*|seiz\w+|fled|launched|fired|then|expect\w*|"
    r"aim\w*|plan\w*|want\w*|threat\w*)\b",
    re.I)
# A struck ship, plane or truck is not where its owner, operator or registry is: "struck a
# cargo ship owned by a shipping company in Haifa", "a tanker registered in Malta". (A site
# "belonging to a militia in X" stands in X, and a "Liberian-flagged" ship is no owner named.)
MOVER_OWNED = re.compile(
    r"\b(?:ships?|vessels?|tankers?|freighters?|carriers?|boats?|dhows?|aircraft|planes?|"
    r"airliners?|trucks?|lorr(?:y|ies)|convoys?)\b[^.;]{0,60}?(?<![-\w])(?:owned|operated|"
    r"managed|chartered|leased|insured|registered|belong\w*|headquartered)\b", re.I)
# Right before the place: a word that places a target there.
TARGET_AT = re.compile(
    r"(?:\b(?:in|near|at|outside|inside|on)\s+(?:the\s+)?|"
    r"\b(?:town|village|city|port|area|areas|district|outskirts|vicinity|edge|suburbs?)\s+"
    r"of\s+(?:the\s+)?)$")
# ... unless it names a point to measure from or a thing beside: "north of X", "the border
# town of X" after "north of", "across the Euphrates from X", "affiliated with X".
MEASURED_FROM = re.compile(
    r"\b(?:(?:north|south|east|west)[\w-]*|[NSEW]{1,3}|km|kilomet\w+|miles?|close|next|"
    r"across|off|affiliated|associated|linked|border\s+with|governor|mayor|countryside|"
    r"province|governorate)\b[^,;]{0,30}$",
    re.I)
# "warplanes carried out two raids on", "the aggression raids on" (the Yemeni wording for air
# raids): a raid by aircraft is a strike; one by troops ("the raid on Manda Bay") is fighting.
AIR_RAIDER = re.compile(r"\b(?:warplanes?|jets?|aircraft|drones?|aviation|aggression)\b"
                        r"[^.;]{0,60}$", re.I)
# "In X district, a drone hit an infrastructure facility": a sentence opened by where it
# happened, then the strike in its main clause (active or passive).
OPENER_BEFORE = re.compile(r"^\s*(?:[-•*]\s*)?(?:Details:\s*)?In\s+(?:the\s+)?$")
OPENER_AFTER = re.compile(r"(?:\s+(?:district|city|town|village|area|county|raion))?\s*,\s*")
STRUCK_IN_CLAUSE = re.compile(r"[^.;:]{0,80}?\b(?:struck|hit|targeted|attacked|bombed|shelled|"
                              r"slammed\s+into|crashed\s+into|exploded)\b")
# "if the IDF keeps hitting X", "could strike": a strike supposed, not told.
SUPPOSED_BEFORE = re.compile(r"\b(?:if|unless|would|could|might|may|should|threat\w*|vow\w*|"
                             r"warn\w*|keeps?)\b[^,;]{0,30}$", re.I)
REACH = 320  # characters a list of targets may run past its verb


def struck_in_list(text: str, sent_start: int, start: int, end: int, kind: str) -> bool:
    """Does a strike verb earlier in the sentence name this place as where a target lay, or
    does the sentence open with the place and then tell a strike?"""
    if kind not in POINT_KINDS or only_locates(text, sent_start, start, end):
        return False  # ("Bajil, a town in X", "in X governorate": X only places the target)
    if OPENER_BEFORE.match(text[sent_start:start]) and (after := OPENER_AFTER.match(text, end)):
        return STRUCK_IN_CLAUSE.match(text, after.end()) is not None
    lead = text[max(sent_start, start - 60):start]
    if not TARGET_AT.search(lead) or MEASURED_FROM.search(lead) or \
            on_road_named_for(text, start, end):
        return False
    lo = max(sent_start, start - REACH)
    verb = None
    for found in STRIKE_VERB.finditer(text, lo, start):
        verb = found  # the nearest
    if verb is None or (verb.group().lower().startswith("raid") and not AIR_RAIDER.search(
            text, max(sent_start, verb.start() - 70), verb.start())):
        return False
    if SUPPOSED_BEFORE.search(text, max(sent_start, verb.start() - 40), verb.start()):
        return False
    return _one_list(text, verb.end(), start) and \
        MOVER_OWNED.search(text, verb.end(), start) is None


# "strikes against three facilities used by X: a depot near A; a node near B": a colon right
# after the strike's object opens the list of its targets, not a clause of its own
_LIST_COLON = re.compile(r":\s")


def _one_list(text: str, lo: int, hi: int) -> bool:
    """Is text[lo:hi], from the strike verb to the place, one list of its targets: no other
    clause, save one colon opening the list after the verb's object?"""
    colon = _LIST_COLON.search(text, lo, hi)
    if colon is None or _LIST_COLON.search(text, colon.end(), hi) is not None:
        return OTHER_CLAUSE.search(text, lo, hi) is None
    return colon.start() - lo <= 120 and OTHER_CLAUSE.search(text, lo, colon.start()) is None \
        and OTHER_CLAUSE.search(text, colon.end(), hi) is None
