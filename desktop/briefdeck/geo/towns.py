"""Towns and villages (GeoNames places of 500 to 15,000 people) of the countries briefings
are about, from assets/gazetteer/towns.tsv (built by scripts/build_gazetteer.py).

A village's name is often also a surname, a word or part of another name, so a town counts
only when two things hold: the article already names its country (a country, province or
city of the main gazetteer, or "Lebanese"/"Romanian"...), and a cue stands beside it:
- strong: "the village of X", "X, a small town", "X district", "X island", "Kibbutz X",
  "Barangay X", "X, <a place of its country>";
- weak: "in/near/outside/at X", listed right after another place ("in A, B and C") or right
  before a town found later in the same list ("Upper Galilee: X, Yiftah, Kfar Blum"), joined
  by a hyphen to another place ("the A-X road"), or the object of military action ("rebels
  seized X", "the battle for X", "withdrew from X", "X fell to").
Names that are also English words or people's names ("Snow", "Elena") need a strong cue.
In Arabic, Persian, Pashto and Urdu speaking countries a name the exact spellings miss is
tried once more on a looser key (see translit.py): "Morek" is GeoNames' Mūrak.

The file is read on first use; a country's towns are indexed only when an article names
that country, so a process pays for the few countries it meets.

The cues are read in town_cues.py, the choice between same-named towns and the distances
in town_choice.py, the demonyms in demonyms.py; this module holds the index and the scan.
"""

from __future__ import annotations

import bisect
import threading
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from briefdeck.geo.demonyms import DEMONYM_RE as DEMONYM_RE
from briefdeck.geo.demonyms import DEMONYMS as DEMONYMS
from briefdeck.geo.places import GazetteerEntry
from briefdeck.geo.textnorm import is_capitalised
from briefdeck.geo.town_choice import AREA_WORD_AFTER, _far_from_around, _near, _pick, unplaced
from briefdeck.geo.town_choice import km as km
from briefdeck.geo.town_cues import HYPHENS, LIST_AFTER, PLACE_AFTER, _cue
from briefdeck.geo.translit import ARTICLES as LOOSE_ARTICLES
from briefdeck.geo.translit import LOOSE_COUNTRIES, loose_key, loose_token

Key = tuple[str, ...]

# Country names as the main gazetteer writes them that differ from GeoNames' own.
COUNTRY_ALIASES = {"Palestine": "PS", "Türkiye": "TR", "Turkiye": "TR"}
CONTEXT_KINDS = ("country", "province", "region", "city", "installation")


class Town(NamedTuple):  # a tuple: tens of thousands are made when a country is indexed
    name: str
    country: str  # GeoNames country name
    lat: float
    lon: float
    population: int
    common: bool  # also an English word or a person's name: strong cue only

    def entry(self) -> GazetteerEntry:
        """This town as a gazetteer entry (city precision, from GeoNames)."""
        return GazetteerEntry(self.name, "city", self.country, self.lat, self.lon, "city",
                              population=self.population, source="geonames")


class Towns:
    """The towns file, indexed country by country on demand."""

    def __init__(
        self, path: Path, cities: Callable[[str], list[tuple[Key, Town]]] | None = None
    ) -> None:
        """cities(country name): the main gazetteer's cities of a country, (key, town),
        added to the looser index only (their exact spellings are the gazetteer's)."""
        self._path = path
        self._cities = cities
        self._lines: dict[str, list[str]] | None = None
        self._names: dict[str, str] = {}  # iso2 -> country name
        self._codes: dict[str, str] = dict(COUNTRY_ALIASES)  # country name -> iso2
        self._index: dict[str, dict[str, list[tuple[Key, bool, Town]]]] = {}
        self._loose: dict[str, dict[str, list[tuple[int, bool, Key, int | Town]]]] = {}
        self._lock = threading.Lock()  # one gazetteer serves worker threads

    def _load(self) -> dict[str, list[str]]:
        if self._lines is None:
            lines: dict[str, list[str]] = defaultdict(list)
            for line in self._path.read_text(encoding="utf-8").splitlines():
                if line.startswith("#countries "):
                    for pair in line.split()[1:]:
                        cc, name = pair.split("=", 1)
                        self._names[cc] = name.replace("_", " ")
                        self._codes[self._names[cc]] = cc
                elif line and not line.startswith("#"):
                    lines[line[:2]].append(line)
            self._lines = dict(lines)
        return self._lines

    def code(self, country: str | None) -> str | None:
        """ISO code of a country name, when that country has towns here."""
        if self._lines is None:
            with self._lock:
                self._load()
        return self._codes.get(country or "")

    def index(self, cc: str) -> dict[str, list[tuple[int, bool, str, int]]]:
        """First folded word -> (words in the name, own name?, folded name, line) for one
        country: longer names first, then a town's own name before a variant of another's,
        then (the file's order) the more populous. Towns are read from their line only when
        a text names one (town()), which keeps an index small."""
        with self._lock:
            found = self._index.get(cc)
            if found is None:
                found = self._index[cc] = self._build(cc)
                if cc in LOOSE_COUNTRIES:
                    self._loose[cc] = self._build_loose(cc)
        return found

    def loose_index(self, cc: str) -> dict[str, list[tuple[int, bool, Key, int | Town]]]:
        """First loose word -> (words, own name?, loose key, line or a main-gazetteer city),
        as index() but on translit.loose_key; empty outside translit.LOOSE_COUNTRIES."""
        if cc not in LOOSE_COUNTRIES:
            return {}
        self.index(cc)  # built together
        return self._loose[cc]

    def town(self, cc: str, line: int) -> Town:
        _, _, name, lat, lon, pop, flag = self._load()[cc][line].split("\t")
        return Town(name, self._names.get(cc, cc), float(lat), float(lon), int(pop), flag == "c")

    def _build(self, cc: str) -> dict[str, list[tuple[int, bool, str, int]]]:
        by_first: dict[str, list[tuple[int, bool, str, int]]] = {}
        for n, line in enumerate(self._load().get(cc, ())):
            own = True
            for key in line.split("\t", 2)[1].split("|"):
                first, _, rest = key.partition(" ")
                size = rest.count(" ") + 2 if rest else 1
                by_first.setdefault(first, []).append((size, own, key, n))
                own = False
        for entries in by_first.values():
            if len(entries) > 1:
                entries.sort(key=lambda e: (e[0], e[1]), reverse=True)  # stable: file order
        return by_first

    def _build_loose(self, cc: str) -> dict[str, list[tuple[int, bool, Key, int | Town]]]:
        by_first: dict[str, list[tuple[int, bool, Key, int | Town]]] = {}
        for n, line in enumerate(self._load().get(cc, ())):
            own, seen = True, set()
            for key in line.split("\t", 2)[1].split("|"):
                loose = loose_key(key.split(" "))
                if loose not in seen:
                    seen.add(loose)
                    by_first.setdefault(loose[0], []).append((len(loose), own, loose, n))
                own = False
        for key, town in self._cities(self._names.get(cc, "")) if self._cities else ():
            loose = loose_key(key)
            by_first.setdefault(loose[0], []).append((len(loose), False, loose, town))
        for entries in by_first.values():
            if len(entries) > 1:
                entries.sort(key=lambda e: (e[0], e[1]), reverse=True)  # stable: file order
        return by_first


def find_towns(
    towns: Towns,
    text: str,
    words: Sequence[Any],
    linked: Sequence[bool],
    article_before: Sequence[Any],
    covered: bytearray,
    mentions: Sequence[Any],
    part_of_name: Callable[[int], bool],
    after_ok: Callable[[int], bool],
) -> list[tuple[int, int, GazetteerEntry]]:
    """Towns in the words no known place covers, as (start, end, entry).

    mentions are the known places found (start, end, entry), sorted; part_of_name(i) says
    word i continues a capitalised name before it; after_ok(j) that word j may follow a
    place name (not capitalised, or a place word such as "district")."""
    named: dict[str, list[int]] = defaultdict(list)  # where each country is named
    for m in mentions:
        code = towns.code(m.entry.country)
        if code:
            named[code].append(m.start)
    for m in DEMONYM_RE.finditer(text):
        named[DEMONYMS[m.group()]].append(m.start())
    if not named:
        return []  # the article names none of the towns' countries
    top = max(named, key=lambda cc: len(named[cc]))
    indexes = [(cc, towns.index(cc)) for cc in sorted(named)]
    loose = [(cc, idx) for cc in sorted(named) if (idx := towns.loose_index(cc))]
    loose_first: dict[str, bool] = {}  # word key -> does some loose name start with it?
    opens_name: dict[str, bool] = {}  # word key -> does some town's name start with it?
    starts = [m.start for m in mentions]
    ends = {m.end for m in mentions}
    points = [(m.start, m.entry) for m in mentions if m.entry.kind in ("city", "installation")]
    out: list[tuple[int, int, GazetteerEntry]] = []
    listed: list[tuple[int, int, Town]] = []  # towns waiting on the list member after them
    i, n = 0, len(words)
    while i < n:
        initial = text[words[i][0]]  # is_capitalised inlined: called for every word
        if covered[i] or not (initial.isupper() or initial.isdigit()):
            i += 1
            continue
        key = words[i][2]  # most capitalised words start no town's name: no call for them
        opens = opens_name.get(key)  # (the same words recur: one dict probe, not a scan)
        if opens is None:
            opens = opens_name[key] = any(key in index for _, index in indexes)
        size, cands = _candidates(towns, text, words, linked, covered, indexes, i) if opens \
            else (0, [])
        loosely = False
        if not size and loose:
            maybe = loose_first.get(words[i].key)  # most words: one dict probe, no call
            if maybe is None:
                first = loose_token(words[i].key)
                maybe = loose_first[words[i].key] = any(first in idx for _, idx in loose)
            if maybe:
                size, cands = _loose_candidates(towns, text, words, linked, covered, loose, i)
                loosely = bool(size)
        cands = [(own, t) for cc, own, t in cands if cc == top or _near(named[cc], words[i].start)]
        if not cands:
            i += 1
            continue
        start = (article_before[i] or words[i]).start
        end = words[i + size - 1].end
        k = bisect.bisect_left(starts, end)
        after = mentions[k] if k < len(mentions) else None
        anchor = (
            after
            if (
                after is not None
                and after.entry.kind in CONTEXT_KINDS
                and PLACE_AFTER.fullmatch(text, end, after.start)
            )
            else None
        )
        town = _pick(cands, anchor, points, start,
                     anchor is not None and AREA_WORD_AFTER.match(text, anchor.end) is not None)
        cue = None if town is None else _cue(
            text, words, i, size, start, end, town, anchor, after, ends, part_of_name, after_ok,
            loosely,
        )
        if cue == "listed":
            listed.append((start, end, town))
            i += 1
            continue
        if cue is not None:
            entry = town.entry()
            if cue == "weak" and _far_from_around(town, points, start):
                entry = unplaced(entry)  # the only one of that name lies elsewhere
            out.append((start, end, entry))
            ends.add(end)
            if entry.lat is not None:
                points.append((start, entry))
            i += size
        else:
            i += 1
    if listed:
        out = _listed_towns(text, out, listed)
    return out


def _listed_towns(text: str, out: list, listed: list) -> list:
    """The towns of a list ("Upper Galilee: Metula, Kfar Giladi, Misgav Am") that a town
    found after them vouches for, the last first, so one found town carries the list."""
    found = {s for s, _, _ in out}
    for start, end, town in reversed(listed):
        glue = LIST_AFTER.match(text, end)
        if glue is not None and glue.end() in found:
            out.append((start, end, town.entry()))
            found.add(start)
    out.sort(key=lambda t: t[0])
    return out


def _candidates(towns, text, words, linked, covered, indexes, i):
    """Longest town names starting at word i: (size, [(country, own name?, town)])."""
    best, found = 0, []
    for cc, index in indexes:
        for size, own, key, line in index.get(words[i].key, ()):
            if size < best:
                break  # an index lists longer names first
            if i + size > len(words) or any(covered[i : i + size]):
                continue
            if size > 1 and key.split(" ")[1:] != [w.key for w in words[i + 1 : i + size]]:
                continue
            if not all(linked[i : i + size - 1]) or not is_capitalised(text, words[i + size - 1]):
                continue
            if size > best:
                best, found = size, []
            found.append((cc, own, towns.town(cc, line)))
    return best, found


def _loose_candidates(towns, text, words, linked, covered, loose, i):
    """As _candidates, on translit's looser key (loose: (country, Towns.loose_index)):
    "Morek" for Mūrak, "al-Zarba" for Az Zarbah. Tried only when no spelling matches."""
    first = loose_token(words[i].key)
    seen: list[tuple[str, int]] = []  # (loose word, word index): capitalised, joined words
    j, n = i, len(words)
    while j < n and len(seen) < 4:
        w = words[j]
        if j > i:
            if not linked[j - 1]:
                break
            if w.key in LOOSE_ARTICLES and text[w.end : w.end + 1] in HYPHENS \
                    and text[w.start].islower():
                j += 1  # "an-Numan", "ash-Sham": an article the loose key leaves out
                continue
            if not is_capitalised(text, w):
                break
        seen.append((loose_token(w.key), j))
        j += 1
    best, found = 0, []
    for cc, idx in loose:
        for size, own, key, line in idx.get(first, ()):
            if size > len(seen):
                continue
            span = seen[size - 1][1] - i + 1
            if span < best:
                break
            if key != tuple(t for t, _ in seen[:size]) or any(covered[i : i + span]):
                continue
            if span > best:
                best, found = span, []
            found.append((cc, own, line if isinstance(line, Town) else towns.town(cc, line)))
    return best, found
