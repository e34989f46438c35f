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
and a delegate's label (place_rolls.py), a writer's bio (place_author_bios.py); this module
orchestrates them, and place_facts.py turns the mentions into one fact per place.
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
from briefdeck.extract.place_affiliations import academic_text, affiliation_place
from briefdeck.extract.place_airfields import (
    SITE_WORD_END,
    _not_spelled,
    _owned_airfield,
    _same_site,
)
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
from briefdeck.extract.place_author_bios import author_bios
from briefdeck.extract.place_countries_acting import (
    ACTOR_BEFORE,
    ACTOR_LIST,
    ACTS_AFTER,
    ALIGNED_BEFORE,
    DELEGATION_BEFORE,
    FLAG_AFTER,
    FORCES_HELD_AFTER,
    GROUP_MEMBERS_BEFORE,
    JOINT_FIRST_AFTER,
    JOINT_LAST_AFTER,
    NATIONALS_AFTER,
    PORTFOLIO_BEFORE,
    PROXIES_AFTER,
    QUALIFIER_AFTER,
    SEAT_WORLD_AFTER,
    SIDE_LAST_AFTER,
    SIDE_TALLY_AFTER,
    SIDES_AFTER,
    SUBJECT_BEFORE,
)
from briefdeck.extract.place_demonyms import DEMONYM_BORDER, DEMONYM_COUNTRY
from briefdeck.extract.place_institutions import institution_names, town_said
from briefdeck.extract.place_lists import LOCATOR, _list_head
from briefdeck.extract.place_named_after import (
    _TOWN_BEFORE,
    BODY_ACRONYM_AFTER,
    COMMODITY_AFTER,
    DIPLOMATIC,
    EMPLOYER_AFTER,
    EMPLOYER_BEFORE,
    EMPLOYER_ROLE_BEFORE,
    FIRM_AFTER,
    LANGUAGES,
    OPERATIONS_BEFORE,
    ORG_AFTER,
    ORG_NAME_AFTER,
    OWNED_BODY_AFTER,
    PLACE_WORD_BEFORE,
    SPEAKS_AFTER,
    TYPE_AFTER,
    WEAPON_AFTER,
    YEAR_PAREN_AFTER,
    _inside_name,
    _named_body,
)
from briefdeck.extract.place_not_places import (
    helper_named,
    home_government,
    idiom_place,
    imprint_city,
    in_spans,
    speaker_lines,
    time_zone,
)
from briefdeck.extract.place_notes import notes_start
from briefdeck.extract.place_outlets import (
    _TOLD_WORDS,
    MEDIA_AFTER,
    OUTLET_BEFORE,
    OUTLET_USE_AFTER,
    TOLD_BEFORE,
    _is_outlet,
)
from briefdeck.extract.place_outliers import read_weakly, weak_town, without_far_namesakes
from briefdeck.extract.place_page_lines import (
    DATELINE_CREDIT,
    RELATED_LINK,
    _dateline_end,
    _in_byline,
    _whole_line,
)
from briefdeck.extract.place_person_names import (
    _NOT_GIVEN,
    _PERSON_TOWN_MAX,
    _PLACE_OPENERS,
    ADDRESSED_AFTER,
    CAPITALISED_AFTER,
    FULL_NAME,
    GIVEN_BEFORE,
    GIVEN_NAME_BEFORE,
    NAME_CHAIN_AFTER,
    PERSON_AFTER,
    PERSON_IS,
    PERSON_NAMED,
    RANK_NAME,
    SAID_ALONE,
    SERVICE_AFTER_NAME,
    SPOKESMAN_FOR_BEFORE,
    SURNAME_ENDS_LINE,
    TITLE_BEFORE,
    _full_name_of,
)
from briefdeck.extract.place_roles import _role
from briefdeck.extract.place_rolls import delegation_label, roll_spans, titled_surname
from briefdeck.extract.place_sea_parts import sea_part
from briefdeck.extract.place_ships import is_ship, ship_names
from briefdeck.extract.place_sites import named_sites
from briefdeck.extract.sentences import Document

BROAD_KINDS = ("country", "province", "region")
NAME_HYPHEN_AFTER = re.compile(r"-[A-Z][a-z]")
# "Tal" of "Tal Baydar", "Ain" of "Ain Issa": the first word of a longer name the gazetteer
# lacks is never the place (GeoNames lists a village "Tal" near Damascus).
_OPENER_OF_NAME = re.compile(r" [A-Z][a-z]")
# "the Sea of Oman", "the Gulf of Oman": a sea named after a country is not the country.
SEA_OF_BEFORE = re.compile(r"\b(?:Sea|Gulf|Bay|Strait|Straits)\s+of\s+(?:the\s+)?$")
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
    raw.sort(key=lambda r: r[0])
    starts = {r[0] for r in raw}
    raw_at = {r[0]: r[2] for r in raw}
    surnames = {m.group(1) for m in FULL_NAME.finditer(text)}
    surnames.update(m.group(1) for m in RANK_NAME.finditer(text))
    named = {m.group(2) for m in PERSON_NAMED.finditer(text) if m.group(1) not in _NOT_GIVEN}
    said_alone = {m.group(1) for m in SAID_ALONE.finditer(text)}
    given_names = {m.group(1).casefold() for m in PERSON_IS.finditer(text)
             if m.group(1) not in _NOT_GIVEN and m.group(1) not in _PLACE_OPENERS}
    credits = {m.group(1) for m in DATELINE_CREDIT.finditer(text, 0, 4000)} \
        if text.find(") ", 0, 4000) >= 0 else ()
    ships = ship_names(text, [(r[0], r[1], r[3]) for r in raw if r[2].kind == "city"])
    benchmarks = {w for _, e, _, w in raw
                  if text[e : e + 1] == " " and COMMODITY_AFTER.match(text, e)}
    labels = speaker_lines(text)
    rolls = roll_spans(text)
    bios = author_bios(text)
    institutions = institution_names(text, raw) if "ospital" in text or "chool" in text or \
        "niversity" in text or "osque" in text or "inistry" in text or "linic" in text or \
        "ollege" in text or "hurch" in text else ()
    academic = academic_text(text)
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
        if sent is None or end > sent.end:
            continue  # boilerplate, captions, page furniture
        if text[sent.start] in "RAS" and RELATED_LINK.match(text, sent.start):
            continue  # "Read: Drone strike kills two in Tyre": another story's headline
        if entry.source == "curated" and 3 <= len(written) <= 5 and written.isupper() and \
                written.isalpha() and _not_spelled(written, entry):
            continue  # "EBL" read as the code "EBBL": initials and codes match only as spelled
        if written in institutions and not town_said(text, start):
            continue  # "Al-Thawra hospital in Hodeidah", then "to Al-Thawra": the hospital
        if ORG_AFTER.match(text, end):
            continue  # "Nineveh Operations Command" is a headquarters, not the province
        if MEDIA_AFTER.match(text, end):
            continue  # "Xinhua news agency", "Baghdad TV": a medium, not a place
        if entry.kind == "city" and written in ships and is_ship(text, start, written, ships):
            continue  # "the frigate Linyi", then "the Linyi": a warship named after a city
        if FLAG_AFTER.match(text, end):
            continue  # "the Panama-flagged carrier": where it is registered, not where it is
        if entry.source != "curated" and _is_outlet(written) and \
                not _TOWN_BEFORE.search(text, max(sent.start, start - 14), start):
            continue  # "told Xinhua", "Source: Xinhua": the news agency, not a town
        if written in credits and entry.source != "curated" and \
                not _TOWN_BEFORE.search(text, max(sent.start, start - 14), start):
            continue  # "(Saba) -" in the dateline, "Saba" again at the end: the outlet
        if text[end : end + 1] == " " and COMMODITY_AFTER.match(text, end):
            continue  # "Brent crude futures": an oil benchmark
        if written == "Palestine" and text[max(0, start - 9):start] == "occupied ":
            continue  # "occupied Palestine": the axis's word for Israel, no place of the report
        if entry.kind == "country" and time_zone(text, start, written):
            continue  # "01:14 a.m. KSA": Saudi time, no place of the report
        if written in LANGUAGES and entry.source != "curated":
            continue  # "in Arabic, Persian and English": a language
        if entry.kind == "city" and (
                (text[end : end + 1] in "'’" or text[end + 1 : end + 2] in "Ecr")
                and OUTLET_USE_AFTER.match(text, end) or text[start - 1 : start] == " "
                and _last_word(text, max(sent.start, start - 16), start - 1) in _TOLD_WORDS
                and TOLD_BEFORE.search(text, max(sent.start, start - 16), start)):
            continue  # "told Al Mayadeen", "Al Mayadeen's correspondent": the channel
        if entry.kind in BROAD_KINDS and text.find(" for ", max(sent.start, start - 70),
                                                   start) >= 0 and \
                PORTFOLIO_BEFORE.search(text, max(sent.start, start - 70), start):
            continue  # "Assistant Secretary of State for Iraq and Iran": a title's brief
        if written in benchmarks and entry.kind == "city" and not PLACE_WORD_BEFORE.search(
                text, max(0, start - 12), start):
            continue  # "Brent climbs" in a report on Brent crude: the benchmark
        if entry.kind == "installation" and NAME_CHAIN_AFTER.match(text, end) and \
                not SITE_WORD_END.search(written):
            continue  # "Meshal Al-Ahmad Al-Jaber Al-Sabah": a person's name
        if entry.kind == "province" and SPOKESMAN_FOR_BEFORE.search(
                text, max(sent.start, start - 30), start):
            continue  # "a spokesman for the Erbil governorate": its administration speaking
        if QUALIFIER_AFTER.match(text, end):
            continue  # "Iran-backed", "Palestine-2"
        if (text[end : end + 1] in "\"”-" or text.startswith(" type", end)) and \
                TYPE_AFTER.match(text, end):
            continue  # 'a drone of the "Yafa" type', "an Ohio-class submarine": a model's name
        if entry.kind == "country" and (
                (text[end : end + 1] in "-–" and SIDES_AFTER.match(text, end))
                or (text[start - 1 : start] in "-–" and start > 1 and text[start - 2].isalpha()
                    and SIDE_LAST_AFTER.match(text, end))):
            continue  # "the Iran–United States proxy conflict": the two sides of it
        if entry.kind == "country" and (
                text[end : end + 1] == "/" and JOINT_FIRST_AFTER.match(text, end)
                or text[start - 1 : start] == "/" and start > 1 and text[start - 2].isalpha()
                and JOINT_LAST_AFTER.match(text, end)):
            continue  # "US/UK strikes": the two sides striking, not where
        if NAME_HYPHEN_AFTER.match(text, end) and end + 1 not in starts:
            continue  # "Agence France-Presse"; not "the Israel-Lebanon border"
        if entry.kind == "city" and entry.source != "curated" and \
                (text.find("issile", end, end + 120) > 0 or text.find("drone", end, end + 60) > 0) \
                and WEAPON_AFTER.match(text, end):
            continue  # "the Khorramshahr missile", "a Yafa drone": a weapon's name
        if entry.kind in BROAD_KINDS and SEA_OF_BEFORE.search(text, max(0, start - 16), start):
            continue  # "the Sea of Oman"
        if (text.find("name", max(0, start - 60), start) >= 0
                or text.find("identified", max(0, start - 60), start) >= 0) \
                and GIVEN_NAME_BEFORE.search(text, max(0, start - 60), start):
            continue  # "gave only his first name, Ahmad"
        if entry.kind == "city" and text[start - 1 : start] == " " and \
                helper_named(text, start):
            continue  # "our driver Ahmad says": a person's given name
        if labels and in_spans(labels, start):
            continue  # "Duarte, Ivan CPT USARMY (USA)   0:03:12": who speaks, no place
        if rolls and in_spans(rolls, start):
            continue  # "Members: Bahrain, China, ...": who sat in the meeting, no place
        if bios and in_spans(bios, start):
            continue  # "X is our correspondent, based in Erbil and Amman": where she works
        if entry.kind == "city" and titled_surname(text, start):
            continue  # "Ms. Hollister (United States of America):": a person's surname
        if entry.kind == "country" and delegation_label(text, start, end):
            continue  # "Mr. Delmas (France) (spoke in French):": the delegation speaking
        if text[end : end + 1] == ":" and imprint_city(text, end):
            continue  # "(Abingdon: Routledge for the IISS, 2026)": where a book was published
        if _in_byline(text, start):
            continue  # "By Jordan Pike": the writer's name
        if academic and affiliation_place(text, start, end):
            continue  # "Farid Nasser (American University of Beirut)": where a writer works
        if idiom_place(text, start):
            continue  # "a martyr on the road to Jerusalem": an idiom, no place of the report
        if (written in surnames or written.isupper() and written.title() in surnames) and \
                entry.kind == "city" and entry.source != "curated":
            continue  # "Spc. Ana R. Moreno ... Moreno's mother": a person's name, not the town
            # (and "Ambassador R. Hartley ... HARTLEY": the cable's signature in capitals)
        if written in named and entry.kind == "city" and entry.source != "curated" \
                and (entry.population or 0) < _PERSON_TOWN_MAX:
            continue  # "Haruto Ishii, a professor ... Ishii said": not Ishii, Tokushima
        if given_names and written.casefold() in given_names and entry.kind == "city" \
                and entry.source != "curated" and (entry.population or 0) < _PERSON_TOWN_MAX:
            continue  # "Dana Voss is an analyst ... DANA VOSS: ...": her given name
        if written in said_alone and entry.kind == "city" \
                and (entry.population or 0) < _PERSON_TOWN_MAX and _full_name_of(text, written):
            continue  # "... Hoshyar Khalid Sindi. ... Sindi said": not Sindi, India
        if entry.kind == "city" and PERSON_AFTER.match(text, end):
            given = GIVEN_BEFORE.search(text, max(0, start - 20), start)
            if given and given.group(1) not in _NOT_GIVEN:
                continue  # "An SDF commander, Rezan Kobani, said": this mention is a person
        if entry.kind == "city" and SURNAME_ENDS_LINE.match(text, end):
            given = GIVEN_BEFORE.search(text, max(0, start - 20), start)
            if given and given.group(1) not in _NOT_GIVEN and given.group(1) not in \
                    _PLACE_OPENERS and text[given.start() - 1 : given.start()] in ("\n", ""):
                continue  # "Rebwar Hama Salih" on a line of its own: a person's name
        if text[end + 1 : end + 2].isupper() and CAPITALISED_AFTER.match(text, end) and \
                TITLE_BEFORE.search(text, max(0, start - 8), start):
            continue  # "Spc. Jordan Pike": a given name
        if entry.kind in BROAD_KINDS and (ORG_NAME_AFTER.match(text, end) or
                                          BODY_ACRONYM_AFTER.match(text, end)):
            continue  # "UK Maritime Trade Operations", "the Kurdistan CTD said"
        if text[end + 1 : end + 2].isupper() and FIRM_AFTER.match(text, end):
            continue  # "Basra Technical Services": a firm bearing the place's name
        if entry.source != "curated" and YEAR_PAREN_AFTER.match(text, end) and \
                OPERATIONS_BEFORE.search(text, sent.start, start):
            continue  # "operations: Euphrates Shield (2016), Olive Branch (2018)": names of
            # operations listed with their years, not Olive Branch, Mississippi
        if entry.kind == "country" and text.startswith("s ", end + 1) \
                and OWNED_BODY_AFTER.match(text, end):
            continue  # "Iran's Revolutionary Guard": the body, not the country
        if entry.kind == "country" and text.startswith(" and ", end) and PROXIES_AFTER.match(
                text[end : end + 60].replace(written, "\0")):
            continue  # "attacks by Iran and Iran-backed groups": a side, not a place
        if entry.kind == "country" and text[end + 1 : end + 2] in "hkm" and \
                FORCES_HELD_AFTER.match(text, end):
            continue  # "the UK had more than 1,000 personnel in Iraq": its forces, kept there
        if entry.kind == "country" and NATIONALS_AFTER.match(text, end):
            continue  # "a United States soldier": whose soldier, not where
        if entry.kind == "country" and SIDE_TALLY_AFTER.match(text, end):
            continue  # "United States - 2, of which: destroyed: 2": whose losses, not where
        if text.startswith(" in ", start - 4) and EMPLOYER_BEFORE.search(
                text, max(sent.start, start - 160), start):
            continue  # "a specialist at the Hollis Institute in London": an employer's seat
        if text.startswith("s ", end + 1) and EMPLOYER_AFTER.match(text, end) and \
                EMPLOYER_ROLE_BEFORE.search(text, max(sent.start, start - 80), start):
            continue  # "a fellow at London's Hollis Institute"
        if written == "USA" and SERVICE_AFTER_NAME.search(text, max(0, start - 60), start):
            continue  # "Lt. Gen. Jo Doe, USA": the US Army
        if text.startswith(", ", start - 2) and OUTLET_BEFORE.search(
                text, max(0, start - 60), start):
            continue  # "Q: Dana Reyes, Al Hurra": the reporter's outlet
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
        part = sea_part(text, start, entry.name) if entry.kind == "region" else None
        if weak_town(entry) and read_weakly(text, start, end, written, entry, raw_at):
            weak.add(start)  # a namesake spelled loosely or named with no place word before
        found.append(PlaceMention(
            entry.name, written, start, end, entry.kind, entry.country or "",
            entry.lat, entry.lon, entry.precision, role, locator, possibly,
            _whole_line(text, start, end), part,
        ))
        prev_end = end
    return without_far_namesakes(found, weak)


def _last_word(text: str, start: int, end: int) -> str:
    """The last word of text[start:end] (a cheap test before a regex on it)."""
    words = text[start:end].rsplit(None, 1)
    return words[-1] if words else ""


