"""Formats whose entries carry their own days: a typed-up diary, a slide deck exported with its
speaker notes, and a quiz whose answer key tells the rest of each question's happening."""

from __future__ import annotations

from datetime import date

from tests.extract.drafting import day_tolls, note_events

from briefdeck.extract.event_diary_entries import diary_entries

# ---------------------------------------------------------------- diaries

_DIARY = (
    "KIRKUK DIARY (typed up from my pocket book)\n\n"
    "Typed up Wed 11 Mar 2026 for the family.\n\n"
    "Thurs 5 Mar\n\n"
    "Quiet. Fixed the water pump at the gym and wrote letters home.\n\n"
    "Fri 6 Mar\n\n"
    "About 2200 the sirens went, then two rockets hit the motor pool at the camp. "
    "Sam said 2 guys got hurt. Spent an hour in the bunker.\n\n"
    "Sat 7 Mar\n\n"
    "Sandstorm all day, no flights. Played cards with the night shift.\n\n"
    "Mon 9 Mar\n\n"
    "Brief from the boss: the official count from the security office is 4 wounded, "
    "not 2. All back at work now.\n"
)


def test_a_diarys_day_headings_are_entries_of_their_own_days():
    entries = diary_entries(_DIARY, date(2026, 3, 11))
    assert [e.day.iso for e in entries] == ["2026-03-05", "2026-03-06", "2026-03-07", "2026-03-09"]


def test_a_later_entrys_official_count_is_the_earlier_attacks_toll():
    events = note_events(_DIARY, "2026-03-11")
    violent = [e for e in events if e.kind in ("attack", "strike")]
    assert day_tolls(violent) == [("2026-03-06", 0, 4)]


def test_two_dated_lines_are_no_diary():
    text = "Mon 2 Mar\n\nOne line of notes here.\n\nTue 3 Mar\n\nAnother line of notes.\n"
    assert diary_entries(text, date(2026, 3, 4)) == []


def test_a_dust_storm_is_weather_not_an_attack():
    events = note_events(
        "Camp notes.\n\nA dust storm shut the airport on Friday and flights were cancelled.\n",
        "2026-03-08",
    )
    assert not [e for e in events if e.kind == "attack"]


# ---------------------------------------------------------------- speaker notes

_DECK = (
    "Weekly border brief.pptx\n"
    "Notes Pages export | Printed 10/03/2026 09:00 | 3 slides\n\n"
    "Slide 1 of 3\n"
    "Title: Weekly border brief\n"
    "Slide text:\n"
    "- Client call, Tuesday 10 March 2026\n"
    "Speaker notes:\n"
    "Hello and welcome.\n\n"
    "Slide 2 of 3\n"
    "Title: What happened\n"
    "Slide text:\n"
    "- Fri 6 Mar: 3x rockets at Metula, 2 intercepted\n"
    "- MDA: 1 wounded (Fri) -> 1 killed, 2 wounded + 1 civilian (Sun)\n"
    "Footer: Example Risk | Client use only\n"
    "Speaker notes:\n"
    "On Friday evening three rockets were fired at Metula and one hit a house. "
    "On Sunday the rescue service said one man had died and two others and a farm "
    "worker had been wounded.\n\n"
    "Slide 3 of 3\n"
    "Title: Mood\n"
    "Slide text:\n"
    "- Residents: fear of wider strikes on the town\n"
    "Speaker notes:\n"
    "Anecdotal only.\n"
)


def test_a_slides_bulleted_latest_count_is_its_happenings_toll_told_once():
    events = note_events(_DECK, "2026-03-10")
    violent = [e for e in events if e.kind in ("attack", "strike")]
    assert day_tolls(violent) == [("2026-03-06", 1, 3)]


def test_a_fear_of_strikes_on_a_slide_is_no_happening():
    events = note_events(_DECK, "2026-03-10")
    assert all(e.date != "2026-03-10" for e in events if e.kind in ("attack", "strike"))


# ---------------------------------------------------------------- quiz answer keys

_QUIZ = (
    "WEEKLY QUIZ\n\n"
    "Test yourself on the week's news.\n\n"
    "1. On Tuesday a drone hit a base in eastern Syria, wounding soldiers. Which base?\n\n"
    "- A. Green Village\n\n- B. Mission Support Site Conoco\n\n- C. Tower 22\n\n"
    "2. How many U.S. soldiers did officials say were wounded?\n\n"
    "- A. Two\n\n- B. Four\n\n- C. Six\n\n"
    "3. A missile struck a bulk carrier in the Gulf of Aden on Wednesday. "
    "Which flag did it fly?\n\n"
    "- A. Liberia\n\n- B. Panama\n\n- C. Malta\n\n"
    "Answer key\n\n"
    "1. B. The drone hit the gym at Mission Support Site Conoco late on Tuesday.\n\n"
    "2. B. Officials said all of them were treated at the base clinic.\n\n"
    "3. A. The operator said three crew members were killed and one was injured when the "
    "missile hit the bridge about 60 nautical miles south of Aden.\n"
)


def test_a_key_items_toll_is_its_questions_happening_on_its_questions_day():
    events = note_events(_QUIZ, "2026-03-13")
    tolls = day_tolls([e for e in events if e.kind in ("attack", "strike")])
    assert ("2026-03-11", 3, 1) in tolls
    assert not [t for t in tolls if t[0] == "2026-03-13"]


def test_the_keyed_option_answers_a_how_many_question_about_the_attack_before_it():
    events = note_events(_QUIZ, "2026-03-13")
    tolls = day_tolls([e for e in events if e.kind in ("attack", "strike")])
    assert ("2026-03-10", 0, 4) in tolls


def test_wrong_options_give_no_events_or_counts():
    events = note_events(_QUIZ, "2026-03-13")
    assert all((e.wounded or 0) != 6 and (e.wounded or 0) != 2 for e in events)
