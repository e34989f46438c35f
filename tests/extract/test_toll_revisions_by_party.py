"""Tolls revised within a story: a new total with its kind named after the count ("risen to
five martyrs ... and eleven wounded"), a later death told by ordinal ("a third man, a guard at
the gate, had died"), a teller after a list of the hurt, the people behind a count set out
after a colon, and a running-total line that sums the day rather than telling a happening.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from briefdeck.extract.casualties import find_casualties

from .drafting import day_tolls, drafted_events

PUBLISHED = "2025-06-14"  # a Saturday


def _rows(text: str) -> list[tuple[str, int | None, bool]]:
    return sorted((c.kind, c.count, c.is_total) for c in find_casualties(text, 0, len(text)))


def _tolls(text: str) -> list[tuple[str | None, int, int]]:
    return sorted(day_tolls(drafted_events(f"Test report\n\n{text}", PUBLISHED)))


def test_a_risen_toll_named_by_a_death_noun_counts_the_dead():
    rows = _rows("By noon the health office said the toll had climbed to five martyrs.")
    assert rows == [("killed", 5, True)]


def test_a_risen_toll_with_the_wounded_after_an_aside_sets_both_kinds():
    rows = _rows("The clinic said the toll had risen to six dead, among them a nurse, "
                 "and twelve wounded.")
    assert ("killed", 6, True) in rows and ("wounded", 12, True) in rows
    assert len(rows) == 2


def test_a_revised_toll_replaces_the_first_telling_instead_of_adding():
    text = ("Shelling hit the village of Kafr Nabl on Thursday. The health office first said "
            "two people were killed and five others were wounded. On Friday the office said the "
            "toll had risen to three dead, including a boy, and eight wounded, after a farmer "
            "succumbed to his wounds.")
    assert _tolls(text) == [("2025-06-12", 3, 8)]


def test_a_death_told_by_ordinal_after_an_aside_sets_the_count_of_the_dead():
    rows = _rows("Police later said a fourth man, a driver for the aid convoy, had died of his "
                 "wounds in hospital.")
    assert rows == [("killed", 4, True)]


def test_a_teller_after_a_list_of_the_hurt_is_not_one_of_them():
    text = ("Mortars hit a market, killing two people and wounding six others, a Syrian "
            "police source told reporters.")
    assert sorted((c.kind, c.count) for c in find_casualties(text, 0, len(text))) == [
        ("killed", 2), ("wounded", 6)]


def test_people_set_out_after_a_colon_are_the_count_before_it():
    text = ("Paramedics said four people were hurt: a woman is in serious condition and three "
            "others were lightly injured.")
    assert sorted((c.kind, c.count) for c in find_casualties(text, 0, len(text))) == [
        ("wounded", 4)]


def test_a_count_after_a_colon_of_another_kind_still_counts():
    text = "Two soldiers were killed: one more was wounded by the same shell."
    kinds = {c.kind for c in find_casualties(text, 0, len(text))}
    assert "killed" in kinds


def test_a_running_total_line_is_no_happening_of_its_own():
    text = ("A rocket hit a house in Tarshiha on Friday afternoon. Two residents were lightly "
            "hurt by glass.\n\nTotal since this afternoon: 2 injured, both civilians.")
    assert _tolls(text) == [("2025-06-13", 0, 2)]
