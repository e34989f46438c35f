"""Places the gazetteer does not know, placed by the known places the text puts them in or
near: "the village of Plauru in Tulcea County", "in Lakhi, Dara Tehsil", "the Khurmala oil
field, about 30 km south-west of Erbil", "the Bazan refinery near Haifa". Each gets the known
place's point (or one offset from it), at that place's precision or coarser.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from briefdeck.geo.textnorm import at_word_start

# A place the gazetteer does not know, named with what it is and a known place it lies in or
# near: "the village of Plauru in Tulcea County", "the Mashtal district of eastern Baghdad".
# It gets the known place's point, at that place's precision or coarser.
_UNKNOWN_NAME = (r"(?P<name>(?:(?:al|el|Al|El)-)?[A-Z][\w'’]+(?:-[A-Z][\w'’]+)?"
                 r"(?:\s+(?:(?:al|el|ad|ar|as|ash|az)-)?[A-Z][\w'’]+){0,2})")
_UNKNOWN_RES = (
    # (Read over the whole text: opening on literals, not \b, is fast; see at_word_start.)
    re.compile(at_word_start("the") + r"\s+(?:[\w-]+\s+){0,3}?(?:village|town|hamlet|"
               r"settlement|district|neighbou?rhood|suburb|locality|municipality|commune)\s+of\s+"
               + _UNKNOWN_NAME),
    re.compile(at_word_start("the", "in", "at", "near") +
               rf"\s+(?:[a-z][\w-]*\s+){{0,2}}?{_UNKNOWN_NAME}\s+"
               r"(?:district|neighbou?rhood|suburb|quarter|village|tehsil|(?:oil|gas)\s?field|"
               r"area(?=,?\s+(?:about|some|roughly|nearly|around|just|\d)))\b"),
    # A valley or mountain named the Arabic way, by what it is: "Wadi al-Shay, south of
    # Kirkuk", "Jabal Bishri near Deir ez-Zor", "the Wadi Hauran in Anbar".
    re.compile(r"(?P<name>" + at_word_start("Wadi", "Jabal", "Jebel", "Jabel") +
               r"\s+(?:(?:al|el|ad|ar|as|ash|az|an)-)?"
               r"[A-Z][\w'’]+(?:\s+(?:al|el)-[A-Z][\w'’]+)?)"),
)
# "the Dhleil area of Zarqa governorate", "the Sinjar countryside of Nineveh": a part of the
# known place named after it (gated on its words: few reports have one).
_AREA_OF = re.compile(at_word_start("the") + rf"\s+{_UNKNOWN_NAME}\s+"
                      r"(?:area|countryside|outskirts|region)(?=\s+of\s)")
_UNKNOWN_RES = (*_UNKNOWN_RES, _AREA_OF)
_AREA_OF_WORDS = (" area of ", " countryside of ", " outskirts of ", " region of ")
_LAND_HEADS = ("Wadi ", "Jabal ", "Jebel ", "Jabel ")
# An address, smallest unit first: "in Lakhi, Dara Tehsil", "area Sorkh, Kot District".
# Looked for only before a known place that an area word follows (see _ANCHOR_AREA); after a
# comma the name must say its kind itself: "said Ahmad, Kot District police" is no place.
_ADDRESS = re.compile(rf"(?:\b(?:in|at|near|area|areas|village|town)\s+{_UNKNOWN_NAME}|"
                      rf",\s+{_UNKNOWN_NAME.replace('name', 'name2')}(?=\s+(?:[Tt]ehsil|"
                      r"[Dd]istrict)\b))(?:\s+(?:[Tt]ehsil|[Dd]istrict|[Vv]illage))?,\s+(?:in\s+)?$")
# "the Lanab oil field, about 30 km (20 miles) south-west of Erbil": a place the gazetteer
# lacks, placed by distance and bearing from a known one.
_COMPASS = {"north": 0, "north-east": 45, "northeast": 45, "east": 90, "south-east": 135,
            "southeast": 135, "south": 180, "south-west": 225, "southwest": 225, "west": 270,
            "north-west": 315, "northwest": 315}
# The distance is looked for first (it starts on a digit, which few positions do), then the
# name in the words right before it. (From a run's first digit only, taken whole: a line of
# digits was read again from each of them.)
_OFFSET = re.compile(
    r"(?P<dist>\d(?<!\d\d)\d*+(?:\.\d+)?)(?:\s*|-)(?P<unit>km|kilometres|kilometers|"
    r"miles?)\b(?:\s*\([^)]{1,25}\))?\s+(?P<dir>(?:north|south)(?:-?(?:east|west))?|east|west)"
    r"\s+of\s+(?:the\s+)?")
_OFFSET_NAME = re.compile(
    rf"\b(?:the|in|at|near|outside|on|of)\s+{_UNKNOWN_NAME}(?P<kind>\s+(?:oil\s?field|gas\s?field|"
    r"refinery|crossing|dam|camp|village|town))?,?\s+(?:(?:about|some|roughly|around|nearly|"
    r"approximately|just)\s+)?$")
# "the southern Lebanese village": a people, not the village's name (and the demonyms of
# briefdeck.geo.towns).
_NOT_NAMES = {
    "American", "British", "French", "German", "Kurdish", "Arab", "Shiite", "Shia", "Sunni",
    "Christian", "Druze", "Alawite", "Bedouin", "Jewish", "Yazidi", "Turkmen", "Assyrian",
    "Armenian", "Houthi", "Border", "Frontline", "Muslim", "Latin", "Ottoman", "Roman", "Old",
    "Industrial", "Financial", "Business", "Diplomatic", "Government", "Commercial", "Military",
    "Residential", "Historic"}
_ANCHOR_GLUE = re.compile(r",?\s+(?:in|near|outside|of|(?:just\s+)?(?:north|south|east|west)"
                          r"(?:-?(?:east|west))?\s+of)\s+(?:the\s+)?"
                          r"(?:(?:north|south|east|west)(?:ern)?\s+|central\s+)?")
# "Mission Support Site Euphrates, near the village of X": the village by the site just named.
_NEAR_BEFORE = re.compile(r",?\s+(?:near|outside|beside|by|next\s+to)\s+$")
_ANCHOR_AREA = re.compile(r"\s+(?:County|Province|province|Governorate|governorate|Oblast|"
                          r"oblast|region|[Dd]istrict|Voivodeship|[Tt]ehsil)\b")
_ANCHOR_KINDS = {"installation": "city", "city": "city", "province": "province",
                 "region": "province", "country": "country"}
# "the city's Saltivka district", "the northern al-Jiraf district": a part of the city the
# report is about, named without the city; placed at the last city named before it.
_URBAN_UNKNOWN = re.compile(
    at_word_start("the") + r"\s+(?:(?:city|capital|town)['’]s\s+|"
    r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)"
    rf"(?:ern)?\s+|central\s+|old\s+){_UNKNOWN_NAME}\s+(?:district|neighbou?rhood|quarter|"
    r"suburb)\b")
URBAN_REACH = 600  # characters back to the city a district belongs to
# "Baghdad's Mashtal neighborhood", "Kyiv's Obolon district": a part of the city just named.
_OWNED_DISTRICT = re.compile(rf"['’]s\s+{_UNKNOWN_NAME}\s+(?:district|neighbou?rhood|quarter|"
                             r"suburb)\b")
# "the Bazan oil refinery in the city's bay area", "the Lanaz refinery near Erbil": a named plant
# the gazetteer lacks, placed at the known place the text puts it in, or at the city just named
# when the text refers back to it ("in the city"). The facility's head word is looked for first
# (a plain alternation is fast), then the name and modifier before it: "complex" and "base"
# need one ("military complex", "naval base").
_FACILITY = re.compile(r"refinery|terminal|power\s+(?:plant|station)|complex|desalination\s+"
                       r"plant|air\s?base|airfield|base|dam")
_FACILITY_NEEDS = {"complex": ("military", "industrial", "petrochemical"),
                   "base": ("military", "naval")}
_FACILITY_MODS = frozenset("oil gas petrochemical military industrial naval".split())
_FACILITY_NAME = re.compile(rf"\bthe\s+{_UNKNOWN_NAME}\s+(?:(?P<mod>oil|gas|petrochemical|"
                            r"military|industrial|naval)\s+)?$")
_THE_CITY = re.compile(r",?\s+(?:in|near|outside|of|on\s+the\s+edge\s+of)\s+the\s+"
                       r"(?:city|town|port)(?:['’]s)?\b")
# Russia's, Ukraine's and Belarus's regions bear their centre's name: "the Samara region".
OBLAST_COUNTRIES = frozenset({"Russia", "Ukraine", "Belarus"})
OBLAST_AFTER = re.compile(r"\s+(region|[Oo]blast)\b")
# Slavic adjectival district names ("Kyivskyi", "Shevchenkivskyi", "Leninskiy") before
# "district": the district, never the GeoNames place of that spelling.
ADJ_DISTRICT = re.compile(r"(?:skyi|skyy|skiy|skyj|s'kyi|s’kyi|zkyi|tskyi)$", re.I)
DISTRICT_AFTER = re.compile(r"\s+(?:district|raion|rayon)\b", re.I)


def anchored_unknowns(text: str, raw: list) -> list:
    """Unknown towns and districts placed at the known place the text puts them in."""
    from briefdeck.geo.gazetteer import GazetteerEntry
    from briefdeck.geo.towns import DEMONYMS

    out = []
    starts = {r[0]: r for r in raw}
    ends = {r[1]: r for r in raw if r[2].kind in ("city", "installation")}
    taken = [(r[0], r[1]) for r in raw]

    def free(a: int, b: int, name: str | None = None) -> bool:
        """Not a known place, a demonym or words another place already took."""
        return (name is None or (name not in _NOT_NAMES and name not in DEMONYMS)) \
            and not any(s < b and a < e for s, e in taken)

    def put(a: int, b: int, name: str, known, precision: str, kind: str = "city",
            where: tuple[float, float] | None = None, notes: str = "") -> None:
        lat, lon = where or (known.lat, known.lon)
        entry = GazetteerEntry(name, kind, known.country, lat, lon, precision, source="text",
                               notes=notes or f"placed at {known.name}")
        out.append((a, b, entry, name))
        taken.append((a, b))

    for pattern in _UNKNOWN_RES:
        if pattern is _UNKNOWN_RES[2] and not any(w in text for w in _LAND_HEADS):
            continue  # a scan of the whole text spared: most reports name no wadi
        if pattern is _AREA_OF and not any(w in text for w in _AREA_OF_WORDS):
            continue
        for m in pattern.finditer(text):
            a, b = m.span("name")
            name = m.group("name")
            if not free(a, b, name):
                continue  # a known place: the gazetteer has it
            glue = _ANCHOR_GLUE.match(text, m.end())
            anchor = starts.get(glue.end()) if glue else None
            if anchor is None and pattern is _UNKNOWN_RES[0]:
                near = _NEAR_BEFORE.search(text, max(0, m.start() - 24), m.start())
                anchor = ends.get(near.start()) if near else None  # "Site X, near the village of"
            if anchor is None and pattern is _UNKNOWN_RES[0]:
                anchor = _area_before(text, raw, m.start())  # "In X province, ... the village of"
            if anchor is None and text.find(" of the ", m.end(), m.end() + 30) >= 0:
                anchor = _referred_back(text, raw, m.start(), _BACK_REF.match(text, m.end()))
            if anchor is None and pattern is not _UNKNOWN_RES[2] and \
                    text.find(" from ", m.end(), m.end() + 50) >= 0:
                anchor = _near_by_distance(text, raw, starts, m.start(), m.end())
            if anchor is None or anchor[2].kind not in _ANCHOR_KINDS or anchor[2].lat is None:
                continue
            known = anchor[2]
            precision = _ANCHOR_KINDS[known.kind]
            if precision == "city" and _ANCHOR_AREA.match(text, anchor[1]):
                precision = "province"  # "in Tulcea County": somewhere in the county
            put(a, b, name, known, precision)
    for anchor in raw:  # "X, Kot District": placed in the unit its address names
        if anchor[2].lat is None or anchor[2].kind not in _ANCHOR_KINDS \
                or not _ANCHOR_AREA.match(text, anchor[1]) \
                or not (text[anchor[0] - 2] == "," or text.startswith(", in ", anchor[0] - 5)):
            continue
        m = _ADDRESS.search(text, max(0, anchor[0] - 80), anchor[0])
        if m is None:
            continue
        group = "name" if m.group("name") else "name2"
        a, b = m.span(group)
        name = m.group(group)
        if free(a, b, name):
            put(a, b, name, anchor[2], "province")
    for d in _OFFSET.finditer(text):
        m = _OFFSET_NAME.search(text, max(0, d.start() - 80), d.start())
        if m is None:
            continue
        a, b = m.span("name")
        name = m.group("name")
        anchor = starts.get(d.end())
        if not free(a, b, name) or anchor is None \
                or anchor[2].kind not in ("city", "installation") or anchor[2].lat is None:
            continue
        miles = d.group("unit").startswith("mile")
        lat, lon = _offset(anchor[2].lat, anchor[2].lon, float(d.group("dist")) *
                           (1.609 if miles else 1.0), _COMPASS[d.group("dir").lower()])
        if m.group("kind"):  # "the X oil field": the field is the place named
            b = m.end("kind")
            name = text[a:b]
        put(a, b, name, anchor[2], "city", where=(lat, lon),
            notes=f"{d.group('dist')} {d.group('unit')} {d.group('dir')} of {anchor[2].name}")
    for d in _PAREN_BEARING.finditer(text):  # "near Dachenske (south of Pokrovsk)"
        m = _NAME_BEFORE_PAREN.search(text, max(0, d.start() - 50), d.start())
        anchor = starts.get(d.end())
        if m is None or anchor is None or anchor[2].kind not in ("city", "installation") \
                or anchor[2].lat is None:
            continue
        a, b = m.span("name")
        if free(a, b, m.group("name")):
            put(a, b, m.group("name"), anchor[2], "city")
    cities = sorted((r[0], r[2]) for r in raw if r[2].kind == "city" and r[2].lat is not None)
    for d in _APPOSITIVE.finditer(text):  # "Qasrak, a coalition outpost north of Hasakah"
        m = _NAME_BEFORE_COMMA.search(text, max(0, d.start() - 60), d.start())
        anchor = starts.get(d.end())
        if m is None or anchor is None or anchor[2].kind not in _ANCHOR_KINDS \
                or anchor[2].lat is None:
            continue
        a, b = m.span("name")
        if free(a, b, m.group("name")):
            put(a, b, m.group("name"), anchor[2], _ANCHOR_KINDS[anchor[2].kind])
    for d in _ADJ_DISTRICT_UNKNOWN.finditer(text):  # "in the Sviatoshynskyi district"
        m = _ADJ_NAME_BEFORE.search(text, max(0, d.start() - 40), d.start() + 3)
        if m is None or not ADJ_DISTRICT.search(m.group()):
            continue
        a, b = m.start(), d.end()  # the name with its "district": how reports write it
        before = [c for c in cities if a - URBAN_REACH <= c[0] < a]
        if before and free(a, b):
            put(a, b, text[a:b], before[-1][1], "city")
    for f in _FACILITY.finditer(text):
        if text[f.start() - 1 : f.start()] != " " or text[f.end() : f.end() + 1].isalnum():
            continue  # "database", "dams"
        word_start = text.rfind(" ", 0, f.start() - 1) + 1
        if text[word_start : f.start() - 1] in _FACILITY_MODS:
            word_start = text.rfind(" ", 0, word_start - 1) + 1
        if not text[word_start : word_start + 1].isupper():
            continue  # cheap test: no capitalised name right before
        m = _FACILITY_NAME.search(text, max(0, f.start() - 60), f.start())
        if m is None or (f.group() in _FACILITY_NEEDS
                         and m.group("mod") not in _FACILITY_NEEDS[f.group()]):
            continue
        a, b = m.span("name")
        if not free(a, b, m.group("name")):
            continue  # "the Haifa refinery": Haifa is the place already
        glue = _ANCHOR_GLUE.match(text, f.end())
        anchor = starts.get(glue.end()) if glue else None
        if anchor is not None and anchor[2].kind in _ANCHOR_KINDS and anchor[2].lat is not None:
            known = anchor[2]
        elif _THE_CITY.match(text, f.end()):
            before = [c for c in cities if f.start() - URBAN_REACH <= c[0] < a]
            if not before:
                continue
            known = before[-1][1]
        else:
            continue
        precision = "city" if _ANCHOR_KINDS.get(known.kind) == "city" else "province"
        put(a, f.end(), text[a:f.end()], known, precision, kind="installation")
    ends = {r[1]: r for r in raw}
    for m in _OWNED_DISTRICT.finditer(text):
        a, b = m.span("name")
        name = m.group("name")
        city = ends.get(m.start())
        if city is not None and city[2].kind == "city" and city[2].lat is not None \
                and free(a, b, name):
            put(a, b, name, city[2], "city")
    for m in _URBAN_UNKNOWN.finditer(text):
        a, b = m.span("name")
        before = [c for c in cities if m.start() - URBAN_REACH <= c[0] < m.start()]
        if before and free(a, b, m.group("name")):
            put(a, b, m.group("name"), before[-1][1], "city")
    return out


# "advanced near Dachenske (south of Pokrovsk)": a front-line village the gazetteer lacks,
# located in brackets by its bearing from a known town (how ISW-style updates write it).
_PAREN_BEARING = re.compile(r"\((?:just\s+|directly\s+)?(?:(?:(?:north|south)(?:-?(?:east|west))?"
                            r"|east|west)\s+of|near)\s+")
_NAME_BEFORE_PAREN = re.compile(rf"\b(?:in|near|of|at|to|toward|towards|from|outside|around|"
                                rf"into|and|seized|captured|entered|took)\s+{_UNKNOWN_NAME}\s+$")
# "X, a coalition outpost north of the city of Hasakah", "X, a village near Daraa": a name the
# gazetteer lacks, said by an appositive to be a settlement or base by a known place. The
# words before the kind may not hold "of": "Ali, a resident of the town of Y" is a person.
_APPOSITIVE = re.compile(
    r",\s+(?:a|an|the)\s+(?:(?!of\b)[a-z][\w-]*\s+){0,3}?(?:village|town|hamlet|settlement|"
    r"outpost|base|garrison|camp|suburb)\s+(?:on\s+the\s+(?:[A-Z][\w'’-]*\s+){1,2}(?:River|"
    r"river|road|highway|coast|border)\s+)?(?:in|near|outside|(?:just\s+)?(?:north|south|east|"
    r"west)(?:-?(?:east|west))?\s+of)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+|"
    r"central\s+)?(?:(?:city|town|province|governorate)\s+of\s+)?")
_NAME_BEFORE_COMMA = re.compile(rf"(?<![\w'’-]){_UNKNOWN_NAME}$")
# An adjectival district name the gazetteer lacks: placed at the city named before it.
_ADJ_DISTRICT_UNKNOWN = re.compile(r"k[iy][iyj] (?:district|raion|rayon)\b")  # "k" first: fast
_ADJ_NAME_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][a-z'’]+$")
_IN_BEFORE = re.compile(r"\b[Ii]n\s+(?:the\s+)?$")
_AREA_REACH = 300  # characters back, within the sentence, to "In X province,"


# "the village of X, west of the airport": the airport, base or city the text just named.
_BACK_REF = re.compile(r",?\s+(?:just\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+"
                       r"the\s+(?P<what>airport|air\s?base|base|city|town|capital)\b")
_BACK_KINDS = {"airport": "installation", "airbase": "installation", "air base": "installation",
               "base": "installation", "city": "city", "town": "city", "capital": "city"}


# "the village of X, about four kilometers from the base": near enough to place it there.
_DISTANCE_FROM = re.compile(
    r",?\s+(?:(?:about|some|roughly|nearly|around|just|only|less\s+than|under)\s+)?"
    r"(?P<n>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few)"
    r"(?:\s*|-)(?P<unit>km|kilometers|kilometres|miles?)(?:\s*\([^)]{1,25}\))?\s+(?:away\s+)?"
    r"from\s+(?:the\s+)?")
_SMALL_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                  "eight": 8, "nine": 9, "ten": 10, "a few": 5}
_NEAR_KM = 25  # farther than this, the place it is measured from is no point for it
_BACK_WORD = re.compile(r"(?P<what>airport|air\s?base|base|city|town|capital)"
                        r"(?:\s+cent(?:re|er))?\b")


def _near_by_distance(text: str, raw: list, starts: dict, start: int, end: int):
    """The known place a short distance from which the text puts the name at [start, end)."""
    d = _DISTANCE_FROM.match(text, end)
    if d is None:
        return None
    n = d.group("n").lower()
    dist = float(_SMALL_NUMBERS.get(re.sub(r"\s+", " ", n)) or n)
    if (dist * 1.609 if d.group("unit").startswith("mile") else dist) > _NEAR_KM:
        return None
    return starts.get(d.end()) or _referred_back(text, raw, start,
                                                  _BACK_WORD.match(text, d.end()))


def _referred_back(text: str, raw: list, start: int, m):
    """The known place that "the airport" or "the city" (matched by m, after a name starting
    at start) refers back to: the last one of that kind named shortly before."""
    if m is None:
        return None
    kind = _BACK_KINDS[re.sub(r"\s+", " ", m.group("what"))]
    best = None
    for r in raw:
        if start - URBAN_REACH <= r[0] < start and r[2].kind == kind and r[2].lat is not None:
            best = r
    return best


def _area_before(text: str, raw: list, pos: int):
    """The province or region named with "in" earlier in pos's sentence, if any."""
    lo = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos), pos - _AREA_REACH)
    best = None
    for r in raw:
        if lo < r[0] < pos and r[2].kind in ("province", "region") and r[2].country \
                and _IN_BEFORE.search(text, max(0, r[0] - 8), r[0]):
            best = r
    return best


# "the al-Hamdaniya and New Aleppo districts of Aleppo city": the district lies in that city.
_DISTRICT_OF = re.compile(r"(?:\s+and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+"
                          r"(?:districts?|neighbou?rhoods?|quarters?|suburbs?)\s+of\s+"
                          r"(?:the\s+)?(?:city\s+of\s+)?")
_DISTRICT_KM = 50  # a homonym farther than this from the city named is another place


def in_named_city(text: str, end: int, entry, raw_at: dict):
    """The entry moved into the city the text says it is a district of, when the gazetteer's
    place of that name lies elsewhere (Hamdaniya in Iraq for Aleppo's al-Hamdaniya)."""
    if text.find(" of", end, end + 80) < 0:
        return entry  # cheap test: most mentions have no "district of" after them
    m = _DISTRICT_OF.match(text, end)
    city = raw_at.get(m.end()) if m else None
    if city is None or city.kind != "city" or city.lat is None:
        return entry
    from briefdeck.geo.towns import km

    if km(entry.lat, entry.lon, city.lat, city.lon) <= _DISTRICT_KM:
        return entry
    return replace(entry, country=city.country or entry.country, lat=city.lat, lon=city.lon,
                   precision="city")


def _offset(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    """The point km away from (lat, lon) on a compass bearing (flat earth: tens of km)."""
    rad = math.radians(bearing)
    dlat = km * math.cos(rad) / 111.2
    dlon = km * math.sin(rad) / (111.2 * max(0.05, math.cos(math.radians(lat))))
    return round(lat + dlat, 4), round(lon + dlon, 4)


# "the al-Omar and Conoco oil fields", "the Harir and Ain al-Asad air bases": two sites share
# one plural head noun; the first is the site named with that head in the singular.
_SHARED_HEAD = re.compile(r"\b(?:oil|gas)\s?fields\b|\bair\s?bases\b|\bairports\b|\bcrossings\b|"
                          r"\brefineries\b|\bbridges\b")
_FIRST_OF_PAIR = re.compile(
    r"(?P<first>(?:(?:al|Al|el|El)[- ])?[A-Z][\w'’-]*(?:\s+(?:(?:al|el)-)?[A-Z][\w'’-]*){0,2})"
    r"\s+and\s+(?:the\s+)?(?P<second>(?:(?:al|Al|el|El)[- ])?[A-Z][\w'’-]*"
    r"(?:\s+(?:(?:al|el)-)?[A-Z][\w'’-]*){0,2})\s+$")
_HEAD_WORDS = ("fields", "bases", "airports", "crossings", "refineries", "bridges")


def _shared_heads(text: str):
    """_SHARED_HEAD's matches, found from its last words (str.find is ten times faster)."""
    for word in _HEAD_WORDS:
        pos = text.find(word)
        while pos >= 0:
            m = _SHARED_HEAD.search(text, max(0, pos - 5), pos + len(word) + 1)
            if m is not None and m.end() == pos + len(word):
                yield m
            pos = text.find(word, pos + len(word))


_SINGULAR = {"fields": "field", "oilfields": "oilfield", "gasfields": "gasfield", "bases": "base",
             "airbases": "airbase", "airports": "airport", "crossings": "crossing",
             "refineries": "refinery", "bridges": "bridge"}


# "Kuwaiti ports (Shuwaikh, Shuaiba, Mubarak Al-Kabeer)": sites listed in brackets after
# the plural head noun they share.
_BRACKET_LIST = re.compile("(" + at_word_start("ports", "airports", "bases", "airfields",
                                               "crossings") + r")\s+\(([^()\n]{3,120})\)")
_LIST_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def _bracketed_sites(text: str, gaz) -> list:
    added = []
    if text.find("s (") < 0:
        return added
    for m in _BRACKET_LIST.finditer(text):
        head = m.group(1)[:-1]
        pos = m.start(2)
        for item in _LIST_SPLIT.split(m.group(2)):
            at = text.find(item, pos, m.end(2))
            pos = at + len(item) if at >= 0 else pos
            if at < 0 or not item[:1].isupper():
                continue
            entry = gaz.lookup(f"{item} {head}", fuzzy=False)
            if entry is not None and head in entry.name.casefold():
                added.append((at, at + len(item), entry, item))
    return added


def shared_head_sites(text: str, raw: list, gaz) -> list:
    """raw with the first of two sites sharing a plural head placed as that site: "the al-Omar
    and Conoco oil fields" is the al-Omar oil field (over what the bare word gave, if any)."""
    added = _bracketed_sites(text, gaz)
    for m in _shared_heads(text):
        if text.find(" and ", max(0, m.start() - 90), m.start()) < 0:
            continue
        pair = _FIRST_OF_PAIR.search(text, max(0, m.start() - 80), m.start())
        if pair is None:
            continue
        head = m.group().split()
        head[-1] = _SINGULAR.get(head[-1].lower(), head[-1])
        for group in ("first", "second"):
            words = pair.group(group).split()
            for i in range(len(words)):  # "Erbil and Baghdad airports": the longest name known
                entry = gaz.lookup(" ".join(words[i:] + head), fuzzy=False)
                if entry is not None and entry.kind == "installation":
                    start = pair.start(group) + len(" ".join(words[:i])) + (1 if i else 0)
                    # named with its head ("Sinak bridge"): the bare word may be no name
                    written = f"{text[start:pair.end(group)]} {' '.join(head)}"
                    added.append((start, pair.end(group), entry, written))
                    break
    if not added:
        return raw
    covered = [(a[0], a[1]) for a in added]
    kept = [r for r in raw if not any(s <= r[0] and r[1] <= e for s, e in covered)]
    return kept + added
