"""The Nordic states, the Korean Peninsula, the West Bank's camps and the Sahel: towns layer,
curated bases, and names that are people or dates rather than places. Every sentence here is
written for these tests."""

import pytest

from briefdeck.geo.towns import km
from briefdeck.paths import assets_dir


def found(gaz, text):
    return {m.matched_text: m.entry for m in gaz.find_mentions(text)}


def near(entry, lat, lon, within=25):
    return entry.lat is not None and km(entry.lat, entry.lon, lat, lon) < within


def test_towns_file_covers_the_nordic_states_the_koreas_and_the_sahel():
    head = (assets_dir() / "gazetteer" / "towns.tsv").read_text(encoding="utf-8")[:6000]
    countries = next(ln for ln in head.splitlines() if ln.startswith("#countries "))
    codes = {pair.split("=")[0] for pair in countries.split()[1:]}
    assert {"FI", "SE", "NO", "DK", "KR", "KP", "BF", "ML", "NE", "TD", "NG"} <= codes


def test_finnish_small_town_is_found_with_its_country_named(gaz):
    hits = found(gaz, "Finnish conscripts spent a week of coastal drills in Hanko, on the "
                      "southern coast.")
    assert "Hanko" in hits and near(hits["Hanko"], 59.83, 22.95)


def test_a_demonym_names_the_country_of_a_town():
    from briefdeck.geo.towns import DEMONYM_RE, DEMONYMS

    m = DEMONYM_RE.search("a North Korean statement")
    assert m and DEMONYMS[m.group()] == "KP"
    m = DEMONYM_RE.search("a Norwegian frigate")
    assert m and DEMONYMS[m.group()] == "NO"


@pytest.mark.parametrize(
    "text, name, lat, lon",
    [
        ("Allied gun crews fired live rounds at the Rovajärvi range in Lapland.",
         "Rovajärvi range", 66.72, 26.77),
        ("Batteries moved from Niinisalo to the north by rail.", "Niinisalo", 61.84, 22.47),
        ("Sweden sent more troops to Gotland this spring.", "Gotland", 57.5, 18.55),
        ("Two F-35s scrambled from Evenes to meet the bombers.", "Evenes", 68.49, 16.68),
        ("Danish jets patrolled south of Bornholm overnight.", "Bornholm", 55.13, 14.92),
        ("Fighters took off from Osan Air Base after the launch.", "Osan Air Base",
         37.09, 127.03),
        ("The missile was fired from the Sunan airport area near Pyongyang.", "Sunan airport",
         39.22, 125.67),
        ("Satellite images show new work at Punggye-ri this month.", "Punggye-ri", 41.28, 129.08),
        ("The bombers flew south of Jeju before turning east.", "Jeju", 33.38, 126.55),
        ("Troops raided homes in the Nur Shams camp before dawn.", "Nur Shams camp",
         32.315, 35.062),
        ("The drones left Air Base 201 at Agadez in 2024.", "Air Base 201", 16.95, 8.03),
    ],
)
def test_curated_bases_islands_and_camps_are_placed(gaz, text, name, lat, lon):
    hits = found(gaz, text)
    assert name in hits and near(hits[name], lat, lon)


def test_a_camp_name_wins_over_the_city_it_belongs_to(gaz):
    hits = found(gaz, "Bulldozers tore up roads in the Jenin camp on Tuesday.")
    assert hits["Jenin camp"].name == "Jenin refugee camp"


def test_a_surname_introduced_with_a_given_name_is_not_a_japanese_city():
    from briefdeck.extract import draft_briefing
    from briefdeck.ingest.article import Article

    text = ("Japan protested the launch. Kenji Ishii, an analyst at a Tokyo institute, called "
            "it a warning. \"They want attention,\" Ishii said.")
    names = {p.name for p in draft_briefing(Article(text=text), published="2026-01-02")
             .facts.places}
    assert "Ishii" not in names and "Japan" in names


def test_arabic_article_name_counts_after_outskirts_of(gaz):
    hits = found(gaz, "The raid hit a house on the outskirts of al-Dana in Syria.")
    assert "al-Dana" in hits and near(hits["al-Dana"], 36.21, 36.77)


def test_a_date_or_a_table_cell_before_a_town_does_not_make_it_a_name(gaz):
    hits = found(gaz, "On 4 Mar Maarrat Misrin was shelled, Syria's monitors said.")
    assert "Maarrat Misrin" in hits
    assert "Harim" in found(gaz, "04 MAR 25\tHarim, Idlib\tshelling")


def test_words_in_different_table_cells_are_not_one_name(gaz):
    # "Ocean" then a tab: the next cell's city is read on its own
    hits = found(gaz, "Region\tIdlib\tAleppo")
    assert "Idlib" in hits and "Aleppo" in hits


def test_japanese_city_named_like_a_family_name_needs_a_cue(gaz):
    assert "Ueda" not in found(gaz, "\"They are testing us,\" Ueda said after Japan protested.")
    assert "Ueda" in found(gaz, "Snow closed roads in Ueda, Japan, on Sunday.")


def test_korean_family_name_is_no_town(gaz):
    hits = found(gaz, "Moon told reporters in Seoul that South Korea would respond.")
    assert "Moon" not in hits and "Seoul" in hits
