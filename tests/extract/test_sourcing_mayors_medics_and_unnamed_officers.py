"""Speakers, people, bodies, weapons and sourcing written in ways an eleventh round of unseen
reporting showed: a mayor described after his name, a district head before it, a medic named
after what she does, a place's own service, a ship's master and a company's officer unnamed,
a body passing on a report it received, the publisher's own earlier reporting, a capital's
denial, numbered variants of one programme, bare missiles, task forces named by words, and
guidance titles that are no bodies. Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2026-08-20", heading="Border report")
_people = DRAFTS.people
_speakers = DRAFTS.speakers
_systems = DRAFTS.systems
_orgs = DRAFTS.organizations
_sources = DRAFTS.sources


def _kinds(text: str) -> dict[str, tuple[str, int | None]]:
    return {words: (kind, count) for kind, count, words in _sources(text)}


# ------------------------------------------------------------------ people and quotes


def test_a_mayor_described_after_the_name_is_a_named_official_who_speaks():
    text = ("Karwan Aziz Salih, the mayor of Bardarash district, said a dozen shells fell near "
            "the school. \"Nobody can harvest the fields this year,\" he told reporters.")
    assert "Karwan Aziz Salih" in _people(text)
    assert _speakers(text)["Nobody can harvest t"] == "Karwan Aziz Salih"
    kinds = _kinds(text)
    assert kinds["Karwan Aziz Salih, the mayor of Bardarash district, said"] == (
        "named official", 1)


def test_a_district_head_named_after_according_to_is_a_named_official():
    text = ("Two shepherds were hurt on Friday, according to Soran district head Dilshad "
            "Omer Hamad.")
    assert _kinds(text)["according to Soran district head Dilshad Omer Hamad"] == (
        "named official", 1)


def test_a_medic_of_a_named_service_set_before_the_name_is_her_title():
    text = ("\"We carried out six people from the building,\" a UAR paramedic, Dana Shapiro, "
            "told the local radio station.")
    assert _people(text)["Dana Shapiro"].endswith("UAR paramedic")
    assert _kinds(text)["a UAR paramedic, Dana Shapiro, told"] == ("named official", 1)


def test_a_plain_doctor_set_before_the_name_is_another_source():
    text = "A doctor, Layla Haddad, said the ward had run out of saline."
    assert _kinds(text)["A doctor, Layla Haddad, said"] == ("other", 1)


# ------------------------------------------------------------------ sourcing


def test_a_places_own_service_speaks_for_itself():
    text = ("A second rocket set a warehouse alight near the docks, the town's fire service "
            "said.")
    assert _kinds(text)["the town's fire service said"] == ("spokesperson", 1)


def test_a_ships_master_unnamed_is_an_anonymous_official():
    text = ("At 0915 UTC the Master of a northbound tanker in position 13°10'N 043°05'E "
            "reported that a projectile had landed nearby.")
    kinds = _kinds(text)
    assert kinds["the Master of a northbound tanker in position 13°10'N 043°05'E reported"] == (
        "anonymous official", 1)
    assert not any(len(words) < 12 for words in kinds)  # no "E reported"


def test_a_master_relayed_by_a_body_is_counted_with_the_body_only():
    text = "The maritime agency says the master of a cargo ship reported an explosion."
    assert not any("master" in words for words in _kinds(text))


def test_a_companys_officer_unnamed_is_an_anonymous_official():
    text = "The Company Security Officer (CSO) has confirmed that one engineer was hurt."
    assert _kinds(text)["The Company Security Officer (CSO) has confirmed"] == (
        "anonymous official", 1)


def test_a_body_that_received_a_report_is_the_source():
    text = "UKMTO has received a report of an approach 40NM south of Aden."
    assert _kinds(text)["UKMTO has received a report"] == ("spokesperson", 1)


def test_the_publishers_own_earlier_reporting_is_no_other_outlet():
    text = ("Kurdistan24 first gave the toll as three. Rudaw initially reported two dead. "
            "Rudaw could not independently verify the claim.")
    assert not any(words.startswith("Rudaw") for words in _kinds(text))


def test_another_outlets_report_still_counts_when_the_publisher_is_known():
    text = ("Reuters reported that the convoy was hit twice. Rudaw could not independently "
            "verify the account.")
    assert _kinds(text)["Reuters reported"] == ("other outlet", None)


def test_a_capital_denying_responsibility_is_a_stance_not_a_source():
    text = "Artillery hit a market in the border town in 2021. Ankara denied responsibility."
    assert not any(words.startswith("Ankara") for words in _kinds(text))


# ------------------------------------------------------------------ systems


def test_numbered_variants_of_one_programme_are_two_systems():
    names = _systems("The launches were intercepted by Arrow-3 and Arrow 2 batteries.")
    assert "Arrow 3" in names and "Arrow 2" in names and "Arrow" not in names


def test_a_rocket_attack_names_its_weapon():
    assert "rockets" in _systems("Two soldiers were hurt in a rocket attack on the base.")


def test_warplanes_are_aircraft():
    assert "warplanes" in _systems("The group said warplanes struck the valley overnight.")


def test_a_bare_missile_is_a_system_unless_a_named_missile_covers_it():
    assert "missiles" in _systems("A missile hit the water two miles off the bow.")
    names = _systems("Two cruise missiles were fired; one missile fell short.")
    assert "missiles" not in names


def test_missile_as_a_modifier_is_no_system():
    names = _systems("The missile defence radar and a missile base were upgraded.")
    assert "missiles" not in names


def test_uncrewed_boats_and_small_craft_are_vessels():
    names = _systems("An unmanned boat struck the ship after a small craft shadowed it.")
    assert "uncrewed surface vessel" in names and "small craft" in names


# ------------------------------------------------------------------ organizations


def test_a_task_force_named_by_words_is_an_organization():
    orgs = _orgs("Troops of Task Force Desert Hawk handed over the base on Monday.")
    assert "Task Force Desert Hawk" in orgs
    assert not any(name.startswith("Troops") for name in orgs)


def test_a_demonym_air_force_keeps_its_whole_name():
    assert "Jordanian Air Force" in _orgs("The Jordanian Air Force flew patrols all night.")


def test_an_information_centre_and_a_peace_team_are_bodies():
    orgs = _orgs("The Regional Information Centre (RIC) and the Christian Peacemaker Teams "
                 "(CPT) both logged the strikes.")
    assert "Regional Information Centre" in orgs and "Christian Peacemaker Teams" in orgs


def test_the_pkk_is_a_known_armed_group():
    assert "Kurdistan Workers' Party" in _orgs("Officials blamed the PKK for the ambush.")


def test_a_guidance_title_is_no_body():
    orgs = _orgs("Ships should follow the Best Practices for Port Security before arrival.")
    assert not any("Practices" in name for name in orgs)


def test_a_body_running_into_a_sites_name_is_no_body():
    orgs = _orgs("Troops left Green Ridge and Mission Support Site Falcon in May.")
    assert not any(name.endswith("Mission") for name in orgs)


def test_a_states_brigade_is_no_named_unit():
    orgs = _orgs("Col. Jane Roe said the Ohio brigade had trained for a year.")
    assert "Ohio brigade" not in orgs


def test_an_outlet_named_where_a_statement_was_put_out():
    orgs = _orgs("The militia said in a statement on Lion News that two fighters died.")
    assert "Lion News" in orgs
