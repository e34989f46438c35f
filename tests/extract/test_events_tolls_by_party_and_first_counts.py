"""Tolls told by party across a story, a count as it was first given, and a medical body's
count of the happening its own paragraph told.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from briefdeck.extract.casualties import find_casualties

from .drafting import day_tolls, drafted_events

PUBLISHED = "2025-06-06"  # a Friday


def _count(text: str) -> list[tuple[str, int | None, str]]:
    return [(c.kind, c.count, c.party) for c in find_casualties(text, 0, len(text))]


# --- "two were killed and a third was wounded" ------------------------------------------

def test_a_third_wounded_after_two_killed_is_one_more_of_that_group() -> None:
    text = "Two Peshmerga guards were killed and a third was badly wounded at the checkpoint."
    assert sorted(_count(text)) == [("killed", 2, "Kurdish"), ("wounded", 1, "Kurdish")]


def test_an_ordinal_that_does_not_follow_the_count_adds_nothing() -> None:
    # "a fifth" after three dead is not one more of those three: no guess is made
    text = "Three villagers died and a fifth was hurt, according to the mayor."
    assert ("wounded", 1, "unspecified") not in _count(text)
    assert ("killed", 3, "unspecified") in _count(text)


def test_an_ordinal_with_its_own_noun_is_still_a_running_count() -> None:
    text = "A second sailor was injured in the blast."
    assert _count(text) == [("wounded", 2, "unspecified")]


# --- "Initially, X said three were hurt" ------------------------------------------------

def test_a_count_first_given_is_not_added_to_the_later_one() -> None:
    text = ("Five Italian soldiers were wounded when a drone struck a base near Kirkuk on "
            "Wednesday, officials said.\n\n"
            "Initially, the Italian defence ministry said two soldiers had suffered light "
            "injuries.")
    assert day_tolls(drafted_events(text, PUBLISHED)) == [("2025-06-04", 0, 5)]


def test_a_sentence_without_initially_still_adds_more_hurt() -> None:
    text = ("Five Italian soldiers were wounded when a drone struck a base near Kirkuk on "
            "Wednesday, officials said. Two Iraqi guards were also wounded in the attack.")
    assert day_tolls(drafted_events(text, PUBLISHED)) == [("2025-06-04", 0, 7)]


# --- a medical body's count and the happening its paragraph told ---------------------------

def test_a_health_ministry_count_goes_to_the_strike_its_paragraph_told() -> None:
    text = ("Three Polish soldiers were wounded when rockets hit a base near Mosul on "
            "Wednesday, the army said.\n\n"
            "Talks on a ceasefire stalled in Geneva.\n\n"
            "On Wednesday, jets struck a fuel depot near the port of Salif. The local health "
            "ministry said four people were killed.")
    tolls = day_tolls(drafted_events(text, PUBLISHED))
    assert ("2025-06-04", 0, 3) in tolls
    assert ("2025-06-04", 4, 0) in tolls
    assert ("2025-06-04", 4, 3) not in tolls
