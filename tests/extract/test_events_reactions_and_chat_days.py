"""A statement reacting to a happening under a wire dateline ("Rabat, June 10 (MAP) - The
kingdom condemned the shelling ..., which killed four"): the dateline's day and town are the
statement's, the toll goes to the shelling the story dates later. A chat export's day
separators ("--- Monday, June 8 ---") date the messages under them. Every sentence is our own.
"""

from __future__ import annotations

from datetime import date

from briefdeck.extract.stamped_entries import find_entries

from .drafting import day_tolls, drafted_events

PUBLISHED = "2026-06-10"  # a Wednesday


def test_a_condemned_happening_takes_its_day_from_the_story_not_the_dateline():
    text = ("Kingdom condemns shelling\n\nRabat, June 10 (MAP) - The kingdom strongly condemned "
            "the shelling of the village of Harran, which killed four people and wounded nine "
            "others.\n\nThe shelling struck the village of Harran late on Monday, according to "
            "local officials.\n\nThe ministry called for restraint.\n")
    events = drafted_events(text, PUBLISHED)
    assert ("2026-06-08", 4, 9) in day_tolls(events)
    assert not any(e.date == "2026-06-10" and e.kind in ("attack", "strike") for e in events)


def test_a_statement_judging_a_told_attack_is_no_announcement():
    text = ("Ministry statement\n\nArtillery struck the village of Harran on Monday, killing "
            "two people.\n\nIn a statement issued on Tuesday, the ministry considered the "
            "attack a grave violation of the truce.\n")
    events = drafted_events(text, PUBLISHED)
    assert not any(e.kind == "announcement" for e in events)


CHAT = ("#ops | workspace\nExported by kim.lee on Jun 10, 2026 | 12 members\n\n"
        "--- Monday, June 8 ---\n\n"
        "kim.lee  7:12 AM\nmorning all. a car was hit by a drone near Harran overnight, "
        "2 killed per local sources\n\n"
        "ali.r  9:40 AM\nthanks, no impact on our staff\n\n"
        "--- Tuesday, June 9 ---\n\n"
        "ali.r  8:05 AM\nshelling on the edge of Harran around 0700, nothing hits the office\n")


def test_a_chat_export_s_day_separators_date_the_messages_under_them():
    entries = find_entries(CHAT, date.fromisoformat(PUBLISHED))
    assert [e.day.iso for e in entries] == ["2026-06-08", "2026-06-08", "2026-06-09"]
    assert CHAT[entries[0].start:entries[0].end].strip().startswith("morning all")


def test_a_chat_message_s_happening_is_on_its_separator_s_day():
    days = {e.date for e in drafted_events(CHAT, PUBLISHED) if e.kind in ("attack", "strike")}
    assert "2026-06-08" in days and "2026-06-10" not in days


def test_a_chat_update_on_a_place_gives_the_toll_of_the_happening_there():
    text = ("#ops | workspace\n\n--- Tuesday, June 9 ---\n\n"
            "kim.lee  8:05 AM\nshelling on villages west of Manbij around 0700\n\n"
            "ali.r  9:30 AM\na drone strike hit a car near Kobani, 2 killed per the SDF\n\n"
            "kim.lee  2:47 PM\nupdate on manbij: the monitor now says 1 killed 3 wounded\n")
    events = drafted_events(text, PUBLISHED)
    assert [(e.killed, e.wounded) for e in events if "Manbij" in e.place] == [(1, 3)]


def test_the_day_a_toll_was_raised_is_not_the_day_of_the_strikes():
    text = ("Strikes on the port\n\nJets struck the port of Harran late on Saturday. The "
            "health ministry first said four people were killed in the strikes, and on "
            "Monday raised the toll to six killed and 11 wounded.\n")
    tolls = day_tolls(drafted_events(text, PUBLISHED))
    assert ("2026-06-06", 6, 11) in tolls
    assert not any(day == "2026-06-08" for day, _, _ in tolls)


def test_a_hurt_crew_member_who_died_later_is_one_killed_of_the_attack_told_that_day():
    text = ("Tanker hit\n\nA tanker was struck by a drone off Harran on Monday, the ministry "
            "said.\n\nThree crew members were injured and were flown to Harran Hospital, the "
            "police said in a statement on Monday. One of them died of his injuries on "
            "Tuesday, while the other two were in stable condition.\n")
    assert ("2026-06-08", 1, 2) in day_tolls(drafted_events(text, PUBLISHED))


def test_an_announcement_under_a_wire_dateline_is_news_of_the_dateline_s_day():
    text = ("Drones downed\n\nRabat, June 10 (MAP) - The army command announced that air "
            "defences destroyed two hostile drones over the port of Tangier late on Tuesday.\n")
    events = drafted_events(text, PUBLISHED)
    assert {(e.date, e.kind) for e in events} >= {("2026-06-10", "announcement"),
                                                  ("2026-06-09", "attack")}
