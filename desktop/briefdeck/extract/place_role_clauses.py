"""Which clause a place's role cue belongs to: guards on cues that reach the wrong place.

A cue counts for a place in its clause. Three ways it reaches one that is not its object:
- the place is the seat of whoever tells it: "a guard was wounded by shrapnel, the command in
  Potsdam confirmed" (the attribution stands in its own clause after a comma);
- a passive cue has its target before it: "Erbil has been hit more than a dozen times this
  year, and with the coalition consolidating in the Kurdistan Region ..." (only a place right
  after it, "was hit near X", says where it was hit);
- weapons "coming out of Iraq" left from there: the place is where fire came from, not a
  place forces left; nor is a place a cell or its drones left ("drone teams moving out of X"):
  a withdrawal is forces leaving, not an adversary shifting its weapons.
A weapon that "got through at X" reached its target there: X was attacked. Where the wounded
were taken or treated ("wounded by shrapnel and taken to a hospital in X", "died at X Emergency
Hospital", "a medical official at X hospital told us") is where they were cared for, not where
they were hit. A road named after the towns it joins ("a car on the Qamishlo-Amuda road") was
hit, not the towns.
"""

from __future__ import annotations

import re

# The place followed by a verb of telling: it names the seat of the source.
TELLER_AFTER = re.compile(
    r"\s+(?:(?:also|later|then|had|has|have|on\s+\w+|the\s+next\s+(?:morning|day))\s+)*"
    r"(?:said|says|confirmed|confirms|reported|reports|announced|announces|stated|states|"
    r"added|told|tweeted|wrote|posted|acknowledged|disclosed)\b(?!\s+(?:by|to\s+be)\b)")
# An auxiliary right before the cue: the cue is passive, its target is its subject.
PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|is|are|be|been|being)\s+(?:(?:also|again|repeatedly|reportedly|"
    r"directly|badly)\s+)?$")
# After a passive cue: a few words, then where it happened ("was hit by a drone near X").
# (no comma on the way: "hit ... this year, and with the coalition in X" is another clause)
PASSIVE_WHERE = re.compile(r"\s*(?:[\w.'’-]+\s+){0,8}?(?:in|at|near|outside|inside|on|off|over|"
                           r"above|across|around|of)\s+"
                           r"(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+){0,3}?(?:of\s+)?")
# What comes out of a place as fire, not as forces: "drones coming out of Iraq".
WEAPON_SUBJECT = re.compile(
    r"\b(?:drones?|UAVs?|missiles?|rockets?|projectiles?|mortars?|shells?|fire|attacks?)"
    r"(?:\s+(?:that|which|were|are|was|is|have|had|been|all|mostly|largely|coming|came|come|"
    r"launched|flying|flew|fired)){0,3}\s*$", re.I)
WEAPON_NAMED = re.compile(r"\b(?:drones?|UAVs?|missiles?|rockets?|projectiles?|mortars?|"
                          r"shells?|munitions?)\b", re.I)
GOT_THROUGH = re.compile(r"\bthrough\b", re.I)


def told_from(text: str, cue_end: int, start: int, end: int) -> bool:
    """"..., the command in X confirmed": X is where the teller sits, not the cue's object."""
    return text.find(",", cue_end, start) >= 0 and TELLER_AFTER.match(text, end) is not None


CUE_ENDS_AT_PLACE = re.compile(r"\b(?:at|on|in|into|toward|against|near|over|inside|outside)$")


def passive_reaches_past(text: str, sent_start: int, cue: re.Match[str], between: str) -> bool:
    """A passive cue ("has been hit") whose place after it is not where it happened (a cue
    ending in its place's preposition, "have been directed at X", names it)."""
    cue_start = cue.start()
    return CUE_ENDS_AT_PLACE.search(cue.group()) is None \
        and PASSIVE_BEFORE.search(text, max(sent_start, cue_start - 25), cue_start) is not None \
        and PASSIVE_WHERE.fullmatch(between) is None


def fire_came_from(text: str, sent_start: int, cue_start: int) -> bool:
    """"drones coming out of X", "missiles fired out of X": a place of origin."""
    return WEAPON_SUBJECT.search(text, max(sent_start, cue_start - 60), cue_start) is not None


# Who leaves in a clause: an armed team or its weapons ("a drone team", "launch cells",
# "smugglers", "three airframes") moving is no withdrawal; forces leaving are ("troops").
WEAPON_MOVER = re.compile(
    r"\b(?:(?:drone|UAV|launch|rocket|missile|mortar|weapons?|smuggling|attack|hit)\s+"
    r"(?:teams?|cells?|crews?|squads?)|cells?|smugglers?|airframes?|drones?|UAVs?|rockets?|"
    r"missiles?|weapons|munitions)\b", re.I)
FORCES_LEAVING = re.compile(
    r"\b(?:troops?|forces?|soldiers?|personnel|service\s*members?|Marines?|advis[eo]rs?|"
    r"trainers?|coalition|battalions?|brigades?|regiments?|divisions?|compan(?:y|ies)|"
    r"contingents?|garrisons?|Army|mission|embassy|staff|diplomats?)\b", re.I)
_CLAUSE_START = re.compile(r"[;:]\s|,\s+(?:and|but|while)\s|\b(?:but|while|that|after|before)\s")


def weapons_not_forces_leave(text: str, sent_start: int, cue_start: int) -> bool:
    """"drone teams moving out of X", "a KH cell left X with its launchers": an adversary
    shifting its weapons, no forces withdrawing from X."""
    lo = max(sent_start, cue_start - 80)
    for m in _CLAUSE_START.finditer(text, lo, cue_start):
        lo = m.end()
    return WEAPON_MOVER.search(text, lo, cue_start) is not None and \
        FORCES_LEAVING.search(text, lo, cue_start) is None


def got_through_without_weapon(text: str, sent_start: int, cue: str, cue_start: int) -> bool:
    """"a drone did get through at X" attacks X; "aid got through to X" does not."""
    return GOT_THROUGH.search(cue) is not None and \
        WEAPON_NAMED.search(text, max(sent_start, cue_start - 40), cue_start) is None


# Between a harm word and the place: the wounded were brought there.
CARED_FOR = re.compile(r"\b(?:hospitals?|clinics?|taken|rushed|evacuated|flown|airlifted|"
                       r"transferred|treated|admitted|passed\s+away)\b", re.I)
# The place names a hospital: "X Emergency Hospital", "X General Hospital".
# ("a medical official at X hospital told us": a hospital in lower case is one too)
HOSPITAL_AFTER = re.compile(r"\s+(?:[A-Z][\w'’-]+\s+){0,2}(?:[Hh]ospital|[Cc]linic|[Mm]edical\s+"
                            r"(?:[Cc]ent(?:er|re)|City|Complex))\b")


# The place is the hospital itself: "died of his wounds at the Kelby General Hospital".
HOSPITAL_NAMED = re.compile(r"(?:[Hh]ospital|[Cc]linic|Medical\s+(?:[Cc]ent(?:er|re)|City|"
                            r"Complex))$")


def cared_for_there(text: str, between: tuple[int, int], end: int) -> bool:
    """"wounded ... and taken to a hospital in X", "wounded ..., died at X Hospital"."""
    return CARED_FOR.search(text, *between) is not None or \
        HOSPITAL_AFTER.match(text, end) is not None or \
        HOSPITAL_NAMED.search(text, max(0, end - 20), end) is not None


# "a car on the Bint Jbeil - Ainata road", "the Qamishlo-Amuda road": a road named after the
# towns it joins was hit, not the towns. ("the road between X and Y" is left to its cue: readers
# of the corpus mark those towns as hit.)
ROAD_AFTER = re.compile(r"(?:\s*[-–/]\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+"
                        r"(?:[Rr]oad|[Hh]ighway|[Mm]otorway)\b")
ROAD_BEFORE = re.compile(r"[A-Z][\w'’]*\s*[-–]\s*$")


def on_road_named_for(text: str, start: int, end: int) -> bool:
    """Is the place one of the towns a road is named after ("the Qamishlo-Amuda road")?"""
    return ROAD_AFTER.match(text, end) is not None or (
        ROAD_BEFORE.search(text, max(0, start - 30), start) is not None
        and re.match(r"\s+(?:[Rr]oad|[Hh]ighway)\b", text[end:end + 12]) is not None)
