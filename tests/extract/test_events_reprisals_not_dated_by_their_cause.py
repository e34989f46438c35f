"""A reprisal told as the outcome of an earlier dated happening does not take that
happening's date: it came later ("That attack prompted a wave of strikes", "After a rocket
killed two guards in March, the army struck ...").

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from .drafting import drafted_events


def test_strikes_prompted_by_an_attack_are_not_dated_by_it() -> None:
    text = ("Old wounds\n\n"
            "A rocket launched by a militia killed two guards at the Delmont depot in Iraq on "
            "May 4, 2025. That attack prompted a wave of retaliatory strikes in Syria, and "
            "months of quiet.\n")
    events = drafted_events(text, "2027-03-13")
    assert any(e.date == "2025-05-04" and e.killed == 2 for e in events)
    assert not any(e.kind == "strike" and e.date == "2025-05-04" for e in events)


def test_strikes_after_a_dated_attack_are_not_dated_by_it() -> None:
    text = ("Old wounds\n\n"
            "After a rocket killed two guards at the Delmont depot in Iraq in May 2025, the "
            "coalition struck more than 30 targets in Syria.\n")
    events = drafted_events(text, "2027-03-13")
    assert any(e.date == "2025-05" and e.killed == 2 for e in events)
    assert not any(e.kind == "strike" and e.date == "2025-05" for e in events)


def test_an_attack_after_another_keeps_its_own_day() -> None:
    text = ("Base attacked twice\n\n"
            "After a drone hit the Delmont depot in Iraq on Monday, rockets struck the depot "
            "again on Tuesday, wounding three guards.\n")
    events = drafted_events(text, "2027-03-13")
    assert any(e.date == "2027-03-09" and e.wounded == 3 for e in events)

