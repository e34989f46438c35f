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
"""

from __future__ import annotations

import bisect
import math
import re
import threading
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, NamedTuple

from briefdeck.geo.places import GazetteerEntry
from briefdeck.geo.textnorm import at_word_start, is_capitalised, sentence_initial
from briefdeck.geo.translit import ARTICLES as LOOSE_ARTICLES
from briefdeck.geo.translit import LOOSE_COUNTRIES, loose_key, loose_token

Key = tuple[str, ...]

# Country names as the main gazetteer writes them that differ from GeoNames' own.
COUNTRY_ALIASES = {"Palestine": "PS", "Türkiye": "TR", "Turkiye": "TR"}
DEMONYMS = {  # "the southern Lebanese village of X": the adjective names the country
    "Iraqi": "IQ",
    "Syrian": "SY",
    "Jordanian": "JO",
    "Lebanese": "LB",
    "Israeli": "IL",
    "Palestinian": "PS",
    "Kuwaiti": "KW",
    "Saudi": "SA",
    "Qatari": "QA",
    "Emirati": "AE",
    "Bahraini": "BH",
    "Omani": "OM",
    "Yemeni": "YE",
    "Iranian": "IR",
    "Turkish": "TR",
    "Egyptian": "EG",
    "Cypriot": "CY",
    "Djiboutian": "DJ",
    "Eritrean": "ER",
    "Somali": "SO",
    "Sudanese": "SD",
    "Polish": "PL",
    "Romanian": "RO",
    "Lithuanian": "LT",
    "Latvian": "LV",
    "Estonian": "EE",
    "Ukrainian": "UA",
    "Belarusian": "BY",
    "Moldovan": "MD",
    "Russian": "RU",
    "Bulgarian": "BG",
    "Slovak": "SK",
    "Hungarian": "HU",
    "Armenian": "AM",
    "Azerbaijani": "AZ",
    "Georgian": "GE",
    "Japanese": "JP",
    "Taiwanese": "TW",
    "Philippine": "PH",
    "Filipino": "PH",
    "Guamanian": "GU",
    "Korean": "KR",  # mostly the South; the North is named as such ("North Korean")
    "South Korean": "KR",
    "North Korean": "KP",
    "Finnish": "FI",
    "Swedish": "SE",
    "Norwegian": "NO",
    "Danish": "DK",
    "Burkinabe": "BF",
    "Burkinabè": "BF",
    "Malian": "ML",
    "Nigerien": "NE",
    "Chadian": "TD",
    "Nigerian": "NG",
    "Libyan": "LY",
    "Pakistani": "PK",
    "Afghan": "AF",
    "Indian": "IN",
    "Kashmiri": "IN",  # the Indian-held side is the one briefings mostly name
    "Congolese": "CD",  # mostly the DR Congo's (Kinshasa's army, Goma's displaced)
    "Rwandan": "RW",
    "Burundian": "BI",
    "Ugandan": "UG",
    "South Sudanese": "SS",  # longer first (DEMONYM_RE): before "Sudanese"
    "Central African": "CF",
    "Ethiopian": "ET",
    "Kenyan": "KE",
    "Mozambican": "MZ",
    "Cameroonian": "CM",
    "Beninese": "BJ",
    "Togolese": "TG",
    "Serbian": "RS",
    "Kosovar": "XK",
    "Kosovan": "XK",
    "Bosnian": "BA",
    "Montenegrin": "ME",
    "Burmese": "MM",
}
# Longer first, so that "North Korean" is read before "Korean".
DEMONYM_RE = re.compile(at_word_start(*sorted(DEMONYMS, key=len, reverse=True)) + r"\b")

_KIND = (
    r"(?:town|towns|village|villages|hamlet|settlement|commune|municipality|suburb|"
    r"district|neighbou?rhood|locality|kibbutz|moshav|community|outskirts|area|countryside|"
    r"vicinity|environs|barangay|island|islands)"
)
# "the town of X", "on the outskirts of X", "the border villages of X and Y"
KIND_OF = re.compile(rf"\b{_KIND}\s+of\s+$", re.IGNORECASE)
# "kibbutz X", "moshav X", "Barangay X": Israeli communities and Philippine villages named
# right after what they are.
KIND_BEFORE = re.compile(r"\b(?:kibbutz|moshav|barangay)\s+$", re.IGNORECASE)
# "X village", "X district", "X, a small farming town", "X, a village in ..."
KIND_AFTER = re.compile(rf"(?:\s+|,\s*(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?){_KIND}\b", re.IGNORECASE)
LOCATIVE = re.compile(
    r"\b(?:in|near|at|outside|around|toward|towards|into|across|between|"
    r"beyond|through|off|nearby|(?:adjacent|next|close)\s+to|(?:the\s+)?(?:edges?|entrance|cent(?:re|er)|heart)\s+(?:of|to))\s+$"
)
# "X hospital", "X municipality" in lower case: a town's own hospital or council (a capital
# "Hospital" would open some other name).
FACILITY_AFTER = re.compile(r"\s+(?:hospital|municipality|municipal\s+council)\b")
# "In X, two people were hurt": a sentence that opens on the place.
LOCATIVE_OPENING = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:In|Near|Outside|Around)\s+$")
# "26/11 - Al-Busayrah: SDF forces raided ...": a digest item's heading, its date then the
# place it happened, then a colon.
DIGEST_HEAD = re.compile(r"(?:^|\n)[ \t]*\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?[ \t]*[-–—][ \t]*"
                         r"(?:(?i:al|el|ar|as|ad|an|at|az|ash)[-‐ ])?$")
# "X, Tulcea County" / "X in Hasakah province" / "X near Pokrovsk": a place right after.
PLACE_AFTER = re.compile(r",\s*|\s+(?:in|near|outside)\s+(?:the\s+)?(?:[a-z]+\s+)?")
# Military action on a place: "rebels seized X", "were fighting for X", "advanced on X",
# "withdrew from X". The verb says X is a place; the town must still be of a named country.
# "took" takes people as often as places ("took Hussein away"): not for a loose spelling.
ACTION_BEFORE = re.compile(
    r"\b(?:seiz(?:e|es|ed|ing)|captur(?:e|es|ed|ing)|recaptur(?:e|es|ed|ing)|took|retook|"
    r"retak(?:e|es|en|ing)|enter(?:s|ed|ing)?|re-?enter(?:s|ed|ing)?|storm(?:s|ed|ing)?|"
    r"shell(?:s|ed|ing)|struck|bomb(?:s|ed|ing)|besieg(?:e|es|ed|ing)|liberat(?:e|es|ed|ing)|"
    r"overr(?:an|un|uns|unning)|encircl(?:e|es|ed|ing)|"
    r"(?:fight(?:s|ing)?|fought|battle|battles|offensive|assault|push(?:es|ed|ing)?|"
    r"advanc(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|clos(?:e|es|ed|ing)\s+in)\s+"
    r"(?:on|for|toward|towards|into|against)|"
    r"(?:withdr(?:ew|aw|awn|aws|awing)|retreat(?:s|ed|ing)?|pull(?:s|ed|ing)?\s+out|"
    r"driv(?:e|es|en|ing)\s+out|expell(?:ed|ing))\s+(?:of|from)|fell\s+to)"
    r"\s+(?:the\s+(?:town|village|city)\s+of\s+)?$"
)
# "X fell to the rebels", "X was captured on Friday": the action after the town.
ACTION_AFTER = re.compile(
    r"\s+(?:fell\s+(?:to|into)\b|(?:was|has\s+been|had\s+been)\s+(?:captured|seized|retaken|"
    r"recaptured|liberated|overrun|stormed|shelled|bombed|besieged|encircled)\b)"
)
# "the Hama-X axis", "the X-Minova road": a hyphen between two places' names.
HYPHENS = "-‐–"
LIST_BEFORE = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$")
LIST_AFTER = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
CONTEXT_KINDS = ("country", "province", "region", "city", "installation")
NEAR = 1500  # characters: a town's country must be named this close, or be the article's main one
ANCHOR_KM = 100  # "X in Tulcea County": a town X farther than this from Tulcea is another X
# A province or region is pinned at its capital or centre, yet its towns lie up to a few hundred
# km from that point ("Kangra in Himachal Pradesh" is 140 km from Shimla).
ANCHOR_KM_AREA = 300
NEIGHBOUR_CHARS = 400  # places this close in the text tell which of several same-named towns
FAR_KM = 300  # a village farther than this from every place named around it is another one


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


# "X in Mafraq governorate": the anchor's name stands for its province (a large unit: a
# desert governorate runs for hundreds of km), though the gazetteer found the city of that
# name. Not a county or district, which are small ("Victoria in Tulcea County").
AREA_WORD_AFTER = re.compile(r"\s+(?:governorate|province|wilaya|muhafazah)\b", re.IGNORECASE)


def _pick(cands, anchor, points, pos, area=False):
    """Which of several same-named towns: the one by the place the text puts it in or near,
    else the one nearest the places named around it, else its own name and the biggest."""
    if anchor is not None and anchor.entry.kind != "country":
        a = anchor.entry
        close = [(km(a.lat, a.lon, t.lat, t.lon), t) for _, t in cands if t.country == a.country]
        limit = ANCHOR_KM_AREA if area or a.kind in ("province", "region") else ANCHOR_KM
        close = [c for c in close if c[0] <= limit]
        return min(close, key=lambda c: c[0])[1] if close else None
    if len(cands) > 1:
        # Only places in the candidates' countries tell them apart ("Washington" named near
        # a Syrian village says nothing of which Diban); none near: those named anywhere.
        countries = {t.country for _, t in cands}
        ours = [(p, e) for p, e in points if e.country in countries]
        around = [e for p, e in ours if abs(p - pos) <= NEIGHBOUR_CHARS] or [e for _, e in ours]
        if around:
            return min((min(km(e.lat, e.lon, t.lat, t.lon) for e in around), t)
                       for _, t in cands)[1]  # fmt: skip
    return max(cands, key=lambda c: (c[0], c[1].population))[1]


def _cue(
    text, words, i, size, start, end, town, anchor, after, ends, part_of_name, after_ok,
    loosely=False,
) -> str | None:
    """How the words around say this is the town: "strong", "weak" or None."""
    before = text[max(0, start - 40) : start]
    if KIND_BEFORE.search(before):
        return "strong"  # "Kibbutz Nir Oz", "Barangay Pag-asa": the word before says what it is
    if text[end : end + 1] == ":" and DIGEST_HEAD.search(before):
        return "weak"  # "26/11 - X:": a digest item's place, nothing of a longer name before
    paired = _hyphen_pair(text, start, end, after, ends)
    if part_of_name(i) and not paired:
        return None  # inside a longer name: "Gen. Yasser Haddad"
    placed = anchor is not None and anchor.entry.country == town.country
    if KIND_OF.search(before) or KIND_AFTER.match(text, end) or placed:
        return "strong"  # "the village of X", "X, a village", "X, Tulcea County"
    if not after_ok(i + size) and not paired:
        return None  # "Busayrah Street Bakery" is some other name
    if town.common or text[end : end + 2] in ("'s", "’s"):
        return None
    if LOCATIVE.search(before) and not sentence_initial(text, words[i]):
        return "weak"  # "near X"
    if FACILITY_AFTER.match(text, end):
        return "weak"  # "trauma kits to X hospital": the town's own hospital
    if ACTION_AFTER.match(text, end) or (
        (action := ACTION_BEFORE.search(before)) and not (loosely and action.group() == "took ")
    ):
        return "weak"  # "rebels seized X", "the battle for X", "X fell to"
    if LOCATIVE_OPENING.search(before):
        return "weak"
    if paired:
        return "weak"  # "the Sake-X road": joined to a known place
    glue = LIST_BEFORE.search(before)
    if glue is not None and (start - len(before) + glue.start()) in ends:
        return "weak"  # "in Pokrovsk and X"
    if glue is not None and _after_locative_name(before[: glue.start()]):
        return "weak"  # "near Hamlet and X": the list shares its "near" (Hamlet unknown)
    if (
        after is not None
        and after.entry.kind in ("city", "installation")
        and LIST_AFTER.fullmatch(text, end, after.start) is not None
    ):
        return "weak"  # "X and Pokrovsk"
    glue = LIST_AFTER.match(text, end)
    if glue is not None and text[glue.end() : glue.end() + 1].isupper():
        return "listed"  # "Metula, Kfar Giladi": a town if a town of the list after it is one
    return None


def _hyphen_pair(text: str, start: int, end: int, after, ends) -> bool:
    """Is the town joined by a bare hyphen to a known place's name ("the Sake-X road",
    "the X-Hama axis")? Not a country after it: "X-Syria" is rarely a pair of places."""
    if start > 0 and text[start - 1] in HYPHENS and (start - 1) in ends:
        return True
    return (
        text[end : end + 1] in HYPHENS
        and after is not None
        and after.start == end + 1
        and after.entry.kind != "country"
    )


def _far_from_around(town: Town, points, pos: int) -> bool:
    """Do the towns and bases named around pos in the town's country all lie more than
    FAR_KM from it? Then the village meant is one the gazetteer lacks."""
    around = [e for p, e in points if abs(p - pos) <= NEAR and e.country == town.country]
    return bool(around) and all(km(e.lat, e.lon, town.lat, town.lon) > FAR_KM for e in around)


def unplaced(entry: GazetteerEntry) -> GazetteerEntry:
    """The town's name without a point: a wrong point on a map is worse than none."""
    return replace(entry, lat=None, lon=None, precision="unknown",
                   notes="not placed: the only town of that name known lies far from the "
                         "places named around it")


_LAST_NAME = re.compile(r"[A-Z][\w'’-]*$")


def _after_locative_name(head: str) -> bool:
    """Does head end with a capitalised name right after "in", "near" ...?"""
    name = _LAST_NAME.search(head)
    return name is not None and LOCATIVE.search(head, 0, name.start()) is not None


def _near(positions: list[int], pos: int) -> bool:
    """Is a place of this country named within NEAR characters of pos?"""
    k = bisect.bisect_left(positions, pos - NEAR)
    return k < len(positions) and positions[k] <= pos + NEAR


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 12742 * math.asin(math.sqrt(a))
