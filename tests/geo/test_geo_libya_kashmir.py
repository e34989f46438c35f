"""Libya, Pakistan, Afghanistan and India's northern border: towns layer, curated districts,
Line of Control sectors and air bases, Taiwan Strait points, and how a name shared by two
countries is resolved. Every sentence here is written for these tests."""


from briefdeck.geo.towns import km
from briefdeck.paths import assets_dir


def found(gaz, text):
    return {m.matched_text: m.entry for m in gaz.find_mentions(text)}


def near(entry, lat, lon, within=25):
    return entry.lat is not None and km(entry.lat, entry.lon, lat, lon) < within


def _town_lines():
    text = (assets_dir() / "gazetteer" / "towns.tsv").read_text(encoding="utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln and not ln.startswith("#")]


def test_towns_file_covers_libya_pakistan_afghanistan_and_india():
    head = (assets_dir() / "gazetteer" / "towns.tsv").read_text(encoding="utf-8")[:6000]
    countries = next(ln for ln in head.splitlines() if ln.startswith("#countries "))
    codes = {pair.split("=")[0] for pair in countries.split()[1:]}
    assert {"LY", "PK", "AF", "IN"} <= codes


def test_indian_towns_are_limited_to_the_northern_border_states():
    indian = [row for row in _town_lines() if row[0] == "IN"]
    assert 100 < len(indian) < 1000  # not all 3,300 of India's small towns
    assert all(float(row[3]) >= 29.0 for row in indian)  # none from Daman or the south


def test_demonyms_of_the_new_countries_name_them():
    from briefdeck.geo.towns import DEMONYMS

    assert DEMONYMS["Libyan"] == "LY" and DEMONYMS["Pakistani"] == "PK"
    assert DEMONYMS["Afghan"] == "AF" and DEMONYMS["Indian"] == "IN"
    assert DEMONYMS["Kashmiri"] == "IN"


def test_afghan_district_town_found_with_a_demonym(gaz):
    hits = found(gaz, "Afghan police said a roadside bomb went off near Sangin overnight.")
    assert "Sangin" in hits and near(hits["Sangin"], 32.07, 64.84)


def test_libyan_city_found_under_its_common_spelling(gaz):
    hits = found(gaz, "A convoy left Tripoli for Misrata on the coast road.")
    assert "Misrata" in hits and near(hits["Misrata"], 32.38, 15.09)


def test_tripoli_districts_and_airport_are_placed(gaz):
    hits = found(gaz, "Gunfire was reported in Abu Salim and Ain Zara, and flights at Mitiga "
                      "airport were halted while militias massed in Tajoura.")
    assert near(hits["Abu Salim"], 32.85, 13.19, within=10)
    assert near(hits["Ain Zara"], 32.80, 13.27, within=10)
    assert hits["Mitiga airport"].kind == "installation"
    assert near(hits["Tajoura"], 32.88, 13.35, within=10)


def test_a_name_shared_by_two_countries_follows_the_country_the_text_names(gaz):
    libya = found(gaz, "In Libya, militiamen moved through Salah al-Din after dark, "
                       "residents near Mitiga airport said.")
    assert libya["Salah al-Din"].country == "Libya"
    iraq = found(gaz, "Iraqi troops searched farms in Salah al-Din on Tuesday.")
    assert iraq["Salah al-Din"].country == "Iraq"


def test_jammu_and_kashmir_is_the_territory_not_the_city_of_jammu(gaz):
    hits = found(gaz, "Troops were put on alert across Jammu and Kashmir after the shelling.")
    assert "Jammu" not in hits
    assert hits["Jammu and Kashmir"].kind == "province"


def test_line_of_control_sectors_are_placed(gaz):
    hits = found(gaz, "Mortar fire was reported in the Mendhar and Krishna Ghati sectors, "
                      "while Kupwara and Keran stayed quiet.")
    assert near(hits["Mendhar"], 33.61, 74.14, within=10)
    assert near(hits["Krishna Ghati"], 33.59, 74.17, within=15)
    assert near(hits["Kupwara"], 34.53, 74.25, within=10)
    assert near(hits["Keran"], 34.65, 73.95, within=10)


def test_uri_as_a_given_name_is_not_a_place_but_the_uri_sector_is(gaz):
    assert "Uri" not in found(gaz, "Uri Levin, an analyst, said the talks would fail.")
    hits = found(gaz, "Shells landed in the Uri sector of Baramulla district.")
    assert any(e.name == "Uri" for e in hits.values())


def test_air_bases_are_reached_by_their_base_names_only(gaz):
    hits = found(gaz, "Missiles were aimed at Nur Khan Air Base and PAF Base Mushaf, while "
                      "Indian jets flew from Adampur Air Base.")
    assert hits["Nur Khan Air Base"].kind == "installation"
    assert hits["PAF Base Mushaf"].kind == "installation"
    assert near(hits["Adampur Air Base"], 31.43, 75.76, within=5)
    town = found(gaz, "Shops in Pakistan's Sargodha reopened on Monday.")
    assert town["Sargodha"].kind == "city"


def test_town_placed_in_a_large_province_far_from_its_capital(gaz):
    hits = found(gaz, "The sergeant came from Kangra in Himachal Pradesh, the army said.")
    assert "Kangra" in hits and near(hits["Kangra"], 32.10, 76.27)


def test_sentence_opening_on_in_cues_a_village(gaz):
    hits = found(gaz, "Shelling hit several villages of Ukraine's Sumy region. In Krasnopillia, "
                      "a shop was damaged.")
    assert "Krasnopillia" in hits and near(hits["Krasnopillia"], 50.77, 35.26)


def test_taiwan_strait_points_and_pingtan_island(gaz):
    hits = found(gaz, "Chinese warships sailed from Pingtan toward Pengjia Islet and later "
                      "rounded Eluanbi.")
    assert hits["Pingtan"].country == "China" and near(hits["Pingtan"], 25.50, 119.79)
    assert near(hits["Pengjia Islet"], 25.63, 122.08, within=5)
    assert near(hits["Eluanbi"], 21.90, 120.85, within=5)


def test_kursk_border_villages_are_placed_in_russia(gaz):
    hits = found(gaz, "Russian units pushed toward Makhnovka and Malaya Loknya.")
    assert hits["Makhnovka"].country == "Russia" and near(hits["Makhnovka"], 51.22, 35.15)
    assert near(hits["Malaya Loknya"], 51.29, 35.14)
