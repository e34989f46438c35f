"""What a bare number counts when its noun is elsewhere: the attacks of "attacked ... times",
the injuries a tally names, the people held after a verb of capture, the kind of the thing
said to be "one of" several; and counts that are no figures (speakers, tours of duty)."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2027-03-04", "Force posture note")


def _units(text: str) -> dict[float, str]:
    return {value: unit for value, unit in DRAFTS.figures(text)}


def test_times_after_an_abbreviated_month_still_count_attacks():
    units = _units("Bases in the region were targeted 64 times since Feb. 2: 30 times in "
                   "Jordan and 34 times in Kuwait, the command said.")
    assert units[64] == "attacks" and units[30] == "attacks" and units[34] == "attacks"


def test_part_of_a_campaign_tally_counts_the_injuries_it_names():
    units = _units("Since the spring 84 soldiers have been hurt, 31 of them with "
                   "traumatic brain injuries, the ministry said.")
    assert units[84] == "soldiers"
    assert units[31] == "traumatic brain injuries"


def test_part_of_one_attacks_toll_stays_with_the_event():
    units = _units("Six sailors were hurt in the blast, two of them with burns, the navy said.")
    assert 2 not in units


def test_a_number_diagnosed_with_injuries_counts_them_and_them_is_still_people():
    figures = DRAFTS.figures("Medics examined 14 marines, including four diagnosed with "
                             "concussions. Three of them were flown to Rota.")
    assert (4, "concussions") in figures
    assert (3, "marines") in figures


def test_a_bare_number_after_a_verb_of_capture_counts_the_ones_held():
    units = _units("Police raided 12 farms, killing three gunmen and arresting 17.")
    assert units[3] == "gunmen" and units[17] == "arrested"


def test_the_number_expected_to_fall_counts_the_troops_counted_before():
    figures = DRAFTS.figures("Britain keeps about 1,200 troops in Estonia. A minister said "
                             "the number is likely to drop to 800 next year.")
    assert (800, "troops") in figures


def test_one_of_several_counts_the_kind_of_its_subject():
    assert (3, "missiles") in DRAFTS.figures(
        "The spokesman said the missile was one of three fired at the frigate overnight.")


def test_officers_giving_testimony_are_speakers_not_a_figure():
    assert DRAFTS.figures("The committee heard testimony from three senior commanders on "
                          "the readiness of the reserve.") == []


def test_tours_served_are_a_career_not_a_count():
    assert DRAFTS.figures("Dana Kirov, a retired colonel who served three tours in "
                          "Afghanistan, said the plan was sound.") == []
