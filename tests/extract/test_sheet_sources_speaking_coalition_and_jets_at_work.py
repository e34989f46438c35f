"""A capital confirming and a government addressed are no places, nor a place in a tracker's
Source column; the coalition and a civil defence that speak are bodies; a joint headquarters
is one; jets, air defence units and a table's drones named in short are the systems named."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-11-27", "Base attacks roundup")


def _places(text: str) -> list[str]:
    return [p.name for p in DRAFTS.facts(text).places]


# ---------------------------------------------------------------- places


def test_a_capital_confirming_a_decision_is_its_government_not_a_place():
    places = _places("Drones hit the Harir base late Wednesday, a day before Washington "
                     "confirmed that the troops there would move to Erbil.")
    assert "Washington" not in places
    assert "Erbil" in places


def test_capitals_holding_talks_or_sent_a_message_are_governments():
    places = _places("Rockets hit the base at Ain al-Asad as Baghdad and Washington continue "
                     "talks; the factions were sending a message to Washington, an analyst said.")
    assert "Washington" not in places
    assert "Baghdad" in places


def test_an_official_in_a_capital_saying_something_keeps_the_city():
    places = _places("A Hamas official in Doha said on Sunday that the group had no new proposal.")
    assert "Doha" in places


def test_a_country_s_government_addressed_in_recommendations_is_no_place():
    places = _places("Recommendations\n\nTo the United States government: publish the review "
                     "of the strike on the market in Bajil.")
    assert "United States" not in places


def test_an_embassy_in_a_tracker_s_source_column_is_the_source_not_a_place():
    text = ("| 1 | Date | Location | Type | Source | Notes |\n\n"
            "| 2 | 2026-11-20 | Erbil Air Base, IQ | Drone attack | US Embassy Baghdad | "
            "Shot down |\n\n"
            "| 3 | 2026-11-22 | Harir AB, IQ | Rocket attack | CENTCOM statement | No damage |\n")
    places = _places(text)
    assert "US Embassy Baghdad" not in places
    assert "Erbil Air Base" in places


# ---------------------------------------------------------------- organizations


def test_the_coalition_speaking_in_a_chat_is_the_coalition():
    orgs = DRAFTS.organizations(
        "SDF statement this morning says two fighters were killed.\n\n"
        "Coalition says one U.S. service member has minor injuries. A coalition spokesperson "
        "would only say the moves are part of a planned consolidation.")
    assert "Coalition" in orgs


def test_a_ruling_coalition_speaking_is_not_the_anti_isis_coalition():
    orgs = DRAFTS.organizations("The ruling coalition said on Monday it would back the budget.")
    assert "Coalition" not in orgs


def test_a_civil_defence_that_tells_the_reporter_is_a_body():
    orgs = DRAFTS.organizations("The civil defence told me they are still searching the rubble "
                                "of the building in Tyre.")
    assert "civil defence" in orgs


def test_civil_defence_crews_searching_are_no_body_speaking():
    orgs = DRAFTS.organizations("civil defence crews are still searching the rubble.")
    assert "civil defence" not in orgs


def test_a_permanent_joint_headquarters_is_a_body():
    orgs = DRAFTS.organizations("Air Vice-Marshal Jo Roe, Chief of Staff Operations, Permanent "
                                "Joint Headquarters, gave evidence to the committee.")
    assert "Permanent Joint Headquarters" in orgs


# ---------------------------------------------------------------- systems


def test_typhoons_that_shoot_down_drones_are_the_jets_not_a_storm():
    systems = DRAFTS.systems("Typhoons from RAF Akrotiri shot down three drones over eastern "
                             "Syria during November.")
    assert "Typhoon" in systems


def test_a_typhoon_that_strikes_a_coast_is_a_storm():
    systems = DRAFTS.systems("Typhoon Mawar struck the coast of Guam on Wednesday night.")
    assert "Typhoon" not in systems


def test_an_avenger_unit_moved_in_is_the_air_defence_system():
    systems = DRAFTS.systems("An Avenger unit reached Conoco on 28 Nov; another Avenger was "
                             "flown in from Kuwait to the base.")
    assert "Avenger" in systems


def test_a_table_s_bare_uas_is_its_one_way_attack_uas():
    systems = DRAFTS.systems(
        "| 1 | Date | Location | Type | Weapons |\n\n"
        "| 2 | 2026-11-09 | Erbil Air Base | Drone attack | 2x one-way attack UAS |\n\n"
        "| 3 | 2026-11-19 | Harir AB | Drone attack | 1x UAS |\n")
    assert "one-way attack UAS" in systems
    assert "drones" not in systems
