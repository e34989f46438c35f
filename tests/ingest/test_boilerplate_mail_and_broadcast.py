"""E-mail pasted as text (header blocks, chain separators, sign-offs and signatures), radio
transcript cues, channel view counters, a monitoring desk's method note and a few link
buttons; with reporting that borrows their words left alone. Sentences are ours."""

from __future__ import annotations

import pytest

from briefdeck.ingest import metadata
from briefdeck.ingest.boilerplate import find_boilerplate

OPENING = ("Militia fighters fired four rockets at a border outpost on Tuesday, wounding two "
           "guards, officials said.")
CLOSING = ("The ministry said it would review security at the crossing, which reopened on "
           "Wednesday morning.")

MAIL = """From: Dana Frost <d.frost@harbourline.example>
Sent: Monday, March 2, 2026 6:40 AM
To: Field Teams North <north.teams@harbourline.example>
Cc: Duty Desk <duty@harbourline.example>
Subject: RE: FW: Mortar fire near the river depot - 01 MAR
Attachments: depot_map.pdf
Importance: High

Team,

Two mortar rounds landed near the river depot last night and hurt one guard.

Keep all road moves to daylight hours until further notice.

Kind regards,
Dana

Dana Frost
Regional Safety Lead - North
Harbourline Logistics
Depot Road Office | Kirkuk
Mob: +964 750 555 0199 | Desk: +964 750 555 0100

---------- Forwarded message ---------
From: Duty Desk <duty@harbourline.example>
Date: Sunday, March 1, 2026 11:05 PM
Subject: Mortar fire near the river depot - 01 MAR

Sirens sounded at the depot at 2240 and staff moved to the shelters for half an hour.

Next report 0600 hrs or earlier if required.

Duty Desk
Harbourline Logistics

----- Pasted text of attachment (depot_map.pdf) -----

The map shows the two impact points east of the fuel store.

Contacts:
Duty line: +964 750 555 0100
duty@harbourline.example
"""


def _spans(text: str) -> list[tuple[int, int]]:
    return find_boilerplate(text)


def _is_flagged(text: str, line: str) -> bool:
    start = text.index(line)
    return any(a <= start and start + len(line) <= b for a, b in _spans(text))


def _flagged(line: str) -> bool:
    text = "\n\n".join((OPENING, line, CLOSING))
    return _is_flagged(text, line)


@pytest.mark.parametrize("line", [
    "Sent: Monday, March 2, 2026 6:40 AM",
    "To: Field Teams North <north.teams@harbourline.example>",
    "Cc: Duty Desk <duty@harbourline.example>",
    "Attachments: depot_map.pdf",
    "Importance: High",
    "Kind regards,",
    "Regional Safety Lead - North",
    "Harbourline Logistics",
    "Depot Road Office | Kirkuk",
    "Mob: +964 750 555 0199 | Desk: +964 750 555 0100",
    "---------- Forwarded message ---------",
    "Date: Sunday, March 1, 2026 11:05 PM",
    "Next report 0600 hrs or earlier if required.",
    "Duty Desk\nHarbourline Logistics",
    "----- Pasted text of attachment (depot_map.pdf) -----",
    "Contacts:",
])
def test_mail_header_separators_and_signature_are_flagged(line):
    assert _is_flagged(MAIL, line)


@pytest.mark.parametrize("line", [
    "Two mortar rounds landed near the river depot last night",
    "Keep all road moves to daylight hours until further notice.",
    "Sirens sounded at the depot at 2240",
    "The map shows the two impact points east of the fuel store.",
    "\nDana Frost\n",  # the sender's name stays: it says who wrote the message
])
def test_mail_messages_and_sender_name_stay(line):
    start = MAIL.index(line) + (1 if line.startswith("\n") else 0)
    end = start + len(line.strip())
    assert not any(a <= start and end <= b for a, b in _spans(MAIL))


def test_mail_subject_is_the_headline_without_reply_prefixes():
    found = metadata.metadata_from_text(MAIL, _spans(MAIL))
    assert found.headline == "Mortar fire near the river depot - 01 MAR"


def test_label_over_reporting_is_left_alone():
    text = "\n\n".join((OPENING, "Casualties:", "Two guards were hurt.", CLOSING))
    assert not _is_flagged(text, "Casualties:")


def test_lone_to_line_in_a_report_is_not_a_mail_header():
    text = "\n\n".join((OPENING, "To: all units in the sector", CLOSING))
    assert not _is_flagged(text, "To: all units in the sector")


def test_sign_off_inside_a_story_without_a_mail_header_is_left_alone():
    text = "\n\n".join((OPENING, "Thanks,", "The minister thanked the crews for their work "
                        "overnight and promised new shelters.", CLOSING))
    assert not _is_flagged(text, "Thanks,")


@pytest.mark.parametrize("line", [
    "(SOUNDBITE OF MUSIC)",
    "(LAUGHTER)",
    "Heard on All Things Considered",
    "Transcripts may vary in accuracy and may be revised to correct errors.",
    "The authoritative record of our programming is the audio record.",
    "👁 12.4K",
    "👁️ 3,100  🔁 85",
    "Translations from Farsi are the desk's own. Times are local (GMT+3.30).",
    "View counts as of 0900 GMT.",
    "Go deeper: Why the border posts keep emptying",
    "Get more stories like this by signing up for our weekly briefing.",
    "Learn more about Harbourline",
    "VIEW ORIGINAL",
    "Download full resolution",
    "Further updates to follow.",
])
def test_broadcast_channel_and_link_furniture_is_flagged(line):
    assert _flagged(line)


@pytest.mark.parametrize("line", [
    "(SOUNDBITE OF PRESS CONFERENCE)",
    "Officials heard on Tuesday that the convoy had been hit near the bridge.",
    "The next update on the ceasefire talks is expected from the mediators on Monday.",
    "Views counted by the channel rose to 40,000 within an hour of the video's release.",
    "Times are hard for the families who fled the shelling, aid workers said.",
])
def test_reporting_that_borrows_those_words_stays(line):
    assert not _flagged(line)
