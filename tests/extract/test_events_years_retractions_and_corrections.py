"""Numbers that are no tolls (a year), tolls taken back or corrected later, the dead a group
names itself, one of the wounded who dies, and the day a telling was made.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from datetime import date

from briefdeck.extract.casualties import find_casualties
from briefdeck.extract.dates import find_dates

from .drafting import day_tolls, drafted_events

PUBLISHED = "2025-06-13"  # a Friday
PUB = date(2025, 6, 13)


def _counts(text: str) -> list[tuple[str, int | None]]:
    return [(c.kind, c.count) for c in find_casualties(text, 0, len(text))]


def _tolls(text: str, published: str = PUBLISHED) -> list[tuple[str | None, int, int]]:
    return sorted(day_tolls(drafted_events(text, published)))


# --- a year is never a toll --------------------------------------------------------------------


def test_a_year_before_a_count_is_not_read_as_the_count() -> None:
    text = "In March 2019, four marines were killed and 12 hurt when a truck bomb hit the gate."
    assert _counts(text) == [("killed", 4), ("wounded", 12)]


def test_a_year_with_no_comma_before_a_count_is_not_read_as_the_count() -> None:
    assert _counts("In 2021 two guards were wounded at the depot.") == [("wounded", 2)]


def test_a_comma_inside_a_count_still_groups_thousands() -> None:
    assert _counts("More than 1,250 people were killed in the siege.") == [("killed", 1250)]


def test_a_recalled_attack_dated_by_month_and_year_keeps_its_real_toll() -> None:
    text = ("Troops stay at the desert outpost.\n\nIn August 2022, five soldiers were killed "
            "and more than 30 injured in a rocket attack on Camp Delta, a depot in the south.")
    tolls = _tolls(text)
    assert all(k < 1900 and w < 1900 for _, k, w in tolls)
    assert ("2022-08", 5, 30) in tolls


# --- counts taken back, revised or reported --------------------------------------------------


def test_a_reported_count_later_denied_counts_no_one() -> None:
    text = ("Early reports that three policemen had been hurt were later denied by the "
            "interior ministry.")
    assert _counts(text) == []


def test_a_count_told_as_reported_with_its_kind_after_is_read() -> None:
    assert _counts("The army reported four soldiers wounded.") == [("wounded", 4)]


def test_a_count_raised_in_an_aside_replaces_the_first() -> None:
    text = ("The command first reported three sailors injured, a figure it raised to five "
            "the next day; one dock worker was also injured.")
    counts = _counts(text)
    assert ("wounded", 5) in counts and ("wounded", 3) not in counts


def test_the_dead_a_group_names_later_replace_the_first_count() -> None:
    text = 'Police said two gunmen were killed; the faction later named three "martyrs".'
    assert _counts(text) == [("killed", 3)]


def test_one_relative_named_beside_the_hurt_is_one_more() -> None:
    text = "The shell hit a farmhouse, wounding a shepherd and his daughter."
    assert _counts(text) == [("wounded", 2)]


# --- who a later toll belongs to --------------------------------------------------------------


def test_a_correction_under_an_update_heading_joins_the_first_attack() -> None:
    text = ("Harbour drone attack\n\n"
            "On Wednesday, 11 June 2025, two drones struck the fuel pier at Port Selim. "
            "No one was hurt, the port authority said.\n\n"
            "The authority asked residents to avoid the area. Traffic was diverted. "
            "Ferries were delayed for two hours.\n\n"
            "UPDATE (Thursday, 12 June 2025, 10:00)\n\n"
            "A pier worker suffered burns while fighting the blaze and was treated at the "
            "city hospital; he was discharged this morning. What was said above on casualties "
            "is corrected accordingly.")
    assert _tolls(text) == [("2025-06-11", 0, 1)]


def test_a_child_who_died_of_wounds_moves_to_the_dead_of_the_attack_that_hurt_him() -> None:
    text = ("Mortar fire on a village\n\n"
            "On Tuesday evening a mortar round hit a house in the village of Tel Hamra, "
            "wounding a woman and her son. "
            "On Wednesday, jets struck a hideout in the hills, killing four fighters. "
            "I regret to announce that the boy died of his wounds this morning.")
    tolls = _tolls(text)
    assert ("2025-06-10", 1, 1) in tolls
    assert ("2025-06-11", 4, 0) in tolls
    assert not any(d == PUBLISHED and (k or w) for d, k, w in tolls)


def test_a_recalled_attack_told_after_a_year_count_gives_no_toll_to_the_attack_before() -> None:
    text = ("Base defences\n\n"
            "Attacks have focused on the airport and on the consulate compound, where a "
            "rocket hit an empty office on May 30. We keep hardening sites two years after "
            "the bombing at Camp Reed killed two U.S. soldiers and wounded more than 20.")
    assert _tolls(text) == [("2025-05-30", 0, 0)]


def test_a_revised_count_after_a_none_hurt_statement_is_the_first_attacks() -> None:
    text = ("Rocket fire on the outpost\n\n"
            "Late Sunday, two rockets hit the outpost at Tal Zira. The command's statement on "
            "Monday says both landed outside the wall.\n\n"
            "Tuesday's statement said no U.S. injuries. Then on Thursday the command updated "
            "it: two soldiers were being evaluated for concussions.")
    assert _tolls(text) == [("2025-06-08", 0, 2)]


# --- dates -----------------------------------------------------------------------------------


def test_a_month_of_last_year_takes_the_year_before_publication() -> None:
    found = [(d.iso, d.precision) for d in find_dates("It closed in March of last year.", PUB)]
    assert ("2024-03", "month") in found


# --- places -----------------------------------------------------------------------------------


def test_a_where_clause_takes_the_place_it_hangs_on() -> None:
    text = ("Consulate hit\n\n"
            "In Iraq, attacks have centred on Erbil Air Base and on the Baghdad Diplomatic "
            "Support Center, where a rocket hit an empty office on May 30.")
    events = drafted_events(text, PUBLISHED)
    assert [(e.date, e.place) for e in events] == [
        ("2025-05-30", "Baghdad Diplomatic Support Center")]


def test_a_second_thing_said_keeps_its_places_out_of_the_first() -> None:
    text = ("Spokesman briefs\n\n"
            "The spokesman said on Friday that two men had been detained over Thursday's "
            "rocket attack near Kirkuk airport, and that a launcher had been found in "
            "Hawija.")
    attacks = [e for e in drafted_events(text, PUBLISHED) if e.kind == "attack"]
    assert attacks and all("Hawija" not in e.place for e in attacks)
