"""Happenings a rule or a notice names are none; a report's groups and its date.

A bill's notice "before the transfer of any base" and a market's "resolves Yes if ... announces"
tell no happening; an order's "casualty report of <DTG> confirms three soldiers and one
contractor (a local hire) wounded" is the toll of the attack told before, not of the report's
day; "the drones were launched from X" is where the told attack came from; a drone shot down
"last week" is no repeat of an attack three weeks before.
"""

from __future__ import annotations

from briefdeck.extract.casualties import find_casualties

from .drafting import drafted_events


def test_a_notice_before_the_transfer_of_any_base_is_no_handover() -> None:
    events = drafted_events(
        "Committee report\n\n"
        "Section 12 directs the Secretary to inform the committees not later than 30 days "
        "before the transfer of any base in the region to a partner force, as of 3 May 2026.\n",
        "2026-05-10")
    assert not [e for e in events if e.kind == "handover"]


def test_a_market_rule_names_no_withdrawal_or_announcement() -> None:
    events = drafted_events(
        "Will the troops leave?\n\n"
        "This market resolves to \"Yes\" if, by June 30, 2027, the ministry officially "
        "announces that all foreign troops will leave the country. Announcements of partial "
        "drawdowns or base closures do not count.\n",
        "2026-12-01")
    assert events == []


def test_a_report_lists_groups_with_one_participle() -> None:
    text = ("The unit's casualty return confirms two soldiers and one interpreter "
            "(a local hire) wounded.")
    found = find_casualties(text, 0, len(text))
    assert sorted((c.count, c.kind) for c in found) == [(1, "wounded"), (2, "wounded")]


def test_the_report_date_does_not_date_the_toll_it_confirms() -> None:
    events = drafted_events(
        "ORDER 5\n\n"
        "At about 0200C on 4 Mar 26, two one-way attack unmanned aircraft systems (UAS) "
        "approached Camp Lemonnier from the east. One struck a motor pool. The medical "
        "report of 050900CMAR26 confirms two soldiers and one contractor (a local hire) "
        "wounded. The regional police assessed that the UAS were launched from a farm.\n",
        "2026-03-06")
    violent = [e for e in events if e.kind in ("attack", "strike")]
    assert [(e.date, e.wounded) for e in violent] == [("2026-03-04", 3)]


def test_a_downing_last_week_is_no_repeat_of_an_attack_weeks_before() -> None:
    events = drafted_events(
        "Base notes\n\n"
        "On the night of 2 November 2026, two drones flew at Camp Arifjan. One was shot down; "
        "the other struck a warehouse. Two soldiers were wounded.\n\n"
        "Last week, an air defence team shot down a drone over the Udairi Range. No one was "
        "hurt.\n",
        "2026-12-01")
    assert [(e.date, e.kind) for e in events if e.kind == "attack"] == [
        ("2026-11-02", "attack"), ("2026-11", "attack")]
