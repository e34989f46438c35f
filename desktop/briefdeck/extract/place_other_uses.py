"""A place's word that names something else here: an outlet ("Xinhua news agency", "told Al
Mayadeen"), a body or firm ("Nineveh Operations Command", "Basra Technical Services"), a weapon
("the Khorramshahr missile"), a benchmark ("Brent crude"), a language, a time zone, a side
("US/UK strikes", "Iran-backed"), a title's brief, an employer's seat, a book's imprint, or a
line of page furniture (another story's headline, a speaker's label, a roll of members, a
writer's bio), an address (place_address_lines.py), a club in a league table
(place_league_tables.py). Each is no place of the report; find_place_mentions (places.py) drops
it.
The shapes are read in the place_* modules imported here; this module says when they apply.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from briefdeck.extract.place_address_lines import address_place
from briefdeck.extract.place_affiliations import (
    academic_text,
    affiliation_line_place,
    affiliation_place,
)
from briefdeck.extract.place_airfields import (
    _not_spelled,
)
from briefdeck.extract.place_countries_acting import (
    FLAG_AFTER,
    FORCES_HELD_AFTER,
    JOINT_FIRST_AFTER,
    JOINT_LAST_AFTER,
    NATIONALS_AFTER,
    PORTFOLIO_BEFORE,
    PROXIES_AFTER,
    QUALIFIER_AFTER,
    SEAT_OWNS_AFTER,
    SEATS_OF_GOVERNMENT,
    SIDE_LAST_AFTER,
    SIDE_TALLY_AFTER,
    SIDES_AFTER,
)
from briefdeck.extract.place_court_captions import court_caption
from briefdeck.extract.place_institutions import institution_names, town_said
from briefdeck.extract.place_league_tables import table_team
from briefdeck.extract.place_named_after import (
    _TOWN_BEFORE,
    BODY_ACRONYM_AFTER,
    COMMODITY_AFTER,
    COURT_BEFORE,
    DEVOTED_BEFORE,
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
    TYPE_AFTER,
    WEAPON_AFTER,
    YEAR_PAREN_AFTER,
)
from briefdeck.extract.place_not_places import (
    idiom_place,
    imprint_city,
    in_spans,
    menu_bird,
    release_marking,
    speaker_lines,
    time_zone,
)
from briefdeck.extract.place_outlets import (
    _TOLD_WORDS,
    MEDIA_AFTER,
    OUTLET_BEFORE,
    OUTLET_USE_AFTER,
    TOLD_BEFORE,
    _is_outlet,
)
from briefdeck.extract.place_page_lines import (
    DATELINE_CREDIT,
    RELATED_LINK,
)
from briefdeck.extract.place_person_names import (
    SERVICE_AFTER_NAME,
    SPOKESMAN_FOR_BEFORE,
)
from briefdeck.extract.place_rolls import delegation_label, roll_spans
from briefdeck.extract.place_ships import is_ship, ship_names
from briefdeck.extract.place_source_cells import source_cells, source_labelled

BROAD_KINDS = ("country", "province", "region")
NAME_HYPHEN_AFTER = re.compile(r"-[A-Z][a-z]")
# "the Sea of Oman", "the Gulf of Oman": a sea named after a country is not the country.
SEA_OF_BEFORE = re.compile(r"\b(?:Sea|Gulf|Bay|Strait|Straits)\s+of\s+(?:the\s+)?$")


@dataclass
class OtherUses:
    """What the whole text says of place words used otherwise, read once per document."""

    starts: set[int]
    credits: Any
    ships: Any
    benchmarks: set[str]
    labels: Any
    rolls: Any
    institutions: Any
    academic: bool
    sources: Any = ()  # cells of a table's Source column (place_source_cells)


def other_uses(text: str, raw: list) -> OtherUses:
    """The outlets credited, ships, benchmarks, page lines and institutions of the text."""
    starts = {r[0] for r in raw}
    credits = {m.group(1) for m in DATELINE_CREDIT.finditer(text, 0, 4000)} \
        if text.find(") ", 0, 4000) >= 0 else ()
    ships = ship_names(text, [(r[0], r[1], r[3]) for r in raw if r[2].kind == "city"])
    benchmarks = {w for _, e, _, w in raw
                  if text[e : e + 1] == " " and COMMODITY_AFTER.match(text, e)}
    labels = speaker_lines(text)
    rolls = roll_spans(text)
    institutions = institution_names(text, raw) if "ospital" in text or "chool" in text or \
        "niversity" in text or "osque" in text or "inistry" in text or "linic" in text or \
        "ollege" in text or "hurch" in text else ()
    academic = academic_text(text)
    return OtherUses(starts, credits, ships, benchmarks, labels, rolls, institutions,
                     academic, source_cells(text))


def names_something_else(text: str, sent, start: int, end: int, entry, written: str,
                         uses: OtherUses, defined: bool = False) -> bool:
    """Is the place's word at start:end the name of something other than the place?"""
    starts, credits, ships, benchmarks = uses.starts, uses.credits, uses.ships, uses.benchmarks
    labels, rolls = uses.labels, uses.rolls
    institutions, academic = uses.institutions, uses.academic
    if text[sent.start] in "RAS" and RELATED_LINK.match(text, sent.start):
        return True  # "Read: Drone strike kills two in Tyre": another story's headline
    if entry.source == "curated" and 3 <= len(written) <= 5 and written.isupper() and \
            written.isalpha() and not defined and _not_spelled(written, entry):
        return True  # "EBL" read as the code "EBBL": initials and codes match only as spelled
        # (or as the report defines them: place_defined_short_forms.py)
    if written in institutions and not town_said(text, start):
        return True  # "Al-Thawra hospital in Hodeidah", then "to Al-Thawra": the hospital
    if ORG_AFTER.match(text, end):
        return True  # "Nineveh Operations Command" is a headquarters, not the province
    if MEDIA_AFTER.match(text, end):
        return True  # "Xinhua news agency", "Baghdad TV": a medium, not a place
    if text[end : end + 1] == ":" and _is_outlet(written) and \
            text[max(0, start - 1) : start] in ("", "\n"):
        return True  # "Al Mayadeen: On Sunday ...": the outlet asking, a transcript's label
    if text[start - 5 : start].lower() == " the " and COURT_BEFORE.search(
            text, max(0, start - 30), start):
        return True  # "Court for the District of Columbia": the caption's district
    if text[start - 3 : start] == "of " and DEVOTED_BEFORE.search(text, max(0, start - 16),
                                                               start):
        return True  # "Knights of Columbus", "Our Lady of Guadalupe": an order's or a
        # devotion's name, no place of the report
    if entry.kind == "city" and written in ships and is_ship(text, start, written, ships):
        return True  # "the frigate Linyi", then "the Linyi": a warship named after a city
    if FLAG_AFTER.match(text, end):
        return True  # "the Panama-flagged carrier": where it is registered, not where it is
    if entry.source != "curated" and _is_outlet(written) and \
            not _TOWN_BEFORE.search(text, max(sent.start, start - 14), start):
        return True  # "told Xinhua", "Source: Xinhua": the news agency, not a town
    if written in credits and entry.source != "curated" and \
            not _TOWN_BEFORE.search(text, max(sent.start, start - 14), start):
        return True  # "(Saba) -" in the dateline, "Saba" again at the end: the outlet
    if entry.kind == "installation" and DIPLOMATIC.search(written) and \
            source_labelled(text, start):
        return True  # "source: U.S. Embassy Baghdad": the mission that reported
    if entry.kind in ("country", "province", "city") and court_caption(text, start, end,
                                                                        written):
        return True  # "UNITED STATES DISTRICT COURT", "United States v. Haddad": a court's
        # title or a case's party
    if text[end : end + 1] == " " and COMMODITY_AFTER.match(text, end):
        return True  # "Brent crude futures": an oil benchmark
    if written == "Palestine" and text[max(0, start - 9):start] == "occupied ":
        return True  # "occupied Palestine": the axis's word for Israel, no place of the report
    if entry.kind == "country" and release_marking(text, start, written):
        return True  # "REL TO USA, JOR": who may read the document, no place of it
    if entry.kind == "country" and time_zone(text, start, written):
        return True  # "01:14 a.m. KSA": Saudi time, no place of the report
    if written in LANGUAGES and entry.source != "curated":
        return True  # "in Arabic, Persian and English": a language
    if entry.kind == "city" and (
            (text[end : end + 1] in "'’" or text[end + 1 : end + 2] in "Ecr")
            and OUTLET_USE_AFTER.match(text, end) or text[start - 1 : start] == " "
            and _last_word(text, max(sent.start, start - 16), start - 1) in _TOLD_WORDS
            and TOLD_BEFORE.search(text, max(sent.start, start - 16), start)):
        return True  # "told Al Mayadeen", "Al Mayadeen's correspondent": the channel
    if entry.kind in BROAD_KINDS and text.find(" for ", max(sent.start, start - 70),
                                               start) >= 0 and \
            PORTFOLIO_BEFORE.search(text, max(sent.start, start - 70), start):
        return True  # "Assistant Secretary of State for Iraq and Iran": a title's brief
    if written in benchmarks and entry.kind == "city" and not PLACE_WORD_BEFORE.search(
            text, max(0, start - 12), start):
        return True  # "Brent climbs" in a report on Brent crude: the benchmark
    if entry.kind == "province" and SPOKESMAN_FOR_BEFORE.search(
            text, max(sent.start, start - 30), start):
        return True  # "a spokesman for the Erbil governorate": its administration speaking
    if QUALIFIER_AFTER.match(text, end):
        return True  # "Iran-backed", "Palestine-2"
    if (text[end : end + 1] in "\"”-" or text.startswith(" type", end)) and \
            TYPE_AFTER.match(text, end):
        return True  # 'a drone of the "Yafa" type', "an Ohio-class submarine": a model's name
    if entry.kind == "country" and (
            (text[end : end + 1] in "-–" and SIDES_AFTER.match(text, end))
            or (text[start - 1 : start] in "-–" and start > 1 and text[start - 2].isalpha()
                and SIDE_LAST_AFTER.match(text, end))):
        return True  # "the Iran–United States proxy conflict": the two sides of it
    if entry.kind == "country" and (
            text[end : end + 1] == "/" and JOINT_FIRST_AFTER.match(text, end)
            or text[start - 1 : start] == "/" and start > 1 and text[start - 2].isalpha()
            and JOINT_LAST_AFTER.match(text, end)):
        return True  # "US/UK strikes": the two sides striking, not where
    if NAME_HYPHEN_AFTER.match(text, end) and end + 1 not in starts:
        return True  # "Agence France-Presse"; not "the Israel-Lebanon border"
    if entry.kind == "city" and entry.source != "curated" and \
            (text.find("issile", end, end + 120) > 0 or text.find("drone", end, end + 60) > 0) \
            and WEAPON_AFTER.match(text, end):
        return True  # "the Khorramshahr missile", "a Yafa drone": a weapon's name
    if entry.kind in BROAD_KINDS and SEA_OF_BEFORE.search(text, max(0, start - 16), start):
        return True  # "the Sea of Oman"
    if labels and in_spans(labels, start):
        return True  # "Duarte, Ivan CPT USARMY (USA)   0:03:12": who speaks, no place
    if rolls and in_spans(rolls, start):
        return True  # "Members: Bahrain, China, ...": who sat in the meeting, no place
    if uses.sources and in_spans(uses.sources, start):
        return True  # "| US Embassy Baghdad |" under "Source": who reported it, no place
    if entry.kind == "country" and delegation_label(text, start, end):
        return True  # "Mr. Delmas (France) (spoke in French):": the delegation speaking
    if text[end : end + 1] == ":" and imprint_city(text, end):
        return True  # "(Abingdon: Routledge for the IISS, 2026)": where a book was published
    if academic and affiliation_place(text, start, end):
        return True  # "Farid Nasser (American University of Beirut)": where a writer works
    if text[start - 2 : start] == ", " and affiliation_line_place(text, start):
        return True  # "7 Gulf Defence Economics Forum, Abu Dhabi, UAE": an author's institution
    if written == "Turkey" and menu_bird(text, start, end, written, sent.start, sent.end):
        return True  # "Turkey, ham, pumpkin pie.": the dish on a holiday menu
    if idiom_place(text, start):
        return True  # "a martyr on the road to Jerusalem": an idiom, no place of the report
    if entry.kind in BROAD_KINDS and (ORG_NAME_AFTER.match(text, end) or
                                      BODY_ACRONYM_AFTER.match(text, end)):
        return True  # "UK Maritime Trade Operations", "the Kurdistan CTD said"
    if text[end + 1 : end + 2].isupper() and FIRM_AFTER.match(text, end):
        return True  # "Basra Technical Services": a firm bearing the place's name
    if entry.source != "curated" and YEAR_PAREN_AFTER.match(text, end) and \
            OPERATIONS_BEFORE.search(text, sent.start, start):
        return True  # "operations: Euphrates Shield (2016), Olive Branch (2018)": names of
        # operations listed with their years, not Olive Branch, Mississippi
    if entry.kind == "country" and text.startswith("s ", end + 1) \
            and OWNED_BODY_AFTER.match(text, end):
        return True  # "Iran's Revolutionary Guard": the body, not the country
    if entry.kind in ("province", "region") and text.startswith("s ", end + 1) and \
            text[end] in "'’" and ORG_NAME_AFTER.match(text, end + 2):
        return True  # "the Ninawa Region's Health Directorate said": the body, not the region
    if entry.kind in ("city", "province") and address_place(text, start, end):
        return True  # "12 Harbour Street, Boston, MA 02110", a service line's addressee
    if entry.kind in ("city", "province", "region") and text[end : end + 1] == " " and \
            table_team(text, start, end):
        return True  # "3. Rovers Fenwick 29 | 4. ...": a club's name in a league table
    if entry.kind == "country" and text.startswith(" and ", end) and PROXIES_AFTER.match(
            text[end : end + 60].replace(written, "\0")):
        return True  # "attacks by Iran and Iran-backed groups": a side, not a place
    if written in SEATS_OF_GOVERNMENT and text[end : end + 1] in "'’" and \
            SEAT_OWNS_AFTER.match(text, end):
        return True  # "Baghdad's government spokesman": the government, not the city
    if entry.kind == "country" and text[end + 1 : end + 2] in "hkm" and \
            FORCES_HELD_AFTER.match(text, end):
        return True  # "the UK had more than 1,000 personnel in Iraq": its forces, kept there
    if entry.kind == "country" and NATIONALS_AFTER.match(text, end):
        return True  # "a United States soldier": whose soldier, not where
    if entry.kind == "country" and SIDE_TALLY_AFTER.match(text, end):
        return True  # "United States - 2, of which: destroyed: 2": whose losses, not where
    if text.startswith(" in ", start - 4) and EMPLOYER_BEFORE.search(
            text, max(sent.start, start - 160), start):
        return True  # "a specialist at the Hollis Institute in London": an employer's seat
    if text.startswith("s ", end + 1) and EMPLOYER_AFTER.match(text, end) and \
            EMPLOYER_ROLE_BEFORE.search(text, max(sent.start, start - 80), start):
        return True  # "a fellow at London's Hollis Institute"
    if written == "USA" and SERVICE_AFTER_NAME.search(text, max(0, start - 60), start):
        return True  # "Lt. Gen. Jo Doe, USA": the US Army
    if text.startswith(", ", start - 2) and OUTLET_BEFORE.search(
            text, max(0, start - 60), start):
        return True  # "Q: Dana Reyes, Al Hurra": the reporter's outlet
    return False


def _last_word(text: str, start: int, end: int) -> str:
    """The last word of text[start:end] (a cheap test before a regex on it)."""
    words = text[start:end].rsplit(None, 1)
    return words[-1] if words else ""
