"""Which of the places sharing a name the text means.

A name may be a city in one country and a village, a district or a base in another ("Qana",
"Yarmouk", "Samarra"/"Samara"). The countries the text names, the places named around the
mention and a capital's standing pick one: these are the rules for that second look.
"""

from __future__ import annotations

import bisect

from briefdeck.geo.mentions import Mention
from briefdeck.geo.name_cues import TOWN_CUE_KEYS, Key
from briefdeck.geo.places import (
    BIG_CITY,
    CURATED,
    GN_CITY,
    NATIONAL_CAPITALS,
    GazetteerEntry,
    PlaceName,
)
from briefdeck.geo.scan import _Scan
from briefdeck.geo.towns import Town, Towns, km
from briefdeck.geo.translit import loose_key

# A small city is swapped for a same-name village of its country when the village lies
# within NEAR_TOWN_KM of the places named around it (NEAR_TOWN_CHARS either side) and the
# city lies more than FAR_CITY_KM from all of them.
NEAR_TOWN_CHARS = 1500
NEAR_TOWN_KM = 120
FAR_CITY_KM = 300
# Namesakes in two countries the text names: a country named within this many words picks one.
NEAR_COUNTRY_WORDS = 30


def _nearer_towns(towns: Towns, mentions: list[Mention], found: list) -> list[Mention]:
    """A small city far from every other place the text names, when a village of the
    same name in that country lies among them: in a report on Kharkiv region strikes,
    "Zolochiv" is the Kharkiv-region village, not the town near Lviv."""
    points = [(m.start, m.entry) for m in mentions
              if m.entry.kind in ("city", "installation") and m.entry.lat is not None]
    starts = [p[0] for p in points]  # mentions come in text order
    out = []
    for m, (_i, _size, group, pick) in zip(mentions, found, strict=True):
        e = m.entry
        town = None
        if pick.rank[0] == GN_CITY and e.population < BIG_CITY and e.lat is not None \
                and e is pick.entry:
            town = _same_name_town(towns, group[0].key, e.country)
        elif len(group) > 1 and e.lat is not None and (
                e is pick.entry or pick.rank[0] == CURATED and e.kind == "installation"):
            # (a site chosen by the country named is still moved to its namesake beside
            # the places around it: the al-Waleed crossing by al-Tanf, not by Semalka)
            town = _namesake_near(group, e, points, starts, m)
            if town is None and pick.rank[0] == CURATED and e.kind == "installation":
                site = _sibling_site_near(group, e, points, starts, m)
                if site is not None:
                    out.append(Mention(m.start, m.end, site, m.matched_text))
                    continue
        if town is not None:
            lo = bisect.bisect_left(starts, m.start - NEAR_TOWN_CHARS)
            hi = bisect.bisect_right(starts, m.start + NEAR_TOWN_CHARS)
            around = [p for _, p in points[lo:hi] if p.name != e.name]
            if around and min(km(town.lat, town.lon, p.lat, p.lon) for p in around) \
                    <= NEAR_TOWN_KM and min(km(e.lat, e.lon, p.lat, p.lon)
                                            for p in around) > FAR_CITY_KM:
                m = Mention(m.start, m.end, town, m.matched_text)
        out.append(m)
    return out


def _same_name_town(towns: Towns, key: Key, country: str | None) -> GazetteerEntry | None:
    cc = towns.code(country) if towns is not None else None
    if cc is None:
        return None
    for size, _own, folded, line in towns.index(cc).get(key[0], ()):
        if size == len(key) and folded == " ".join(key):
            town = towns.town(cc, line)
            if town.common:
                return None
            return town.entry()
    return None


def _town_of(towns: Towns | None, key: Key, context: frozenset[str]) -> GazetteerEntry | None:
    """A town of that name in a country the text names, for a city found only abroad:
    in an article on Lebanon, "Qana" is the Lebanese village, not Qina in Egypt."""
    if towns is None:
        return None
    for country in sorted(context):
        cc = towns.code(country)
        if cc is None:
            continue
        for size, _own, folded, line in towns.index(cc).get(key[0], ()):
            if size == len(key) and folded == " ".join(key):
                town = towns.town(cc, line)
                if town.common:
                    return None  # "Victoria", "Lisa": a word more often than the village
                return town.entry()
    loose = loose_key(key)  # "Al-Mansura" for GeoNames' Syrian "Al Manşūrah"
    for country in sorted(context):
        cc = towns.code(country)
        for size, _own, folded, line in towns.loose_index(cc).get(loose[0], ()) \
                if cc else ():
            if size == len(loose) and folded == loose:
                town = line if isinstance(line, Town) else towns.town(cc, line)
                return None if town.common else town.entry()
    return None


# A town's country named this many words from it ("Aqaba, Yemen", "Yemen's Aqaba") is a reason.
OWN_COUNTRY_WORDS = 3


def village_abroad_unreasoned(scan: _Scan, found: list, i: int, size: int,
                              city: GazetteerEntry, town: GazetteerEntry) -> bool:
    """Would a village of a country the text names replace a city of another country spelled
    letter for letter, with nothing in the text saying so? A dateline's "ADEN, Yemen" or a
    Yemeni port named in the story gives no reason to read "carrying fertiliser from Aqaba"
    as a Yemeni hamlet rather than Jordan's port: the country named is a tie-breaker among
    namesakes, not a cue. "the village of Sabha" or "Aqaba, Yemen" is a reason."""
    if town.country == city.country or not _spelled_as(scan, i, size, city):
        return False
    words = scan.words
    if i >= 2 and words[i - 1].key == "of" and words[i - 2].key in TOWN_CUE_KEYS:
        return False
    return not any(f[3].entry.kind != "city" and f[3].entry.country == town.country
                   and -OWN_COUNTRY_WORDS <= f[0] - i <= size + OWN_COUNTRY_WORDS
                   for f in found)


def _namesake_near(group, e, points, starts, m) -> GazetteerEntry | None:
    """A namesake of the pick in another country lying by the places named around the
    mention (the caller checks the distances): in a report on Baghdad's airport, "Yarmouk"
    is the Baghdad district, not the Damascus camp."""
    lo = bisect.bisect_left(starts, m.start - NEAR_TOWN_CHARS)
    hi = bisect.bisect_right(starts, m.start + NEAR_TOWN_CHARS)
    around = [p for _, p in points[lo:hi] if p.name != e.name]
    if not around or (e.name, e.country) in NATIONAL_CAPITALS or e.population >= BIG_CITY:
        return None  # (a capital or a big city is moved only by its country named close by)
    others = [n.entry for n in group if n.entry.country != e.country and n.entry.lat is not None
              and n.entry.kind == e.kind]
    return min(others, key=lambda o: min(km(o.lat, o.lon, p.lat, p.lon) for p in around),
               default=None)


def _sibling_site_near(group, e, points, starts, m) -> GazetteerEntry | None:
    """Another curated site of the pick's country and kind sharing the name, lying nearer the
    places named around the mention: "Prince Hashem Hospital" is the Aqaba hospital in a
    report on Aqaba, the Zarqa one beside Zarqa (the file's order picked one of them)."""
    others = [n.entry for n in group if n.entry is not e and n.entry.country == e.country
              and n.entry.kind == e.kind and n.entry.lat is not None]
    if not others:
        return None
    lo = bisect.bisect_left(starts, m.start - NEAR_TOWN_CHARS)
    hi = bisect.bisect_right(starts, m.start + NEAR_TOWN_CHARS)
    around = [p for _, p in points[lo:hi] if p.name != e.name and p.kind == "city"]
    if not around:
        return None

    def gap(site: GazetteerEntry) -> float:
        return min(km(site.lat, site.lon, p.lat, p.lon) for p in around)

    best = min(others, key=gap)
    return best if gap(best) < gap(e) else None


def _spelled_as(scan: _Scan, i: int, size: int, entry: GazetteerEntry) -> bool:
    """Do the words spell one of the entry's own names, letter for letter? ("Samarra" is
    Iraq's; "Samara" meets it only once doubled letters fold, so a nearer Russia may win.)"""
    written = scan.text[scan.words[i].start : scan.words[i + size - 1].end].lower()
    return any(written == n.lower() for n in (entry.name, *entry.aliases))


def _nearest_country(found: list, i: int, group: list[PlaceName],
                     context: frozenset[str]) -> frozenset[str]:
    """When the namesakes of a city lie in two or more countries the text names, the one
    named nearest the mention ("Russia's Samara region" is Samara, not Iraq's Samarra)."""
    theirs = {n.entry.country for n in group} & context
    if len(theirs) < 2:
        return frozenset()
    best, gap = None, NEAR_COUNTRY_WORDS + 1
    for f in found:
        e = f[3].entry
        if e.kind != "city" and e.country in theirs and abs(f[0] - i) < gap:
            best, gap = e.country, abs(f[0] - i)
    return frozenset({best}) if best else frozenset()


# A capital this many times bigger than every namesake abroad stays the capital wherever the
# namesakes' countries are named (the small town is written with its state or region).
DWARFED = 20


def _capital_kept(found: list, i: int, group: list[PlaceName], pick: PlaceName) -> bool:
    """Is the pick a national capital whose namesakes' countries go unnamed within
    NEAR_COUNTRY_WORDS? Then it stays the capital: "whether Washington would respond" in a
    British outlet's story is the US government's seat, not the town in Tyne and Wear."""
    e = pick.entry
    if pick.rank[0] != GN_CITY or (e.name, e.country) not in NATIONAL_CAPITALS:
        return False
    if any(n.entry.country == e.country and n.entry.population > e.population for n in group):
        return False
    if all(n.entry.country == e.country or n.entry.population * DWARFED < e.population
           for n in group):
        return True  # "Paris" beside a US story is France's capital, not the Texas town
    others = {n.entry.country for n in group} - {e.country}
    return not any(f[3].entry.kind != "city" and f[3].entry.country in others
                   and abs(f[0] - i) <= NEAR_COUNTRY_WORDS for f in found)
