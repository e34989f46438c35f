"""A world-gazetteer town far from everything else the report places, in a country the report
never names, is a weak name match, not a place of the report: "Cal Miskaad, Bari" in a
Somalia digest is the Bari region, not Bar in Ukraine; "the village of Jubba" in a chat about
Anbar is no Juba in South Sudan. One such point would stretch the map across a continent.
Only a namesake read weakly is weighed so: spelled loosely ("Jubba" for Juba) or named with
no place word before it ("Cal Miskaad, Bari"). A town after "in", "from" or "port of", a
capital or a big city, a curated site and any town in a country the report names stay.
"""

from __future__ import annotations

import re
import unicodedata

# "in Constanta", "the port of Izmail", "from Norfolk": a place word before the town.
_PLACE_WORD_BEFORE = re.compile(r"\b(?:in|at|near|from|to|into|outside|around|of|city|port)\s+$",
                                re.I)

FAR_KM = 1500  # farther than this from each of the report's other places: outside its region
BIG_TOWN = 500_000  # a city this big is read as the city wherever it lies
MIN_OTHERS = 2  # the report's region needs at least this many other places to tell


def weak_town(entry) -> bool:
    """Is the entry a world-gazetteer town small enough to be a mere namesake?"""
    return entry.kind == "city" and entry.source == "geonames" and \
        (entry.population or 0) < BIG_TOWN and entry.lat is not None


def _plain(word: str) -> str:
    """The word without diacritics or case ("Constanța" is "constanta"), letters kept."""
    if not word.isascii():
        word = "".join(c for c in unicodedata.normalize("NFKD", word)
                       if not unicodedata.combining(c))
    return word.casefold()


def read_weakly(text: str, start: int, end: int, written: str, entry, raw_at: dict) -> bool:
    """Is a world-gazetteer town at [start, end) a mere namesake by its words: no place word
    before it, or a spelling that is none of its names ("Jubba" for Juba), and neither its
    state or country after it (", Virginia") nor a demonym before it ("the Ukrainian port")?"""
    from briefdeck.geo.towns import DEMONYMS

    after = raw_at.get(end + 2) if text[end : end + 2] == ", " else None
    if after is not None and after.kind in ("province", "country") and \
            after.country == entry.country:
        return False
    before = text[max(0, start - 30) : start]
    if any(w.strip(",.;:") in DEMONYMS for w in before.split()[-3:]):
        return False
    spelled = _plain(written) in {_plain(n) for n in (entry.name, *entry.aliases)}
    return not spelled or not _PLACE_WORD_BEFORE.search(before)


def without_far_namesakes(found: list, weak: set[int]) -> list:
    """found (PlaceMention list) without the weak towns (their starts in weak) lying far from
    every other place of the report in a country it never names."""
    if not weak:
        return found
    from briefdeck.geo.towns import km

    keys_in: dict[str, set[str]] = {}  # country -> the places named in it
    points: dict[str, tuple[float, float]] = {}  # the report's places other than countries
    # Namesakes read weakly in two countries do not vouch for each other by lying near each
    # other: "via Saba" (an agency) and a "Semi-protected" page read as towns in Burkina Faso
    # and Benin, far from the report's Yemen. Only a place read as one marks the region (weak
    # towns of one country still keep each other, as a named country does: a letters page
    # signed from two Ohio towns).
    strong = {o.key for o in found if o.start not in weak}
    for o in found:
        keys_in.setdefault(o.country, set()).add(o.key)
        if o.kind != "country" and o.lat is not None and o.key in strong:
            points.setdefault(o.key, (o.lat, o.lon))
    dropped: set[str] = set()
    for m in found:
        if m.start not in weak or m.key in dropped or keys_in[m.country] - {m.key} or \
                len(points) - (m.key in points) < MIN_OTHERS:
            continue  # the town's country is named, or too few places to tell the region
        if all(km(m.lat, m.lon, lat, lon) > FAR_KM for key, (lat, lon) in points.items()
               if key != m.key):
            dropped.add(m.key)
    return [m for m in found if m.key not in dropped] if dropped else found
