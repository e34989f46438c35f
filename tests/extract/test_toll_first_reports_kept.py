"""A first or initial report named as the source of a toll is no superseded toll: only a count
told right after "an earlier toll of" or "first put the number at" gives way to a newer one."""

from __future__ import annotations

from briefdeck.extract.casualties import find_casualties


def _counts(text: str) -> list[tuple[str, int | None]]:
    return sorted((c.kind, c.count) for c in find_casualties(text, 0, len(text)))


def test_the_toll_a_first_report_gave_is_kept():
    assert _counts("Going by the first report of the raid, four guards died and two were "
                   "hurt.") == [("killed", 4), ("wounded", 2)]


def test_the_toll_an_initial_report_said_is_kept():
    assert _counts("The initial report of the shelling said six villagers were killed.") == [
        ("killed", 6)]


def test_an_earlier_count_given_way_to_a_new_one_is_still_dropped():
    assert _counts("Nine people were killed, up from a preliminary count of at least seven.") == [
        ("killed", 9)]
