"""Countries added to the towns layer in 2026 (Central and East Africa, the Balkans, Myanmar) and
the eastern Congo's front-line localities curated because GeoNames' town file lacks them. Every
sentence is written for these tests; a town must be placed within 25 km of where it lies."""

import pytest

from briefdeck.geo.towns import km
from briefdeck.paths import assets_dir


def found(gaz, text):
    return {m.matched_text: m.entry for m in gaz.find_mentions(text)}


def test_towns_file_lists_the_new_countries_but_not_germany_or_italy():
    head = (assets_dir() / "gazetteer" / "towns.tsv").read_text(encoding="utf-8")[:8000]
    line = next(ln for ln in head.splitlines() if ln.startswith("#countries "))
    codes = {pair.split("=")[0] for pair in line.split()[1:]}
    new = "CD RW BI UG SS CF ET KE MZ CM BJ TG RS XK BA ME MK AL MM".split()
    assert set(new) <= codes
    assert not {"DE", "IT"} & codes  # 22,000 villages for little gain: see the README


TOWNS = [
    ("Gunmen raided the village of Mpeketoni on Kenya's coast.", "Mpeketoni", -2.39, 40.70),
    (
        "Serbia moved troops to the town of Bujanovac near the boundary line.",
        "Bujanovac",
        42.46,
        21.77,
    ),
    ("Kosovo police were fired on near Zubin Potok, in the north.", "Zubin Potok", 42.91, 20.69),
    (
        "Mourners gathered in the town of Srebrenica, Bosnia, for the anniversary.",
        "Srebrenica",
        44.11,
        19.29,
    ),
    ("Fighting in South Sudan spread to the town of Kodok on the Nile.", "Kodok", 9.89, 32.11),
    (
        "Ethiopia's army said it had retaken the town of Dejen from militia fighters.",
        "Dejen",
        10.17,
        38.13,
    ),
    (
        "Resistance fighters in Myanmar captured the town of Falam in Chin state.",
        "Falam",
        22.91,
        93.68,
    ),
    ("Montenegro's navy is based in the town of Tivat.", "Tivat", 42.44, 18.69),
]


@pytest.mark.parametrize("text,name,lat,lon", TOWNS)
def test_small_towns_of_the_new_countries_are_placed(gaz, text, name, lat, lon):
    hits = found(gaz, text)
    assert name in hits, sorted(hits)
    assert km(hits[name].lat, hits[name].lon, lat, lon) < 25


def test_new_country_town_needs_its_country_named(gaz):
    # No country named: a village name alone is not read as a place.
    assert "Mpeketoni" not in found(gaz, "They met near Mpeketoni yesterday.")


CONGO = [
    ("M23 rebels seized Bunagana on the Ugandan border.", "Bunagana", -1.28, 29.60),
    ("The coltan mines at Rubaya were taken over by the rebels.", "Rubaya", -1.56, 28.89),
    ("Army units fell back from Masisi towards Goma.", "Masisi", -1.40, 28.82),
    ("Displaced families crowded into Minova on the lake shore.", "Minova", -1.70, 29.01),
    ("Civilians were killed in Kiwanja, beside Rutshuru.", "Kiwanja", -1.17, 29.46),
    ("The rebels advanced on Walikale and its tin mines.", "Walikale", -1.42, 28.06),
    ("Burundian troops held Kamanyola at the border.", "Kamanyola", -2.76, 29.00),
    ("Flights resumed at Goma airport after the fighting.", "Goma airport", -1.67, 29.24),
    ("The rebels captured Kavumu airport north of Bukavu.", "Kavumu airport", -2.31, 28.81),
]


@pytest.mark.parametrize("text,name,lat,lon", CONGO)
def test_eastern_congo_front_line_places_are_placed(gaz, text, name, lat, lon):
    hits = found(gaz, text)
    assert name in hits, sorted(hits)
    entry = hits[name]
    assert entry.country == "Democratic Republic of the Congo"
    assert km(entry.lat, entry.lon, lat, lon) < 25
