"""Dead-only verbs ("neutralized", "martyred") after a long "who" clause or a slashed group
name, and in the active voice; a teller named with a bracketed acronym before "said"; "the
attack on X left ..." retelling the day X was hit; "and said on Tuesday that it had hit Y"
dating Y by that claim rather than by a shared "earlier this week". Every sentence is our own.
"""

from __future__ import annotations

from briefdeck.extract.casualties import find_casualties

from .drafting import day_tolls, drafted_events

PUBLISHED = "2026-07-09"  # a Thursday


def _tolls(sentence: str) -> list[tuple[str, int | None]]:
    return sorted((c.kind, c.count) for c in find_casualties(sentence, 0, len(sentence)))


def test_a_slashed_group_name_is_part_of_the_counted_group():
    assert _tolls("In the exchange of fire, 5 ABC/XYZ militants were neutralized.") == [
        ("killed", 5)]
    assert _tolls("Later, 2 of our brave comrades-in-arms were wounded.") == [("wounded", 2)]
    # a night written with a slash is no group
    assert _tolls("On the night of 3/4 May, two guards were hurt.") == [("wounded", 2)]


def test_a_dead_only_verb_may_follow_a_long_who_clause():
    assert _tolls("Seven insurgents who tried to cross the river near the old dam at dawn "
                  "were neutralized by our patrols.") == [("killed", 7)]
    assert _tolls("3 gunmen spotted in a ravine west of the village had been neutralized.") == [
        ("killed", 3)]


def test_a_who_clause_with_a_teller_of_its_own_is_not_the_group():
    assert _tolls("Two guards who were watching the road said 3 fighters were "
                  "neutralized.") == [("killed", 3)]


def test_martyred_in_the_active_voice_counts_the_dead():
    assert _tolls("The shelling martyred four farmers and injured nine others.") == [
        ("killed", 4), ("wounded", 9)]


def test_a_bracketed_acronym_before_said_is_still_the_teller():
    events = drafted_events(
        "Drones strike base\n\n"
        "Two drones struck a coalition base near Hasakah late on Wednesday, wounding a guard, "
        "local sources said.\n\n"
        "Later on Thursday, the Joint Task Force (JTF) said that three soldiers had suffered "
        "minor injuries.",
        PUBLISHED)
    assert [e.date for e in events] == ["2026-07-08"]


def test_a_bracketed_acronym_acting_is_a_happening_of_its_day():
    events = drafted_events(
        "Strikes continue\n\n"
        "On Thursday, the Joint Task Force (JTF) struck a weapons depot near Hasakah, killing "
        "two militants.",
        PUBLISHED)
    assert day_tolls(events) == [("2026-07-09", 2, 0)]


def test_the_attack_on_a_site_takes_the_day_that_site_was_hit():
    events = drafted_events(
        "Group claims drone attacks\n\n"
        "The group said its fighters attacked the Harir base with drones late on Monday.\n\n"
        "It also said it had fired a rocket at Eilat on Wednesday.\n\n"
        "According to a local outlet, the attack on the Harir base left three soldiers wounded.",
        PUBLISHED)
    assert ("2026-07-06", 0, 3) in day_tolls(events)
    assert ("2026-07-08", 0, 3) not in day_tolls(events)


def test_a_claim_said_on_a_day_dates_its_attack_over_a_shared_week():
    events = drafted_events(
        "Claims mount\n\n"
        "Earlier this week, the group claimed a rocket attack on Ain al-Asad, and said on "
        "Tuesday that it had targeted Erbil airport with a drone.",
        PUBLISHED)
    assert "2026-07-07" in [e.date for e in events]


def test_other_after_a_count_of_the_dead_sets_the_hurt_apart_not_on_top():
    found = find_casualties("A policeman was killed and three other people were hurt.", 0, 56)
    assert [(c.kind, c.count, c.added) for c in found] == [
        ("killed", 1, False), ("wounded", 3, False)]
    # with no dead counted before it, "other" still adds to a count told earlier
    found = find_casualties("Two other soldiers were hurt.", 0, 29)
    assert [(c.kind, c.count, c.added) for c in found] == [("wounded", 2, True)]


def test_later_reports_replace_the_first_count():
    events = drafted_events(
        "Rockets hit compound\n\n"
        "Late on Wednesday, three rockets struck near the airport in Baghdad.\n\n"
        "First reports said two people were hurt. Later reports from the police say a guard "
        "was killed and three other people were hurt.",
        PUBLISHED)
    assert day_tolls(events) == [("2026-07-08", 1, 3)]


def test_a_toll_of_a_strike_told_at_length_can_still_rise():
    sentence = ("The death toll of the air strike which hit a lorry near the border crossing "
                "on Monday, has risen to five.")
    found = find_casualties(sentence, 0, len(sentence))
    assert [(c.kind, c.count, c.total) for c in found] == [("killed", 5, True)]


def test_dying_of_wounds_from_the_strike_is_its_toll_not_a_new_strike():
    events = drafted_events(
        "Strike toll rises\n\n"
        "The death toll of the drone strike that hit a car near Hajin yesterday has risen to "
        "three, after a farmer succumbed to wounds he sustained in the strike this morning.",
        PUBLISHED)
    assert day_tolls(events) == [("2026-07-08", 3, 0)]
