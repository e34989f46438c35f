"""Figures an analyst can copy as written: members of a named body are its members, a count
that has gone up to a number is that number, an earthquake's magnitude is no count, a part is
labelled with its whole, a note's "use 8" is no new count, a date with a slash and a unit named
by its number are no counts, and a fighter keeps its variant letter. Sentences written for
these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-06-10", "Defence note")


def _labels(text: str) -> list[tuple[float, str, str, str]]:
    return [(f.value, f.unit, f.qualifier, f.label) for f in DRAFTS.facts(text).figures]


def test_members_of_a_named_body_are_counted_as_its_members():
    figures = DRAFTS.figures("Monitors said 7 members of the Popular Defence Forces died.")
    assert figures == [(7.0, "members")]
    assert DRAFTS.figures("The toll was 9 members of the armed forces.") == [
        (9.0, "members of the armed forces")]


def test_the_body_stays_in_the_label_of_members():
    labels = _labels("The monitor reported ten killed: six members of Saraya Awliya al-Dam "
                     "and four members of a local militia.")
    assert any(v == 6 and "Saraya Awliya al-Dam" in label for v, _, _, label in labels)
    assert any(v == 4 and "of a local militia" in label for v, _, _, label in labels)


def test_a_count_that_has_gone_up_to_a_number_is_exact():
    labels = _labels("The unit first said four sailors were hurt. By evening that number "
                     "had gone up to seven.")
    assert (7.0, "exact") in [(v, q) for v, _, q, _ in labels]
    assert (12.0, "up to") in [(v, q) for v, _, q, _ in _labels(
        "The ship can carry up to 12 helicopters.")]


def test_an_earthquake_magnitude_is_a_strength():
    labels = _labels("A magnitude 5.8 earthquake strikes the coast, killing three people.")
    assert (5.8, "magnitude") in [(v, u) for v, u, _, _ in labels]


def test_a_verb_with_its_own_count_does_not_join_the_noun():
    figures = DRAFTS.figures("A rocket strike on the town kills three people and wounds 12.")
    assert (3.0, "people") in figures
    assert all("wounds" not in unit for _, unit in figures)


def test_a_part_is_labelled_with_its_whole():
    labels = _labels("Interceptors defeated 5 of 6 one-way attack UAS this week.")
    assert (5.0, "UAS", "exact", "5 of 6 one-way attack UAS") in labels


def test_a_notes_instruction_to_use_a_number_is_no_new_count():
    labels = _labels("The monitor raised it to nine, adding two wounded who died later "
                     "— use 9, see note.")
    assert all(not (v == 9 and u == "wounded") for v, u, _, _ in labels)


def test_a_day_and_month_with_a_slash_and_a_unit_named_by_number_are_no_counts():
    figures = DRAFTS.figures("Three agencies paused travel in the city on 14/10 until noon.")
    assert (14.0, "agencies") not in figures and (10.0, "agencies") not in figures
    assert DRAFTS.figures("Militants attacked a post of the 80 Forces near the town.") == []


def test_a_fighter_keeps_its_variant_letter():
    systems = DRAFTS.systems("Two F-15E aircraft and an F-35A struck the depot.")
    assert "F-15E" in systems and "F-35A" in systems and "F-15" not in systems
