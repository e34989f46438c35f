"""Rockets named by calibre are systems of their own, and a bare "rockets" beside them is one
of those; the Sentinel and FAAD radars by their full names; a C-RAM "gun system" is the C-RAM;
"counter-drone" is no drone; a tour's length written as an adjective is a figure, a text's
length in words is not; a "WHO:" label of a media advisory is no World Health Organization; a
depot named after its service is a place; a unit's two-word nickname is kept whole.
Sentences written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-11-24", "Regional security brief")


def _systems(text: str) -> set[str]:
    return {s.name for s in DRAFTS.facts(text).systems}


def _figures(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in DRAFTS.facts(text).figures]


def _organizations(text: str) -> set[str]:
    return {o.name for o in DRAFTS.facts(text).organizations}


def test_rockets_by_calibre_are_their_own_systems_and_absorb_the_bare_class():
    got = _systems(
        "Militants fired 3 x 107mm rockets at the airfield on Monday. Police found 2 x 122mm "
        "rockets on a rail near the road. The rockets were fired from a truck.")
    assert {"107mm rockets", "122mm rockets"} <= got
    assert "rockets" not in got


def test_two_calibres_joined_by_and_are_two_systems():
    got = _systems("Rocket attacks, mostly 107mm and 122mm rockets fired from rails, were "
                   "frequent but seldom deadly; rockets hit the base twice in May.")
    assert {"107mm rockets", "122mm rockets"} <= got
    assert "rockets" not in got


def test_a_calibre_that_describes_a_named_rocket_is_no_second_system():
    got = _systems("Crews used the APKWS, the laser-guided 70 mm rocket that has become the "
                   "cheapest way to down a drone.")
    assert "70mm rockets" not in got


def test_sentinel_and_faad_radars_by_their_full_names():
    got = _systems("The battery brought the Sentinel radar and will work alongside the Army's "
                   "Forward Area Air Defense radar at two bases.")
    assert {"Sentinel radar", "Forward Area Air Defense radar"} <= got
    assert "Defense" not in got


def test_a_c_ram_gun_system_is_the_c_ram_and_a_counter_drone_role_no_drone():
    got = _systems("Officials described a C-RAM gun system at the base. The battery deploys "
                   "in a counter-drone role.")
    assert "C-RAM" in got
    assert "gun system" not in got and "drones" not in got


def test_a_tour_length_written_as_an_adjective_is_a_figure():
    got = _figures("The battery will mobilize for a nine-month deployment to Kuwait.")
    assert (9, "months") in got


def test_an_age_or_a_delay_written_as_an_adjective_is_no_figure():
    got = _figures("A 45-year-old contractor was hurt. The programme suffered a two-year delay.")
    assert not [u for _, u in got if u in ("years", "year")]


def test_a_letters_length_in_words_is_no_figure():
    got = _figures("Send letters of up to 200 words to the editor by Friday.")
    assert not [u for _, u in got if u == "words"]


def test_a_who_label_of_an_advisory_is_no_world_health_organization():
    got = _organizations("WHO:\n\nAbout 140 Soldiers of the 1st Battalion, 203rd Air Defense "
                         "Artillery Regiment.\n\nWHERE:\n\nAnniston Army Depot parade field.")
    assert "World Health Organization" not in got
    assert "Anniston Army" not in got


def test_a_units_two_word_nickname_is_kept_whole():
    got = _organizations("The colonel thanked the Soldiers of the Battle Hawks battalion.")
    assert "Hawks battalion" not in got
