"""Place roles: what the words around a place's mention say was done there.

places.py finds the places a report names and drops the ones that are no place of it; this
module reads, for one mention, the cue in its sentence that gives it a role. A cue is a verb
phrase ("withdrew from", "deployed to", "fired at", "was hit") on one side of the place, in the
same clause, within REACH characters, with only the words its pattern allows between them:
"remove troops from joint bases at X" is a withdrawal from X, "leaves them exposed to X" is
none. The nearest applicable cue wins; at equal distance the stronger role (_RANK order).
The guards on who moves and what is shot down live in place_role_guards.py; the ones here
say when a cue does not apply: a demand or a threat, a ship leaving port, a closure for a week,
people fleeing rather than forces moving, the place being the attacker ("Iran fired").
"""

from __future__ import annotations

import re

from briefdeck.extract.alternatives import Alternatives
from briefdeck.extract.event_story_claims import story_claimed
from briefdeck.extract.place_role_asked import asked
from briefdeck.extract.place_role_bystanders import not_the_target
from briefdeck.extract.place_role_clauses import (
    PASSIVE_WHERE,
    cared_for_there,
    fire_came_from,
    got_through_without_weapon,
    on_road_named_for,
    passive_reaches_past,
    told_from,
    weapons_not_forces_leave,
)
from briefdeck.extract.place_role_corrected_away import set_aside
from briefdeck.extract.place_role_denied import denied_here
from briefdeck.extract.place_role_flights import flights_out_of
from briefdeck.extract.place_role_guards import (
    AD_DESTINATION,
    AD_PLACE,
    INTERCEPTED_NEAR,
    MOVED_ON_TO,
    crossed_not_attacked,
    defended_here,
    has_military_mover,
)
from briefdeck.extract.place_role_hedges import hedged
from briefdeck.extract.place_role_home_posts import home_post
from briefdeck.extract.place_role_journeys import LEFT_FROM, WENT_TO, set_out_from
from briefdeck.extract.place_role_launch_points import launch_point
from briefdeck.extract.place_role_lost_aircraft import (
    aircraft_landed,
    craft_lost_over,
    wreck_lies_there,
)
from briefdeck.extract.place_role_quote_edges import across_quote_edge
from briefdeck.extract.place_role_reach import only_within_reach
from briefdeck.extract.place_role_rhetoric import no_place_hit
from briefdeck.extract.place_role_strike_lists import struck_in_list
from briefdeck.extract.place_role_trade import trade_withdrawn
from briefdeck.extract.place_role_visitors import visitor_travels
from briefdeck.extract.place_role_where_only import locates_a_site, only_locates
from briefdeck.extract.systems import SHIP_PREFIXES

# Forces merely based somewhere ("troops are stationed at X") count as reinforcement only when
# nothing stronger is said of the place: an attack on it says more.
_RANK = ("withdrawal", "reinforcement", "attack target", "stationed", "mentioned")
# A place named as where something is: "joint bases at", "the", "Nineveh Operations Command
# headquarters in". Words a cue may stand from its place when the place must be its object.
_LOC_NP = (r"(?:(?:the|its|their|a|an|joint|several|smaller|small|main|remaining|former|nearby|"
           r"U\.S\.|American|coalition|military|air|naval|bases?|sites?|installations?|"
           r"positions?|outposts?|headquarters|garrisons?|camps?|port|city|town|at|in|near|"
           r"[A-Z][\w'’.-]*)\s+)*")
# "remove troops from joint bases at X", "withdrawal of 500 troops from X", "leave X": the
# place is what is left. Not "leaves them exposed to X" nor "leaving the bases, ... in X",
# nor "close to X" (near it, not shut).
WITHDRAWN = re.compile(rf"\s*(?:(?:[\w.'’-]+\s+){{0,6}}?(?:from|out\s+of|away\s+from|of)\s+)?"
                       rf"{_LOC_NP}")
MOVED_TO = re.compile(rf"\s*{_LOC_NP}")  # "moved to bases at X", "rotate between X"
# "killed seven fighters and a civilian in the town of X": where the harm was done.
KILLED_AT = re.compile(r"\s*(?:[\w.,'’-]+\s+){0,8}?(?:in|at|near|outside|inside|on)\s+"
                       r"(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+){0,3}?(?:of\s+)?")
# role, cue pattern, which side of the cue the place stands on ("after" or "before"), and
# what may stand between cue and place (None: any words of the same clause).
ROLE_CUES: list[tuple[str, str, str, re.Pattern[str] | None]] = [
    ("withdrawal", r"\b(?:remov\w+|withdr[ae]w\w*|pull\w*\s+(?:out|back)|leav(?:e|es|ing)|left|"
                   r"hand\w*\s+over|vacat\w+|draw\w*\s+(?:down|out)|exit(?:s|ed|ing)?|"
                   r"depart\w*|re-?position\w*|"
                   r"clos(?:e|ed|es|ing)(?!\s+(?:in\s+)?on\b|\s+(?:to|by)\b)\s+(?:down\s+)?)\b"
                   r"(?:\s+(?:from|of))?", "after", WITHDRAWN),
    ("withdrawal", r"\bout\s+of\b", "after", MOVED_TO),
    # "a Patriot battery moved from X to Y": the origin is left (a mover must be named)
    ("withdrawal", LEFT_FROM, "after", MOVED_TO),
    ("withdrawal", r"\b(?:to\s+)?(?:draw\s+out\s+of|be\s+handed\s+over|be\s+vacated|"
                   r"handed\s+over|under\s+Iraqi\s+control|(?:was|were|been|be|is|are)\s+"
                   r"(?:formally\s+)?(?:transferred|handed\s+(?:over|back)|vacated|closed)|"
                   r"will\s+(?:soon\s+)?(?:close|shut|be\s+(?:closed|shut|vacated|transferred|"
                   r"handed\s+over)))\b",
     "before", None),
    ("reinforcement", r"\b(?:deploy(?:s|ed|ing)?\s+(?:to|into)|arriv\w+\s+(?:at|in)|"
                      r"mov(?:e|ed|es|ing)\s+(?:(?:north|south|east|west)\w*\s+)?(?:in\s+)?"
                      r"(?:to|into)|sen[dt]s?\s+to|"
                      r"rotat\w+\s+(?:between|among|through|to|into|at)|"
                      r"spread\w*\s+(?:out\s+)?(?:across|among|between|over|to)|"
                      r"dispers\w+\s+(?:to|across|among|between)|(?<![Rr]e)(?<!-)"
                      r"position(?:ed|ing)\s+(?:at|in)|put(?:s|ting)?\s+(?:[\w-]+\s+){1,3}?at)\b",
     "after", MOVED_TO),
    # an air-defence system sent there: "a Patriot battery to Kuwait" (see place_role_guards)
    ("reinforcement", r"\b(?:air\s+defen[cs]es?|Patriots?|C-RAMs?|THAAD)\b", "after",
     AD_PLACE),
    ("reinforcement", r"\b(?:reinforc\w+|"
                      r"additional\s+(?:troops|forces|systems|jets|aircraft|squadrons|"
                      r"air\s+defen[cs]es|batteries|Patriots?))\b",
     "after", None),
    # "most of the troops went to X", "field the new launchers first at X" (a mover named)
    ("reinforcement", WENT_TO, "after", MOVED_TO),
    # "was moved last month to X": the place is where it was moved to
    ("reinforcement", r"\b(?<!-)mov(?:e|ed|es|ing)\b", "after", MOVED_ON_TO),
    # "is expected to reach X", "was set up at X", "had been added at X" (a mover must be named)
    ("reinforcement", r"\b(?:reach(?:es|ed|ing)?|set\s+up\s+(?:at|in)|"
                      r"install(?:ed|ing)\s+(?:at|in)|added\s+(?:at|to|in))\b", "after", MOVED_TO),
    ("stationed", r"\b(?:troops|forces|personnel|soldiers|Marines|sailors|airmen|members|jets|"
                  r"aircraft|squadrons?|units?|batteries|systems|them)\s+(?:(?:are|were|is|was|"
                  r"be|been|remain|remained|now|currently|still|also|permanently)\s+)*"
                  r"(?:based|stationed|deployed|positioned)\s+(?:at|in)\b", "after", MOVED_TO),
    ("reinforcement", r"\bwill\s+(?:soon\s+)?(?:have|get|receive|host)\b", "before", None),
    ("attack target", r"\b(?:(?:fired|launched|lobbed|dropped)\s+(?:[\w-]+\s+){0,5}?"
                      r"(?:at|on|into|toward)|attack\w*\s+(?:on|at|against)|"
                      r"attacked|struck|hits?|hitting|slammed\s+into|destroy(?:s|ed|ing)|"
                      r"landed\s+(?:in|at|inside|near|on)|target\w*|"
                      r"strikes?\s+(?:on|near|at|against)|shelled|bombed|pound\w*|"
                      r"approaching|storm(?:s|ed|ing)?|(?:aimed|directed)\s+(?:at|against)|"
                      r"(?:crashed|exploded|impacted|fell)\s+(?:near|over|at|in|inside|outside|on)|"

                      r"(?:[Ss]irens|alarms?)\s+(?:sounded|sound|went\s+off|wailed|blared)\s+"
                      r"(?:in|across|over))\b",
     "after", None),
    # "a drone did get through at X": it reached its target (a weapon must be named)
    ("attack target", r"\b(?:got|get|gets|getting|slipped|made\s+it)\s+through\s+(?:at|to|into)\b",
     "after", MOVED_TO),
    # "Drones strike the al-Tanf garrison": strike as a verb right before its object (looked
    # for behind, so that "drone strike on X" still reaches the "strike on" cue).
    ("attack target", r"\b(?:(?<=[Dd]rone )|(?<=[Dd]rones )|(?<=[Rr]ocket )|(?<=[Rr]ockets )|"
                      r"(?<=[Mm]issile )|(?<=[Mm]issiles ))strikes?\b", "after", MOVED_TO),
    # "shot down by air defences over the desert near X", "brought down four drones and a
    # missile over X" (the words between stand in the tight pattern: a long cue would hide
    # the cues inside it)
    ("attack target", r"\b(?:(?:shot|brought|taken)\s+down|intercepted|downed|engaged)\b",
     "after",
     INTERCEPTED_NEAR),
    # "killed three fighters in the town of X", "injuries, most of them at X"
    ("attack target", r"\b(?:killed|killing|wounded|wounding|injured|injuring|injuries|"
                      r"hurts?)\b",
     "after", KILLED_AT),
    ("attack target", r"\b(?:was|were|is|are|(?:has|have|had)\s+been)\s+"
                      r"(?:also\s+|again\s+|repeatedly\s+|reportedly\s+)?"
                      r"(?:hit|attacked|struck|targeted|shelled|bombed)\b", "before", None),
]
# Tried only where a cue's first letter stands (see alternatives.py): most positions are not.
ROLE_ALTERNATIVES = Alternatives([p for _, p, _, _ in ROLE_CUES])
REACH = 90  # characters between cue and place within which the cue counts
# Words between a cue and a place that put them in different clauses ("attacks in X went on
# even as bases in Y were handed over": the handover is Y's, not X's).
BLOCKER = re.compile(r"[,;]\s+(?:like|which|who|but|while|although|as|after|because|"
                     r"including|where)\b|;|\bbut\b|\b(?:since|if|unless|until|because|"
                     r"although|though|whereas|when|while|(?:even|just)\s+as)\b")
# The place is the attacker, not the target: "Iran fired", "Iran's barrage", "Iran or its
# partners attack"; "Iran-aligned militias" is not the place either.
ATTACKER_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:attacks?|barrage|strikes?|assault|offensive|"
    r"bombardment|missiles?|drones?|rockets?)\b|"
    r"\s+(?:(?:or|and)\s+(?:its|their)\s+(?:partners|proxies|allies)\s+)?"
    r"(?:(?:has|have|had|then|again|also|later|repeatedly|reportedly|now|itself|themselves|"
    r"allegedly|apparently|then)\s+)*"
    r"(?:fired|fires|launch(?:ed|es)?|attack(?:ed|s)?|struck|strikes|sent|claimed|bombed|"
    r"shelled|pounds?|pounded|retaliat\w+|hits|targeted|raided|dropped|lobbed)\b"
)
COMPOUND_AFTER = re.compile(r"-(?:aligned|backed|linked|allied|supported|sponsored|made)\b")
AGENT_BEFORE = re.compile(r"\b(?:by|from)\s+(?:the\s+)?$")
# "which want all foreign troops to leave X": a demand, not a withdrawal.
DESIRE = re.compile(r"\b(?:wants?|wanted|demand\w*|call(?:s|ed|ing)?\s+(?:on|for)|urg\w+|"
                    r"(?:press|push)(?:es|ed|ing)?\s+for|threaten\w*)\b[^.;]{0,50}$")
MODAL_AFTER = re.compile(r"\s*(?:,\s*)?\b(?:would|could|might)\b")
EARLIER = re.compile(r"\b(?:previously|formerly|once|until\s+recently)\s+$")
# "threatened further attacks on facilities associated with the United States": a threat is
# no attack, and what a facility is tied to is not where it stands.
THREATENED_BEFORE = re.compile(r"\b(?:threat\w*|vow\w*|warn\w*\s+of)\s+(?:(?:further|more|new|"
                               r"fresh|future|possible|retaliatory|renewed)\s+)*$")
TIED_TO = re.compile(r"\b(?:associated|affiliated|linked|connected|tied)\s+(?:with|to)\b|"
                     r"\b(?:belonging\s+to|owned\s+by)\b")
MAKER_BEFORE = re.compile(r"\b(?:makes?|made|builds?|built|manufactur\w+|produc(?:es|ed|ing)|"
                          r"sells?|sold|makers?\s+of|supplier\s+of)\s+(?:the\s+|its\s+)?$")
DEFENDED = re.compile(r"\b(?:shot\s+down|intercept\w*|downed|repel\w*|engag\w+)\b")
# "Families are arriving in X", "most of them heading north towards X": people fleeing, not
# forces moving in. Their subject, just before the cue, says which.
CIVILIANS_MOVING = re.compile(
    r"\b(?:famil(?:y|ies)|displaced|refugees?|civilians?|residents?|people|migrants?|"
    r"evacuees?|patients|children|women|villagers|survivors|those\s+fleeing|"
    r"the\s+wounded|(?:most|many|some|all)\s+of\s+them)\b(?:\s+\w+){0,4}\s*$", re.I)
# "the carrier USS George Washington (CVN-73) left Yokosuka": a ship sailing from its port,
# not forces withdrawing from a place; "the task force, which left the port of Zhanjiang":
# a naval group.
SHIP_SUBJECT = re.compile(
    rf"\b(?:(?:{SHIP_PREFIXES})(?:\s+[A-Z][\w.'’-]*)+"
    r"(?:\s*\([A-Z]{2,4}-?\d+\))?"
    r"|(?:carrier|destroyer|frigate|cruiser|warship|ship|vessel|submarine|tanker|freighter|"
    r"cutter|corvette|task\s+force|strike\s+group|flotilla|escort\s+group)s?"
    r"(?:\s+[A-Z][\w.'’-]*){0,4})\s*,?\s*(?:(?:which|that)\s+(?:had\s+|has\s+)?)?$")
# A closure for a while, or of a place travellers or ships pass through ("close the Red Sea",
# "closed the Strait of Hormuz": shut to shipping), is no withdrawal from it.
CLOSED_FOR = re.compile(r"\s+for\s+(?:nearly\s+|about\s+|almost\s+|more\s+than\s+|at\s+least\s+)?"
                        r"(?:a|an|one|two|three|several|\d+|a\s+few)\s+(?:hours?|days?|weeks?|"
                        r"months?)\b", re.I)
# "hit Yemen's Hodeidah port", "Syria's Deir ez-Zor province": a country or region in the
# possessive only says where the place it names next lies; that place was hit.
WHOSE_PLACE_AFTER = re.compile(r"['’]s\s+(?:(?:main|largest|key|chief|[a-z]+ern)\s+)?(?:[A-Z]|"
                               r"(?:port|coast|capital|city|airport|border|oil\s+terminal)\b)")
BROAD_KINDS = ("country", "province", "region")
OPEN_TO_TRAFFIC = re.compile(r"\b(?:[Aa]irport|[Cc]rossing|[Pp]ort|[Aa]irspace|[Hh]arbou?r|Sea|"
                             r"Straits?|Gulf|Canal|Channel|Hormuz|Bab|[Ww]aterway)\b")


def is_attacker(text: str, start: int, end: int) -> bool:
    """True when the place at [start, end) is who attacks ("Iran fired", "Iran's barrage",
    "intercepted by Israel") or part of a name ("Iran-aligned"), so it is no target."""
    return bool(ATTACKER_AFTER.match(text, end) or COMPOUND_AFTER.match(text, end)
                or AGENT_BEFORE.search(text, max(0, start - 9), start))


def _mover_named(text: str, sent_start: int, cue: re.Match[str], start: int) -> bool:
    """Forces named as what moves: before the verb or in it ("troops moved to", "troops are
    stationed at"), as its object ("moved a company ... to X"), or after a cue standing after
    the place ("X will receive two Patriot batteries")."""
    if has_military_mover(text, max(sent_start, cue.start() - 150), cue.end()):
        return True
    if cue.end() <= start:
        return has_military_mover(text, cue.end(), start)
    return has_military_mover(text, cue.end(), min(len(text), cue.end() + 80))


# A move denied just before its cue: "no battery is being moved out of", "will not leave",
# "are not withdrawing from", "has no plans to pull"
_NOT_MOVED = re.compile(r"\b(?:no\s+(?:[\w-]+\s+){0,3}(?:is|are|was|were|will\s+be)\s+"
                        r"(?:being\s+)?|(?:not|never|n[o’']t)\s+(?:be\s+|being\s+)?|"
                        r"no\s+plans?\s+to\s+)(?:[a-z]+ed\s+)?$", re.I)  # ("moved" before "out of")
# "leave Erbil more exposed", "left the base vulnerable": a state it is left in
_LEFT_EXPOSED = re.compile(r"\s+(?:(?:more|less|far|even|so|too|very|largely|wide)\s+)?"
                           r"(?:exposed|vulnerable|open|undefended|unprotected|defenceless|"
                           r"defenseless|at\s+risk|without)\b|"
                           # "leaving the Erbil airport base as its last major facility": kept
                           r"\s*,?\s+as\s+(?:its|the|their|our|a)\s+(?:\w+\s+)?(?:last|only|sole|"
                           r"main|remaining|final)\b", re.I)
# "..., leaving X with short-range coverage only": a participle of result after a comma says
# what X is left with, not that forces left X (those who left are named before the comma)
_LEFT_WITH = re.compile(r"\s+with(?:out)?\b", re.I)
_RESULT_LEAVING = re.compile(r",\s*$")


def left_holding(text: str, sent_start: int, cue_start: int, cue: str, end: int) -> bool:
    """Is the "leaving" cue at cue_start a result clause saying what the place is left with
    (", leaving X with ...")?"""
    return cue.lower() == "leaving" and _LEFT_WITH.match(text, end) is not None and \
        _RESULT_LEAVING.search(text, max(sent_start, cue_start - 3), cue_start) is not None
# "sent reinforcements from al-Hasakah", "could be reinforced from RAF Lossiemouth or X": the
# place after "from" with no destination after it is where forces come from, not where they go
_SENT_FROM = re.compile(r"\bfrom\s+(?:(?!(?:to|into|towards?|at|in)\s)[^\s.;]+\s+){0,8}$")
# "2,500 troops left in Iraq", "the forces left at X": a participle, those remaining there
_LEFT_IN = re.compile(r"\s+(?:behind\s+)?(?:in|at|on|inside)\s")
_NONE_LEFT = re.compile(r"\b(?:[Nn]o|[Nn]one\s+of\s+the)\s+(?:[\w-]+\s+){0,4}$")
# "That leaves the BDSC, where ...": what remains, not what is left behind
_WHAT_REMAINS = re.compile(r"\b(?:that|this|which|it)\s+(?:now\s+|still\s+)?$", re.I)
# "remained closed north of Macomia", "withdrew east of X": the place is a point to measure
# from, not a place left
_POINT_OF = re.compile(r"\s*(?:(?:some|about|\d+)\s+(?:\w+\s+)?)?(?:north|south|east|west)"
                       r"(?:-?(?:east|west))?(?:ern)?\s+(?:of|from)\s", re.I)


# "shot down 14 drones over X governorate": a town's name standing for the area around it,
# which the drones crossed (see crossed_not_attacked)
_NAMED_AS_AREA = re.compile(r"\s+(?:governorate|province|district|region)\b", re.I)


def _cue_applies(text: str, sent_start: int, role: str, cue: re.Match[str],
                 between: tuple[int, int], start: int, end: int,
                 tight: re.Pattern[str] | None, kind: str = "") -> bool:
    if BLOCKER.search(text, *between):
        return False
    if across_quote_edge(text, *between):
        return False  # "the bunker got hit," said X's surgeon: X names who speaks
    if tight is not None and not tight.fullmatch(text, *between):
        return False  # the place is not the cue's object: "leaves them exposed to Iran"
    if cue.end() <= start and told_from(text, cue.end(), start, end):
        return False  # "..., the command in X confirmed": where the teller sits
    if visitor_travels(text, sent_start, cue.start(), cue.group()):
        return False  # "The delegation landed at X", "... left Y": a visit's journey
    if role == "withdrawal":
        if cue.group() == "from" and not (set_out_from(text, sent_start, cue.start(), kind)
                                          and _mover_named(text, sent_start, cue, start)):
            return False  # a "from" with no move, or "the money came from X": no forces left
        if SHIP_SUBJECT.search(text, max(sent_start, cue.start() - 80), cue.start()):
            return False  # a ship leaving port
        if cue.end() <= start and trade_withdrawn(text, *between) and \
                not has_military_mover(text, *between):
            return False  # "owners withdrew tonnage from X": ships off a route, no forces
        if fire_came_from(text, sent_start, cue.start()) or flights_out_of(text, sent_start,
                                                                           cue.start()):
            return False  # "drones coming out of X": where fire came from (or flights left)
        if weapons_not_forces_leave(text, sent_start, cue.start()):
            return False  # "drone teams moving out of X": no forces leave X
        if _NOT_MOVED.search(text, max(sent_start, cue.start() - 60), cue.start()):
            return False  # "no Patriot battery is being moved out of X", "will not leave X"
        if cue.group().lower().startswith("leav") and (
                _LEFT_EXPOSED.match(text, end) or
                left_holding(text, sent_start, cue.start(), cue.group(), end) or
                _WHAT_REMAINS.search(text, max(sent_start, cue.start() - 12), cue.start())):
            return False  # "does that leave Erbil more exposed?": leaves it so, not left
        if cue.group().lower() == "left" and _LEFT_IN.match(text, cue.end()) and \
                not _NONE_LEFT.search(text, max(sent_start, cue.start() - 60), cue.start()):
            return False  # "troops left in Iraq": those still there ("no forces left in X": gone)
        if cue.end() <= start and _POINT_OF.match(text, *between):
            return False  # "closed north of Macomia": a point of reference
        fled = CIVILIANS_MOVING.search(text, max(sent_start, cue.start() - 50), cue.start())
        if fled and " of them" not in fled.group():  # ("many of them": troops, said before)
            return False  # "civilians continue to leave X": a flight, not a withdrawal
        if cue.group().lower().startswith("clos") and (
                CLOSED_FOR.match(text, end) or OPEN_TO_TRAFFIC.search(text[start:end])):
            return False  # "closed Mitiga for a week", "closed the crossing": shut, not left
        return not DESIRE.search(text, max(sent_start, cue.start() - 80), cue.start())
    if role in ("reinforcement", "stationed"):
        if EARLIER.search(text, max(sent_start, cue.start() - 20), cue.start()):
            return False  # "previously stationed at": where they came from
        if CIVILIANS_MOVING.search(text, max(sent_start, cue.start() - 50), cue.start()):
            return False  # "families arriving in X": a flight, not a reinforcement
        if text.find("%", *between) >= 0 or text.find("percent", *between) >= 0:
            return False  # "the Patriot's maker rose 1.6% in New York": a market, not a move
        if MAKER_BEFORE.search(text, max(sent_start, cue.start() - 40), cue.start()):
            return False  # "RTX, which makes the Patriot": the product, not its deployment
        if DEFENDED.search(text, *between):
            return False  # "air defences shot down drones over X": X was attacked
        if cue.end() <= start and _SENT_FROM.search(text, *between):
            return False  # "reinforcements from al-Hasakah": where they came from
        if (tight in (MOVED_TO, MOVED_ON_TO) or tight is None and cue.start() > end) and \
                not _mover_named(text, sent_start, cue, start):
            return False  # "Most have moved north to Tyre": no forces move
        return not MODAL_AFTER.match(text, end)  # "a Patriot battery in X would ..."
    if role == "attack target":
        if crossed_not_attacked(cue.group(), text[between[0]:between[1]],
                                kind if not _NAMED_AS_AREA.match(text, end) else "province"):
            return False  # "destroyed two drones over eastern Syria": crossing, not attacked
        if only_locates(text, sent_start, start, end):
            return False  # "Bajil, a town in X", "in X governorate", "X's al-Thawra hospital"
        if locates_a_site(text, sent_start, start, kind):
            return False  # "a drone struck the base in western Iraq": the base was hit
        if aircraft_landed(text, sent_start, cue.group(), cue.start()):
            return False  # "six Typhoons landed at X": they arrived
        if wreck_lies_there(text, sent_start, start):
            return False  # "one of the downed drones in farmland outside X": a wreck's place
        if kind in BROAD_KINDS and WHOSE_PLACE_AFTER.match(text, end):
            return False  # "struck Yemen's Hodeidah port": Hodeidah was hit
        if kind in BROAD_KINDS and not_the_target(text, sent_start, start, end):
            return False  # "attacks on U.S. installations", "near the border with X"
        if tight is INTERCEPTED_NEAR and craft_lost_over(text, sent_start, cue.start(),
                                                         text[between[0]:between[1]]):
            return False  # "shot down a U.S. MQ-9 over X": a drone lost there, X not hit
        if tight is None and cue.end() <= start and passive_reaches_past(
                text, sent_start, cue, text[between[0]:between[1]]):
            return False  # "Erbil has been hit ..., and ... in the Kurdistan Region"
        if tight is KILLED_AT and cared_for_there(text, between, end):
            return False  # "wounded and taken to a hospital in X": cared for there
        if on_road_named_for(text, start, end):
            return False  # "a car on the Qamishlo-Amuda road": the road, not the towns
        if got_through_without_weapon(text, sent_start, cue.group(), cue.start()):
            return False  # "aid got through to X"
        if cue.end() <= start and no_place_hit(text, cue.group(), between, end, kind):
            return False  # "an attack on Iraq's sovereignty", "attacks on forces in Iraq"
        if launch_point(text, sent_start, start):
            return False  # "fired at the base from the direction of X": X is the launch point
        if only_within_reach(text, sent_start, start):
            return False  # "who attacked Y and whether they can reach X": X at risk, not hit
        if TIED_TO.search(text, *between) or THREATENED_BEFORE.search(
                text, max(sent_start, cue.start() - 40), cue.start()):
            return False
        return not is_attacker(text, start, end)
    return True


def _role(text: str, sent_start: int, sent_end: int, start: int, end: int,
          kind: str = "") -> str:
    if hedged(text, sent_start, sent_end):
        return "mentioned"  # a rumour or a question sets no role
    if home_post(text, start):
        return "mentioned"  # "3rd Battalion, 43rd ADA Regiment, Fort Bliss": the unit's home
    if set_aside(text, sent_start, start):
        return "mentioned"  # "near Shamaa, not Naqoura": the place a correction sets aside
    best, best_gap = "mentioned", REACH + 1
    for m in ROLE_ALTERNATIVES.finditer(text, max(sent_start, start - REACH),
                                         min(sent_end, end + REACH)):
        role, _, side, tight = ROLE_CUES[ROLE_ALTERNATIVES.which(m)]
        if m.start() < end and start < m.end():
            continue
        if m.end() <= start and side == "after":
            gap = start - m.end()
            between = (m.end(), start)
        elif m.start() >= end and side == "before":
            gap = m.start() - end
            between = (end, m.start())
        elif m.end() <= start and tight is None and role == "attack target":
            # "a truck was struck by a drone near X": after its subject, the passive may
            # name where it happened
            gap, between, tight = start - m.end(), (m.end(), start), PASSIVE_WHERE
        else:
            continue
        if tight is AD_PLACE and not AD_DESTINATION.fullmatch(text, *between):
            role = "stationed"  # "a Patriot battery at X": where it stands, not where it went
        if gap > best_gap or (gap == best_gap and _RANK.index(role) >= _RANK.index(best)):
            continue
        if _cue_applies(text, sent_start, role, m, between, start, end, tight, kind):
            best, best_gap = role, gap
    if _RANK.index(best) > _RANK.index("attack target") and \
            defended_here(text, sent_start, start, end):
        best = "attack target"  # "air defenses at X intercepted two drones": X was attacked
    if best == "mentioned" and struck_in_list(text, sent_start, start, end, kind):
        best = "attack target"  # "struck five targets, including sites near X and Y"
    if best == "attack target" and denied_here(text, sent_start, start):
        return "mentioned"  # "denied reports of a strike on X": X attacked on nobody's word
    if best == "attack target" and story_claimed(text, sent_start, start, end):
        return "mentioned"  # "An article ... said X had been hit": what a correction corrects
    if best in _MOVES and asked(text, sent_start, sent_end):
        return "mentioned"  # "Q: There are reports troops arrived at X. Why?": asked, not told
    return best


_MOVES = ("reinforcement", "withdrawal", "stationed")
