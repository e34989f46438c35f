"""Where a clause's happening was: the places in the clause that are not where the attack came
from or who made it; else the place the sentence opens with ("In Zolochiv, ..."), one listed
just before and named again, or the base named a sentence or two before ("the base"). Tolls
listed place by place ("In X, two were hurt, and in Y a man was killed") are split by place.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import pairwise

from briefdeck.extract.casualties import Casualty
from briefdeck.extract.event_draft import BROAD_PRECISIONS, Draft, distinct, inside_span
from briefdeck.extract.event_items import heading_place
from briefdeck.extract.event_near_distances import measured_from
from briefdeck.extract.event_story_claims import story_claimed
from briefdeck.extract.event_unit_home_posts import unit_home
from briefdeck.extract.place_destinations import voyage_destination
from briefdeck.extract.place_role_home_posts import home_post
from briefdeck.extract.place_roles import is_attacker
from briefdeck.extract.places import PlaceMention
from briefdeck.extract.sentences import Sentence

MOVES = ("withdrawal", "handover", "deployment")
# "rockets were fired from a truck outside al-Baghdadi": where they came from, not the target
# ("at 10:30 p.m. from a truck": an abbreviation's stop ends nothing)
_ORIGIN = re.compile(r"\bfrom\b(?:(?!\b(?:at|on|into|toward|towards|against|hit|hitting|struck|"
                     r"striking|targeting|over)\b)(?:[^.;]|\.(?!\s+[A-Z])))*$")
_IN_SCENE = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?$")
_LEFT_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$")
# "were taken to the general hospital in Hit", "evacuated to Landstuhl": where the hurt were
# treated, not where they were hurt
_TREATED_AT = re.compile(
    r"\b(?:(?:taken|rushed|evacuated|transferred|transported|flown|airlifted|admitted|moved)"
    r"\s+to|treated\s+(?:at|in))\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:(?:hospitals?|clinic|infirmary|medical\s+(?:center|centre|facility))\s+(?:in|at|near)\s+"
    r"(?:the\s+)?)?$", re.I)
# "taken to Yarmouk hospital": the hospital's own name, the place only its town
_CARRIED_TO = re.compile(r"\b(?:taken|rushed|evacuated|transferred|transported|flown|airlifted|"
                         r"admitted|moved|treated)\s+(?:to|at|in)\s+(?:(?:a|an|the)\s+)?$", re.I)
_HOSPITAL_AFTER = re.compile(r"[ \t]+(?:(?:general|teaching|military|city|main)\s+)?"
                             r"(?:hospital|clinic|infirmary|medical\s+(?:center|centre|city))\b",
                             re.I)


# "a medical official at Haditha hospital told us", "a doctor at the Hit hospital said": the
# town of the hospital a teller speaks from, not where the hurt were hurt
_TELLER_AT = re.compile(r"\b(?:officials?|sources?|doctors?|physicians?|medics?|directors?|"
                        r"spokes(?:man|woman|person)|staff(?:ers?)?|nurses?)\s+(?:at|in|from)\s+"
                        r"(?:(?:a|an|the)\s+)?$", re.I)


def treated_at(text: str, start: int, p: PlaceMention) -> bool:
    """Is the place where the hurt were taken or treated (or the hospital a teller speaks
    from), not where they were hurt?"""
    if _TREATED_AT.search(text, max(start, p.start - 90), p.start):
        return True
    return bool(_HOSPITAL_AFTER.match(text, p.end) and (
        _CARRIED_TO.search(text, max(start, p.start - 40), p.start) or
        _TELLER_AT.search(text, max(start, p.start - 40), p.start)))


# "... is the main risk: we expect further claims against Erbil and Harir": a place of what
# may come, in a part of the sentence after a break, not the happening's place
_BREAK = re.compile(r"[;:]\s|,\s+(?:and|but|while)\s")
_AHEAD = re.compile(r"\b(?:expect\w*|will|promis\w*|vow\w*|threat\w*|warn\w*|"
                    r"(?:next|coming)\s+(?:\d+\s+)?(?:hours?|days?|weeks?))\b", re.I)


def _ahead(text: str, cuts: list[int], p: PlaceMention) -> bool:
    """Is the place in a later part of the sentence that tells what may come? (cuts: where
    the clause's breaks after its trigger end, found once for all its places)"""
    i = bisect_right(cuts, p.start)
    return i > 0 and _AHEAD.search(text, cuts[i - 1], p.start) is not None


_FROM = re.compile(r"\bfrom\b")
_FROM_AT = re.compile(r"\bfrom")


def _from_origin(text: str, froms: list[int], p: PlaceMention) -> bool:
    """_ORIGIN.search(text, trigger, p.start) tried at the last "from" before the place
    only: an earlier one reaches the place only across all the last one crosses, so a long
    clause (a table's rows read as one sentence) is read once, not once per place."""
    for i in range(bisect_left(froms, p.start) - 1, -1, -1):
        if _FROM.match(text, froms[i], p.start):
            return _ORIGIN.match(text, froms[i], p.start) is not None and not measured_from(
                text, froms[i])  # ("300 meters from X": there, event_near_distances.py)
    return False


# "the base", "the airfield": the installation named last, a sentence or two before.
THE_BASE = re.compile(r"\b(?:the|that)\s+(?:air\s+|military\s+|U\.S\.\s+)?(?:base|airbase|"
                      r"airfield|air\s+field|garrison|outpost|camp|compound|installation)\b",
                      re.I)
# "at the base in al-Baghdadi district": the place only locates the base already named
_BASE_LOCATED = re.compile(THE_BASE.pattern + r"\s+(?:in|near|outside)\s+(?:the\s+)?$", re.I)
# "The base is defended by ...": a sentence about the base already named
_THE_BASE_OPENS = re.compile(r"\W*The\s+(?:air\s+)?base\s+(?:is|was|has|had)\b")
_BASE_THERE = re.compile(r"\badded\s[^.;]{0,60}?\bthere\b")
# "a drone strike there", "were killed there": the place the sentence before named
# ("a battery moved there from Asad": a unit sent to the place just named)
THERE = re.compile(r"\b(?:attacks?|strikes?|raids?|bombing|ambush|killed|wounded|injured|hit|"
                    r"struck|exploded|moved|relocated|redeployed|deployed|sent)\s+there\b", re.I)
# "In Zolochiv, eight people were injured when ...": a place opening the sentence
_SETTING = re.compile(r"(?:In|At|Near|Outside|Inside|Around|Across|Over)\s+[^,;.]{2,60},|"
                      # "Take Monday night at Ain al-Asad: three drones, ...": a day and a place
                      # set before a colon, the scene of what follows it
                      r"(?:(?:Take|Consider|Look\s+at)\s+)?(?:(?:[Ll]ast\s+)?[A-Z][a-z]+day|"
                      r"[Ll]ast\s+(?:night|week))(?:\s+(?:night|morning|evening|afternoon))?"
                      r"\s+(?:at|in|near)\s+[^,;.:]{2,60}:\s")

# a line's leading label: one to four words before a colon ("Nabatieh: ...", "Tyre district:")
# (not a dateline's capitals, "MANAMA: ...": where it was filed)
_PLACE_LABEL = re.compile(r"[*_ ]*[A-Z](?=[\w'’-]*[a-z])[\w'’-]*(?:[ \t]+[\w'’-]+){0,3}"
                          r"[*_]*:[*_]*[ \t]")


@dataclass
class PlacesTold:
    """What earlier sentences named that a later one may mean without naming it."""
    # "attacked the villages of A, B and C": the places listed, and their paragraph
    listed: tuple[list[PlaceMention], int] = field(default_factory=lambda: ([], -1))
    base: tuple[PlaceMention, int] | None = None  # the last installation named, its paragraph
    # the narrowest place the last sentence naming one named last, and that sentence's index
    last: tuple[PlaceMention, int] | None = None
    country: tuple[PlaceMention, int] | None = None  # the last country named, its paragraph
    # "Biggest one, Sunday night at Erbil.": a spoken or noted heading of what follows, its
    # place and paragraph (event_scenes.py)
    scene: tuple[PlaceMention, int] | None = None
    last_paragraph: int = -1  # the paragraph of the sentence that named last
    # the place heading the lettered item being read, and where its line opens (event_items.py)
    heading: tuple[PlaceMention, int] | None = None


# "about 70 nautical miles west of Hodeidah", "12 NM off Mokha": a ship's position at sea,
# measured from the port named
_SEA_MILES_FROM = re.compile(r"\d[\d,.]*\s*(?:nautical\s+miles?|NM|nm|nmi)\s+"
                             r"(?:\([^()]{1,20}\)\s+)?"
                             r"(?:off|(?:north|south|east|west)[\w-]*\s+of)\s+"
                             r"(?:the\s+(?:[\w-]+\s+){0,2}?(?:port\s+(?:city\s+)?of\s+)?)?$")


def offshore(text: str, start: int, p: PlaceMention) -> bool:
    """Is p named only to tell how far out at sea something was? (A place remembered from
    the sentence before, "Position ..., about 55 nm south-west of Hodeidah. A drone struck the
    bridge", is read in its own sentence.)"""
    lo = max(start, p.start - 60) if p.start >= start else max(0, p.start - 60)
    return _SEA_MILES_FROM.search(text, lo, p.start) is not None


# "struck the BDSC, next to Baghdad International Airport": a neighbour named only to say where
# the place named before it lies, not a second place hit
# ("Erbil Air Base adjoins Erbil International Airport": the airport only says where it is)
_BESIDE = re.compile(r"(?:\s*\([^()]{1,20}\))?,?\s+(?:(?:is|lies|sits|stands)\s+)?(?:next\s+to|"
                     r"adjacent\s+to|beside|alongside|close\s+to|bordering|adjoining|adjoins|"
                     r"abuts)\s+(?:the\s+)?$")


def beside_another(text: str, inside: list[PlaceMention], p: PlaceMention) -> bool:
    return any(o.end < p.start and not o.locator and
               _BESIDE.fullmatch(text, o.end, p.start) is not None for o in inside)


def clause_places(text: str, sent: Sentence, kind: str, places: list[PlaceMention],
                  span: tuple[int, int, int], first: bool, told: PlacesTold,
                  paragraph: int, setting: list[list[PlaceMention]]) -> list[PlaceMention]:
    """The places of a clause piece (start, trigger, end); setting caches the sentence's
    opening place for its other clauses."""
    start, trigger, end = span
    inside = inside_span(places, start, end)
    # the "from"s and breaks after the trigger, found once for all the clause's places
    froms = [m.start() for m in _FROM_AT.finditer(text, trigger, end)] if inside else []
    cuts = [m.end() for m in _BREAK.finditer(text, trigger, end)] if inside else []
    in_clause = [p for p in inside
                 # "Iran's barrage" (but "withdrew from X": the place left, not who acts)
                 if (not is_attacker(text, p.start, p.end) or _left(text, kind, p.start))
                 and not (kind in ("attack", "strike") and _from_origin(text, froms, p))
                 and not (kind in ("attack", "strike") and voyage_destination(text, p.start))
                 and not treated_at(text, start, p)
                 and not story_claimed(text, sent.start, p.start, p.end)
                 and not _across_border(text, start, inside, p)
                 and not _HOME_OF.search(text, max(start, p.start - 40), p.start)
                 and not (kind == "deployment" and (_BASED_BEFORE.search(
                     text, max(start, p.start - 40), p.start) or home_post(text, p.start)))
                 and not (p.start > trigger and _ahead(text, cuts, p))
                 and not (kind in ("attack", "strike") and len(inside) > 1 and
                          beside_another(text, inside, p))]
    if kind == "deployment" and len(in_clause) > 1:
        # "moved from Kuwait's Ali Al Salem Air Base to Erbil": the base it left, when the
        # clause names where it went too
        came = [p for p in in_clause if _CAME_FROM.search(text, max(start, p.start - 30),
                                                          p.start)]
        if len(came) < len(in_clause):
            in_clause = [p for p in in_clause if p not in came]
    if not in_clause and first and kind in MOVES:
        # "Al-Qaim, near the Syrian border, was transferred on March 19"
        in_clause = [p for p in inside_span(places, sent.start, start) if not p.locator][:1]
    elif not in_clause and first and kind == "other" and \
            not _TIME_AFTER.search(text, max(sent.start, start - 20), start + 12):
        # "A joint raid in X, in the east, detained five suspects": the scene set in the
        # subject, cut off from its verb by the commas of an aside
        in_clause = [p for p in inside_span(places, sent.start, start) if not p.locator and
                     _IN_SCENE.search(text, max(sent.start, p.start - 9), p.start)][:1]
    where = distinct([p for p in in_clause if not p.locator] or in_clause)
    if where and told.base is not None and paragraph - told.base[1] <= 2 and all(
            _BASE_LOCATED.search(text, max(start, p.start - 60), p.start) for p in where):
        where = [told.base[0]]  # "held at the base in al-Baghdadi district": the base named
    if not where and text.startswith(("where ", "Where "), start):
        # "... and on the embassy compound, where a rocket struck a building": the place
        # the relative "where" hangs on
        where = [p for p in inside_span(places, sent.start, start)
                 if not p.locator and not text[p.end:start].strip(" ,")][-1:]
    if not where and text.startswith(("when ", "When "), start) and \
            _SINCE_WHEN.search(text, max(sent.start, start - 40), start):
        # "the third attack on the Erbil base since Dec. 20, when a drone hit a hangar": the
        # happening that opened the count, at the base the count is of
        where = [p for p in inside_span(places, sent.start, start)
                 if p.precision == "installation" and not p.locator][-1:]
    if not where and text.startswith("when ", start) and \
            (died := _DIED_AT.search(text, max(sent.start, start - 160), start)) is not None:
        # "died June 9 at Mission Support Site Green Village, Syria, when a drone struck their
        # living area": the attack was where they died (not a hospital they died in later)
        where = [p for p in inside_span(places, died.end(), start)
                 if not p.locator and p.precision not in BROAD_PRECISIONS and
                 not treated_at(text, sent.start, p)][:1]
    if not where:
        if not setting:
            setting.append(_setting(text, sent, places, told.listed, paragraph))
        where = setting[0]
    if not where and kind in ("attack", "strike") and told.scene is not None and \
            told.scene[1] == paragraph:
        where = [told.scene[0]]  # "Sunday night at Erbil. ... The third impacted near X"
    if not where and kind in ("attack", "strike") and first and told.last is not None and \
            told.last_paragraph == paragraph and _SPOT.search(text, trigger, end):
        # "The soldiers at the camp outside Erbil heard the blast. The drone hit a vehicle
        # park 150 meters from their quarters": a spot within the place just named
        where = [told.last[0]]
    if not where and told.last is not None and "there" in text[start:end] and \
            THERE.search(text, start, end):
        where = [told.last[0]]  # "moved to Tower 22. A drone strike there killed three"
    if not where and THE_BASE.search(text, start, end):
        # "a drone got past the defenses at Al-Tanf Garrison and exploded inside the base":
        # the installation named earlier in the sentence
        where = [p for p in inside_span(places, sent.start, start)
                 if p.precision == "installation" and not p.locator and
                 not unit_home(text, p.start)][-1:]
    if not where and told.base is not None and paragraph - told.base[1] <= 2 and \
            THE_BASE.search(text, start, end) and not any(
                not p.locator and p.precision not in BROAD_PRECISIONS and
                not unit_home(text, p.start) for p in inside_span(places, sent.start, start)):
        # "arrived at the base Feb. 27": the base just named (not when the sentence named a
        # site before: "an attempted attack at Shaddadi, rockets that landed outside the base")
        where = [told.base[0]]
    if not where and kind in ("attack", "strike") and told.base is not None and \
            _HIT_AGAIN.match(text, trigger, end) and THE_BASE.search(text, start, end):
        # "the base was hit again on Sunday": the base told before, however long ago
        where = [told.base[0]]
    if not where and kind == "deployment" and told.base is not None and \
            _BASE_THERE.search(text, trigger, end) and _THE_BASE_OPENS.match(text, sent.start):
        # "The base is defended by Patriot batteries, and the Air Force added a Coyote system
        # there in October": the base the sentence is about, named however long before
        where = [told.base[0]]
    if not where and kind == "deployment" and told.last is not None and \
            _THE_UNIT.match(text, sent.start, end):
        # "moved a battery to Erbil. The battery was flown in on Monday": where the unit
        # just told was sent
        where = [told.last[0]]
    if not where and kind in MOVES and told.country is not None and \
            paragraph - told.country[1] <= 1 and _THE_STATE.search(text, trigger, end):
        # "troops are stationed in Jordan ... moved a battery to the kingdom": the country
        # just named
        where = [told.country[0]]
    if not where and kind in ("attack", "strike") and first and told.base is not None and \
            paragraph - told.base[1] <= 1 and _BASE_PART.search(text, start, sent.end) and \
            not inside_span(places, sent.start, sent.end) and \
            not _MEASURED_FROM.search(text, max(0, told.base[0].start - 40), told.base[0].start):
        # "~0140L impacts AAAB. ... 1x UAS downed. other 2 -> near flightline": parts of the
        # base named just before (a note's line is a paragraph), in a sentence naming none
        where = [told.base[0]]
    if kind in ("attack", "strike") and text[sent.start - 1:sent.start] != "\n" and \
            (head := heading_place(text, sent.start, told)) is not None:
        where = [head]  # "b. 152245C NOV 23 – al-Baghdadi. Rockets launched towards AAAB"
    return where


# "hit again", "attacked again": the same target as before
_HIT_AGAIN = re.compile(r"[\w-]+\s+again\b")
# "The battery, which had been based at X, was flown in": where the unit came from
_BASED_BEFORE = re.compile(r"\b(?:had\s+been|previously|formerly|until\s+then)\s+(?:[\w-]+\s+)?"
                           r"(?:based|stationed|deployed|positioned)\s+(?:at|in)\s+(?:the\s+)?$")
_THE_UNIT = re.compile(r"\W*The\s+(?:[\w-]+\s+)?(?:batter(?:y|ies)|unit|squadron|battalion|"
                       r"brigade|company|detachment|troops|jets|aircraft|launchers?)\b")
_CAME_FROM = re.compile(r"\bfrom\s+(?:the\s+)?(?:[A-Z][\w-]*(?:'s|’s)\s+)?$")
_SINCE_WHEN = re.compile(r"\bsince\s+[^,;]{2,30},\s*$")
# "died June 9, 2025, at X, Syria, when ...", "were killed in X when ...": where they died
_DIED_AT = re.compile(r"\b(?:died|killed|wounded|injured)\b[^.;]{0,40}?\b(?:at|in)\s+(?=[A-Z])")
# "hit a vehicle park about 150 meters from the accommodation": a spot told by its distance
# from a part of the place named before
_SPOT = re.compile(r"\b(?:\d{1,4}|[a-z]+(?:\s+hundred)?)\s+(?:meters|metres|yards|feet|m)\s+"
                   r"(?:from|of|short\s+of|away\s+from)\s+(?:the|a|an|its|their)\b")
# "entered Polish airspace near the border with Ukraine": the country across the line only
# locates the border, the happening was on this side of it
# "said his mother, Helen Ostrowski, of Scranton, Pennsylvania", "Sgt. Ray Doyle, 24, of
# Tulsa": a person's hometown, where a story's people come from, not where anything happened
_HOME_OF = re.compile(r"(?:\b[A-Z][a-z][\w'’-]*|\b\d{1,3}),\s+of\s+$")
_BORDER_WITH = re.compile(r"\b(?:border|frontier)s?\s+with\s+(?:the\s+)?$", re.I)
# "near the border with Jordan and Iraq": every country the border's list names
_LIST_JOINT = re.compile(r",\s*(?:and\s+|or\s+)?(?:the\s+)?|\s+(?:and|or)\s+(?:the\s+)?")


def _across_border(text: str, start: int, inside: list[PlaceMention], p: PlaceMention) -> bool:
    """Is p a country across a border the clause names ("near the border with X", or one
    listed after it: "the border with Jordan and Iraq")? It only locates the border."""
    while True:
        if _BORDER_WITH.search(text, max(start, p.start - 30), p.start):
            return True
        before = [o for o in inside if o.end <= p.start]
        if not before or not _LIST_JOINT.fullmatch(text, before[-1].end, p.start):
            return False
        p = before[-1]
# "..., the ministry announced, a day after a Russian drone entered Polish airspace": a
# happening told as the time of another, in another's sentence, not in its scene
_TIME_AFTER = re.compile(r"\b(?:after|before)\b", re.I)
# the parts of a base a weapon came down on ("near the flightline", "the LSA housing", "inside
# the base perimeter")
_BASE_PART = re.compile(r"\b(?:flight\s?line|runway|hangars?|tarmac|LSA|housing\s+(?:area|units?)|"
                        r"living\s+(?:area|quarters)|motor\s+pool|fuel\s+(?:farm|point)|DFAC|"
                        r"dining\s+facility|guard\s+tower|entry\s+control\s+point|"
                        r"ammunition\s+(?:depot|dump|supply\s+point)|"
                        # ("two came down inside the base perimeter", "1.5 km south of the
                        # airport perimeter"; not "guarding the base perimeter": no weapon)
                        r"(?:inside|within|of)\s+the\s+(?:base|airport|airfield)\s+perimeter)\b")
# "20 kilometres south of the al-Tanf garrison": a base named as a point to measure from
_MEASURED_FROM = re.compile(r"\b(?:north|south|east|west|km|kilomet\w+|miles?|metres|meters)"
                            r"(?:-?(?:east|west))?\w*\s+(?:of|from)\s+(?:the\s+)?$", re.I)
_THE_STATE = re.compile(r"\b(?:to|into|in)\s+the\s+(?:kingdom|emirate|sultanate|country)\b")


def _left(text: str, kind: str, start: int) -> bool:
    """Is the place one a withdrawal left ("withdrew from X")?"""
    return kind == "withdrawal" and _LEFT_FROM.search(text, max(0, start - 9), start) is not None


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
    if (sent.start == 0 or text[sent.start - 1] == "\n") and \
            (label := _PLACE_LABEL.match(text, sent.start, sent.end)) is not None:
        # "Nabatieh: Israeli jets struck a building on the edge of the city": a list of
        # places, each line led by its town, what the line tells happened there
        named = [p for p in inside_span(places, label.start(), label.end() - 1)
                 if not p.locator and p.precision not in BROAD_PRECISIONS]
        if named:
            return named[:1]
    mentions, where = listed
    if not mentions or paragraph - where > 1:
        return []
    words = text[sent.start:sent.end]
    return [p for p in distinct(mentions) if re.search(rf"\b{re.escape(p.name)}\b", words)][:1]


# ("... wounded at A and one guard was killed at B": a second clause with a subject and verb of
# its own, even with no comma)
_SEGMENT = re.compile(r";|,\s+(?:and|while|whereas)\b|,\s+(?=in\s+[A-Z])|\s+and\s+(?=(?:a|an|one|"
                      r"two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+){1,2}"
                      r"(?:was|were)\s)")
# "In Krasnopillia, two people were injured": a place opening the sentence sets its scene
_OPENING_PLACE = re.compile(r"\s*(?:In|At|Near)\s+(?:the\s+)?[A-Z]")
# a segment of such a list set in a place of its own, known to the gazetteer or not
_NAMED_SCENE = re.compile(r"[\s;,]*(?:and\s+|while\s+|whereas\s+)?(?:in|at|near)\s+(?:the\s+)?"
                          r"[A-Z][\w'-]+", re.I)


def place_groups(text: str, sent: Sentence, places: list[PlaceMention], tolls: list[Casualty]
                  ) -> tuple[list[tuple[PlaceMention, list[Casualty]]], int] | None:
    """The tolls of a sentence by the place each part of it is set in ("In X, two were hurt,
    and in Y a man was killed"), with the number of parts that have a toll; None when a
    toll has no place of its own or the one place is named only in passing."""
    sites = [p for p in distinct(places) if p.precision not in BROAD_PRECISIONS
             and not p.locator and not is_attacker(text, p.start, p.end)]
    if not sites:
        return None
    groups: list[tuple[PlaceMention, list[Casualty]]] = []
    scenes = 0  # the parts with a toll at a place of their own, in the gazetteer or not
    for seg_start, seg_end in _segments(text, sent.start, sent.end):
        here = [p for p in sites if seg_start <= p.start < seg_end]
        told = [c for c in tolls if seg_start <= c.start < seg_end]
        if here and told:
            groups.append((here[0], told))
        elif told and not _NAMED_SCENE.match(text, seg_start, seg_end):
            return None
        scenes += bool(told)
    # one place with a toll counts only when it sets the scene ("In X, ..."); a place named
    # in passing ("were taken to a hospital in X") is not where they were hurt
    if not groups or (scenes == 1 and not (
            _OPENING_PLACE.match(text, sent.start) and groups[0][0].start - sent.start < 40)):
        return None
    return groups, scenes


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = [m.start() for m in _SEGMENT.finditer(text, start, end)]
    bounds = [start, *cuts, end]
    return list(pairwise(bounds))


# "the second fell near the village of X", "a shell landed in the town of Y": where a weapon
# came down, named as a settlement (the last words before the place)
_IMPACT_AT = re.compile(r"\b(?:fell|landed|crashed|impacted|exploded|came\s+down|struck|hit)\s+"
                        r"(?:[\w-]+\s+){0,3}?(?:near|in|on|at|into|outside)\s+(?:the\s+)?"
                        r"(?:village|town|hamlet|neighbou?rhood|district|area)\s+of\s+$", re.I)


def hurt_where_it_fell(text: str, sents: list[Sentence], i: int,
                       places_by: dict[int, list[PlaceMention]], target: Draft) -> None:
    """A toll with no place of its own, told just after a sentence that says where a weapon
    came down in a settlement ("two drones targeted the airport ... the second fell near the
    village of X. Two civilians were wounded"), while the happening it joins is placed
    elsewhere: the hurt were in that settlement, named first among the happening's places."""
    if i < 1 or sents[i - 1].paragraph != sents[i].paragraph or any(
            p.precision not in BROAD_PRECISIONS and not p.locator
            for p in places_by.get(i, [])):
        return
    before = sents[i - 1]
    hit = next((p for p in places_by.get(i - 1, []) if p.key not in target.keys and
                p.precision not in BROAD_PRECISIONS and
                _IMPACT_AT.search(text, max(before.start, p.start - 80), p.start)), None)
    if hit is not None:
        target.places = [hit.name, *(n for n in target.places if n != hit.name)][:3]
        target.locate([hit])
