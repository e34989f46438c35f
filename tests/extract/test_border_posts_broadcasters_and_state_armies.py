"""Border posts in militia claims, channels whose names fold onto towns, a state's army named
descriptively, initials two air forces share, a UN body acting by its initials and a
title-case headline running past a name. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-06-10", "Border update")


def _facts(text: str):
    return DRAFTS.facts(text)


def _places(text: str) -> dict[str, tuple[float, float]]:
    return {p.name: (p.lat, p.lon) for p in _facts(text).places}


def _orgs(text: str) -> dict[str, list[str]]:
    return {o.name: list(o.aliases) for o in _facts(text).organizations}


def test_israeli_border_posts_in_a_claim_are_placed_on_the_border():
    places = _places("The group said on Monday it fired rockets at the Ramim barracks and "
                     "sent drones at the Al-Marj site and at Miskav Am.")
    for name in ("Ramim barracks", "Al-Marj site", "Miskav Am"):
        lat, lon = places[name]
        assert 33.0 < lat < 33.4 and 35.3 < lon < 35.7, name


def test_a_western_galilee_kibbutz_in_a_siren_list_is_placed():
    places = _places("On Tuesday sirens went off in Nahariya and Ga'aton after a launch.")
    lat, lon = places["Ga'aton"]
    assert abs(lat - 33.01) < 0.1 and abs(lon - 35.21) < 0.1


def test_kuwaiti_towns_near_camp_arifjan_are_placed_in_kuwait():
    places = _places("People in Sabah Al-Ahmad City and Al-Khairan heard the sirens on Sunday.")
    assert places["Sabah Al-Ahmad City"][0] < 29.0 and places["Al-Khairan"][1] > 48.2


def test_a_channel_that_carried_a_claim_is_no_place():
    places = _places("Rockets hit Kiryat Shmona on Friday, the militia said in a statement carried "
                     "by Al-Manar.")
    assert "Al-Manar" not in places and "Kiryat Shmona" in places


def test_occupied_palestine_is_no_place_of_the_report():
    places = _places("The group vowed to hit ships bound for occupied Palestine, and fired "
                     "a missile at a tanker off Hodeidah on Monday.")
    assert "Palestine" not in places


def test_the_second_of_two_bridges_is_named_with_its_head():
    places = _places("Protesters were told to keep off the Jumhuriya and Sinak bridges in "
                     "Baghdad on Thursday.")
    assert "Sinak bridge" in places and "Sinak" not in places


def test_a_states_army_named_descriptively_is_its_defence_forces():
    orgs = _orgs("The IDF said it struck launchers on Monday. The Israeli army said a soldier "
                 "was hurt near the fence.")
    assert "Israeli army" not in orgs
    assert "Israeli army" in orgs["Israel Defense Forces"]


def test_the_occupation_army_of_a_claim_is_the_same_army():
    orgs = _orgs("The Israeli occupation army claimed on Sunday that it downed two drones.")
    assert "Israeli occupation army" not in orgs and "Israel Defense Forces" in orgs


def test_iaf_in_an_israeli_report_is_the_israeli_air_force():
    orgs = _orgs("The IDF said the IAF intercepted five rockets over Israel on Monday.")
    assert "Israeli Air Force" in orgs


def test_iaf_in_an_indian_report_is_the_indian_air_force():
    orgs = _orgs("India said on Monday that IAF jets flew patrols along the border with "
                 "Pakistan after India closed two airports.")
    assert "Indian Air Force" in orgs and "Israeli Air Force" not in orgs


def test_an_armed_wing_and_a_tv_channel_are_organizations():
    orgs = _orgs("The Islamic Resistance in Lebanon said it hit a post on Sunday. Israeli "
                 "Channel 12 reported that 20 rockets were fired.")
    assert "Islamic Resistance in Lebanon" in orgs and "Channel 12" in orgs


def test_a_un_body_defined_under_a_heading_and_acting_by_initials():
    orgs = _orgs("UNITED NATIONS\n\nDepartment of Safety and Security (UNDSS) - Country "
                 "office\n\nUNDSS has recorded three incidents near the airport on Monday.")
    assert orgs.get("Department of Safety and Security") == ["UNDSS"]


def test_a_headline_possessive_ends_the_persons_name():
    people = {p.name for p in _facts(
        "Readout of Foreign Minister Karl Vantongeren's Call With His Counterpart\n\n"
        "Foreign Minister Karl Vantongeren spoke on Monday with his counterpart.").people}
    assert "Karl Vantongeren" in people
    assert not any("Call" in name for name in people)
