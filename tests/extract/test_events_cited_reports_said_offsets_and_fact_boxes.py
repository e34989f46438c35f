"""Filings and briefings: a cited report's day in a footnote dates no happening, "stated the
next day" is when something was said, "said Friday, two days after X" is an announcement of
Friday, "the strike killed ... and wounded ..." in an answer the day after is the strike just
told, and a fact box's count of attacks under its figure is no attack."""

from __future__ import annotations

from .drafting import day_tolls, drafted_events


def test_a_footnoted_report_and_a_statement_the_next_day_retell_one_attack():
    text = (
        "Complaint for damages\n\n"
        "1. This action arises from the rocket attack on Camp Verdan, Karsk province, on "
        "the night of March 3, 2026, in which a contract cook was killed.\n\n"
        "2. Four other people were wounded in the attack. A ministry spokesman stated the "
        "following day that one contractor had died.2\n\n"
        "1 Ana Brook, \"Rockets hit Camp Verdan, four hurt,\" Valley Herald, Mar. 5, 2026.\n\n"
        "2 \"One dead in rocket attack on Karsk base,\" Capital Times, Mar. 4, 2026.\n"
    )
    events = drafted_events(text, "2026-04-01")
    assert [e.date for e in events] == ["2026-03-03"]
    assert day_tolls(events) == [("2026-03-03", 1, 4)]


def test_a_move_said_on_a_day_two_days_after_an_attack_is_that_days_announcement():
    text = (
        "Allies send more launchers\n\n"
        "DOHA (Wire) -- Britain is sending two more air-defense batteries to Qatar, "
        "the defense ministry said Friday, two days after rockets struck Al Udeid Air Base.\n"
    )
    events = drafted_events(text, "2026-03-07")
    kinds = {(e.date, e.kind) for e in events}
    assert ("2026-03-06", "announcement") in kinds
    assert not any(e.date == "2026-03-04" and e.kind == "deployment" for e in events)


def test_the_strike_named_back_the_next_day_adds_its_wounded_to_it():
    text = (
        "Ministry briefing\n\n"
        "Reporter: On Sunday, jets struck a position near Rutba and the militia says four of "
        "its men were killed. Will you protest?\n\n"
        "Spokesperson: The ministry summoned the ambassador yesterday. The strike killed four "
        "members of the brigade and wounded three others, according to our information.\n"
    )
    events = [e for e in drafted_events(text, "2026-03-10") if e.kind == "strike"]
    assert [(e.date, e.killed, e.wounded) for e in events] == [("2026-03-08", 4, 3)]


def test_a_fact_box_count_of_attacks_under_its_figure_is_no_attack():
    text = (
        "Air defense in Kuwait\n\n"
        "BY THE NUMBERS\n\n"
        "12\n\n"
        "attacks on allied positions in Kuwait since Aug. 1, five of them in October\n\n"
        "RECENT ATTACKS\n\n"
        "Oct. 20: A drone struck a fuel depot at Camp Arifjan. Two soldiers were wounded.\n"
    )
    events = drafted_events(text, "2026-11-02")
    assert [(e.date, e.kind) for e in events] == [("2026-10-20", "attack")]
