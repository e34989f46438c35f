"""Counts of a weapon's kit keep the weapon ("drone flights", "rocket launchers"); a speaker's
topic names what the next bare counts count; a toll's breakdown by side, a count of no dead,
and a force brought "below" a level; a bare Coyote that brings down drones, the Sentinel radar.
Sentences written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-11-24", "Regional security brief")


def _figures(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in DRAFTS.facts(text).figures]


def test_a_weapon_before_the_counted_noun_stays_in_the_unit():
    got = _figures(
        "Peacekeepers logged 9 Israeli drone flights over the valley. Police seized three "
        "rocket launchers near the dam. The militia flew two one-way attack unmanned aerial "
        "systems at the base. The destroyer fired 12 Standard Missile interceptors."
    )
    assert (9, "drone flights") in got and (3, "rocket launchers") in got
    assert (2, "one-way attack unmanned aerial systems") in got
    assert (12, "Standard Missile interceptors") in got


def test_happenings_after_a_weapon_keep_their_own_noun():
    got = _figures("The group claimed 15 rocket attacks and two drone operations last week.")
    assert (15, "attacks") in got and (2, "operations") in got


def test_a_speakers_topic_names_the_bare_counts_after_it():
    got = _figures(
        "Reyes, Ana MAJ USARMY (USA)   0:01:10\n\n"
        "Next item is shelters. We have nine at the motor pool and that won't hold the night "
        "crew. I want five more, so fourteen total.\n\n"
        "Reyes, Ana MAJ USARMY (USA)   0:01:40\n\nThat's all from me."
    )
    assert {(9, "shelters"), (5, "shelters"), (14, "shelters")} <= set(got)
    assert not any(unit == "total" for _, unit in got)


def test_a_tolls_breakdown_by_side_and_a_count_of_no_dead_are_no_figures():
    got = _figures(
        "Camp Alpha: 4 wounded (3 coalition, 1 partner force). So four wounded, zero killed."
    )
    assert not any(unit in ("coalition", "partner") for _, unit in got)
    assert not any(value == 0 for value, _ in got)


def test_a_force_brought_below_a_level_counts_the_troops_asked_about():
    got = DRAFTS.facts(
        "Q How many are left? There are about 2,000 troops in the country now.\n\n"
        "MS. HALE: We will get below 800 by the summer."
    ).figures
    assert any(f.value == 800 and f.unit == "troops" and f.qualifier == "fewer than"
               for f in got)


def test_a_bare_coyote_that_downs_drones_and_a_sensing_sentinel_are_systems():
    names = {s.name for s in DRAFTS.facts(
        "A drone was shot down by a Coyote over the airfield on Friday. The Sentinel picks "
        "them up late over the ridge. A coyote was seen near the fence."
    ).systems}
    assert {"Coyote", "Sentinel radar"} <= names
