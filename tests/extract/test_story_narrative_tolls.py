"""Tolls told in a story's running prose: a part of a count told in apposition, a list summed
at its end, and a first word quoted ("had "minor injuries"").

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from briefdeck.extract.casualties import find_casualties


def _counts(text: str) -> list[tuple[str, int | None]]:
    return sorted((c.kind, c.count) for c in find_casualties(text, 0, len(text)))


def test_a_part_of_the_new_toll_told_in_apposition_adds_no_dead() -> None:
    text = "By Thursday the health office had raised the toll to seven killed, three of " \
           "them women, and 22 wounded."
    assert _counts(text) == [("killed", 7), ("wounded", 22)]


def test_a_list_summed_at_its_end_is_not_counted_again() -> None:
    text = "On Friday the garrison raised the count to four guards and two drivers, six " \
           "people in all."
    assert [n for _, n in _counts(text)] == [2, 4]


def test_a_first_word_of_minor_injuries_counts_every_group_listed() -> None:
    text = 'The first word from the garrison was that three guards and one contractor had ' \
           '"minor injuries."'
    assert _counts(text) == [("wounded", 1), ("wounded", 3)]
