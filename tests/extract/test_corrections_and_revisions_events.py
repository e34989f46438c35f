"""Events and tolls told by corrections columns, forum edits, filings and memorial programmes
(session 23, events B): short texts written for these tests."""

from __future__ import annotations

from tests.extract.drafting import casualty_totals as _toll
from tests.extract.drafting import note_events


def _events(text: str, pub: str = "2026-12-02"):
    return note_events(text, pub)


def test_ranked_names_joined_as_subject_are_each_one_dead():
    assert _toll("Sgt. Jane Roe and Spc. John T. Doe were killed.") == (2, 0)
    assert _toll("Cpl. Ann Lee, Pvt. Tom Hart and Staff Sgt. Bo Diaz were wounded.") == (0, 3)


def test_surnames_without_ranks_are_not_counted():
    assert _toll("Smith and Jones were wounded.") == (0, 0)


def test_a_corrected_storys_wrong_count_is_no_toll():
    text = (
        "One sailor was killed and two were injured, the owner said; the article said "
        "four sailors had died."
    )
    assert _toll(text) == (1, 2)


def test_a_list_corrected_as_a_whole_keeps_every_group():
    text = "Two soldiers and a contractor were wounded, not three soldiers."
    assert _toll(text) == (0, 3)


def test_month_to_month_span_is_no_event():
    events = _events(
        "Rocket attacks on shipping, March 2024 to May 2026: a review.\n\n"
        "A missile struck a tanker off Mokha on 2 May 2026, killing one sailor."
    )
    assert [e.date for e in events] == ["2026-05-02"]


def test_rule_effective_date_is_an_announcement():
    events = _events("DATES: This final rule is effective on December 1, 2026.", "2026-12-01")
    assert [(e.date, e.kind) for e in events] == [("2026-12-01", "announcement")]


def test_forum_edit_stamp_dates_no_attack():
    text = (
        "Late on Sunday, November 22, drones struck Erbil Air Base. CENTCOM said two "
        "soldiers were lightly hurt.\n\nEdit (Nov 26): CENTCOM has revised that figure. Its "
        "updated statement says three soldiers and a guard were wounded."
    )
    events = _events(text, "2026-11-26")
    assert [e.date for e in events if e.kind == "attack"] == ["2026-11-22"]


def test_a_corrected_storys_publication_day_dates_nothing():
    text = (
        'Ship attack\n\n"Missile hits a carrier" (published online Nov. 30)\n\n'
        "An article Monday about a missile attack on the tanker Blue Gull gave a wrong "
        "position. The attack took place Saturday."
    )
    events = _events(text)
    assert "2026-11-30" not in [e.date for e in events]


def test_second_death_of_injuries_moves_one_of_the_hurt():
    text = (
        "Late on Tuesday, November 17, 2026, rockets struck Camp Taji. One worker was killed "
        "and four were injured.\n\nOn November 19, 2026, a second worker died of his "
        "injuries."
    )
    events = _events(text, "2026-11-20")
    assert [(e.date, e.killed, e.wounded) for e in events] == [("2026-11-17", 2, 3)]


def test_a_neighbour_named_only_to_locate_the_base_is_not_hit():
    text = (
        "Late on Monday, November 23, 2026, rockets struck Camp Taji, next to Baghdad "
        "International Airport, wounding two guards."
    )
    events = _events(text, "2026-11-24")
    assert [e.place for e in events] == ["Camp Taji"]
