"""Report styles the event rules met late: sitrep tables with military dates and KIA/WIA
cells, a year's tally, a floor counted in full by party, a tally "in the same period", a
statement's day told before its speaker, and a statement naming the raid just told.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from datetime import date

from briefdeck.extract.casualties import Casualty, find_casualties
from briefdeck.extract.dates import find_dates
from briefdeck.extract.toll_updates import merge_tolls
from briefdeck.model import Event

from .drafting import drafted_events

PUBLISHED = "2024-06-14"  # a Friday


def _events(text: str, published: str = PUBLISHED) -> list[Event]:
    return drafted_events(text, published)


def _dated(events: list[Event]) -> list[tuple[str, str | None]]:
    return [(e.kind, e.date) for e in events]


def _tolls(text: str) -> list[tuple[str, int | None]]:
    return sorted((c.kind, c.count) for c in find_casualties(text, 0, len(text)))


# --- military dates and shorthand ------------------------------------------------------------


def test_a_military_day_month_year_is_a_day():
    found = find_dates("Logged 07 JUN 24 by the watch officer.", date(2024, 6, 14))
    assert [(d.iso, d.precision) for d in found] == [("2024-06-07", "day")]


def test_an_upper_case_month_without_a_year_is_not_read_as_a_date():
    assert find_dates("Call sign 4 MAY reported in.", date(2024, 6, 14)) == []


def test_kia_and_wia_cells_count_without_a_known_noun():
    assert _tolls("Convoy hit by IED\t2 ANA KIA, 3 WIA") == [("killed", 2), ("wounded", 3)]


def test_a_dated_table_row_is_one_happening_with_its_cells():
    text = ("Table 2. Recent actions\n\n"
            "Date\tLocation\tEvent\tCasualties\n\n"
            "09 JUN 24\tKandahar, Afghanistan\tdrone strike on a truck\t2 enemy KIA\n")
    events = _events(text)
    assert [(e.date, e.killed) for e in events] == [("2024-06-09", 2)]
    assert "Kandahar" in events[0].place


# --- tallies ---------------------------------------------------------------------------------


def test_a_toll_over_a_whole_year_is_a_tally_not_an_event():
    text = ("Update\n\nMore than 3,000 people were killed in armed violence across the "
            "region in 2023.\n")
    assert _events(text) == []


def test_a_toll_over_the_same_period_is_a_tally():
    text = ("Update\n\nOn Tuesday, a car bomb killed six people in Mosul. At least 40 police "
            "officers have been killed in the province in the same period, officials said.\n")
    assert [(e.date, e.killed) for e in _events(text)] == [("2024-06-11", 6)]


# --- tolls told again ------------------------------------------------------------------------


def test_exact_counts_by_party_that_reach_a_floor_replace_it():
    floor = find_casualties("killing at least 30 people", 0, 26)
    parts = find_casualties("20 soldiers and 10 militiamen were killed", 0, 41)
    merged = merge_tolls(floor, parts)
    assert sum(c.count or 0 for c in merged if c.kind == "killed") == 30


def test_counts_below_a_floor_still_add_to_it():
    floor = [Casualty(0, 11, "killed", 30, "unspecified", "at least 30")]
    parts = find_casualties("five civilians were killed", 0, 26)
    merged = merge_tolls(floor, parts)
    assert sum(c.count or 0 for c in merged if c.kind == "killed") == 35


def test_a_wounded_group_may_follow_killed_without_its_own_verb():
    assert _tolls("Officials said 12 soldiers were killed and about 20 soldiers wounded.") == [
        ("killed", 12), ("wounded", 20)]


def test_a_statement_naming_the_raid_just_told_is_not_a_new_raid():
    text = ("Update\n\nLate on 10 June, commandos raided a farmhouse near Hama. The army said "
            "in a statement released early on 11 June that the raid killed two militants.\n")
    events = _events(text)
    assert [(e.date, e.killed) for e in events] == [("2024-06-10", 2)]


def test_a_statements_day_told_before_its_speaker_is_when_it_was_said():
    text = ("Update\n\nGunmen attacked a checkpoint near Gao late on Sunday, killing five "
            "soldiers and wounding 30.\n\nIn a statement read on state television on Monday "
            "evening, the army said four soldiers had been killed and 12 wounded by gunmen who "
            "were later hit by air strikes.\n")
    events = _events(text)
    # the army's count is its own telling of Sunday's toll: kept apart, never added; the
    # statement is Monday's news
    assert [(e.kind, e.date, e.killed, e.wounded) for e in events] == [
        ("attack", "2024-06-09", 5, 30), ("announcement", "2024-06-10", None, None)]


# --- announcements, drills and tests ---------------------------------------------------------


def test_a_move_told_only_with_the_day_it_was_said_is_that_days_announcement():
    text = ("Update\n\nThe Belarusian Defence Ministry said on Wednesday it had moved two "
            "additional air defence battalions into the Grodno region.\n")
    assert _dated(_events(text)) == [("announcement", "2024-06-12")]


def test_a_drill_held_on_a_day_is_an_event_of_that_day():
    text = ("Update\n\nThe two navies held a joint anti-submarine drill east of Okinawa on "
            "June 10, the ministry said.\n")
    assert _dated(_events(text)) == [("other", "2024-06-10")]


def test_a_missile_test_fired_on_a_day_is_not_an_attack():
    text = "Update\n\nIran test-fired a new cruise missile on Tuesday, state television said.\n"
    assert _dated(_events(text)) == [("other", "2024-06-11")]


def test_a_joint_operation_against_targets_on_a_day_is_a_happening():
    text = ("Update\n\nFrench jets took part in a joint operation with Iraqi forces on 10 June "
            "against an Islamic State hideout in the Hamrin mountains.\n")
    assert [e.date for e in _events(text)] == ["2024-06-10"]


def test_operations_against_a_group_in_general_are_no_happening():
    text = "Update\n\nThe coalition has conducted joint operations against the group for years.\n"
    assert _events(text) == []


def test_a_claim_made_days_after_the_attack_is_an_announcement_of_its_day():
    text = ("Update\n\nGunmen stormed a police station in Kidal late on Sunday, killing four "
            "officers.\n\nThe group claimed the attack on Wednesday in an audio message.\n")
    assert _dated(_events(text)) == [("attack", "2024-06-09"), ("announcement", "2024-06-12")]


def test_a_claim_of_an_attack_on_a_place_is_no_announcement():
    text = ("Update\n\nGunmen stormed a police station in Kidal late on Sunday, killing four "
            "officers.\n\nThe group claimed the attack on the station.\n")
    assert _dated(_events(text)) == [("attack", "2024-06-09")]


def test_injuries_in_an_accident_are_not_an_attack():
    text = ("Update\n\nTwo Marines were injured on Tuesday when their vehicle overturned on a "
            "mountain road near Tromso, the Norwegian army said.\n")
    events = _events(text)
    assert [(e.kind, e.date, e.wounded) for e in events] == [("other", "2024-06-11", 2)]


def test_a_statement_dated_at_the_head_of_its_sentence_is_that_days_announcement():
    text = ("Update\n\nIn a statement carried by the state news agency on Thursday, the "
            "foreign ministry warned of a firm response to the naval patrols.\n")
    assert _dated(_events(text)) == [("announcement", "2024-06-13")]


def test_a_statement_with_no_day_of_its_own_is_no_announcement():
    text = ("Update\n\nIn a statement, the foreign ministry warned of a firm response to the "
            "naval patrols.\n")
    assert _events(text) == []
