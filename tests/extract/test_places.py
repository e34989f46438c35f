"""Places drafted from reporting: what is no place of the report, towns the gazetteer does not
know, and role cues. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from briefdeck.extract import draft_briefing
from briefdeck.extract.places import _full_name_of
from briefdeck.geo.towns import km
from briefdeck.ingest.article import Article


def _places(text: str) -> dict:
    facts = draft_briefing(Article(text=text), published="2024-05-02").facts
    return {p.name: p for p in facts.places}


def _role(text: str, name: str) -> str:
    return _places(text)[name].role


@pytest.mark.parametrize(
    "text, country",
    [
        ("Iran-backed militias fired two rockets at the base in Syria on Monday.", "Iran"),
        ("The Houthis said they fired a Palestine-2 missile at Eilat in Israel.", "Palestine"),
        ("The UK Maritime Trade Operations agency said a ship was hit off Yemen.", "UK"),
        ("United States European Command said the battery arrived in Poland.", "United States"),
        ("NATO keeps a battle group in Romania, led by France, near the Black Sea.", "France"),
    ],
)
def test_a_country_that_only_qualifies_someone_is_no_place(text, country):
    assert country not in _places(text)


def test_a_country_opening_an_aid_society_name_is_no_place():
    places = _places("The Lebanon Red Cross Society said two medics were hurt near Tyre.")
    assert not any(p.kind == "country" for p in places.values())


def test_a_news_agency_named_after_a_city_is_no_place():
    assert "Xinhua" not in _places("Xinhua news agency said the talks in Baghdad had ended.")


def test_unknown_village_is_placed_at_the_county_the_text_puts_it_in():
    places = _places("Debris fell near the village of Zorvani in Tulcea County on Tuesday.")
    village, tulcea = places["Zorvani"], places["Tulcea"]
    assert (village.lat, village.lon) == (tulcea.lat, tulcea.lon)
    assert village.precision == "province" and village.country == "Romania"


def test_unknown_district_is_placed_in_its_city():
    places = _places("A drone hit a car in the Qadimiya district of eastern Baghdad on Friday.")
    district = places["Qadimiya"]
    assert district.precision == "city" and km(district.lat, district.lon, 33.34, 44.40) < 5


def test_unknown_village_in_a_named_country_gets_the_country_precision():
    places = _places("An air strike hit the village of Zorvani in southern Lebanon at dawn.")
    assert places["Zorvani"].precision == "country"


def test_unknown_village_with_no_known_place_beside_it_is_not_drafted():
    assert "Zorvani" not in _places("Residents of the village of Zorvani said it was quiet.")


def test_village_from_the_town_list_is_a_place_of_the_report():
    places = _places("Israeli drones struck the southern Lebanese village of Kfar Kila overnight.")
    village = places["Kfar Kila"]
    assert village.role == "attack target" and km(village.lat, village.lon, 33.28, 35.55) < 5


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("Drones strike the al-Tanf garrison in southern Syria, officials said.",
         "al-Tanf garrison", "attack target"),
        ("The blast killed three fighters in the town of Hajin, the monitor said.",
         "Hajin", "attack target"),
        ("A U.S. drone strike on a car in Baghdad killed a militia commander.",
         "Baghdad", "attack target"),
        ("Harir air base, north of Erbil, was also targeted, Kurdish officials said.",
         "Harir air base", "attack target"),
        ("A drone was shot down near Erbil airport on Tuesday evening.",
         "Erbil airport", "attack target"),
        ("Sirens sounded in Haifa after a launch from Lebanon.", "Haifa", "attack target"),
        ("Rockets hit the outskirts of the Shaddadi base late last month.",
         "Shaddadi base", "attack target"),
        ("Most of the troops are moving north to the base at Shaddadi in Hasakah.",
         "Shaddadi", "reinforcement"),
        ("Mission Support Site Conoco, a gas plant to the northwest, will close in the coming "
         "weeks.", "Mission Support Site Conoco", "withdrawal"),
    ],
)
def test_role_cues(text, name, role):
    assert _role(text, name) == role


def test_forces_closing_in_on_a_town_do_not_withdraw_from_it():
    role = _role("Russian forces closed in on the city of Pokrovsk this week.", "Pokrovsk")
    assert role != "withdrawal"


def test_firm_named_like_a_town_is_no_place():
    places = _places("The radar was built by Norway's Kongsberg and delivered to Poland in May.")
    assert "Kongsberg" not in places and "Poland" in places


def test_town_that_shares_a_firm_name_is_a_place_when_the_text_puts_something_in_it():
    places = _places("The new missile plant in Kongsberg, Norway, opened on Monday.")
    assert "Kongsberg" in places


def test_unknown_city_district_is_placed_at_the_city_named_before_it():
    places = _places(
        "Missiles struck Kharkiv overnight, the regional governor said. A supermarket in the "
        "city's Dovzhenko district burned for hours, and two people were hurt."
    )
    district, city = places["Dovzhenko"], places["Kharkiv"]
    assert (district.lat, district.lon) == (city.lat, city.lon)
    assert district.precision == "city" and district.country == "Ukraine"


def test_unknown_city_district_with_no_city_before_it_is_not_drafted():
    assert "Zorvani" not in _places("Residents of the northern Zorvani district said it was calm.")


@pytest.mark.parametrize(
    "text, name",
    [
        ("A stray interceptor fell on a barn in the village of Przewodów, killing two men.",
         "Przewodów"),
        ("A U.S. strike destroyed a rocket launcher near the village of Khasham in Syria.",
         "Khasham"),
    ],
)
def test_a_missile_falling_on_or_a_strike_destroying_something_there_makes_a_target(text, name):
    assert _role(text, name) == "attack target"


def test_home_station_of_a_deploying_unit_is_a_place_but_not_a_reinforcement():
    places = _places("The battery, from a brigade based at Fort Bliss, Texas, will go to Poland.")
    assert "Fort Bliss" in places and places["Fort Bliss"].role != "reinforcement"


@pytest.mark.parametrize(
    "text, word",
    [
        ("Rockets hit Aleppo on Sunday. A shell struck the city's Christian quarter.", "Christian"),
        ("Drones hit Damascus at dawn. Smoke rose over the city's Diplomatic quarter.",
         "Diplomatic"),
    ],
)
def test_a_people_or_an_everyday_word_before_quarter_is_no_district(text, word):
    assert word not in _places(text)


def test_a_surname_that_is_also_a_town_is_no_place():
    text = ("Pfc. Dana L. Lorca, 24, was wounded when a drone hit the base in Syria. "
            "Lorca's unit had arrived in Iraq in May.")
    places = _places(text)
    assert "Syria" in places and "Lorca" not in places
    assert "Lorca" in _places("Floods cut roads around Lorca in southern Spain on Monday.")


def test_a_country_inside_a_hyphenated_name_is_no_place_but_a_hyphenated_border_is():
    assert "France" not in _places("A reporter for Agence France-Presse asked about the raid "
                                   "on the base in Syria.")
    places = _places("Fighting flared along the Israel-Lebanon border on Sunday.")
    assert "Israel" in places and "Lebanon" in places


def test_somali_and_kenyan_bases_are_known():
    places = _places("Militants attacked Baledogle airfield in Somalia, months after an assault "
                     "on Camp Simba at Manda Bay in Kenya.")
    assert any(km(p.lat, p.lon, 2.67, 44.79) < 10 for n, p in places.items() if "Baledogle" in n)
    assert any(km(p.lat, p.lon, -2.25, 40.91) < 10 for n, p in places.items() if "Simba" in n)


def test_a_writer_named_like_a_country_in_the_byline_is_no_place():
    text = "By Chad Morrow\n\nRockets struck a base in Iraq on Monday, officials said."
    places = _places(text)
    assert "Iraq" in places and "Chad" not in places
    assert "Chad" in _places("Troops crossed from Chad into Sudan on Monday, officials said.")


def test_small_city_far_from_the_report_gives_way_to_the_village_of_that_name_nearby():
    # Zolochiv is a town near Lviv and a village north-west of Kharkiv.
    text = ("Glide bombs hit Kharkiv on Tuesday. Later the same day a strike on Zolochiv "
            "damaged a school, the Kharkiv regional governor said.")
    place = _places(text)["Zolochiv"]
    assert km(place.lat, place.lon, 50.28, 35.98) < 10


def test_small_city_stays_when_the_report_is_about_its_own_area():
    text = "Drones hit Lviv overnight. A fuel depot in Zolochiv was also struck, officials said."
    place = _places(text)["Zolochiv"]
    assert km(place.lat, place.lon, 49.81, 24.90) < 10


def test_adjectival_district_is_placed_in_the_city_named_before_it():
    text = ("A missile hit Kharkiv overnight. A nine-storey block in the Kyivskyi district "
            "was damaged, the mayor said.")
    places = _places(text)
    district = places["Kyivskyi"]
    assert km(district.lat, district.lon, 49.99, 36.23) < 15


def test_adjectival_district_without_a_city_before_it_is_no_place():
    text = "Residents of the Kyivskyi district were told to stay in shelters, police said."
    assert "Kyivskyi" not in _places(text)


@pytest.mark.parametrize("text, name, point", [
    ("Rockets were fired at kibbutz Nir Am, near Sderot in southern Israel, on Monday.",
     "Nir Am", (31.52, 34.58)),
    ("Aid lorries waited at Kerem Shalom on the edge of Gaza for a second day.",
     "Kerem Shalom", (31.22, 34.28)),
    ("Commandos raided a house near the town of al-Bab in northern Syria.", "al-Bab",
     (36.37, 37.52)),
])
def test_border_communities_crossings_and_short_named_towns_are_placed(text, name, point):
    place = _places(text)[name]
    assert km(place.lat, place.lon, *point) < 5


def test_short_town_name_needs_a_cue():
    assert "al-Bab" not in _places("Bab al-Hawa reopened to traffic into Syria on Monday.")


def test_a_surname_given_with_a_first_name_is_no_town_elsewhere_in_the_article():
    places = _places("Japan condemned the test. Aiko Ikeda, a researcher in Tokyo, said the "
                     "missile flew far. \"It was a message,\" Ikeda said.")
    assert "Ikeda" not in places and "Tokyo" in places


def test_a_title_case_headline_does_not_turn_a_big_city_into_a_surname():
    places = _places("Drone Hits Erbil, the Kurdish Regional Capital\n\nA drone struck near "
                     "Erbil airport on Monday, officials in Iraq said.")
    assert "Erbil" in places


def test_a_ship_leaving_port_is_no_withdrawal_from_it():
    from .drafting import Drafts

    drafts = Drafts("2025-06-02", heading="Update")
    roles = {p.name: p.role for p in drafts.facts(
        "The carrier USS Halverson (CVN-80) left Yokosuka, Japan, in late May for its patrol. "
        "The frigate departed Souda Bay on Tuesday.").places}
    assert roles["Yokosuka"] == "mentioned" and roles["Souda Bay"] == "mentioned"
    kept = {p.name: p.role for p in drafts.facts(
        "USS Halverson escorted tankers while U.S. troops left Camp Taji on Sunday.").places}
    assert kept["Camp Taji"] == "withdrawal"


def test_a_closure_for_a_while_or_of_a_crossing_is_no_withdrawal():
    from .drafting import Drafts

    drafts = Drafts("2025-06-02", heading="Update")
    roles = {p.name: p.role for p in drafts.facts(
        "The fighting closed Mitiga airport for nearly a week. Guards closed the Nasib crossing "
        "on Friday.").places}
    assert roles["Mitiga airport"] == "mentioned" and roles["Nasib crossing"] == "mentioned"
    kept = {p.name: p.role for p in drafts.facts(
        "U.S. forces closed Camp Taji last month.").places}
    assert kept["Camp Taji"] == "withdrawal"


def test_a_rating_in_capitals_after_a_city_does_not_hide_it():
    places = _places("Risk outlook for Mozambique this week: Nampula LOW; Beira MODERATE.")
    assert "Beira" in places and "Nampula" in places


def test_a_city_before_the_word_tehsil_is_the_city():
    places = _places("Police in Pakistan raided two houses in Kohat Tehsil late on Sunday.")
    assert places["Kohat"].country == "Pakistan"


def test_a_countrys_defence_force_is_no_place():
    places = _places("The Kenya Defence Force said its troops cleared a camp near Kismayo.")
    assert "Kenya" not in places


def test_an_unknown_village_in_an_address_is_placed_at_its_district():
    places = _places("Troops searched compounds in general area Sherwan, Kohat District, "
                     "in Pakistan on Monday.")
    sherwan, kohat = places["Sherwan"], places["Kohat"]
    assert (sherwan.lat, sherwan.lon) == (kohat.lat, kohat.lon)
    assert sherwan.precision == "province"


def test_a_name_after_a_comma_needs_its_own_area_word_to_be_a_place():
    places = _places("The blast was confirmed by Rahimullah, Kohat District police chief.")
    assert "Rahimullah" not in places


def test_a_field_placed_by_distance_and_bearing_from_a_city():
    places = _places("A rocket struck the Qasra oil field, about 40 km north of Kirkuk, "
                     "on Tuesday.")
    field, city = places["Qasra oil field"], places["Kirkuk"]
    assert 35 <= km(field.lat, field.lon, city.lat, city.lon) <= 45
    assert field.lat > city.lat + 0.3 and abs(field.lon - city.lon) < 0.05


def test_a_distance_in_miles_is_converted():
    places = _places("Gunmen attacked the village of Tellbor, 10 miles west of Kirkuk.")
    village, city = places["Tellbor"], places["Kirkuk"]
    assert 14 <= km(village.lat, village.lon, city.lat, city.lon) <= 18


def test_every_country_listed_after_an_acting_by_is_an_actor():
    places = _places("Most of the drones fired at Israel were shot down by Greece, the UK, "
                     "France and Cyprus, officials in Athens said on Monday.")
    assert not {"Greece", "UK", "France", "Cyprus"} & set(places)


def test_a_country_acted_upon_after_an_actor_list_stays_a_place():
    places = _places("Warships led by France sailed on Tuesday. Drones were later fired at "
                     "Israel from Yemen.")
    assert "France" not in places and "Israel" in places


@pytest.mark.parametrize("text, word", [
    ("The convoy reached the outpost on Friday, Sgt. Jordan Whitlow told reporters in Amman.",
     "Jordan"),
    ("Dr. Georgia Lindqvist, a surgeon, said the clinic in Tbilisi took in six casualties.",
     "Georgia"),
])
def test_a_place_word_between_a_rank_and_a_surname_is_a_given_name(text, word):
    assert word not in _places(text)


def test_a_small_town_that_is_the_surname_of_a_speaker_is_no_place():
    text = ("Shelling hit farms near Zakho on Monday, said the district head, Rebwar Ali Sindi. "
            "\"We cannot reach the fields,\" Sindi said.")
    places = _places(text)
    assert "Sindi" not in places and "Zakho" in places


def test_a_lone_said_without_a_full_name_keeps_the_town():
    # nothing in the text makes the word a person's name
    places = _places("Artillery hit Amedi on Monday and Zakho on Tuesday, officials said.")
    assert {"Amedi", "Zakho"} <= set(places)


def test_kurdish_and_arabic_spellings_of_a_border_town_reach_one_place():
    one = _places("Turkish shells fell around Amedi in Duhok province on Sunday.")["Amedi"]
    other = _places("Turkish shells fell around Amadiya in Duhok province on Sunday.")
    assert km(one.lat, one.lon, other["Amadiya"].lat, other["Amadiya"].lon) < 1


def test_the_kurdistan_region_border_localities_are_placed():
    text = ("A Turkish drone struck a car near Sidakan on Friday, and shells fell on Deraluk "
            "and Sheladize, while jets pounded the Qandil mountains, officials in Erbil said.")
    places = _places(text)
    for name in ("Sidakan", "Deraluk", "Sheladize", "Qandil mountains"):
        assert places[name].lat is not None and places[name].country == "Iraq"
    assert places["Qandil mountains"].role == "attack target"


def test_a_named_plant_in_the_city_just_named_is_placed_there():
    text = ("Rockets hit Ashdod overnight. One landed near the Eshkol power station in the "
            "city's south, firefighters said.")
    places = _places(text)
    plant = places["Eshkol power station"]
    assert plant.kind == "installation"
    assert km(plant.lat, plant.lon, places["Ashdod"].lat, places["Ashdod"].lon) < 1


def test_a_named_refinery_near_a_known_town_is_placed_at_the_town():
    places = _places("A drone set fire to the Zerdok refinery near Erbil on Tuesday.")
    assert places["Zerdok refinery"].lat == pytest.approx(places["Erbil"].lat, abs=0.01)


def test_a_named_plant_without_a_place_to_put_it_is_left_out():
    places = _places("Ashdod was quiet. Officials said the Zephyr power station was safe.")
    assert "Zephyr power station" not in places


def test_well_known_military_sites_are_reached_by_name():
    places = _places("Israeli jets struck the Parchin military complex near Tehran. Troops "
                     "of the brigade had trained at Camp Dodge before deploying to Kuwait.")
    assert places["Parchin military complex"].country == "Iran"
    assert places["Camp Dodge"].country == "United States"


def test_a_section_label_line_does_not_name_the_place():
    text = ("Home | News | World\nKurdistan\n\nDrones hit a village in the Kurdistan Region on "
            "Monday, officials said.")
    assert "Kurdistan Region" in _places(text)


def test_places_inside_flagged_boilerplate_lines_are_dropped():
    text = ("Troops from Iowa arrived at Erbil Air Base on Friday.\n"
            "Hometown: AMES, IOWA, US\n")
    line = text.index("Hometown")
    facts = draft_briefing(Article(text=text, boilerplate=[(line, len(text))]),
                           published="2024-05-02").facts
    assert "Ames" not in {p.name for p in facts.places}


def test_a_district_of_a_named_city_is_placed_in_that_city_not_at_a_far_homonym():
    text = ("Rebel units pushed into the al-Hamdaniya and Salaheddine districts of Aleppo "
            "city on Friday, a monitor said.")
    places = _places(text)
    district, city = places["al-Hamdaniya"], places["Aleppo"]
    assert district.country == "Syria"
    assert km(district.lat, district.lon, city.lat, city.lon) < 30


def test_a_curated_town_word_that_is_a_named_speakers_surname_is_no_place():
    text = ("Gunmen attacked a checkpoint near Hasakah. A militia commander, Dilan Kobani, said "
            "his men held the road. \"We will not pull back,\" Kobani wrote on X.")
    places = _places(text)
    assert "Kobani" not in places and "Hasakah" in places


def test_a_town_after_a_place_word_is_no_full_name():
    # "Mount Sinjar" is a place, so a later "Sinjar said" alone makes no person of it
    assert not _full_name_of("Families fled up Mount Sinjar. Sinjar said nothing.", "Sinjar")
    assert _full_name_of("The mayor, Hawre Sinjar, spoke. Sinjar said nothing.", "Sinjar")


def test_an_unknown_air_base_near_a_known_city_is_placed_there_as_an_installation():
    places = _places("Two drones hit the Hawraman air base near Sulaymaniyah on Monday.")
    base = places["Hawraman air base"]
    assert base.kind == "installation" and base.role == "attack target"
    assert base.lat == pytest.approx(places["Sulaymaniyah"].lat, abs=0.01)


def test_a_kurdish_town_name_is_not_read_as_a_homonym_abroad():
    places = _places("Police in Duhok province said a drone hit a car near Akre on Monday.")
    assert places["Akre"].country == "Iraq"


def test_a_japanese_town_keeps_its_name_beside_the_kurdish_district_alias():
    places = _places("Pilgrims climbed to the temples of Koya in Wakayama, Japan, on Sunday.")
    assert places["Koya"].country == "Japan"


# ------------------------------------------------- weapons, seas and people named like places
@pytest.mark.parametrize("text, name", [
    ("The guard corps tested a longer-range Tabriz missile over the desert on Friday.",
     "Tabriz"),
    ("Its arsenal includes Mashhad, Tabriz and Shiraz missiles, the ministry said.", "Shiraz"),
])
def test_a_city_a_missile_is_named_after_is_no_place(text, name):
    assert name not in _places(text)


def test_a_city_before_missile_strike_is_still_the_place_struck():
    assert "Odesa" in _places("Two people died in the Odesa missile strike on Sunday.")


def test_a_sea_named_after_a_country_is_not_the_country():
    assert "Oman" not in _places("Frigates fired at a target barge in the Sea of Oman.")


@pytest.mark.parametrize("text", [
    "A shopkeeper who gave only his first name, Jordan, said the blast broke his windows.",
    "The fighter, identified only as Jordan, was detained at the checkpoint in Homs.",
])
def test_a_first_name_given_by_a_witness_is_no_place(text):
    assert "Jordan" not in _places(text)


# ------------------------------------------------- unknown places the text describes
def test_an_unknown_base_described_by_an_appositive_is_placed_at_the_town_it_names():
    places = _places("A rocket hit Tal Zamzama, a small coalition outpost east of the city of "
                     "Hasakah, on Tuesday.")
    assert km(places["Tal Zamzama"].lat, places["Tal Zamzama"].lon, 36.5, 40.75) < 5


def test_a_person_described_as_a_resident_of_a_town_is_no_place():
    places = _places("Omar Fakhouri, a resident of the town of Kisweh, said the shelling woke "
                     "everyone.")
    assert "Omar Fakhouri" not in places


def test_an_unknown_village_is_placed_in_the_province_its_sentence_opens_with():
    places = _places("In Quneitra province, soldiers searched the village of Ein Zaytouneh "
                     "and left at dawn.")
    assert places["Ein Zaytouneh"].precision == "province"
    assert places["Ein Zaytouneh"].country == "Syria"


def test_an_unknown_adjectival_district_lies_in_the_city_named_before_it():
    places = _places("A drone hit Odesa overnight, damaging homes in the Peresypskyi district.")
    district = places["Peresypskyi district"]
    assert km(district.lat, district.lon, places["Odesa"].lat, places["Odesa"].lon) < 1


def test_a_region_named_after_its_centre_keeps_the_word_region():
    places = _places("Drones hit a refinery in Russia's Samara region on Monday.")
    assert places["Samara region"].country == "Russia"
    assert places["Samara region"].kind == "province"


@pytest.mark.parametrize("text, country", [
    ("Rockets hit the port in Basra, and militias aligned with Iran were blamed.", "Iran"),
    ("Gunmen loyal to Turkey shelled a village near Manbij in Syria.", "Turkey"),
    ("Fighters allied with Russia took a hill outside Kidal in Mali.", "Russia"),
])
def test_a_country_someone_sides_with_is_no_place(text, country):
    assert country not in _places(text)


def test_a_country_after_with_that_is_not_a_side_stays_a_place():
    assert "Iraq" in _places("Troops patrolled along the border with Iraq on Sunday.")


def test_a_place_in_capitals_takes_its_usual_spelling_but_an_acronym_stays():
    places = _places("WEEKLY NOTE: IRAQ AND OMAN\n\nDrones were seen over Iraq and the UAE "
                     "on Monday, officials in Oman said.")
    assert {"Iraq", "Oman"} <= set(places) and "IRAQ" not in places and "OMAN" not in places
