"""Gazetteer: resolving names, and finding place mentions in article text."""

import pytest

SPELLINGS = {
    "Ain al-Asad Air Base": [
        "Ain al Asad",
        "Ain al-Asad",
        "Al Asad",
        "Al-Assad",
        "al-Asad Air Base",
        "Ain al-Assad",
        "AIN AL ASAD",
        "Ain al Asad Air Base",
    ],
    "Erbil Air Base": ["Irbil Air Base", "Erbil Air Base", "Arbil Air Base"],
    "K-1 Air Base": ["K-1 Air Base", "K-1", "K1"],
    "Qayyarah Airfield West": ["Qayyarah Airfield West", "Q-West", "Qayyarah West"],
    "Camp Taji": ["Camp Taji", "Taji"],
    "Al Taqaddum Air Base": ["Al Taqaddum Air Base", "Taqaddum", "TQ", "al-Taqaddum"],
    "Al Qaim base": ["al-Qaim", "Al Qaim", "Al-Qa'im base", "Al Qa’im"],
    "Al-Tanf Garrison": ["Al-Tanf", "At Tanf", "al-Tanf garrison"],
    "Al Udeid Air Base": ["Al-Udeid", "Al Udeid Air Base"],
    "Kurdistan Region": ["Kurdistan Region", "Kurdistan Region of Iraq", "Iraqi Kurdistan"],
}


@pytest.mark.parametrize("canonical", sorted(SPELLINGS))
def test_alias_spellings_resolve_to_the_same_entry(gaz, canonical):
    entries = {gaz.lookup(s).name for s in SPELLINGS[canonical]}
    assert entries == {canonical}


# Reference points given for the installations (lat, lon), accurate to a few km.
KNOWN = {
    "Ain al Asad": (33.786, 42.441),
    "Erbil International Airport": (36.237, 43.963),
    "Camp Taji": (33.52, 44.26),
    "Q-West": (35.77, 43.12),
    "K-1": (35.51, 44.28),
    "Al Taqaddum": (33.34, 43.60),
    "al-Qaim": (34.38, 41.09),
    "Tower 22": (33.32, 38.69),
}


@pytest.mark.parametrize("name", sorted(KNOWN))
def test_installations_sit_at_their_known_positions(gaz, name):
    entry = gaz.lookup(name)
    lat, lon = KNOWN[name]
    assert entry.kind == "installation" and entry.precision == "installation"
    assert abs(entry.lat - lat) < 0.05 and abs(entry.lon - lon) < 0.05


def test_entries_expose_map_fields(gaz):
    entry = gaz.lookup("Ain al-Asad")
    assert (entry.kind, entry.country, entry.precision) == ("installation", "Iraq", "installation")
    assert isinstance(entry.lat, float) and isinstance(entry.lon, float)


def test_lookup_folds_diacritics_case_and_apostrophes(gaz):
    assert gaz.lookup("ḨADĪTHAH").name == "Haditha"
    assert gaz.lookup("Sāmarrā’").name == "Samarra"
    assert gaz.lookup("deir EZ-zor").name == "Deir ez-Zor"


def test_lookup_tolerates_a_misspelling_but_not_nonsense(gaz):
    assert gaz.lookup("Qayyarah Airfeild West").name == "Qayyarah Airfield West"
    assert gaz.lookup("Xyzzyqwv") is None
    assert gaz.lookup("Qayyarah Airfeild West", fuzzy=False) is None


def test_provinces_regions_countries_and_world_cities_resolve(gaz):
    assert gaz.lookup("Anbar").kind == "province"
    assert (
        gaz.lookup("Deir ez-Zor province").kind,
        gaz.lookup("Deir ez-Zor province").country,
    ) == ("province", "Syria")
    assert gaz.lookup("Kirkuk").kind == "city"  # the city, not its province
    assert gaz.lookup("Kirkuk province").kind == "province"
    assert gaz.lookup("Germany").kind == "country"
    assert gaz.lookup("Paris").country == "France"


STORY = (
    "Coalition advisers left Q-West for Erbil Air Base last spring, while a smaller team "
    "stayed on at Ain al-Asad in Anbar. Rockets later struck Camp Taji, north of Baghdad, "
    "and a drone hit Tower 22 in Jordan, close to the border with Syria."
)


def test_find_mentions_returns_the_right_spans(gaz):
    found = gaz.find_mentions(STORY)
    for m in found:
        assert STORY[m.start : m.end] == m.matched_text
    assert [(m.matched_text, m.entry.name) for m in found] == [
        ("Q-West", "Qayyarah Airfield West"),
        ("Erbil Air Base", "Erbil Air Base"),
        ("Ain al-Asad", "Ain al-Asad Air Base"),
        ("Anbar", "Anbar"),
        ("Camp Taji", "Camp Taji"),
        ("Baghdad", "Baghdad"),
        ("Tower 22", "Tower 22"),
        ("Jordan", "Jordan"),
        ("Syria", "Syria"),
    ]


def test_span_keeps_the_article_and_leaves_out_the_possessive(gaz):
    text = "Some of Iraq's troops moved from al-Qaim to K-1 by road."
    assert [m.matched_text for m in gaz.find_mentions(text)] == ["Iraq", "al-Qaim", "K-1"]


def test_town_or_base_wording_picks_the_town_or_the_installation(gaz):
    town = gaz.find_mentions("Shelling hit the town of al-Qaim overnight.")
    base = gaz.find_mentions("Shelling hit al-Qaim base overnight.")
    assert [m.entry.kind for m in town] == ["city"]
    assert [m.entry.kind for m in base] == ["installation"]


def test_the_assad_surname_is_not_the_air_base(gaz):
    text = "President Bashar al-Assad met the envoys, and al-Assad's aides said little."
    assert gaz.find_mentions(text) == []
    [at_base] = gaz.find_mentions("Marines arrived at al-Asad on Tuesday.")
    assert at_base.entry.name == "Ain al-Asad Air Base"


def test_initialisms_match_only_in_capitals(gaz):
    assert [m.entry.name for m in gaz.find_mentions("Crews flew out of TQ at dawn.")] == [
        "Al Taqaddum Air Base"
    ]
    assert gaz.find_mentions("Tq is not a place.") == []


ORDINARY = [
    "Mobile phones were switched off before the meeting.",
    "Reading the cable took most of an hour.",
    "Split votes are rare on the committee.",
    "Nice weather helped the convoy.",
    "Bath towels and soap were handed out.",
    "Sale of the jets stalled again.",
    "Police said two people were hurt.",
    "Marine Gen. Frank McKenzie spoke to reporters.",
    "Union leaders met on Monday.",
    "Mission planners changed the route.",
    "Commerce Department officials declined to comment.",
    "Enterprise software runs the depot.",
    "Victoria Nuland visited the region.",
    "Of the troops deployed, most stayed.",
    "Hit by three drones, the outpost reported no casualties.",
    "Defense Secretary Lloyd Austin approved the plan.",
    "The Washington Post ran the story first.",
]


@pytest.mark.parametrize("sentence", ORDINARY)
def test_common_word_cities_are_not_found_in_ordinary_sentences(gaz, sentence):
    assert gaz.find_mentions(sentence) == []


def test_common_word_city_is_found_with_a_place_cue(gaz):
    mobile = gaz.find_mentions("The shipyard in Mobile, Alabama got the contract.")
    assert [(m.matched_text, m.entry.country) for m in mobile][0] == ("Mobile", "United States")
    hit = gaz.find_mentions("Militants entered the town of Hit in western Iraq.")
    assert (hit[0].matched_text, hit[0].entry.country) == ("Hit", "Iraq")


def test_a_city_name_follows_the_country_the_text_names(gaz):
    [tripoli, libya] = gaz.find_mentions(
        "Clashes in Tripoli spread as Libya's rival forces mobilised."
    )
    assert (tripoli.entry.country, libya.entry.kind) == ("Libya", "country")
    [lebanon, tripoli] = gaz.find_mentions("In Lebanon, a strike hit Tripoli.")
    assert tripoli.entry.country == "Lebanon"


def test_a_great_capital_stays_itself_beside_a_story_about_its_small_namesakes_country(gaz):
    # Paris (2 million) against Paris, Texas (25,000): the US named all around changes nothing
    text = ("The United States said US forces struck depots overnight, a US official said. "
            "Ministers met in Paris on Tuesday to discuss the strikes.")
    paris = [m.entry for m in gaz.find_mentions(text) if m.entry.name == "Paris"]
    assert paris and paris[0].country == "France"


def test_the_small_namesake_is_still_found_with_its_state():
    from briefdeck.extract import analyse
    from briefdeck.ingest import article_from_text

    found = analyse(article_from_text(
        "The contractor is based in Paris, Texas, where it employs 300 people, a spokesman "
        "said.\n"), "2027-04-13")["place_mentions"]
    assert [(m.name, round(m.lat)) for m in found] == [("Paris", 34)]
