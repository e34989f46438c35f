"""Tolls told as an armed group's claim: "the Islamic Resistance said its attack killed 20
American soldiers", "the group claimed to have killed 12 soldiers". A claim is the attacker's
word, not a count: when the same attack has a toll told otherwise (officials', medics', the
report's own), the event carries that one and the claim stays a quote; a claim that is the
only toll told is the toll (corpus README, "Claimed tolls").

Marked per sentence here (Casualty.claimed); the choice is made where two tellings of a toll
meet (toll_updates.py) and when the event is finished (event_merge.py). Who makes the claim is
kept with the count (Casualty.claimant), and so is the armed group that tells its own dead
("Kataib Hezbollah said four of its members were killed"): a toll only a party to the fight
gives is shown as its claim, never as fact (Event.toll_claimed_by).
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefdeck.extract.casualty_rows import Casualty
from briefdeck.extract.event_claim_tellers import office_teller
from briefdeck.extract.known_organizations import ARMED_GROUPS, KNOWN_ALTERNATIVES, KNOWN_NAMES

# "claimed to have killed", "claimed the attack, saying it had killed", "claimed that 20
# soldiers were killed": the count is what the claim says ("claimed the lives of three" is a
# toll; "claimed the bombing, which killed 12" is the report's own count)
_CLAIM_SAYS = re.compile(
    r"\bclaim(?:ed|s|ing)?\b(?!\s+the\s+lives?\b)(?:[^.;]{0,80}?[\s,](?:saying|adding|that)\s|"
    r"\s+to\s+have\s|\s+it\s+had\s)", re.I)
_GROUPS = (r"(?:Resistance|Hezbollah|Hizbollah|Houthis?|Ansar\s+Allah|Kataib|Kata'ib|Hamas|"
           r"Islamic\s+State|ISIS|ISIL|IS|Amaq|Shabaab|JNIM|Taliban|militias?|militants|faction|"
           r"rebels|insurgents|RSF|HPG|PKK)")
_TOLD = (r"\b(?:said|says|stated|states|reported|reports|announced|claimed|claims)\b"
         r"(?:[^.;\"“]{0,60}?\s)?(?:that\s+)?")
# what did it: "its attack", "their drones", "ISIS fighters", "an ISIS sniper" (its fighters
# "were killed" are the group's own dead, which it tells as no claim)
_DOER = (r"(?:[\w-]+\s+){0,2}?(?:attacks?|operations?|strikes?|drones?|missiles?|rockets?|"
         r"fighters|forces|mujahideen|snipers?|units?|men)\b"
         r"(?!\s+(?:were|was|had\s+been|have\s+been|are|is)\b)")
# "The Islamic Resistance in Iraq said its attack killed ...", "Amaq reported at 21:05 that
# ISIS fighters attacked ...", "It stated that an ISIS sniper killed": an armed group telling
# what its own attack did (the group named as the teller, or as the doer after "it stated")
_GROUP_TOLD = re.compile(
    rf"(?-i:\b{_GROUPS})\b[^.;]{{0,80}}?{_TOLD}(?:its\s|their\s|(?:an?\s+)?(?-i:{_GROUPS})\s+)"
    rf"{_DOER}|"
    rf"(?-i:\b(?:It|The\s+(?:group|claim|statement|agency)))\s+{_TOLD}"
    rf"(?:an?\s+)?(?-i:{_GROUPS})\s+{_DOER}", re.I)


# "four of its members", "two of their fighters": the teller's own people
_OWN_PEOPLE = re.compile(r"(?:[\w-]+\s+){1,3}?(?:of\s+)?(?:its|their)\s+(?:own\s+)?"
                         r"(?:[\w-]+\s+)?(?:members|fighters|men|militants|commanders?|operatives|mujahideen|martyrs|"
                         r"cadres|personnel)\b", re.I)
# the teller's verb, and the words before it (who tells)
_TELLS = re.compile(r"\b(?:said|says|stated|states|announced|announces|reported|reports|"
                    r"claimed|claims|acknowledged|confirmed|mourned)\b")
# the name a claim's verb follows: "Amaq reported", "The Zainabiyoun Brigade claimed"
_NAMED_TELLER = re.compile(r"(?:^|[\s,(])((?:[A-Z][\w'’-]*\s+(?:(?:al|of|in|the|ad|as|ash)[-\s])?)"
                           r"{1,5}?)(?:,[^,]{1,60},\s+)?(?:has\s+|had\s+|also\s+)?$")
_BACK = 1500  # how far before a claim "the group" may point back to its name
_GROUP_WORDS = re.compile(r"\b(?:group|militia|militants?|faction|rebels|insurgents|"
                          r"movement|organi[sz]ation)\b|\b(?:It|it|they|They)\s*$")


def claimed_marked(text: str, start: int, found: list[Casualty]) -> list[Casualty]:
    """The counts of found told after a claim's words in their sentence (from start), with
    the claimant; the counts an armed group gives of its own dead, with the group."""
    last = max(c.start for c in found)
    cue = _CLAIM_SAYS.search(text, start, last) or _GROUP_TOLD.search(text, start, last)
    if cue is None:
        return _own_dead_told(text, start, found)
    teller = _TELLS.search(text, cue.start(), cue.end()) if text[cue.start()].isupper() else None
    who = claimant(text, start, teller.start() if teller else cue.start())
    return [replace(c, claimed=True, claimant=who) if c.start >= cue.end() else c
            for c in found]


def _own_dead_told(text: str, start: int, found: list[Casualty]) -> list[Casualty]:
    """"Kataib Hezbollah said four of its members were killed": the group's own word for its
    own dead, told by the group (a known armed group named as the teller)."""
    own = [c for c in found if c.kind == "killed" and _OWN_PEOPLE.match(text, c.start)]
    if not own:
        return found
    # (the teller's verb nearest the count: "Officials said four ...; the group said two of
    # its fighters died" is the group's telling, not the officials')
    verb = max(_TELLS.finditer(text, start, own[0].start), key=lambda m: m.start(),
               default=None)
    if verb is None:
        return found
    group = _subject_group(text, max(start, _clause_start(text, start, verb.start())),
                           verb.start())
    if not group:
        return found  # ("... Kataib Hezbollah drones; the Pentagon said three of its": no)
    # ("two of their members were killed and one wounded": the rest of its telling too)
    theirs = [replace(c, claimant=group) if c.start > verb.end() else c for c in found]
    if any(c.kind == "killed" and c.count and c.start < verb.start() and not c.claimant and
           _FIGHTERS.match(text, c.start, c.end + 30) for c in theirs):
        # "Iraqi officials said four militia members were killed; Kataib Hezbollah said two
        # of its fighters died": the same dead told by another first; the group's own word
        # is a rival count (kept as its claim), not more dead
        theirs = [replace(c, claimed=True) if c.claimant and c.kind == "killed" else c
                  for c in theirs]
    return theirs


# "four militia members", "three Iran-aligned fighters": the armed side's men, counted by
# another teller
_FIGHTERS = re.compile(r"[\w-]+\s+(?:[\w-]+\s+){0,2}?(?:militia(?:men)?|militants|fighters|"
                       r"gunmen|insurgents|members)\b", re.I)


def _clause_start(text: str, start: int, verb: int) -> int:
    """Where the clause of the verb at verb begins: after the last ';' before it."""
    return text.rfind(";", start, verb) + 1 or start


def _armed_group_in(text: str, lo: int, hi: int, last: bool = False) -> str:
    """The first (or last) known armed group named in text[lo:hi], by its usual name."""
    names = [KNOWN_NAMES[KNOWN_ALTERNATIVES.which(m)]
             for m in KNOWN_ALTERNATIVES.regex.finditer(text, lo, hi)]
    names = [n for n in names if n in ARMED_GROUPS]
    return (names[-1] if last else names[0]) if names else ""


# What may stand between a teller and its verb: "Kataib Hezbollah, an Iran-backed militia,
# said", "the Houthis' military spokesman said", "Amaq has also reported".
_TELLER_GAP = re.compile(r"\s*(?:\([A-Z][\w-]{1,8}\)\s*)?(?:['’]s?\s+(?:own\s+)?(?:military\s+)?"
                         r"(?:statement|spokes\w+|media\s+(?:office|wing)|channel|account)\s*)?"
                         r"(?:,[^,;]{1,60},\s*)?(?:(?:has|had|also|later|then|now)\s+)*")
# the aside just before the verb, whose own names are not the teller: "the People's Defence
# Forces (HPG), the PKK's armed wing, said"
_ASIDE_BEFORE = re.compile(r",[^,;]{1,60},\s*(?:(?:has|had|also|later|then|now)\s+)*$")
# Words that name when, not who: "Witnesses on Tuesday claimed" is told by nobody named.
_NOT_TELLERS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December Today Yesterday Tonight Earlier Later "
    "Overnight Witnesses Residents Officials Sources Activists Locals Reports Media".split())


def _subject_group(text: str, lo: int, verb: int) -> str:
    """The known armed group that is the verb's subject: the last known name before the verb
    in text[lo:verb], an armed group, with nothing but an aside between it and the verb. A
    group named earlier in the clause ("Kataib Hezbollah drones struck ...; the Pentagon
    said") is not the teller."""
    aside = _ASIDE_BEFORE.search(text, lo, verb)
    last = None
    for m in KNOWN_ALTERNATIVES.regex.finditer(text, lo, aside.start() if aside else verb):
        last = m
    if last is None:
        return ""
    name = KNOWN_NAMES[KNOWN_ALTERNATIVES.which(last)]
    if name not in ARMED_GROUPS or not _TELLER_GAP.fullmatch(text, last.end(), verb):
        return ""
    return name


def claimant(text: str, start: int, verb: int) -> str:
    """Who makes the claim whose verb is at verb, in the sentence from start: the known armed
    group that is the verb's subject; else the name the verb follows ("Amaq reported", "the
    Gaza Health Ministry claimed"); else, for "the group said" or "it claimed", the armed
    group named last before the verb; else "an armed group" when the teller is one. '' when
    the teller cannot be named (witnesses, local media): a guess would misattribute."""
    group = _subject_group(text, start, verb)
    if group:
        return group
    head = text[start:verb]
    named = _NAMED_TELLER.search(head)
    if named:
        who = named.group(1).strip().removeprefix("The ").strip()
        if who and who not in ("It", "They", "A", "An", "The") and \
                not set(who.split()) <= _NOT_TELLERS:
            return who
    if _GROUP_WORDS.search(head) or not head.strip():
        group = _armed_group_in(text, max(0, start - _BACK), verb, last=True)
        return group or "an armed group"
    return office_teller(head)  # "the Houthi-run health ministry claimed" (a described office)


def confirmed_over_claimed(known: list[Casualty], later: list[Casualty]
                           ) -> tuple[list[Casualty], list[Casualty]]:
    """Two tellings of one toll, one a claim: the counts told otherwise stand, the claim's go."""
    if any(c.claimed for c in known) and any(c.count is not None and not c.claimed
                                              for c in later):
        known = [c for c in known if not c.claimed]
    if any(c.claimed for c in later) and any(c.count is not None and not c.claimed
                                              for c in known):
        later = [c for c in later if not c.claimed]
    return known, later
