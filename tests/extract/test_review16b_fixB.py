"""An air defence still to come stays arriving; a force level survives casualty or ship words
of another clause; only a pair of decimals written as a position is left out of a key fact.
Written for these tests."""

from __future__ import annotations

from briefdeck.compose.coordinates import without_coordinates
from briefdeck.extract.force_counts import counts_a_force

from .drafting import Drafts

_DRAFTS = Drafts("2026-11-21", "Base update")


def _postures(text: str) -> dict[str, str]:
    return {s.name: s.posture for s in _DRAFTS.facts(text).systems}


def test_a_deployment_set_for_a_later_month_is_not_made_deployed():
    text = ("Rockets hit Ain al-Asad air base on Monday, injuring one soldier. A THAAD battery "
            "will be deployed in February, defence officials said on Tuesday.")
    assert _postures(text).get("THAAD") != "deployed"


def test_a_second_battery_on_its_way_keeps_the_system_arriving():
    text = ("Rockets hit Ain al-Asad air base on Monday. A Patriot battery that arrived at the "
            "base in September intercepted one rocket, and another Patriot battery is on its "
            "way to the base, defence officials said.")
    assert _postures(text).get("Patriot") != "deployed"


def _is_force(sentence: str, count: str) -> bool:
    start = sentence.index(count)
    return counts_a_force(sentence, start, start + len(count))


def test_a_force_level_is_kept_beside_another_clauses_casualties_or_a_ship():
    assert _is_force("Roughly 900 U.S. soldiers stay in Syria, where rocket fire has wounded "
                     "several.", "900")
    assert _is_force("About 4,000 Marines are aboard the USS Wasp group off Cyprus.", "4,000")


def test_a_count_the_incident_governs_is_still_no_force_level():
    assert not _is_force("After the alarm, 52 U.S. personnel were evacuated to Erbil.", "52")
    assert not _is_force("Headcount complete: 75 personnel accounted for.", "75")
    assert not _is_force("Officials said 14 service members were treated for concussions.", "14")


def test_dates_calibres_and_prices_are_not_taken_for_a_position():
    for said in ("Drone attacks on 03.12, 04.12 hit the base",
                 "Smugglers carried 5.56, 7.62 rounds",
                 "Oil traded at 79.15 78.60 after the strike"):
        assert without_coordinates(said) == said


def test_a_position_written_as_one_is_left_out_with_its_cue():
    assert without_coordinates("Rockets landed at grid 35.47, 44.39 near Kirkuk") == \
        "Rockets landed near Kirkuk"
    assert without_coordinates("Impact at 35.47N 44.39E, no injuries") == "Impact, no injuries"
    assert without_coordinates("Kirkuk\t35.47\t44.39\t3 rockets") == "Kirkuk 3 rockets"
