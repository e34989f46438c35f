"""Places: gazetteer mentions in reporting text, one fact per distinct place, with a role.

The role comes from the words around the mention in its sentence: troops leaving or handing
over a base -> "withdrawal" (only when the place is what is left: "remove troops from X", not
"leaves them exposed to X"); forces, jets or air defences moved, rotated, deployed, stationed or
spread there -> "reinforcement"; fired at, hit, attacked -> "attack target", but never the
attacker ("Iran fired at X", "Iran's barrage") nor the place they came from (read in
place_roles.py). Anything else is "mentioned". A place that only locates another
("Qayyarah Airfield West near Mosul", "Camp Taji, Iraq") is "mentioned". A dateline
("WASHINGTON -") is where the reporter filed from: no mention.

A country or region that only qualifies someone ("Iran-backed", "US-led", "led by France", "UK
Maritime Trade Operations") or names a weapon ("Palestine-2") or a medium ("Xinhua news
agency") is no place of the report; nor is a city a missile is named after ("the Khorramshahr
missile"), a country a sea is named after ("the Sea of Oman"), or a witness's first name ("who
gave only his first name, Ahmad"). A town the gazetteer does not know still counts when the
text says what it is and where: "the village of X in Tulcea County" is placed at Tulcea (at
that place's precision, or "province" for "County"), "the X district of eastern Baghdad" at
Baghdad, "X, a coalition outpost north of Y" at Y; "the village of X" with no place after it at
the province its sentence opens with ("In Quneitra province, ..."); a named plant ("the Bazan
oil refinery in the city's bay area") at the place the text puts it in. Countries listed after
an actor's "by" ("shot down by Israel, the UK and France") are all actors; a place's word after
a rank ("Spc. Jordan Pike") or as the lone subject of "said" when a full name ends in it ("...
Khalid Sindi." "Sindi said") is a person's. A warship named after a city ("the frigate Linyi",
place_ships.py), a helper's given name ("our driver Ahmad") and a book's imprint ("Abingdon:
Routledge, 2026", place_not_places.py) are no places; "the southern Red Sea" places the sea at
that part (place_sea_parts.py).

The shapes are read in their own modules: a person's name (place_person_names.py), a country
acting (place_countries_acting.py), an outlet (place_outlets.py), a body, firm or weapon named
after a place (place_named_after.py), lists and locators (place_lists.py), a base's other names
(place_airfields.py), datelines and bylines (place_page_lines.py), a record's roll of members
and a delegate's label (place_rolls.py), a site on a road named after towns
(place_road_sites.py), a port's compass-named part (place_port_parts.py); a writer's bio is
boilerplate on reading. Whether a place's word is a person's name here is decided in
place_person_words.py, whether it names an outlet, body, weapon or page line in
place_other_uses.py; this module orchestrates them, and place_facts.py turns the mentions into
one fact per place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from briefdeck.extract.embassies import ISSUER_BEFORE
from briefdeck.extract.government_seats import (
    CLAUSE_OPENER,
    GOVERNMENT_SEATS,
    SEAT_ACTS_AFTER,
    SEAT_ADDRESSED_BEFORE,
    SEAT_OWNS_AFTER,
)
from briefdeck.extract.place_airfields import _owned_airfield, _same_site
from briefdeck.extract.place_anchors import (
    ADJ_DISTRICT,
    DISTRICT_AFTER,
    OBLAST_AFTER,
    OBLAST_COUNTRIES,
    URBAN_REACH,
    anchored_unknowns,
    in_named_city,
    shared_head_sites,
)
from briefdeck.extract.place_countries_acting import (
    ACTOR_BEFORE,
    ACTOR_LIST,
    ACTS_AFTER,
    ALIGNED_BEFORE,
    DELEGATION_BEFORE,
    GROUP_MEMBERS_BEFORE,
    SEAT_MESSAGE_BEFORE,
    SEAT_REPORTS_AFTER,
    SEAT_TALKS_AFTER,
    SEAT_WORLD_AFTER,
    SUBJECT_BEFORE,
)
from briefdeck.extract.place_defined_short_forms import defined_short_forms
from briefdeck.extract.place_demonyms import DEMONYM_BORDER, DEMONYM_COUNTRY
from briefdeck.extract.place_item_headings import heading_towns
from briefdeck.extract.place_lists import LOCATOR, _list_head
from briefdeck.extract.place_named_after import DIPLOMATIC, SPEAKS_AFTER, _inside_name, _named_body
from briefdeck.extract.place_not_places import home_government
from briefdeck.extract.place_notes import notes_start
from briefdeck.extract.place_other_uses import BROAD_KINDS, names_something_else, other_uses
from briefdeck.extract.place_outliers import read_weakly, weak_town, without_far_namesakes
from briefdeck.extract.place_page_lines import _dateline_end, _whole_line
from briefdeck.extract.place_person_names import _PERSON_TOWN_MAX, _PLACE_OPENERS, ADDRESSED_AFTER
from briefdeck.extract.place_person_names import FULL_NAME as FULL_NAME
from briefdeck.extract.place_person_names import PERSON_NAMED as PERSON_NAMED
from briefdeck.extract.place_person_names import RANK_NAME as RANK_NAME
from briefdeck.extract.place_person_names import _full_name_of as _full_name_of
from briefdeck.extract.place_person_words import names_a_person, person_words
from briefdeck.extract.place_port_parts import port_parts
from briefdeck.extract.place_record_stations import record_station
from briefdeck.extract.place_road_sites import road_sites
from briefdeck.extract.place_roles import _role
from briefdeck.extract.place_sea_parts import sea_off_port, sea_part
from briefdeck.extract.place_sites import named_sites
from briefdeck.extract.sentences import Document

# "Tal" of "Tal Baydar", "Ain" of "Ain Issa": the first word of a longer name the gazetteer
# lacks is never the place (GeoNames lists a village "Tal" near Damascus).
_OPENER_OF_NAME = re.compile(r" [A-Z][a-z]")
POSSIBLE_AFTER = re.compile(r"\bas\s+a\s+possible\b|\bmay\s+be\s+(?:closed|vacated|handed)")
POSSIBLY = re.compile(r"\b(?:possibly|perhaps|maybe|potentially)\s+$")


@dataclass
class PlaceMention:
    """One mention of a place in reporting text (kept for events and the narrative)."""

    key: str  # the gazetteer entry's name: one per distinct place
    name: str  # as written
    start: int
    end: int
    kind: str
    country: str
    lat: float | None
    lon: float | None
    precision: str
    role: str  # a Place role, or "stationed" (forces based there: a weak reinforcement)
    locator: bool
    possibly: bool
    label: bool = False  # the mention is a whole line by itself: a section label or heading
    part: tuple[float, float] | None = None  # the point of a sea's part named ("the southern
    # Red Sea"), which places the sea (extract_places) where the report's ships are


def _gazetteer():  # imported late: the geo package loads its data on first use
    from briefdeck.geo.gazetteer import Gazetteer

    return Gazetteer.default()


def find_place_mentions(doc: Document, gazetteer=None) -> list[PlaceMention]:
    gaz = gazetteer or _gazetteer()
    text = doc.text
    raw = [(m.start, m.end, m.entry, m.matched_text) for m in gaz.find_mentions(text)]
    for m in DEMONYM_BORDER.finditer(text):
        entry = gaz.lookup(DEMONYM_COUNTRY[m.group("dem")], fuzzy=False)
        if entry is not None:
            raw.append((m.start(), m.end(), entry, m.group(0)))
    raw = [r for r in raw if r[3] not in _PLACE_OPENERS or not _OPENER_OF_NAME.match(text, r[1])]
    raw = [_owned_airfield(text, gaz, r) for r in raw]
    raw = shared_head_sites(text, raw, gaz)
    raw = named_sites(text, raw, gaz)
    raw += anchored_unknowns(text, raw)
    raw += road_sites(text, raw)  # "Pumping Station 3 on the A-B road"
    raw += port_parts(text, raw)  # "the South Port" of the report's own port
    raw += heading_towns(text, raw, gaz)
    shorts = defined_short_forms(text, raw)  # "the Harrow Ridge Landing Zone (HRLZ)" ... "HRLZ"
    short_at = {r[0] for r in shorts}
    raw += shorts
    raw.sort(key=lambda r: r[0])
    raw_at = {r[0]: r[2] for r in raw}
    people = person_words(text)
    uses = other_uses(text, raw)
    notes_at = notes_start(text)
    if notes_at is not None:
        raw = [r for r in raw if r[0] < notes_at]  # "3. Interview, Erbil, ...": sourcing
    found: list[PlaceMention] = []
    weak: set[int] = set()  # starts of world-gazetteer towns that may be mere namesakes
    prev_end = -10
    actor_end = -10  # end of the last country skipped as an actor ("intercepted by Israel")
    delegate_end = -10  # end of the last member state skipped as speaking in a body
    for start, end, entry, written in raw:
        sent = doc.sentence_at(start)
        if sent is None and (head := record_station(text, start, end, entry.kind)):
            sent = head  # "386 ECES FIRE ... - ALI AL SALEM AB, KUWAIT": the record's base
        if sent is None or end > sent.end and "\n" not in written:
            continue  # boilerplate, captions, page furniture
        if "\n" in written:
            written = " ".join(written.split())  # "Isa Air<wrap>Base": a hard-wrapped line
        if names_a_person(text, sent, start, end, entry, written, people) or \
                names_something_else(text, sent, start, end, entry, written, uses,
                                     defined=start in short_at):
            continue  # a person's name, an outlet, a body, a weapon ... (their modules say)
        if entry.kind == "country" and (
                (text[start - 3 : start] in ("of ", "or ", "om ") or
                 text[start - 4 : start] == "the ") and
                DELEGATION_BEFORE.search(text, max(sent.start, start - 44), start)
                or (delegate_end >= sent.start and start - delegate_end < 90 and
                    GROUP_MEMBERS_BEFORE.search(text, max(delegate_end, start - 36), start))):
            actor_end = delegate_end = end  # a member state speaking, and its list
            continue
        if entry.kind == "city" and text[start - 2 : start] == ", " and entry.source != \
                "curated" and (entry.population or 0) < _PERSON_TOWN_MAX and \
                ADDRESSED_AFTER.match(text, end) and \
                re.search(r"\b" + re.escape(written) + r" [A-Z][a-z]", text):
            continue  # "Thanks, Dana." where "Dana Voss" wrote: the person addressed
        if entry.kind == "country" and ALIGNED_BEFORE.search(text, max(sent.start, start - 24),
                                                              start):
            continue  # "militias aligned with Iran": whom they side with
        if entry.kind in BROAD_KINDS and (
                ACTOR_BEFORE.search(text, max(sent.start, start - 30), start)
                or (actor_end >= sent.start and ACTOR_LIST.fullmatch(text, actor_end, start))):
            actor_end = end  # "intercepted by Israel, the US, the UK and France": all actors
            continue
        if entry.kind == "country" and home_government(text, start, entry.name, sent.start):
            continue  # "the United States would respond": the government acting
        if entry.kind == "country" and ACTS_AFTER.match(text, end) \
                and SUBJECT_BEFORE.search(text[sent.start:start]):
            actor_end = end  # "Turkey and Iraq agreed": both actors
            continue
        if written in GOVERNMENT_SEATS and SEAT_ACTS_AFTER.match(text, end) and (
                CLAUSE_OPENER.search(text, max(sent.start, start - 12), start)
                or not text[sent.start:start].strip()):  # (^ never matches at a sentence's start)
            continue  # "because Tehran told them to be quiet": the government acting
        if written in GOVERNMENT_SEATS and SEAT_REPORTS_AFTER.match(text, end) and \
                text[max(0, start - 3) : start] not in ("in ", "om ", "at "):  # ("an official
            # in Doha said on Sunday": where the official is, the city)
            continue  # "a day before Washington confirmed that ...": the government speaking
        if written in GOVERNMENT_SEATS and (SEAT_TALKS_AFTER.match(text, end) or
                                            SEAT_MESSAGE_BEFORE.search(
                                                text, max(sent.start, start - 40), start)):
            continue  # "Baghdad and Washington continue talks", "a message to Washington"
        if written in GOVERNMENT_SEATS and text[end + 1 : end + 2].islower() and \
                SEAT_WORLD_AFTER.match(text, end):
            continue  # "a Washington think tank", "Washington agencies": its political world
        if written in GOVERNMENT_SEATS and SEAT_ADDRESSED_BEFORE.search(
                text, max(sent.start, start - 12), start):
            continue  # "asking Washington for cheaper guns": the government addressed
        if written in GOVERNMENT_SEATS and text.startswith("s ", end + 1) \
                and SEAT_OWNS_AFTER.match(text, end):
            continue  # "Washington's refusal to leave": the government's, not the city's
        if entry.kind == "country" and written.endswith("s") and text[end : end + 1] in "'’" \
                and SEAT_OWNS_AFTER.match(text[end] + "s" + text[end + 1 : end + 60]):
            continue  # "the United States' commitment": the government's, not the land's
        if entry.kind == "installation" and DIPLOMATIC.search(written) and (
                SPEAKS_AFTER.match(text, end) or
                ISSUER_BEFORE.search(text, max(sent.start, start - 40), start)):
            continue  # the embassy speaking or heading its alert: an organization
        if _inside_name(text, sent.start, sent.end, start, end):
            continue  # "United Kingdom Maritime Trade Operations": a body, not the country
        if _named_body(text, sent.start, start, end):
            continue  # "developed by Norway's Kongsberg": the firm, not its home town
        if _dateline_end(text, doc, start) > 0:
            continue  # where the reporter filed from; a place again only if named in the body
        if entry.kind == "city" and entry.source != "curated" and \
                ADJ_DISTRICT.search(written) and DISTRICT_AFTER.match(text, end):
            # "the Kyivskyi district": a raion or city district named with an adjective, which
            # GeoNames also lists as a 'city' somewhere else; it lies in the city named before
            city = next((f for f in reversed(found) if f.kind == "city" and f.lat is not None
                         and start - f.end <= URBAN_REACH), None)
            if city is None:
                continue
            entry = replace(entry, country=city.country or entry.country, lat=city.lat,
                            lon=city.lon, precision="city")
        if entry.kind == "city" and entry.source != "curated" and entry.lat is not None:
            entry = in_named_city(text, end, entry, raw_at)
        if entry.kind == "city" and entry.country in OBLAST_COUNTRIES and entry.source != \
                "curated" and (oblast := OBLAST_AFTER.match(text, end)):
            # "Russia's Samara region": the oblast named after its centre, shown at the centre
            end = oblast.end()
            written = text[start:end]
            entry = replace(entry, name=f"{entry.name} {oblast.group(1).lower()}",
                            kind="province", precision="province")
        if text[start - 1 : start] == "/" and found and found[-1].end == start - 1 and \
                _same_site(found[-1], entry):
            # "the Kharab al-Jir/Rmeilan base": two names of one site, a slash between them
            first = found[-1]
            found.append(replace(first, name=written, start=start, end=end))
            prev_end = end
            continue
        before = text[max(sent.start, prev_end) : start] if prev_end >= sent.start else ""
        locator = bool(before) and len(before) <= 22 and bool(LOCATOR.fullmatch(before))
        if locator and before.strip() == "," and entry.kind not in BROAD_KINDS:
            locator = False  # "al-Qaim, Qayyarah": a list, not "Camp Taji, Iraq"
        if locator and entry.kind == "province" and entry.country == "United States" and \
                before == ", " and found and found[-1].country == "United States":
            prev_end = end  # "Tucson, Arizona": the state only locates the town before it
            continue
        role = "mentioned" if locator else _role(text, sent.start, sent.end, start, end,
                                                    entry.kind)
        listed = _list_head(found, text, sent.start, start)
        if role == "mentioned" and not locator and listed is not None:
            role = listed.role  # "al-Qaim, Qayyarah Airfield West and possibly K-1"
        alias_of = found[-1] if found and found[-1].start >= sent.start else None
        if role == "mentioned" and alias_of is not None and alias_of.key == entry.name and \
                start - alias_of.end <= 30:
            role = alias_of.role  # "Qayyarah Airfield West, also known as Q-West"
        possibly = bool(POSSIBLY.search(text, max(sent.start, start - 20), start)
                        or POSSIBLE_AFTER.search(text, end, min(sent.end, end + 60)))
        part = (not entry.country and entry.precision == "country" and sea_off_port(
            text, end, lambda n: gaz.lookup(n, fuzzy=False))) or sea_part(
            text, start, entry.name) if entry.kind == "region" else None  # (a whole sea's
        # spot off a port first; a strait keeps its own point)
        if weak_town(entry) and read_weakly(text, start, end, written, entry, raw_at):
            weak.add(start)  # a namesake spelled loosely or named with no place word before
        found.append(PlaceMention(
            entry.name, written, start, end, entry.kind, entry.country or "",
            entry.lat, entry.lon, entry.precision, role, locator, possibly,
            _whole_line(text, start, end), part,
        ))
        prev_end = end
    return without_far_namesakes(found, weak)
