"""Tolls that change as news comes in, the day of a happening when a sentence names several,
live-blog entries under clock stamps, and happenings told in ways a verb list can miss.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from briefdeck.extract.casualties import find_casualties
from briefdeck.extract.dates import find_dates
from briefdeck.extract.stamped_entries import find_entries
from briefdeck.model import Event

from .drafting import day_tolls, drafted_events

PUBLISHED = "2024-03-01"  # a Friday
PUB = date(2024, 3, 1)


def _events(text: str, published: str = PUBLISHED) -> list[Event]:
    return drafted_events(text, published)


def _tolls(events: list[Event]) -> list[tuple[str | None, int, int]]:
    return sorted(day_tolls(events))


def _counts(text: str) -> list[tuple[str, int | None, bool]]:
    return [(c.kind, c.count, c.is_total) for c in find_casualties(text, 0, len(text))]


def _dates(text: str) -> list[tuple[str, str, int]]:
    return [(d.text, d.iso, d.offset_days) for d in find_dates(text, PUB)]


# --- dates as sentences open them ------------------------------------------------------------


def test_an_offset_opening_a_sentence_is_read_whatever_its_capital():
    assert _dates("Three days earlier, gunmen ambushed a patrol.") == [
        ("Three days earlier", "", -3)]


def test_early_or_later_before_a_weekday_keeps_the_weekday():
    assert [iso for _, iso, _ in _dates("Early Tuesday, a drone hit the depot.")] == [
        "2024-02-27"]
    assert [iso for _, iso, _ in _dates("Later Tuesday, the navy said so.")] == ["2024-02-27"]


def test_a_day_after_opening_a_sentence_dates_what_follows_a_day_later():
    assert _dates("A day after the raid, militants shelled the town.")[0][2] == 1
    assert _dates("It came a day after the raid on the town.")[0][2] == -1


def test_two_days_written_as_a_range_are_dated_by_the_first():
    found = find_dates("On March 3-4, 2023 the drones came; on 5 and 6 May more came.", PUB)
    assert [(d.iso, d.opens_period) for d in found] == [("2023-03-03", False),
                                                        ("2023-05-05", False)]


def test_a_week_written_as_a_range_is_a_period_not_a_day():
    found = find_dates("Incidents reported, 1-9 June 2023", PUB)
    assert [(d.iso, d.opens_period) for d in found] == [("2023-06-01", True)]


def test_a_month_word_inside_a_ship_name_is_no_date():
    assert _dates("The tanker Ocean May 7 was hit.") == []


# --- counts ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("The raid killed four terrorists near the river.", [("killed", 4, False)]),
    ("A shepherd was wounded by sniper fire.", [("wounded", 1, False)]),
    ("Medics treated a boy and a girl who were badly hurt.",
     [("wounded", 1, False), ("wounded", 1, False)]),
    ("A nurse in Sumy was killed by a falling shell.", [("killed", 1, False)]),
    ("One guard was killed and another wounded at the gate.",
     [("killed", 1, False), ("wounded", 1, False)]),
    ("The missile killed Omar Khalid Nasser, whom the army called a courier.",
     [("killed", 1, False)]),
])
def test_people_counted_in_more_ways(text, expected):
    assert _counts(text) == expected


def test_days_before_a_group_are_not_part_of_the_group():
    assert _counts("It happened three days after a farmer was hurt in his field.") == [
        ("wounded", 1, False)]


@pytest.mark.parametrize("text, expected", [
    ("The coast guard raised the number of injured to nine.", [("wounded", 9, True)]),
    ("Officials revised the toll of the market raid to 11 killed and 30 injured.",
     [("killed", 11, True), ("wounded", 30, True)]),
    ("The strike pushed the regional death toll to 14.", [("killed", 14, True)]),
])
def test_a_new_total_is_read_in_any_wording(text, expected):
    assert _counts(text) == expected


def test_one_of_the_wounded_dying_moves_a_count_and_a_total_replaces():
    found = find_casualties("One of the injured pilots later died, raising the navy's toll to "
                            "four dead.", 0, 80)
    assert sorted((c.kind, c.count, c.from_wounded, c.is_total) for c in found) == [
        ("killed", 1, True, False), ("killed", 4, False, True)]


def test_counts_after_a_revision_word_are_new_totals():
    found = find_casualties("The command now assesses that the raid killed six fighters.", 0, 60)
    assert [(c.count, c.is_total) for c in found] == [(6, True)]


# --- tolls that change -----------------------------------------------------------------------


def test_a_later_lower_revised_toll_replaces_the_first_one():
    events = _events(
        "Jets struck a convoy near Tal Afar on Tuesday, killing nine fighters, the ministry "
        "said.\n\nThe ministry later revised the toll of the Tuesday strike to six killed.")
    assert _tolls(events) == [("2024-02-27", 6, 0)]


def test_a_wounded_man_who_died_days_later_moves_to_the_dead():
    events = _events(
        "Mortar fire hit an outpost near Kupiansk on Monday, killing two soldiers and "
        "wounding five.\n\nThe brigade's commander spoke to reporters.\n\n"
        "On Thursday, the brigade said one of the wounded soldiers had died in a hospital in "
        "Kharkiv, raising the toll to three.")
    assert _tolls(events) == [("2024-02-26", 3, 4)]


def test_a_second_source_giving_a_lower_toll_is_not_added():
    events = _events(
        "Gunmen ambushed a bus near Palmyra on Wednesday, killing 12 soldiers and wounding "
        "eight, a monitor said.\n\nState television gave a lower toll, saying seven soldiers "
        "were killed and five wounded.")
    assert _tolls(events) == [("2024-02-28", 12, 8)]


def test_tolls_in_two_towns_the_same_day_stay_apart_when_one_lost_its_place():
    events = _events(
        "On Sunday, two drones struck a market, killing six people and wounding ten.\n\n"
        "In a separate report, shelling hit Nikopol on Sunday, killing at least two people.")
    assert _tolls(events) == [("2024-02-25", 2, 0), ("2024-02-25", 6, 10)]


# --- one happening in one clause, the day it took place --------------------------------------


def test_a_strike_told_as_the_subject_of_its_killing_verb_is_one_event():
    events = _events("An army drone strike on a truck outside Tyre on Thursday killed "
                     "Hassan Ali Mroueh, whom the army called a smuggler.")
    assert [(e.date, e.killed, e.place) for e in events] == [("2024-02-29", 1, "Tyre")]


def test_the_date_nearest_the_action_word_dates_it_not_one_in_a_relative_clause():
    events = _events("Militants stormed a checkpoint near Kirkuk last month, including a "
                     "sergeant who died of his wounds in Baghdad on Wednesday.")
    assert [e.date for e in events] == ["2024-02"]


def test_a_background_year_does_not_date_a_happening_the_sentence_opens_with_a_day():
    events = _events("Early Thursday, a patrol boat fired at a trawler near the reef where "
                     "a freighter ran aground in 1987.")
    assert [e.date for e in events] == ["2024-02-29"]


def test_what_follows_a_semicolon_is_not_part_of_the_clause_before():
    events = _events("- Jan. 8, 2024 — Militias launch a dozen rockets and drones at Erbil; "
                     "officials call it a first for the year.")
    assert [e.date for e in events] == ["2024-01-08"]


def test_a_clash_named_for_the_first_time_with_its_day_is_told():
    events = _events("Two neighbours accused each other over an exchange of fire late on "
                     "Thursday that killed three border guards.")
    assert _tolls(events) == [("2024-02-29", 3, 0)]


def test_a_clash_counted_as_the_third_is_no_new_event():
    events = _events("A patrol clashed with smugglers near the border on Wednesday, killing "
                     "two of them.\n\nWednesday's clash was the third on that stretch this "
                     "month.")
    assert _tolls(events) == [("2024-02-28", 2, 0)]


def test_a_tally_of_a_whole_war_is_no_event():
    assert _events("In Sudan, the fighting has killed some 15,000 people, according to a "
                   "Reuters tally.") == []


@pytest.mark.parametrize("text, kind", [
    ("Soldiers opened fire on a crowd in Goma on Monday.", "attack"),
    ("Heavy fighting was reported around Kupiansk on 26 and 27 February.", "attack"),
    ("Rebels took control of the town of Bunia on Monday.", "other"),
    ("Two frigates sailed through the Taiwan Strait on Monday.", "other"),
])
def test_shooting_fighting_captures_and_passages_are_happenings(text, kind):
    events = _events(text)
    assert [(e.kind, e.date) for e in events] == [(kind, "2024-02-26")]


def test_lawmakers_clashing_over_a_budget_is_no_happening():
    assert _events("Lawmakers clashed over the defence budget on Monday.") == []


def test_a_toll_after_a_clash_and_a_downing_is_the_clashs():
    events = _events(
        "A border guard was killed on Sunday in a clash with smugglers, in an operation in "
        "which air defences also downed a drone.\n\nFour smugglers were killed after an "
        "exchange of fire that lasted an hour.")
    assert (("2024-02-25", 5, 0)) in _tolls(events)


# --- live blogs ------------------------------------------------------------------------------

LIVE = """Live updates

Drone hits a fuel depot near the port
By Desk Staff
Feb 29, 2024, 11:40 pm

A drone struck a fuel depot near Odesa's port, setting it on fire, the governor says.

Two workers were hurt, rescuers say.

Night strikes on the capital
By Desk Staff
Today, 6:15 am

Missiles hit an apartment block in Kyiv overnight, killing three people.

Last night, air defences downed most of the drones, the air force says.
"""


def test_stamps_split_a_live_blog_into_entries_dated_by_them():
    entries = find_entries(LIVE, PUB)
    assert [e.day.iso for e in entries] == ["2024-02-29", "2024-03-01"]
    assert "Night strikes" not in LIVE[entries[0].start:entries[0].end]


def test_a_story_with_a_published_and_an_updated_stamp_is_not_a_live_blog():
    story = ("Published Feb 29, 2024, 9:00 am\nUpdated Feb 29, 2024, 11:00 am\n\n"
             "Drones struck a depot. Nobody was hurt.")
    assert find_entries(story, PUB) == []


def test_an_undated_happening_in_an_entry_takes_its_stamps_day():
    events = _events(LIVE)
    assert ("2024-02-29", 0, 2) in _tolls(events)
    assert ("2024-03-01", 3, 0) in _tolls(events)


def test_last_night_in_an_entry_counts_from_the_stamps_day():
    events = _events(LIVE.replace("setting it on fire", "last night, setting it on fire"))
    assert ("2024-02-28", 0, 2) in _tolls(events)


def test_a_toll_over_a_span_of_days_is_a_running_tally_not_an_event():
    events = _events("On Tuesday, a strike on a clinic in Kadugli killed four people.\n\n"
                     "Strikes on the state between 20 and 27 February have killed at least 31 "
                     "civilians, the ministry said.")
    assert _tolls(events) == [("2024-02-27", 4, 0)]


def test_a_clause_dated_by_a_span_does_not_take_the_day_named_before_it():
    events = _events("Shelling hit Avdiivka on Monday. Drones struck depots in Kherson "
                     "between 19 and 23 February, the army said.")
    assert [e.date for e in events] == ["2024-02-26"]


def test_a_group_with_those_beside_it_shares_the_verb():
    assert _counts("Nine patients and their relatives were reported killed.") == [
        ("killed", 9, False)]


def test_a_toll_first_reported_lower_is_no_second_happening():
    text = ("Drone hits outpost\n\nA drone struck a fuel depot at an outpost in Syria on Sunday, "
            "wounding two soldiers, officials said. The number of wounded was initially "
            "reported as one, but officials later said a second soldier had been treated for "
            "burns.\n")
    assert day_tolls(drafted_events(text, "2026-05-20")) == [("2026-05-17", 0, 2)]


def test_a_second_soldier_treated_is_no_second_attack():
    text = ("Rocket hits base\n\nA rocket struck a base in Iraq on Monday, wounding one "
            "contractor, the coalition said. A second soldier was later treated for a "
            "concussion, it said.\n")
    assert len(drafted_events(text, "2026-05-20")) == 1
