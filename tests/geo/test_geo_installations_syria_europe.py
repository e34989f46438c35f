"""Military installations added in 2026: Syria's air bases, bases in Iraq, Lebanon, Yemen and
Libya, and US/NATO sites in Europe, each found in a sentence written for these tests (with and
without the generic word) and placed within 25 km of the site."""

import pytest

from briefdeck.geo.towns import km


def found(gaz, text):
    return {m.matched_text: m.entry for m in gaz.find_mentions(text)}


def placed(gaz, text, name, lat, lon, kind="installation"):
    hits = found(gaz, text)
    assert name in hits, (name, sorted(hits))
    entry = hits[name]
    assert entry.kind == kind, (name, entry.name, entry.kind)
    assert km(entry.lat, entry.lon, lat, lon) < 25, (name, entry.name, entry.lat, entry.lon)


SYRIA = [
    (
        "Regime jets took off from Kuweires to bomb rebel lines east of Aleppo.",
        "Kuweires",
        36.19,
        37.58,
    ),
    (
        "The garrison of the Kweires airbase was relieved after a long siege.",
        "Kweires airbase",
        36.19,
        37.58,
    ),
    ("Drones hit hangars at Jirah airbase, near Maskanah.", "Jirah airbase", 36.10, 37.94),
    (
        "Rebels said they had overrun Abu al-Duhur air base in the south-east of the province.",
        "Abu al-Duhur air base",
        35.73,
        37.10,
    ),
    ("Helicopters based at Taftanaz dropped barrel bombs.", "Taftanaz", 35.97, 36.78),
    (
        "Fighters stormed the Menagh military airport in 2013.",
        "Menagh military airport",
        36.52,
        37.04,
    ),
    (
        "Shells landed near the Nayrab military airport beside the civilian runway.",
        "Nayrab military airport",
        36.18,
        37.22,
    ),
    (
        "Satellite images showed new shelters at Hama military airport.",
        "Hama military airport",
        35.12,
        36.71,
    ),
    ("Israeli jets targeted Tiyas in the desert west of Palmyra.", "Tiyas", 34.52, 37.63),
    (
        "Sukhois were parked at Dumayr airbase, north-east of the capital.",
        "Dumayr airbase",
        33.61,
        36.75,
    ),
    ("A strike hit Khalkhalah in southern Syria on Tuesday.", "Khalkhalah", 33.06, 36.55),
    ("Missiles struck the Sayqal airbase overnight.", "Sayqal airbase", 33.68, 37.21),
    ("Russian engineers rebuilt Palmyra airbase's runway.", "Palmyra airbase", 34.56, 38.32),
]


@pytest.mark.parametrize("text,name,lat,lon", SYRIA)
def test_syrian_air_bases_are_found_and_placed(gaz, text, name, lat, lon):
    placed(gaz, text, name, lat, lon)


def test_mezzeh_district_and_its_airport_are_told_apart(gaz):
    placed(
        gaz, "An apartment block in Mezzeh was hit, witnesses said.", "Mezzeh", 33.50, 36.25, "city"
    )
    placed(
        gaz,
        "Blasts were heard from the Mezzeh military airport.",
        "Mezzeh military airport",
        33.48,
        36.22,
    )


def test_bare_town_names_beside_a_base_stay_out_of_the_base(gaz):
    # Hama and Palmyra themselves are cities; only the base name reaches the base.
    hits = found(gaz, "Aid reached Hama and Palmyra on Monday.")
    assert hits["Hama"].kind == "city" and hits["Palmyra"].kind == "city"


OTHERS = [
    ("American aircraft once flew from Tallil, outside Nasiriyah.", "Tallil", 30.94, 46.09),
    ("US trainers visited Rayak air base in the Bekaa.", "Rayak air base", 33.85, 35.99),
    ("A cargo plane landed at Qlayaat in Akkar.", "Qlayaat", 34.59, 36.01),
    ("Houthi missiles hit al-Anad air base in Lahij.", "al-Anad air base", 13.18, 44.77),
    (
        "Coalition jets bombed the al-Dailami air base in Sanaa.",
        "al-Dailami air base",
        15.48,
        44.22,
    ),
    (
        "Forces loyal to Haftar held Ghardabiya air base south of Sirte.",
        "Ghardabiya air base",
        31.06,
        16.60,
    ),
    ("Transport aircraft landed at Tamanhint, near Sabha.", "Tamanhint", 27.24, 14.66),
]


@pytest.mark.parametrize("text,name,lat,lon", OTHERS)
def test_bases_in_iraq_lebanon_yemen_and_libya_are_found(gaz, text, name, lat, lon):
    placed(gaz, text, name, lat, lon)


def test_anniston_army_depot_acronym_is_not_read_as_al_anad(gaz):
    hits = found(gaz, "Tanks rebuilt at ANAD in Alabama shipped this week.")
    assert all(e.country != "Yemen" for e in hits.values())


EUROPE = [
    (
        "The brigade fired its Abrams at Grafenwoehr Training Area.",
        "Grafenwoehr Training Area",
        49.70,
        11.93,
    ),
    ("Soldiers spent a month in Grafenwöhr before moving east.", "Grafenwöhr", 49.70, 11.93),
    ("The rotation ended with a force-on-force exercise at Hohenfels.", "Hohenfels", 49.21, 11.84),
    ("The cavalry regiment left Rose Barracks by rail.", "Rose Barracks", 49.62, 11.81),
    ("Troops from Vilseck drove their Strykers to Lithuania.", "Vilseck", 49.62, 11.81),
    ("A new ammunition depot is planned at Baumholder.", "Baumholder", 49.65, 7.34),
    ("The Army's headquarters at Clay Kaserne hosted the talks.", "Clay Kaserne", 50.05, 8.33),
    ("The commander spoke at Patch Barracks on Friday.", "Patch Barracks", 48.73, 9.08),
    ("AFRICOM staff at Kelley Barracks monitored the strike.", "Kelley Barracks", 48.72, 9.18),
    ("Wounded soldiers were flown to Landstuhl for treatment.", "Landstuhl", 49.40, 7.56),
    ("Paratroopers from Caserma Ederle jumped into Latvia.", "Caserma Ederle", 45.54, 11.56),
    ("Marines deployed from Morón Air Base to West Africa.", "Morón Air Base", 37.17, -5.62),
    ("Tankers refuelled at Lajes Field in the Azores.", "Lajes Field", 38.76, -27.09),
    ("Bombers practised at Büchel Air Base.", "Büchel Air Base", 50.17, 7.06),
    ("F-35s arrived at Volkel on Monday.", "Volkel", 51.66, 5.71),
    (
        "Tanks manoeuvred across the Drawsko Pomorskie Training Area.",
        "Drawsko Pomorskie Training Area",
        53.47,
        15.90,
    ),
    (
        "US and British soldiers live at Bemowo Piskie near the Suwalki Gap.",
        "Bemowo Piskie",
        53.76,
        21.92,
    ),
    (
        "German tanks trained at Pabrade Training Area near the Belarusian border.",
        "Pabrade Training Area",
        55.0,
        25.8,
    ),
    ("Dutch troops arrived at the Rukla military base.", "Rukla military base", 55.03, 24.38),
    ("Canadian soldiers lead the battlegroup at Camp Adazi.", "Camp Adazi", 57.11, 24.34),
    ("British armour is based at Tapa Army Base in Estonia.", "Tapa Army Base", 59.25, 25.95),
    ("Transport planes flew into Powidz with Army prepositioned stocks.", "Powidz", 52.38, 17.85),
    (
        "Reaper drones were sent to Mihail Kogalniceanu on the Black Sea coast.",
        "Mihail Kogalniceanu",
        44.36,
        28.49,
    ),
]


@pytest.mark.parametrize("text,name,lat,lon", EUROPE)
def test_us_and_nato_sites_in_europe_are_found(gaz, text, name, lat, lon):
    placed(gaz, text, name, lat, lon)


def test_short_country_names_name_their_country(gaz):
    hits = found(gaz, "Peacekeepers left Bosnia for Kosovo, and envoys flew on to Burma.")
    assert hits["Bosnia"].name == "Bosnia and Herzegovina"
    assert hits["Kosovo"].kind == "country" and hits["Burma"].name == "Myanmar"
