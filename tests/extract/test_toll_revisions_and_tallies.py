"""Tolls told as a story of revisions, running tallies that are no one attack's toll, and
the shapes of a count that a timeline entry or a briefing uses.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from briefdeck.extract.casualties import Casualty, find_casualties
from briefdeck.extract.event_followups import restates_tally
from briefdeck.extract.toll_updates import fuller_toll, merge_tolls

from .drafting import day_tolls, drafted_events

PUBLISHED = "2025-06-14"  # a Saturday


def _counts(text: str) -> list[tuple[str, int | None]]:
    return [(c.kind, c.count) for c in find_casualties(text, 0, len(text))]


def _totals(text: str) -> tuple[int, int]:
    found = find_casualties(text, 0, len(text))
    return (sum(c.count or 0 for c in found if c.kind == "killed"),
            sum(c.count or 0 for c in found if c.kind == "wounded"))


def _tolls(text: str) -> list[tuple[str | None, int, int]]:
    return sorted(day_tolls(drafted_events(text, PUBLISHED)))


# --- running tallies -------------------------------------------------------------------------

def test_injuries_in_attacks_since_a_date_are_a_running_tally() -> None:
    text = ("An army spokesman said on Friday that at least 37 soldiers had suffered light "
            "injuries in attacks since March 2.")
    assert _counts(text) == []


def test_perfect_tense_count_since_a_month_is_a_running_tally() -> None:
    assert _counts("Nine border guards have been wounded since April, the ministry said.") == []


def test_count_since_a_weekday_is_still_one_happening() -> None:
    # "since Thursday" dates the happening that began then, not a tally over a period
    assert _counts("The fighting has killed 15 people since Thursday.") == [("killed", 15)]


def test_first_since_after_a_toll_keeps_the_toll() -> None:
    text = "Three guards were wounded in the raid, the first casualties at the post since 2019."
    assert _counts(text) == [("wounded", 3)]


def test_repeated_tally_is_not_the_toll_of_the_last_attack() -> None:
    text = ("Since May 1, 58 personnel have been injured in those attacks, officials said. "
            "On Friday a rocket fell near the depot.\n"
            "Q: You said 58 injured. Is that the latest figure?")
    orphans = find_casualties(text, text.index("Q:"), len(text))
    assert orphans and restates_tally(text, text.index("Q:"), orphans)


def test_a_new_count_is_not_read_as_a_repeated_tally() -> None:
    text = ("Since May 1, 58 personnel have been injured in those attacks. "
            "A shell wounded 12 cadets at the academy.")
    orphans = find_casualties(text, text.index("A shell"), len(text))
    assert not restates_tally(text, text.index("A shell"), orphans)


def test_briefing_tally_repeated_by_a_reporter_leaves_the_attack_untolled() -> None:
    text = ("Pentagon briefing on base attacks\n\n"
            "Since May 1, U.S. forces have been attacked 30 times, and as of today 58 personnel "
            "have been injured in those attacks.\n\n"
            "Early this morning a drone was shot down near Camp Victory with no injuries.\n\n"
            "Q: You said 58 injured. Who is the newest one?")
    assert all(wounded != 58 for _, _, wounded in _tolls(text))


# --- one timeline entry, one toll ------------------------------------------------------------

def test_causing_a_number_of_injuries_counts_the_wounded() -> None:
    assert _counts("A mortar round hit the camp, causing five minor injuries.") == [
        ("wounded", 5)]


def test_commander_of_a_named_group_and_another_member_are_two_dead() -> None:
    text = "A drone strike kills a field commander of Jaish al-Adl and a second fighter."
    assert _totals(text) == (2, 0)


def test_along_with_others_after_a_relative_clause_adds_to_the_dead() -> None:
    text = ("The raid kills a militia commander who officials say moved money for the group, "
            "along with three others.")
    assert _totals(text) == (4, 0)


def test_vague_wounded_then_a_count_being_evaluated_gives_the_count() -> None:
    text = ("Rockets fired at the airfield wound several Marines, with three later evaluated "
            "for concussions.")
    found = find_casualties(text, 0, len(text))
    assert _totals(text) == (0, 3)
    assert {c.party for c in found if c.count} == {"unspecified"}


def test_being_evaluated_for_injuries_counts_but_possible_injuries_do_not() -> None:
    assert _counts("Four sailors were being evaluated for burn injuries.") == [("wounded", 4)]
    assert _counts("As many as 20 more troops were being evaluated for possible "
                   "concussions injuries.") == []


# --- a toll revised within the story ---------------------------------------------------------

def _row(kind: str, count: int, **flags: bool) -> Casualty:
    return Casualty(0, 1, kind, count, "unspecified", str(count), **flags)


def test_death_of_a_wounded_man_is_applied_once() -> None:
    # the first telling (two wounded), then one of them died and three more were hurt: one
    # dead and four wounded; told again beside the lede's same toll it stays one and four
    first = merge_tolls([], [_row("wounded", 2)])
    updated = merge_tolls(first, [_row("killed", 1, from_wounded=True),
                                  _row("wounded", 3, added=True)])
    lede = [_row("killed", 1), _row("wounded", 4)]
    both = fuller_toll(lede, updated)
    assert (sum(c.count or 0 for c in both if c.kind == "killed"),
            sum(c.count or 0 for c in both if c.kind == "wounded")) == (1, 4)


def test_a_rise_told_after_a_higher_toll_does_not_lower_it() -> None:
    toll = merge_tolls([_row("wounded", 9)], [_row("wounded", 7, total=True, rise=True)])
    assert sum(c.count or 0 for c in toll if c.kind == "wounded") == 9


def test_a_rise_above_the_toll_replaces_it() -> None:
    toll = merge_tolls([_row("wounded", 3)], [_row("wounded", 7, total=True, rise=True)])
    assert sum(c.count or 0 for c in toll if c.kind == "wounded") == 7


def test_a_revision_may_lower_the_toll() -> None:
    toll = merge_tolls([_row("killed", 6)], [_row("killed", 4, total=True)])
    assert sum(c.count or 0 for c in toll if c.kind == "killed") == 4


def test_rise_verbs_are_marked_and_revisions_are_not() -> None:
    rose = find_casualties("The number of wounded rose to 11.", 0, 33)
    revised = "The ministry revised the toll to four dead."
    assert [c.rise for c in rose] == [True]
    assert [c.rise for c in find_casualties(revised, 0, len(revised))] == [False]


def test_later_count_by_another_source_replaces_the_first_report() -> None:
    text = ("Shells hit a market in the town of Kafr Dael on Friday. Police first said one "
            "man had been wounded. A doctor later told reporters that four people had been "
            "treated for injuries.")
    assert _tolls(text) == [("2025-06-13", 0, 4)]


def test_later_report_of_more_wounded_adds_to_the_toll() -> None:
    found = find_casualties("A nurse later said three more people were also wounded.", 0, 55)
    assert [c.is_total for c in found] == [False]


def test_lede_toll_stands_against_the_story_of_its_revisions() -> None:
    text = ("A drone struck a fuel depot near the town of Rumeilan on Friday, killing a guard "
            "and wounding six other people, the provincial governor said.\n\n"
            "The governor's office first said three people had been hurt. In an update on "
            "Friday night it raised the number of injured to five.")
    assert (1, 6) in [(k, w) for _, k, w in _tolls(text)]


def test_wounded_in_those_attacks_of_a_period_is_the_sum_over_them() -> None:
    text = "As of Monday, eleven contractors had been hurt in those attacks, the company said."
    assert _counts(text) == []


def test_killed_in_those_strikes_of_one_day_is_that_days_toll() -> None:
    assert _counts("At least four people were killed in those strikes.") == [("killed", 4)]


# --- where the hurt were ---------------------------------------------------------------------

def test_toll_after_a_drone_fell_near_a_village_is_placed_at_the_village() -> None:
    text = ("Drones target airport in north-east Syria\n\n"
            "Two drones targeted the area around Qamishli airport on Friday, security forces "
            "said. One was shot down, while the other fell near the village of Tal Tamr, "
            "damaging a shop. Three farmers were wounded.")
    events = [e for e in drafted_events(text, PUBLISHED) if e.wounded]
    assert [(e.wounded, e.place.split(", ")[0]) for e in events] == [(3, "Tal Tamr")]


def test_toll_after_a_place_named_in_passing_keeps_the_attack_place() -> None:
    text = ("Drones target airport in north-east Syria\n\n"
            "Two drones targeted the area around Qamishli airport on Friday, security forces "
            "said, in the first attack since the governor visited the town of Tal Tamr. "
            "Three guards were wounded.")
    events = [e for e in drafted_events(text, PUBLISHED) if e.wounded]
    assert events and all(not e.place.startswith("Tal Tamr") for e in events)


def test_a_second_person_also_treated_makes_two_hurt() -> None:
    text = "The navy said on Monday that a second sailor had also been treated after the fire."
    found = find_casualties(text, 0, len(text))
    assert [(c.kind, c.count, c.is_total) for c in found] == [("wounded", 2, True)]


def test_later_count_of_a_group_of_its_own_is_not_a_new_total() -> None:
    text = "Police later said two of the gunmen were killed."
    assert [c.is_total for c in find_casualties(text, 0, len(text))] == [False]
