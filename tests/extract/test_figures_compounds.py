"""Numbers that belong to a compound or a designation, and bare numbers that count a group."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-03-02", "Gulf shipping update")


def test_a_number_word_in_a_hyphenated_compound_does_not_swallow_the_count_before_it():
    figures = DRAFTS.figures("The frigate downed four one-way attack drones over the strait.")
    assert (4.0, "drones") in figures
    assert all(value != 1.0 for value, _ in figures)


def test_a_number_word_with_a_number_after_its_hyphen_is_still_one_number():
    assert (35.0, "sailors") in DRAFTS.figures("Thirty-five sailors were rescued on Sunday.")


def test_a_weapon_designation_that_starts_with_a_digit_is_no_count():
    figures = DRAFTS.figures("Drones hit a 2S3 howitzer and a 9K35 launcher near the ridge.")
    assert figures == []


def test_a_bare_number_after_crew_of_counts_the_crew_not_the_distance_before_it():
    figures = DRAFTS.figures(
        "The tanker was hailed 40 nautical miles off the coast, and its crew of 19 was unhurt.")
    assert (40.0, "nautical miles") in figures
    assert (19.0, "crew") in figures


def test_a_group_of_named_people_keeps_its_own_noun():
    assert (60.0, "engineers") in DRAFTS.figures("A contingent of 60 engineers arrived on Friday.")


def test_a_letter_that_lowers_to_two_characters_does_not_shift_the_figures():
    figures = DRAFTS.figures("Jets left İncirlik with 12 tankers and about 300 airmen.")
    assert (12.0, "tankers") in figures
    assert (300.0, "airmen") in figures


def test_qualifiers_ranges_and_sums_are_read_as_before():
    facts = DRAFTS.facts("Between 20 and 30 gunmen and as many as 1,200 troops were sent; "
                         "the plan costs $4.5 billion.").figures
    read = [(f.value, f.value_high, f.unit, f.qualifier) for f in facts]
    assert read == [(20.0, 30.0, "gunmen", "range"), (1200.0, None, "troops", "up to"),
                    (4.5e9, None, "USD", "exact")]
