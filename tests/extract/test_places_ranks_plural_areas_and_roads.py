"""Places: a surname after a rank spelled out, a plural land word shared by a list of weak
names, a road running between places, and curated sites (ports, air bases, hospitals, a square
two capitals share). Every sentence here is written for these tests."""

from __future__ import annotations

from tests.extract.drafting import article_facts

from briefdeck.geo.towns import km


def _places(text: str) -> dict:
    facts = article_facts(text, "2025-03-04")
    return {p.name: p for p in facts.places}


def _orgs(text: str) -> set[str]:
    facts = article_facts(text, "2025-03-04")
    return {o.name for o in facts.organizations}


def _near(place, lat: float, lon: float, within: float = 25) -> bool:
    return place.lat is not None and km(place.lat, place.lon, lat, lon) <= within


def test_a_surname_after_a_spelled_out_rank_is_no_town_later():
    text = ("Staff Sergeant Emre Kaya was killed near Zakho on Friday, the ministry said. "
            "Officials visited Kaya's parents in Adana the next day.")
    places = _places(text)
    assert "Kaya" not in places
    assert "Zakho" in places


def test_a_plural_land_word_after_a_list_makes_each_weak_name_a_place():
    text = "Warplanes bombed PKK hideouts in the Zap, Gara and Qandil regions overnight."
    places = _places(text)
    assert "Qandil" in places and _near(places["Qandil"], 36.45, 45.05, 30)


def test_a_bare_weak_name_without_a_cue_stays_a_family_name():
    assert "Qandil" not in _places("Qandil told the council the vote would wait.")


def test_a_road_between_two_towns_makes_a_weak_name_a_place():
    text = "Police shut the highway between al-Baghdadi and Haditha after the rocket fire."
    places = _places(text)
    assert "al-Baghdadi" in places and _near(places["al-Baghdadi"], 33.87, 42.55)


def test_talks_between_two_men_make_no_place():
    assert not any("Asad" in n for n in _places("Talks between al-Assad and Erdogan stalled."))


def test_a_square_two_capitals_share_follows_the_country_reported_on():
    baghdad = _places("In Baghdad, Iraqi police fired tear gas at crowds in Tahrir Square.")
    cairo = _places("In Cairo, Egyptian police cleared protesters from Tahrir Square.")
    assert _near(baghdad["Tahrir Square"], 33.33, 44.40, 5)
    assert _near(cairo["Tahrir Square"], 30.04, 31.24, 5)


def test_curated_ports_bases_and_hospitals_are_placed():
    text = ("A drone hit a fuel depot at the port of Duqm in Oman. Jets flew from RAAF Base "
            "Williamtown. The wounded sailor was moved to Walter Reed National Military Medical "
            "Center. Rockets fell near Camp Singara, outside Erbil.")
    places = _places(text)
    assert _near(places["Duqm"], 19.66, 57.70, 5)
    assert _near(places["RAAF Base Williamtown"], -32.80, 151.84, 5)
    assert _near(places["Walter Reed National Military Medical Center"], 39.0, -77.09, 5)
    assert _near(places["Camp Singara"], 36.21, 43.99, 5)


def test_a_kurdish_spelling_of_the_sulaymaniyah_airport_is_placed():
    places = _places("Two flights were diverted to Sulaimani International Airport on Sunday.")
    assert any(_near(p, 35.56, 45.32, 5) for p in places.values())


def test_airlines_suspending_flights_are_organizations():
    orgs = _orgs("Qatar Airways, Wizz Air and flydubai cancelled flights to Basra, while Royal "
                 "Jordanian and Turkish Airlines rerouted around the closed airspace.")
    assert {"Qatar Airways", "Wizz Air", "flydubai", "Royal Jordanian",
            "Turkish Airlines"} <= orgs


def test_the_jordanian_air_force_is_no_airline():
    assert "Royal Jordanian" not in _orgs("The Royal Jordanian Air Force downed two drones.")


def test_an_aircraft_model_is_not_its_maker():
    assert "Boeing" not in _orgs("A Boeing 737-800 turned back to Amman after the alert.")
    assert "Boeing" in _orgs("Boeing said it would speed up deliveries of the tankers.")


def test_air_forces_ministries_and_armies_by_their_common_names():
    orgs = _orgs("The Luftwaffe sent a tanker while the RAAF moved a Wedgetail. Canada's "
                 "Department of National Defence said no one was hurt. The Turkish army said "
                 "it struck YPG positions.")
    assert {"Luftwaffe", "Royal Australian Air Force", "Department of National Defence",
            "Turkish Armed Forces", "YPG"} <= orgs


def test_a_portfolio_in_a_ministers_title_is_no_body():
    orgs = _orgs("A letter from the Minister for the Armed Forces reached the panel on Tuesday.")
    assert "Armed Forces" not in orgs


def test_forces_named_by_a_nationality_are_no_regional_body():
    assert "French forces" not in _orgs("Since 2015, French forces have flown 900 sorties over "
                                        "Syria, the ministry said.")


def test_a_hospital_name_keeps_its_arabic_article():
    orgs = _orgs("A surgeon at al-Yarmouk Teaching Hospital said two of the wounded had died.")
    assert "al-Yarmouk Teaching Hospital" in orgs


def test_the_group_a_mission_is_named_against_is_no_actor():
    assert "Islamic State" not in _orgs("Troops of the Counter Daesh mission in Jordan were "
                                        "unhurt, the command said.")
    assert "Islamic State" in _orgs("Daesh fighters raided a village near Kirkuk at dawn.")


def test_whose_staff_posture_or_service_personnel_name_no_place():
    places = _places("Two UK service personnel were hurt at Erbil Air Base. UK staff officers "
                     "moved to Kuwait.")
    assert "UK" not in places and "Erbil Air Base" in places


def test_a_countrys_response_or_commitment_is_its_government():
    places = _places("Militia leaders should know that the United States will respond. The "
                     "envoy repeated the United States’ commitment to a stable Iraq.")
    assert "United States" not in places
