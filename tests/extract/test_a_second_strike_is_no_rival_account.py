"""A second strike the same day, drafted beside the first, is a part of the day, never a rival
count of the first strike: the first slide leaves its toll out rather than call it one of
"other accounts". Texts written for these tests."""

from __future__ import annotations

from briefdeck.extract.narrative_tolls import told_as_another, told_beside
from briefdeck.model import Event


def _event(summary: str, killed: int, wounded: int, n: int = 2) -> Event:
    return Event(id=f"ev-{n}", date="2026-03-04", kind="strike", killed=killed,
                 wounded=wounded, summary=summary)


def test_a_second_strikes_toll_is_not_called_another_account():
    later = _event("A second strike hit a police post a little further up the hill", 1, 2)
    assert told_beside([later], []) == ""
    # (told among the day's other tolls it is not called a rival)
    assert told_beside([], [later]) == " (other tolls told that day: 1 killed, 2 wounded)"


def test_a_rival_teller_of_the_same_strike_is_still_another_account():
    rival = _event("The rebels said the strike on the market killed 9 people", 9, 0)
    assert told_beside([rival], []) == " (other accounts: 9 killed)"


def test_another_act_told_after_a_lead_in_or_in_any_case():
    assert told_as_another(_event("Half an hour later, another drone struck the bridge", 0, 3))
    assert told_as_another(_event("A further two rockets landed near the depot", 0, 1))
    assert not told_as_another(_event("The second day of strikes left 4 dead", 4, 0))
    assert not told_as_another(_event("Officials said 4 were killed in the strike", 4, 0))
