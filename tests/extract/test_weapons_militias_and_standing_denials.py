"""Systems, organizations and sourcing written in ways a ninth round of unseen reporting
showed: weapons named by a bare noun or a Soviet index, counter-drone kit by its make, peace
missions and militias by their names, outlets' own reporters and broadcasts, hospital staff,
asides that hold a source of their own, and capitals' standing denials. Sentences are our own."""

from __future__ import annotations

import pytest

from .drafting import Drafts

DRAFTS = Drafts("2026-03-10", heading="Fighting report")
_systems = DRAFTS.systems
_orgs = DRAFTS.organizations
_sources = DRAFTS.sources


# ------------------------------------------------------------------ systems


@pytest.mark.parametrize("sentence", [
    "Mortar fire was heard near the market all night.",
    "A mortar round landed beside the school on Friday.",
    "Several villagers were hurt by mortar and artillery rounds.",
])
def test_a_mortar_in_any_of_its_words_is_a_system(sentence):
    assert "mortars" in _systems(sentence)


def test_the_men_and_places_named_after_mortars_are_no_mortars():
    assert "mortars" not in _systems("Jets bombed the mortar positions above the valley.")


@pytest.mark.parametrize("sentence, name", [
    ("Drones knocked out a 2S3 self-propelled gun near the river.", "2S3"),
    ("The battery fired its 2S19 howitzers at the ridge.", "2S19"),
])
def test_soviet_self_propelled_guns_by_their_index(sentence, name):
    assert name in _systems(sentence)


def test_a_named_self_propelled_gun_covers_the_bare_word_artillery():
    systems = _systems("Rebels hit tanks and artillery, including a 2S1 howitzer, on Monday.")
    assert "2S1" in systems and "artillery" not in systems


def test_a_counter_drone_jammer_named_by_its_make():
    assert "Skyguard" in _systems("Police carried a Skyguard handheld jammer to the fence.")


@pytest.mark.parametrize("sentence", [
    "The unit trained with M2 Bradley fighting vehicles last week.",
    "Two Bradleys were parked outside the depot.",
])
def test_a_bradley_by_its_model_number_plural_or_noun(sentence):
    assert "Bradley" in _systems(sentence)


def test_a_person_called_bradley_is_no_vehicle():
    assert "Bradley" not in _systems("Officer Tom Bradley said the road would reopen.")


def test_an_adjective_after_a_dateline_names_no_system():
    systems = _systems("VILNIUS, Lithuania — Unknown drones circled the depot twice, "
                       "officials said.")
    assert systems == ["drones"]


# ------------------------------------------------------------------ organizations


def test_peace_missions_by_their_initials():
    orgs = _orgs("The UN mission MINUSCA said its patrol was fired on near Bangui. "
                 "UNMISS moved civilians into its compound.")
    assert "MINUSCA" in orgs and "UNMISS" in orgs


def test_a_mission_named_after_what_it_is():
    assert "Irini" in _orgs("The EU naval mission Irini said it boarded a freighter.")


def test_a_regional_mission_in_words_is_the_mission():
    orgs = _orgs("The Southern African Development Community mission said two of its "
                 "soldiers were hurt.")
    assert "SAMIDRC" in orgs


def test_a_militia_named_before_the_word_militia():
    orgs = _orgs("Soldiers backed by local Mai-Mai militias retook the road.")
    assert "Mai-Mai" in orgs


@pytest.mark.parametrize("sentence", [
    "Iran-aligned militias fired rockets at the base.",
    "Shiite militias stayed out of the fighting.",
    "Iraqi militias claimed the attack.",
])
def test_a_sponsor_faith_or_nation_names_no_militia(sentence):
    assert not any(name.startswith(("Iran", "Shiite", "Iraqi")) for name in _orgs(sentence))


def test_a_national_police_force_speaking_is_an_organization():
    assert "Latvian police" in _orgs("Latvian police said the drone fell in a field.")


def test_an_outlet_named_after_its_owners_adjective():
    orgs = _orgs("The army-run Zvezda television showed the launchers.")
    assert "Zvezda" in orgs


def test_a_country_of_two_words_keeps_both_in_its_ministry():
    assert "North Macedonia's defence ministry" in _orgs(
        "North Macedonia's defence ministry confirmed the exercise.")


# ------------------------------------------------------------------ sourcing


def test_medical_staff_of_a_hospital_are_a_hospital_source():
    sources = _sources("Nine bodies were brought in overnight, a senior nurse at the field "
                       "clinic told Reuters.")
    assert sources == [("anonymous official", 1, "a senior nurse at the field clinic told Reuters")]


def test_an_outlets_own_reporters_are_that_outlet():
    sources = _sources("Reuters reporters saw smoke rising over the port on Tuesday.")
    assert sources == [("other outlet", None, "Reuters reporters saw")]


def test_a_broadcaster_showing_footage_is_another_outlet():
    sources = _sources("The rebel-run Voice of Kivu radio broadcast a recording of the "
                       "commander.")
    assert sources == [("other outlet", 1, "Voice of Kivu radio broadcast")]


def test_un_experts_speak_through_their_report():
    assert _sources("The group is armed by its neighbour, according to UN experts.") == [
        ("document", 1, "according to UN experts")]


def test_a_body_whose_aside_holds_a_source_still_speaks():
    sources = _sources("The Front, funded by Uganda according to UN experts, said in a "
                       "statement on X that it held the town.")
    kinds = {kind for kind, _, _ in sources}
    assert kinds == {"document", "spokesperson"}
    assert any(text.endswith("said in a statement on X") for _, _, text in sources)


def test_a_ministry_and_its_seat_speak():
    assert _sources("The Taliban-run interior ministry in Kandahar said on Friday that two "
                    "guards died.") == [
        ("spokesperson", 1, "The Taliban-run interior ministry in Kandahar said on Friday")]


def test_a_body_known_by_a_name_in_brackets():
    sources = _sources("The Sudan Emergency Service (Blue Vests) said six people died.")
    assert sources == [("spokesperson", 1, "The Sudan Emergency Service (Blue Vests) said")]


def test_a_long_reason_for_anonymity_stays_with_the_official():
    sources = _sources("A Polish army officer, who asked not to be identified because he was "
                       "not allowed to speak to the press about the inquiry, said the drone "
                       "was Russian-made.")
    assert sources[0][:2] == ("anonymous official", 1)
    assert sources[0][2].startswith("A Polish army officer, who asked")


def test_a_capitals_standing_denial_is_no_sourcing():
    assert _sources("Rebels seized the mine. Kampala denies arming the rebels.") == []


def test_a_country_before_a_force_is_no_mission_name():
    assert "Kenya" not in _orgs("Rebels fled as a regional force Kenya leads moved north.")


def test_a_people_or_place_before_militias_names_no_group():
    orgs = _orgs("Fulani militias and Goma militias clashed near the lake.")
    assert "Fulani" not in orgs and "Goma" not in orgs


def test_a_satellite_navigation_jammer_is_no_named_system():
    assert "GPS" not in _systems("Russian GPS jammers disrupted flights over the gulf.")


def test_a_groups_own_channel_showing_a_video_is_no_outlet():
    assert ("other outlet", 1, "Hamas Telegram channel published") not in _sources(
        "A Hamas Telegram channel published a video of the raid.")


@pytest.mark.parametrize("sentence", [
    "Brick-and-mortar shops reopened on the main street.",
    "The town's brick and mortar banks stayed shut.",
])
def test_the_builders_mortar_is_no_weapon(sentence):
    assert "mortars" not in _systems(sentence)


def test_rebels_are_named_by_their_initials_not_their_land():
    orgs = _orgs("FDLR rebels attacked a camp. The Kachin rebels denied any role.")
    assert "FDLR" in orgs and "Kachin" not in orgs
