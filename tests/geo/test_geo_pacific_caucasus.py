"""Coverage beyond the Middle East and NATO's east: the South Caucasus, the western Pacific
and the Indian Ocean, and Sudan's spellings. Every sentence here is written for these tests."""

import pytest

from briefdeck.geo.towns import km
from briefdeck.paths import assets_dir


def found(gaz, text):
    return {m.matched_text: m.entry for m in gaz.find_mentions(text)}


def near(entry, lat, lon, within=10):
    return entry.lat is not None and km(entry.lat, entry.lon, lat, lon) < within


# ------------------------------------------------------------------ towns layer
def test_towns_file_covers_the_caucasus_and_the_western_pacific_but_not_china():
    head = (assets_dir() / "gazetteer" / "towns.tsv").read_text(encoding="utf-8")[:4000]
    countries = next(ln for ln in head.splitlines() if ln.startswith("#countries "))
    codes = {pair.split("=")[0] for pair in countries.split()[1:]}
    assert {"AM", "AZ", "GE", "JP", "TW", "PH", "GU", "SD"} <= codes
    assert "CN" not in codes


def test_armenian_border_village_with_a_cue_is_placed(gaz):
    hits = found(gaz, "Armenia said a shepherd was hurt by fire near the village of Tegh "
                      "on Friday.")
    tegh = hits["Tegh"]
    assert tegh.country == "Armenia" and near(tegh, 39.56, 46.48)


def test_a_demonym_opens_the_caucasus_towns(gaz):
    hits = found(gaz, "Azerbaijani gunners shelled positions around the Kalbajar district "
                      "overnight.")
    assert hits["Kalbajar"].country == "Azerbaijan"


def test_transliteration_variant_of_a_caucasus_town_is_the_same_town(gaz):
    hits = found(gaz, "Azerbaijan reported sniper fire in the Kelbajar district late on Monday.")
    assert hits["Kelbajar"].name == "Kalbajar"


def test_caucasus_village_is_not_found_when_no_country_of_it_is_named(gaz):
    assert "Tegh" not in found(gaz, "The delegation drove on to the village of Tegh.")


def test_japanese_island_town_with_a_cue_is_placed(gaz):
    hits = found(gaz, "Japan moved radar crews to the town of Yonakuni last spring.")
    assert hits["Yonakuni"].country == "Japan"


def test_island_after_a_small_town_name_is_a_cue(gaz):
    assert "Kumejima" not in found(gaz, "Japan said a patrol plane watched Kumejima.")
    hits = found(gaz, "Japan said a patrol plane watched Kumejima island.")
    assert hits["Kumejima"].country == "Japan"


def test_philippine_village_after_barangay_is_a_strong_cue(gaz):
    hits = found(gaz, "Philippine police said the gunmen hid in Barangay Batasan for two days.")
    assert hits["Batasan"].country == "Philippines"


def test_capitalised_kibbutz_before_a_community_still_names_it(gaz):
    hits = found(gaz, "Israeli medics said a rocket landed inside Kibbutz Hanita on Sunday.")
    assert hits["Hanita"].country == "Israel"


def test_sudanese_spelling_without_the_final_h_finds_the_city(gaz):
    hits = found(gaz, "In Sudan, shelling was reported around Babanusa and in the town of Bara.")
    assert near(hits["Babanusa"], 11.33, 27.8)
    assert hits["Bara"].country == "Sudan" and near(hits["Bara"], 13.7, 30.37)


# ---------------------------------------------------------- curated installations
@pytest.mark.parametrize(
    "name, lat, lon",
    [
        ("Andersen Air Force Base", 13.58, 144.93),
        ("Naval Base Guam", 13.44, 144.66),
        ("Kadena Air Base", 26.36, 127.77),
        ("Fleet Activities Yokosuka", 35.29, 139.66),
        ("Fleet Activities Sasebo", 33.16, 129.72),
        ("Misawa Air Base", 40.70, 141.37),
        ("MCAS Iwakuni", 34.14, 132.24),
        ("Futenma", 26.27, 127.76),
        ("Camp Schwab", 26.53, 128.05),
        ("Yonaguni garrison", 24.46, 122.97),
        ("Subic Bay", 14.80, 120.27),
        ("Clark Air Base", 15.19, 120.56),
        ("Basa Air Base", 14.99, 120.49),
        ("Lumbia Airfield", 8.42, 124.61),
        ("Diego Garcia", -7.31, 72.41),
        ("RAAF Base Darwin", -12.41, 130.88),
        ("RAAF Base Tindal", -14.52, 132.38),
        ("102nd Military Base", 40.79, 43.85),
    ],
)
def test_pacific_indian_ocean_and_caucasus_bases_sit_at_their_sites(gaz, name, lat, lon):
    entry = gaz.lookup(name, fuzzy=False)
    assert entry is not None and entry.kind == "installation", name
    assert near(entry, lat, lon, within=6), (name, entry.lat, entry.lon)


@pytest.mark.parametrize(
    "spelling, canonical",
    [
        ("Ayungin Shoal", "Second Thomas Shoal"),
        ("Ren'ai Jiao", "Second Thomas Shoal"),
        ("Bajo de Masinloc", "Scarborough Shoal"),
        ("Huangyan Island", "Scarborough Shoal"),
        ("Panganiban Reef", "Mischief Reef"),
        ("Yongshu Jiao", "Fiery Cross Reef"),
        ("Zhubi Reef", "Subi Reef"),
        ("Julian Felipe Reef", "Whitsun Reef"),
        ("Pag-asa Island", "Thitu Island"),
        ("Escoda Shoal", "Sabina Shoal"),
    ],
)
def test_south_china_sea_features_answer_to_every_claimant_name(gaz, spelling, canonical):
    assert gaz.lookup(spelling, fuzzy=False).name == canonical


def test_shoal_in_running_text_is_placed_in_the_spratlys(gaz):
    hits = found(gaz, "A coast guard cutter blocked the supply boat off Ayungin Shoal at dawn.")
    assert near(hits["Ayungin Shoal"], 9.73, 115.87)


def test_straits_and_seas_are_regions_not_the_country_in_their_name(gaz):
    hits = found(gaz, "Two frigates crossed the Taiwan Strait, then the Bashi Channel, "
                      "and turned into the Philippine Sea.")
    assert hits["Taiwan Strait"].kind == "region" and hits["Taiwan Strait"].country is None
    assert hits["Bashi Channel"].kind == "region"
    assert hits["Philippine Sea"].kind == "region"


def test_west_philippine_sea_is_not_the_sea_east_of_the_islands(gaz):
    west = found(gaz, "Manila protested new buoys in the West Philippine Sea.")
    assert "West Philippine Sea" in west and west["West Philippine Sea"].lon < 120


def test_small_islands_near_taiwan_are_placed_without_a_cue(gaz):
    hits = found(gaz, "Chinese warships passed between Yonaguni and Iriomote on Thursday.")
    assert near(hits["Yonaguni"], 24.47, 122.99) and near(hits["Iriomote"], 24.33, 123.81)


def test_bare_andersen_is_a_surname_but_andersen_air_base_is_the_base(gaz):
    assert "Andersen" not in found(gaz, "Maria Andersen, a Guam senator, said Andersen agreed.")
    hits = found(gaz, "Bombers returned to the Andersen airfield on Guam.")
    assert hits["Andersen"].name == "Andersen Air Force Base"


def test_reef_named_after_a_country_is_no_mention_of_that_country(gaz):
    hits = found(gaz, "Hanoi kept dredging at Barque Canada Reef this year.")
    assert "Canada" not in {e.name for e in hits.values()}
    assert hits["Barque Canada Reef"].kind == "installation"


def test_armenian_provinces_and_corridors_are_areas_not_villages(gaz):
    hits = found(gaz, "Shots were heard in Syunik Province and Gegharkunik Province, near the "
                      "proposed Zangezur corridor and far from the Lachin corridor.")
    assert hits["Syunik Province"].kind == "province"
    assert hits["Gegharkunik Province"].kind == "province"
    assert hits["Zangezur corridor"].kind == "region"
    assert hits["Lachin corridor"].country == "Azerbaijan"


def test_darfur_refuge_town_missing_from_geonames_is_curated(gaz):
    hits = found(gaz, "Aid trucks reached Tawila, where families from El Fasher had gathered.")
    assert hits["Tawila"].country == "Sudan" and near(hits["Tawila"], 13.52, 24.87)


def test_zamzam_alone_is_no_camp_but_zamzam_camp_is(gaz):
    assert "Zamzam" not in found(gaz, "Pilgrims in Saudi Arabia drank Zamzam water at Mecca.")
    assert "Zamzam camp" in found(gaz, "Shelling hit Zamzam camp outside El Fasher.")


def test_okinawa_means_the_island_not_okinawa_city(gaz):
    entry = found(gaz, "Marines on Okinawa will move to Guam.")["Okinawa"]
    assert entry.kind == "province" and entry.country == "Japan"


def test_a_transliteration_that_is_a_people_name_is_not_the_town(gaz):
    # GeoNames spells the Azerbaijani town Gazakh also "Kazakh", the demonym of Kazakhstan.
    hits = found(gaz, "Kazakh officers observed the exercise in Azerbaijan last week.")
    assert "Kazakh" not in hits and hits["Azerbaijan"].kind == "country"


def test_somali_regions_named_after_the_juba_are_not_south_sudans_capital(gaz):
    hits = found(gaz, "Somali troops advanced along the Juba River from Lower Juba into "
                      "Middle Juba.")
    assert {hits[n].country for n in ("Juba River", "Lower Juba", "Middle Juba")} == {"Somalia"}
    assert found(gaz, "Aid flights landed in Juba, South Sudan.")["Juba"].country == "South Sudan"
