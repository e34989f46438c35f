"""A phone chat export's messages are dated by their own stamps, not by the export's day."""

from datetime import date

from briefdeck.extract.chat_messages import chat_entries
from briefdeck.extract.stamped_entries import find_entries

_CHAT = (
    "Group chat export\n\n"
    "[3/14/27, 21:40] Ann Lee: Blasts heard near the depot, alarms going\n"
    "[3/14/27, 21:55] Bo Park: Staff all in the bunker\n"
    "[3/15/27, 07:10] Ann Lee: Another drone came down overnight near the quarry, nobody hurt\n"
    "[3/16/27, 09:00] Bo Park: Guard hurt in the first blast died this morning\n"
)


def test_each_message_is_an_entry_on_its_stamps_day():
    entries = find_entries(_CHAT, date(2027, 3, 16))
    assert [e.day.iso for e in entries] == ["2027-03-14", "2027-03-14", "2027-03-15", "2027-03-16"]
    assert all(e.filed for e in entries)
    assert _CHAT[entries[2].start : entries[2].end].startswith("[3/15/27, 07:10]")


def test_day_first_stamps_read_by_a_field_over_twelve():
    text = (
        _CHAT.replace("3/14/27", "14/3/27")
        .replace("3/15/27", "15/3/27")
        .replace("3/16/27", "16/3/27")
    )
    assert [e.day.iso for e in chat_entries(text, date(2027, 3, 16))][-1] == "2027-03-16"


def test_android_dash_layout():
    text = _CHAT.replace("[", "").replace("] ", " - ")
    assert len(chat_entries(text, date(2027, 3, 16))) == 4


def test_unclear_order_takes_the_one_ending_by_the_export_day():
    text = "[3/2/27, 10:00] A B: one\n[3/2/27, 11:00] A B: two\n[4/2/27, 09:00] A B: three\n"
    # day first ends on 4 Feb, month first on 2 Apr: the export of 4 Feb tells which
    assert chat_entries(text, date(2027, 2, 4))[-1].day.iso == "2027-02-04"
    assert chat_entries(text, date(2027, 4, 2))[-1].day.iso == "2027-04-02"
    assert chat_entries(text, date(2027, 3, 20)) == []  # neither order ends near the export


def test_one_days_chat_is_left_whole():
    text = "".join(f"[5/6/27, 0{n}:00] A B: message {n}\n" for n in range(4))
    assert chat_entries(text, date(2027, 6, 5)) == []


def test_a_story_is_no_chat_and_junk_does_not_crash():
    story = "The ministry said on 3/4/27 that - nothing happened.\n"
    assert chat_entries(story, date(2027, 4, 3)) == []
    junk = "[99/99/99, 10:00] x: y\n" * 5 + "[" * 100_000
    assert chat_entries(junk, date(2027, 1, 1)) == []
