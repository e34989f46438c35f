"""The words around a name that let it count as a place, or say it is something else.

A known spelling is not yet a place: "Hit" is a verb, "al-Asad" a family, "Washington Post" a
paper. These rules read the neighbouring words (a base or town word, a place preposition, a
country after a city, a capitalised run that makes a longer name) for Gazetteer._choose.
"""

from __future__ import annotations

import re

from briefdeck.geo.places import BIG_CITY, CURATED, PlaceName
from briefdeck.geo.scan import _Scan
from briefdeck.geo.textnorm import Token, fold_token, is_capitalised, name_key, sentence_initial
from briefdeck.geo.translit import ARTICLES as LOOSE_ARTICLES

Key = tuple[str, ...]
# fmt: off
# Words after a name that say it is a base ("Balad air base").
BASE_CUES: tuple[Key, ...] = (("air", "base"), ("airbase",), ("base",), ("airfield",),
                              ("air", "field"))
# "the town of Hit", "the outskirts of al-Dana"
TOWN_CUES = frozenset({"town", "towns", "city", "village", "villages", "port", "district",
                       "outskirts", "suburbs", "environs", "vicinity"})
# The same words folded as the scan folds them ("village" is read "vilage"): a namesake's
# "the village of X" reason (namesakes.py). The gazetteer's own town cue still compares the
# unfolded words, so "village of" does not yet accept a weak world city there: doing so put
# "the village of Victoria in Tulcea County, Romania" in Hong Kong.
TOWN_CUE_KEYS = frozenset(map(fold_token, TOWN_CUES))
# Countries whose surname-like towns (places.EAST_ASIAN_SURNAMES) still count after "in".
SURNAME_COUNTRIES = frozenset({"Japan", "South Korea", "North Korea"})
# Capitalised words that may follow a city without making it part of another name.
PLACE_WORDS = frozenset(map(fold_token, {
    "airport", "province", "governorate", "district", "dam", "base", "air", "airbase", "airfield",
    "camp", "city", "region", "countryside", "border", "crossing", "bridge", "river", "valley",
    "plain", "plains", "county", "oblast", "voivodeship", "raion", "municipality",
    "tehsil", "tahsil", "subdistrict"}))  # Pakistan's and India's sub-districts
# Lower-case particles inside names ("Ville de Québec", "Costa del Sol").
PARTICLES = frozenset({"de", "du", "da", "del", "della", "di", "des", "do", "dos", "la", "le",
                       "van", "von", "der"})
# Words that open a sentence before a place ("In Boston", "Near Mosul").
OPENERS = frozenset({"in", "at", "near", "from", "to", "outside", "around", "the", "and", "but",
                     "of", "for", "while", "when", "after", "before", "since", "as", "like",
                     # a question or a clause opening on its verb ("Is Harir affected?")
                     "is", "was", "are", "were", "did", "does", "has", "if", "also", "only",
                     # a date before a place ("on 23 Feb Harim was hit") is no given name
                     "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept",
                     "oct", "nov", "dec", "january", "february", "march", "april", "june",
                     "july", "august", "september", "october", "november", "december",
                     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                     "sunday"})
# Words before a place that let a weak alias or a word-like regional town count ("at al-Asad").
LOCATIVES = frozenset({"in", "at", "near", "from", "to", "into", "outside", "around", "toward",
                       "towards"})
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest",
                           "southeast", "southwest", "northern", "southern", "eastern", "western"})
# fmt: on

# "the island of Abu Musa": what lets a weak alias of an island count.
ISLAND_CUES = frozenset({"island", "islands", "isle"})


# "in the al-Baghdadi district": an area word after the name makes it a place.
AREA_WORDS = frozenset(name_key(w)[0] for w in (  # folded as word keys are ("vilage")
    "district", "subdistrict", "sub-district", "area", "town", "village", "neighbourhood",
    "neighborhood", "countryside", "outskirts", "region"))

# An administrative unit's word after a name: no family has a district.
_DISTRICT_WORDS = frozenset(name_key(w)[0] for w in ("district", "subdistrict", "sub-district"))
_BETWEEN = name_key("between")[0]  # keys are folded ("betwen")
_ROAD_BEFORE = re.compile(
    r"\b(?:[Hh]ighway|[Rr]oad|[Rr]oute|[Mm]otorway)\b[\w\s-]{0,12}\s+between\s+$"
)
# "the Zap and Qandil regions": a plural land word after a weak alias names places, never a family.
PLURAL_AREA_WORDS = frozenset(name_key(w)[0] for w in (  # folded as word keys are
    "regions", "areas", "districts", "mountains", "provinces", "governorates", "villages", "towns"))

# Buildings a weak alias (often a family's name) is given to: never the place itself.
_NAMED_FOR_PERSON = frozenset(name_key(w)[0] for w in (  # folded as word keys are ("schol")
    "hospital", "clinic", "school", "university", "mosque", "street", "square", "stadium",
    "foundation"))


def _weak_ok(scan: _Scan, i: int, last: Token, j: int) -> bool:
    """A weak alias counts as "at al-Asad": article, place preposition, no possessive.
    j: the index of the word after the name."""
    possessive = scan.text[last.end : last.end + 2] in ("'s", "’s")
    if not possessive and j < len(scan.words) and scan.linked[j - 1] \
            and scan.words[j].key in PLURAL_AREA_WORDS:
        return True  # "the Gara, Hakurk and Qandil regions": a plural land word shared by a list
    area = j < len(scan.words) and scan.linked[j - 1] and scan.words[j].key in AREA_WORDS
    named = i and scan.linked[i - 1] and is_capitalised(scan.text, scan.words[i - 1])
    if area and not possessive and not named and (scan.words[j].key in _DISTRICT_WORDS or (
            scan.prev_key(i) in LOCATIVES and not scan.article_before[i])):
        return True  # "al-Baghdadi district", "launched from Baghdadi area": a land's name
    if not scan.article_before[i] or possessive:
        return False
    if j < len(scan.words) and scan.linked[j - 1] and scan.words[j].key in _NAMED_FOR_PERSON:
        return False  # "to al-Asad hospital": a building named for the family, not the base
    if scan.prev_key(i) in LOCATIVES:
        return True
    if scan.prev_key(i) == _BETWEEN and _ROAD_BEFORE.search(
            scan.text, max(0, scan.article_before[i].start - 40), scan.article_before[i].start):
        return True  # "Highway 12 between al-Baghdadi and Hit": a road runs between places
    if scan.prev_key(i) == "the" and i >= 2 and scan.words[i - 2].key in LOCATIVES and area:
        return True
    # "8 km north of al-Baghdadi": a bearing from it is said only of a place.
    return scan.prev_key(i) == "of" and i >= 2 and scan.words[i - 2].key in COMPASS_WORDS


def _city_allowed(scan: _Scan, i: int, size: int, name: PlaceName, town_cue: bool) -> bool:
    text, words = scan.text, scan.words
    j = i + size
    if name.common:
        # A city named like an everyday word needs its country, state or "town of" beside it.
        regional = name.rank[1] == 1 or name.entry.country in SURNAME_COUNTRIES
        local = regional and scan.prev_key(i) in LOCATIVES and not sentence_initial(text, words[i])
        return town_cue or local or _cue_follows(words, j, name) or (
            regional and _land_follows(scan, i, j))
    if name.rank[0] == CURATED:
        return True
    # GeoNames names inside a run of capitalised words are usually people or
    # organisations ("Lloyd Austin", "Adam Smith", "Washington Post").
    prev = words[i - 1] if i and scan.linked[i - 1] else None
    if prev is not None and is_capitalised(text, prev) and prev.key not in OPENERS:
        return False
    if prev is not None and prev.key in PARTICLES and i >= 2 and scan.linked[i - 2] \
            and is_capitalised(text, words[i - 2]):
        return False  # "HMCS Ville de Québec", "Banco de Bogotá": the end of a longer name
    if prev is not None and prev.key in LOOSE_ARTICLES and text[prev.end] in "-‐–" \
            and i >= 2 and scan.linked[i - 2] and is_capitalised(text, words[i - 2]):
        return False  # "Maarat an-Numan": the end of a longer Arabic name, not Numan
    span = text[words[i].start : words[j - 1].end]
    if len(span) <= 4 and span.isupper():  # "IB", "MENA": abbreviations, not towns
        return False
    far = name.rank[1] == 0 and name.entry.population < BIG_CITY  # outside the region
    if far and _POSSESSIVE_NAME.match(text, words[j - 1].end):
        return False  # "Saint George's Branch", "St. Mary's Hospital": a longer name
    nxt = words[j] if j < len(words) and scan.linked[j - 1] else None
    if nxt is None or not is_capitalised(text, nxt) or nxt.key in PLACE_WORDS \
            or shouted_after(text, words[i], words[j - 1], nxt) or _date_follows(words, j):
        return True
    if nxt.key in _NAMED_FOR_TOWN and name.rank[1] == 1 and name.entry.country \
            and name.entry.country in text:
        return True  # "Al-Jahra Hospital" in a report on Kuwait: the hospital stands in the
        # town; a district's namesake abroad ("Adan Hospital", not Aden) needs its country
    return _cue_follows(words, j, name)


# Terse digests date an item right after its place ("strike near Tyre 27 Nov", "Sidon
# Tuesday"): a day, not the rest of a longer name.
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
MONTHS = frozenset({"jan", "january", "feb", "february", "mar", "march", "apr", "april", "may",
                    "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september",
                    "oct", "october", "nov", "november", "dec", "december"})


def _date_follows(words: list[Token], j: int) -> bool:
    key = words[j].key
    if key in WEEKDAYS:
        return True
    return (key.isdigit() and len(key) <= 2 and j + 1 < len(words)
            and words[j + 1].key in MONTHS)


# Buildings a town's name is given to that stand in that town.
_NAMED_FOR_TOWN = frozenset({"hospital", "hospitals"})


# "the Hit desert", "the Hit district": a capitalised word-like name before what kind of land
# it names; "Hit, west of Ramadi": before where it lies.
LAND_WORDS = frozenset({"desert", "countryside", "district", "subdistrict", "area", "areas",
                        "outskirts", "road", "highway", "valley", "plain", "plains", "region",
                        "sector", "axis", "front", "border", "crossing", "governorate"})
_WHERE_AFTER = re.compile(r",\s+(?:about\s+|some\s+|roughly\s+)?(?:\d+\s*(?:km|kilomet(?:er|re)s|"
                          r"miles)\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+"
                          r"(?:the\s+)?[A-Z]")


def _land_follows(scan: _Scan, i: int, j: int) -> bool:
    text, words = scan.text, scan.words
    if _WHERE_AFTER.match(text, words[j - 1].end):
        return True
    nxt = words[j] if j < len(words) and scan.linked[j - 1] else None
    return (nxt is not None and nxt.key in LAND_WORDS and not is_capitalised(text, nxt)
            and scan.prev_key(i) == "the" and not sentence_initial(text, words[i]))


def shouted_after(text: str, first: Token, last: Token, nxt: Token) -> bool:
    """Is nxt a word in capitals after a name that is not ("Pemba MODERATE", "Mosul PMF"):
    a rating or an acronym beside the name, not the rest of one longer name."""
    word = text[nxt.start : nxt.end]
    return len(word) >= 2 and word.isupper() and not text[first.start : last.end].isupper()


_POSSESSIVE_NAME = re.compile(r"['’]s\s+[A-Z]")


def _cue_follows(words: list[Token], j: int, name: PlaceName) -> bool:
    """Is words[j:] the city's country or state ("Mobile, Alabama")?"""
    ahead = tuple(w.key for w in words[j : j + 8])  # the longest cue has 7 words
    return any(ahead[: len(c)] == c for c in name.cues)
