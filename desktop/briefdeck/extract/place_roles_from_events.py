"""A place an attack was drafted at is that attack's target, though its sentence says only where.

place_roles.py reads a role from the cue beside a mention. An attack is often told in one
sentence and placed in another ("Biggest one, Sunday night at Erbil."; "At Harir, a drone hit
the runway"), or its place is a table cell or a timeline's column: the event drafter has tied
the attack to the place, so the map shows the place as attacked too. Only a town or a site
(a country or a province an attack is placed in is where it was, not what was hit), only a
place still "mentioned" (a withdrawal or reinforcement read there says more, unless the attack
is the report's news: place_role_recent_attacks.py), and not where
the attack's own sentence names the place as a point to measure from ("40 NM SW of
Hodeidah", "off Mokha"), where the fire came from, where the hurt were treated, where a
downed drone's wreck lies, or the seat
of whoever tells it (or a dateline), or a town that only locates a site; and no fighting or
raid (clashes around a town make it no target), nor an attack under a heading that
holds it back as a rumour (place_role_hedges.py).
Last, a home station a unit sets out from is no place left (place_role_home_posts.py), and a
town named with its base beside it is the base (place_role_base_towns.py).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from briefdeck.extract.event_places import treated_at
from briefdeck.extract.place_role_base_towns import towns_into_their_bases
from briefdeck.extract.place_role_clauses import TELLER_AFTER
from briefdeck.extract.place_role_corrected_away import set_aside
from briefdeck.extract.place_role_event_guards import (
    column_before_site,
    named_for_else,
    site_then_town,
)
from briefdeck.extract.place_role_hedges import under_hedged_heading
from briefdeck.extract.place_role_home_posts import home_stations_kept
from briefdeck.extract.place_role_lost_aircraft import landed_there, wreck_lies_there
from briefdeck.extract.place_role_marks import POINT_KINDS, marked_targets
from briefdeck.extract.place_role_reach import only_within_reach
from briefdeck.extract.place_role_recent_attacks import (
    is_recent,
    latest_day,
    may_mark,
    moves_due,
)
from briefdeck.extract.place_role_table_rows import table_targets
from briefdeck.extract.place_role_where_only import only_locates
from briefdeck.extract.place_roles import is_attacker
from briefdeck.extract.place_roles_from_moves import roles_from_moves

ATTACKS = ("attack", "strike")
# Ground fighting, raids and arrests: the place is where forces fought, not a target struck.
# A smuggling drone downed near a town carried contraband, not an attack on it.
SMUGGLING = re.compile(r"\b(?:smuggl\w+|drugs?|narcotics?|methamphetamine|captagon|"
                       r"contraband|hashish)\b", re.I)
# ("fighters" are who was hurt: "1 SFA fighter killed" tells no ground fighting)
FIGHTING = re.compile(r"\b(?:clash\w*|fight(?!ers?\b)\w*|fought|battl\w+|raid\w*|offensive|"
                      r"captur\w+|detain\w*|arrest\w*|rall(?:y|ied|ies)|protest\w*|talks|ambush\w*|"
                      r"operations?)\b", re.I)
# "Baghdad had clearly informed ...", "Baghdad opposes attacks": the government, not the city.
GOVERNMENT_AFTER = re.compile(r"\s+(?:(?:had|has|have)\s+\W*(?:\w+ly\s+)?(?:informed|told|asked|"
                              r"agreed|approved|refused|demanded|requested|called|sought|"
                              r"signall?ed|made\s+clear|pressed|summoned|protested)\b|"
                              r"(?:opposes|opposed|rejects|"
                              r"rejected|condemns|condemned|insists|insisted|denies|denied|"
                              r"wants|wanted|warns|warned|accuses|accused)\b)")
# "40 NM SW of X", "57 nautical miles northwest of X", "off X", "north of X", "close to X",
# "from X", "staged through X": a point the attack is measured or launched from; "the Ziv
# Medical Center in X", "the charge d'affaires in X", "the mayor of X": where the hurt are
# treated or an official sits; "in support of X": whom it was for; "Qamishli-X road": a road
# named after the town. Not "the town of X" nor "the outskirts of X": those were hit.
REFERENCE_BEFORE = re.compile(
    r"(?:\b(?:off|from|through|via|passing|past|abeam|(?:close|next|adjacent)\s+to|(?:(?:outside|south|north|east|"
    r"west)[\w-]*|[NSEW]{1,3}|km|kilomet\w+|miles?|NM|short|ahead|port|harbou?r|coast|waters|"
    r"mayor|governor|residents|people|"
    r"government|authorities|municipality|council|university)\s+of|"
    r"(?:support|solidarity)\s+(?:of|with)(?:\s+(?:the\s+)?[\w'’-]+){0,3}\s+in)\s+(?:the\s+)?"
    r"(?:(?:port|city|town|coast)\s+(?:of\s+)?)?|"
    r"\b(?:Hospital|Medical\s+Cent(?:er|re)|Clinic|affaires|ambassador|embassy|diplomats?|"
    r"envoy|officials?|reporters|journalists|spokes\w+|government|ministry)\s+(?:in|at)\s+"
    r"(?:the\s+)?|\w-)$", re.I)
ROAD_AFTER = re.compile(r"-?[\w'’]*\s+(?:road|highway)\b", re.I)
# "KUWAIT CITY:", "Washington (AP) --": a dateline names where the report was filed.
DATELINE_AFTER = re.compile(r"\s*(?:,\s*[A-Z][\w.]*\s*)?(?::|\(|—|–|--)")
# "F-16s at Šiauliai Air Base in Lithuania launched": the base the attackers flew from.
IN_COUNTRY_AFTER = re.compile(r"(?:[ \t]+in|,)[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?")
CARE_NAME = re.compile(r"\b(?:Hospital|Medical|Clinic)\b")
# "Harir AB", "Tower 22 area": an attack's place as the report wrote it, a site word after the
# name its mention bears ("Harir", "Tower 22").
SITE_WORD_AFTER = re.compile(r"\s+(?:AB|LZ|AS|area|base|air\s*base|airfield|camp)$", re.I)


def _not_its_target(text: str, sent_start: int, m: Any, near: tuple[Any, Any]) -> bool:
    """Does the attack's own sentence name the place as other than what was hit? (near: the
    mentions named just before and just after it)"""
    if m.locator or site_then_town(text, m, near[0]) or column_before_site(text, m, near[1]):
        return True  # "BDSC / Victory, Baghdad": the town only locates the site hit
    if named_for_else(text, m):
        return True
    located = IN_COUNTRY_AFTER.match(text, m.end)
    if located and is_attacker(text, m.start, located.end()):
        return True
    line_start = text.rfind("\n", 0, m.start) + 1
    if not text[line_start:m.start].strip() and DATELINE_AFTER.match(text, m.end):
        return True
    return bool(REFERENCE_BEFORE.search(text, max(0, m.start - 40), m.start)
                or ROAD_AFTER.match(text, m.end) or TELLER_AFTER.match(text, m.end)
                or GOVERNMENT_AFTER.match(text, m.end)
                or is_attacker(text, m.start, m.end) or treated_at(text, sent_start, m)
                or only_locates(text, sent_start, m.start, m.end)
                or landed_there(text, sent_start, m.start)
                or set_aside(text, sent_start, m.start)  # "near X, not Y": Y
                or only_within_reach(text, sent_start, m.start)
                or wreck_lies_there(text, sent_start, m.start))


def roles_from_events(places: list[Any], events: list[Any], mentions: list[Any],
                      doc: Any) -> list[Any]:
    """Roles the drafted events give places still "mentioned": attacks first (and the sites of
    an incident table's attack rows), then moves (a withdrawal, handover or deployment told in
    the place's own sentence)."""
    places = attack_targets(places, events, mentions, doc)
    places = table_targets(places, mentions, doc.text)  # "...<TAB>Harir AB<TAB>Attack"
    places = roles_from_moves(places, events, mentions, doc)
    places = home_stations_kept(places, doc.text)  # "will come from Fort Sill": not left
    return towns_into_their_bases(places, text=doc.text)  # "Harir" beside "Harir Air Base"


def attack_targets(places: list[Any], events: list[Any], mentions: list[Any],
                   doc: Any) -> list[Any]:
    """Places still "mentioned" that a drafted attack or strike names as its place become
    "attack target", their evidence the mention in the attack's words when there is one."""
    text = doc.text
    starts = [sent.start for sent in doc.sentences]
    keys: dict[str, set[str]] = {}
    by_key: dict[str, list[Any]] = {}
    # the mentions named just before and after each (a site it may locate)
    ordered = sorted(mentions, key=lambda m: m.start)
    near = {id(m): (ordered[i - 1] if i else None, ordered[i + 1] if i + 1 < len(ordered)
                    else None) for i, m in enumerate(ordered)}
    for m in mentions:
        keys.setdefault(m.name.casefold(), set()).add(m.key)
        # the event drafter places an attack by the place's own name, which a mention may not
        # bear ("ETA RUMALYN" of a place keyed "Rmelan Landing Zone")
        keys.setdefault(m.key.casefold(), set()).add(m.key)
        by_key.setdefault(m.key, []).append(m)
    hit: dict[str, Any] = {}  # key -> the mention in the attack's words (or None)
    news: set[str] = set()  # keys an attack of the report's news hit (may outrank a move)
    latest = latest_day(events)
    due = {key for name in moves_due(events) for key in keys.get(name.casefold(), ())}
    barred: set[str] = set()
    elsewhere: dict[str, bool] = {}  # key -> is every naming of it no target's?
    for e in events:
        if e.kind not in ATTACKS or not e.place or FIGHTING.search(e.summary) or \
                SMUGGLING.search(e.summary):
            continue
        lo, hi = (e.provenance.start, e.provenance.end) if e.provenance else (0, 0)
        i = bisect_right(starts, lo) - 1  # the attack's words, from its sentence's start
        if i >= 0:
            lo, hi = starts[i], max(hi, doc.sentences[i].end)
            if under_hedged_heading(text, lo):
                continue  # "Drone hit on X? rumours only": the writer holds it back
        for name in e.place.split(", "):
            bare = SITE_WORD_AFTER.sub("", name).casefold()
            for key in keys.get(name.casefold(), keys.get(bare, ())):
                if key in barred:
                    continue
                # the attack's own words if they name it; else every naming must allow it
                inside = [m for m in by_key[key] if lo <= m.start < hi]
                if inside:
                    guarded = all(_not_its_target(text, lo, m, near[id(m)]) for m in inside)
                else:
                    if key not in elsewhere:
                        elsewhere[key] = all(_not_its_target(text, m.start, m, near[id(m)])
                                             for m in by_key[key])
                    guarded = elsewhere[key]
                if guarded:
                    barred.add(key)
                else:
                    hit.setdefault(key, inside[0] if inside else None)
                    if is_recent(e, latest) and key not in due:
                        news.add(key)
    if not hit:
        return places
    return marked_targets(places, mentions, hit, lambda p, key: (
        may_mark(p.role, key in news) and p.kind in POINT_KINDS and key not in barred
        and not CARE_NAME.search(p.name)))
