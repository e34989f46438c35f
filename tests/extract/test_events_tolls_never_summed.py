"""An event's toll is one count, never a sum of different counts: a count told again is not
as many more, a man counted dead who "died of his wounds" dies once, a revision replaces the
first count, an earlier attack recalled in a "which killed" clause keeps its own toll, a
running tally (after a tally's label, or counted in the perfect after attacks counted over a
period) is no attack's toll, a toll in a "when" clause after a second date is that date's, and
a revision that names its place revises the attack there.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from briefdeck.extract.casualties import find_casualties

from .drafting import day_tolls, drafted_events


def _rows(text: str) -> list[tuple[str, int | None, bool, bool]]:
    return [(c.kind, c.count, c.is_total, c.from_wounded)
            for c in find_casualties(text, 0, len(text))]


def test_the_same_count_told_again_later_is_not_added() -> None:
    text = (
        "Rocket hits base\n\n"
        "Three Iraqi soldiers were wounded when a rocket hit a base near Kirkuk on Monday, "
        "the army said.\n\n"
        "By mid-morning, a military spokesman said three personnel had been treated for "
        "shrapnel injuries."
    )
    assert day_tolls(drafted_events(text, "2025-05-06")) == [("2025-05-05", 0, 3)]


def test_a_counted_dead_man_who_died_of_his_wounds_dies_once() -> None:
    rows = _rows("Officials now believe that one driver died of his wounds and four guards "
                 "were hurt.")
    assert sum(n or 0 for kind, n, _, _ in rows if kind == "killed") == 1
    assert any(kind == "killed" and moved for kind, _, _, moved in rows)


def test_a_revised_count_joined_by_and_is_a_new_total_of_both_kinds() -> None:
    rows = _rows("The ministry now says two soldiers were killed and six wounded.")
    assert [(kind, n, total) for kind, n, total, _ in rows] == [
        ("killed", 2, True), ("wounded", 6, True)]


def test_a_next_partys_count_after_the_kinds_total_still_adds() -> None:
    rows = _rows("That brings the toll to two guards killed and one wounded, and four raiders "
                 "killed and three wounded.")
    assert [(kind, n, total) for kind, n, total, _ in rows] == [
        ("killed", 2, True), ("wounded", 1, True), ("killed", 4, False), ("wounded", 3, False)]


def test_an_earlier_attack_recalled_with_which_killed_keeps_its_own_toll() -> None:
    text = (
        "Drone hits base\n\n"
        "A drone wounded two soldiers at a base near Mosul on Tuesday, the command said.\n\n"
        "It was the worst attack on the base since the strike on a nearby depot in March "
        "2023, which killed five soldiers and wounded 30."
    )
    tolls = day_tolls(drafted_events(text, "2025-09-10"))
    assert ("2025-09-09", 0, 2) in tolls
    assert not any(day and day.startswith("2025") and (k, w) != (0, 2) and (k or w)
                   for day, k, w in tolls)


def test_a_tally_under_its_label_is_no_events_toll() -> None:
    text = (
        "Monitor channel\n\n"
        "Rockets struck a base near Baiji on Sunday, wounding one contractor.\n\n"
        "Tally since March 2, our count: 14 attacks on bases in the north. 2 killed, 11 "
        "wounded."
    )
    tolls = day_tolls(drafted_events(text, "2025-04-14"))
    assert not any((k, w) == (2, 11) for _, k, w in tolls)


def test_a_perfect_tense_tally_beside_a_dated_attack_leaves_that_attack_its_own() -> None:
    text = (
        "Hearing\n\n"
        "Since January 5, militias have carried out 30 attacks on our forces in the region. "
        "Eleven of our troops have been wounded, and the worst attack, on a base near Kirkuk "
        "on February 9, wounded three."
    )
    tolls = day_tolls(drafted_events(text, "2025-03-01"))
    assert ("2025-02-09", 0, 3) in tolls
    assert not any(w >= 11 for _, _, w in tolls)


def test_a_toll_in_a_when_clause_after_a_second_date_is_that_dates() -> None:
    text = (
        "Depot shelled again\n\n"
        "Mortar shells hit a fuel depot near Tikrit on Friday, killing a guard and wounding "
        "two workers.\n\n"
        "The depot was shelled in May 2023 and again in June of this year, when a strike "
        "killed two guards."
    )
    tolls = day_tolls(drafted_events(text, "2025-11-02"))
    assert ("2025-06", 2, 0) in tolls
    assert ("2023-05", 2, 0) not in tolls


def test_a_first_count_a_story_corrects_does_not_replace_its_exact_count() -> None:
    text = (
        "Convoy hit\n\n"
        "A roadside bomb struck a supply convoy near Tikrit on Monday, wounding one driver, "
        "officials said. Police initially recorded three wounded; this was corrected by the "
        "evening."
    )
    assert day_tolls(drafted_events(text, "2025-08-12")) == [("2025-08-11", 0, 1)]


def test_a_revision_that_names_its_place_revises_the_attack_there() -> None:
    text = (
        "Live updates\n\n"
        "A drone struck an outpost near Baiji late on Monday, and officials said two guards "
        "had minor injuries.\n\n"
        "Two rockets hit a camp near Tikrit on Tuesday morning, wounding one soldier.\n\n"
        "UPDATE on Baiji: the command now says one guard was killed and four were wounded."
    )
    tolls = day_tolls(drafted_events(text, "2025-10-14"))
    assert ("2025-10-13", 1, 4) in tolls
    assert ("2025-10-14", 0, 1) in tolls
