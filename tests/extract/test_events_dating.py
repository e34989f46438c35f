"""When a happening was: offsets from another happening, period edges, the day something was
said; and decisions (approvals, awards, announced moves) as announcements of their day.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from datetime import date

from briefdeck.extract.dates import find_dates
from briefdeck.model import Event

from .drafting import drafted_events

PUBLISHED = "2024-03-01"  # a Friday


def _events(text: str, published: str = PUBLISHED) -> list[Event]:
    return drafted_events(text, published)


def _dated(events: list[Event]) -> list[tuple[str, str | None]]:
    return [(e.kind, e.date) for e in events]


# --- offsets ---------------------------------------------------------------------------------


def test_an_hour_after_the_attack_is_an_offset_from_it():
    found = find_dates("Less than an hour after the drone attack, rockets fell.", date(2024, 3, 1))
    assert [(d.precision, d.offset_days) for d in found] == [("offset", 0)]


def test_hours_after_a_new_happening_is_no_offset():
    assert find_dates("Hours after two drones hit the base, jets struck.", date(2024, 3, 1)) == []


def test_rockets_an_hour_after_the_attack_share_its_day_and_the_next_sentence_too():
    events = _events(
        "A drone struck an army post near the border on Tuesday night, wounding two soldiers.\n\n"
        "Less than an hour after the drone attack, rockets were fired towards Sderot. One hit "
        "a house in Sderot.\n\nMedics said three people were lightly hurt in Sderot.")
    assert [(e.date, e.wounded) for e in events] == [("2024-02-27", 2), ("2024-02-27", 3)]


def test_the_following_month_counts_from_the_month_last_named():
    events = _events("The militia announced in January 2024 that it would stop its attacks. A "
                     "drone strike in Baghdad the following month killed one of its commanders.")
    assert ("strike", "2024-02") in _dated(events) or ("attack", "2024-02") in _dated(events)


def test_hours_after_the_december_attack_is_the_day_of_that_attack():
    events = _events(
        "Militants fired mortars at the base on Dec. 3, wounding no one. U.S. jets struck their "
        "launch site near Mayadin hours after the December attack.")
    assert [e.date for e in events if e.place == "Mayadin"] == ["2023-12-03"]


def test_attacked_on_a_day_when_rockets_landed_is_one_day():
    events = _events("The base was last attacked Jan. 20, when two rockets landed inside the "
                     "perimeter without causing injuries.")
    assert [e.date for e in events] == ["2024-01-20"]


# --- period edges ----------------------------------------------------------------------------


def test_a_withdrawal_by_a_deadline_is_dated_by_it():
    events = _events("Under the deal, coalition troops are to leave Ain al-Asad Air Base by "
                     "September 2025.", "2025-02-01")
    assert _dated(events) == [("withdrawal", "2025-09")]


def test_strikes_carried_out_since_a_day_began_that_day():
    events = _events("The Navy has carried out strikes on rebel radar sites since Feb. 12, an "
                     "official said.")
    assert [e.date for e in events] == ["2024-02-12"]


def test_killed_since_a_day_is_still_a_tally():
    assert _events("At least 40 fighters have been killed in the strikes since Feb. 12.") == []


# --- when it was said ------------------------------------------------------------------------


def test_said_in_a_post_on_x_on_a_day_is_when_it_was_said():
    events = _events("Central Command said in a post on X on Tuesday that its forces had struck "
                     "20 rebel targets over the weekend.")
    assert [e.date for e in events] == ["2024-02"]


def test_an_attack_reported_last_week_is_dated_that_month():
    events = _events("The command said last week that its forces had killed two militants in a "
                     "helicopter raid near Raqqa.")
    assert [(e.date, e.killed) for e in events] == [("2024-02", 2)]


# --- decisions as announcements ---------------------------------------------------------------


def test_a_move_announced_for_later_is_an_announcement_of_its_day():
    events = _events("Norway will send an air defence unit and about 150 soldiers to guard the "
                     "airport, the defence ministry announced on Wednesday, a day after a drone "
                     "crossed the border.")
    assert ("announcement", "2024-02-28") in _dated(events)
    assert all(e.kind != "deployment" for e in events)


def test_sending_jets_said_on_a_day_is_an_announcement():
    events = _events("The Pentagon is sending a squadron of F-16 fighter jets to the region, "
                     "the press secretary said Tuesday.")
    assert _dated(events) == [("announcement", "2024-02-27")]


def test_a_move_with_its_own_date_stays_a_deployment():
    events = _events("About 100 soldiers will deploy to Kuwait next month, the ministry said "
                     "on Thursday.")
    assert _dated(events) == [("deployment", "2024-04")]


def test_approvals_and_contract_awards_are_announcements():
    cases = [
        ("The secretary approved the moves on Friday, officials said.", "2024-03-01"),
        ("The award follows a State Department decision on Feb. 21 approving a possible "
         "$2 billion sale of missiles.", "2024-02-21"),
        ("The deployments, which the minister approved Friday, add 900 troops.", "2024-03-01"),
        ("Raytheon received a $1.2 billion Army contract on Thursday for interceptors.",
         "2024-02-29"),
        ("The agency has awarded Lockheed Martin a $2.9 billion contract modification, the "
         "Pentagon announced late Monday.", "2024-02-26"),
        ("The troops went back after the president approved their return in May 2022.",
         "2022-05"),
    ]
    for sentence, day in cases:
        assert _dated(_events(sentence)) == [("announcement", day)], sentence


def test_a_declared_halt_is_an_announcement_of_the_day_it_was_said():
    events = _events("The militia, blamed for the January attack, said last month it had "
                     "stopped targeting U.S. forces.")
    assert _dated(events) == [("announcement", "2024-02")]


# --- other kinds of happening ------------------------------------------------------------------


def test_an_airspace_violation_and_opened_talks_are_happenings():
    events = _events("A drone entered Polish airspace on Tuesday. The two governments opened "
                     "talks in January on the mission.")
    assert _dated(events) == [("other", "2024-02-27"), ("other", "2024-01")]


def test_a_strike_group_entering_a_sea_is_a_deployment():
    events = _events("The carrier strike group entered the Arabian Sea last week, officials "
                     "said on Friday.")
    assert [e.kind for e in events] == ["deployment"]


def test_arrived_over_the_weekend_is_a_deployment_but_arriving_at_the_same_time_is_not():
    assert [e.kind for e in _events("Advance elements of the squadron arrived at Prince Sultan "
                                    "Air Base over the weekend.")] == ["deployment"]
    assert _events("Investigators concluded on Monday that the drone arrived at the same time "
                   "as a U.S. drone.") == []


def test_downing_of_missiles_on_two_dates_is_two_events():
    events = _events("The destroyer's earlier engagements included the downing of three drones "
                     "in December and two missiles on Feb. 6 over the Red Sea.")
    assert sorted(e.date for e in events) == ["2023-12", "2024-02-06"]


def test_weapons_to_be_sent_said_on_a_day_are_an_announcement():
    events = _events("The United States will send more air defense systems to Ukraine, the "
                     "secretary of state said on Tuesday.")
    assert _dated(events) == [("announcement", "2024-02-27")]


def test_a_day_something_was_said_is_never_in_the_future():
    found = find_dates("Troops will leave, the minister said on Tuesday.", date(2024, 3, 1))
    assert [d.iso for d in found] == ["2024-02-27"]
