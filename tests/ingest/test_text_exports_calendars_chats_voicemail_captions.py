"""Text-format exports read as what they are: a folded .ics invitation (its description the
content, its properties and join block furniture), a desktop chat export's notices, an alert
log and a chat dated by their latest entry, a voicemail notice's furniture, WebVTT voice tags.
All texts are made up."""

import time

from furniture import rules_over

from briefdeck.ingest import article_from_text
from briefdeck.ingest.boilerplate import classify

# ---------------------------------------------------------------- calendar invitations

_ICS = (
    "BEGIN:VCALENDAR\r\n"
    "METHOD:REQUEST\r\n"
    "PRODID:Example Mail Server 9\r\n"
    "VERSION:2.0\r\n"
    "BEGIN:VEVENT\r\n"
    'ORGANIZER;CN="Roe, Jane (Port Vella)":mailto:roej@example.org\r\n'
    'ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Harbour Ta\r\n'
    ' sk Group":mailto:htg@example.org\r\n'
    "DESCRIPTION;LANGUAGE=en-US:Team\\,\\n\\nThe harbour master has called a Crisis Coor\r\n"
    " dination Cell meeting for Friday. On Tuesday two drones struck the fuel p\r\n"
    " ier at Port Vella\\; the port authority said four workers were wounded.\\n\\n\r\n"
    " Jane Roe\\nSecurity Manager\\nPort Vella Harbour Board\\n\\n______________\r\n"
    " ______\\nMicrosoft Teams meeting\\nJoin on your computer\\, mobile app or ro\r\n"
    " om device\\nClick here to join the meeting\\nMeeting ID: 111 222 333\\nPas\r\n"
    " scode: Ab12\\nOr call in (audio only)\\n+1 555-010-0199\\,\\,111222333# Unit\r\n"
    " ed States\\nFind a local number | Reset PIN\\n____________________\\n\r\n"
    "UID:0400000082ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF01234\r\n"
    " 5678\r\n"
    "SUMMARY;LANGUAGE=en-US:Crisis cell - fuel pier drone strike\r\n"
    "DTSTART;TZID=Local:20261106T090000\r\n"
    "DTSTAMP:20261104T101500Z\r\n"
    "LOCATION;LANGUAGE=en-US:Harbour office\\, room 3\\; Microsoft Teams Meeting\r\n"
    "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE\r\n"
    "BEGIN:VALARM\r\n"
    "DESCRIPTION:REMINDER\r\n"
    "TRIGGER;RELATED=START:-PT15M\r\n"
    "END:VALARM\r\n"
    "END:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def test_invitation_description_is_unfolded_and_unescaped():
    article = article_from_text(_ICS)
    assert article.format == "calendar"
    assert "Crisis Coordination Cell meeting for Friday." in article.text
    assert "two drones struck the fuel pier at Port Vella; the port authority" in article.text
    assert "\\," not in article.text.split("LOCATION")[0]


def test_invitation_is_titled_by_its_summary_and_dated_by_its_stamp():
    article = article_from_text(_ICS)
    assert article.headline == "Crisis cell - fuel pier drone strike"
    assert article.published == "2026-11-04"


def test_invitation_properties_and_join_block_are_flagged_and_the_message_kept():
    text = article_from_text(_ICS).text
    for line in (
        "BEGIN:VCALENDAR",
        "PRODID:Example Mail Server 9",
        "DESCRIPTION:REMINDER",
        "TRIGGER;RELATED=START:-PT15M",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "Microsoft Teams meeting",
        "Passcode: Ab12",
        "Find a local number | Reset PIN",
    ):
        assert rules_over(text, line), line
    # a folded property keeps both of its halves findable, in one flagged line
    assert rules_over(text, 'CN="Harbour Task Group":mailto:htg@example.org')
    assert rules_over(text, "5678")
    assert rules_over(text, "Harbour office\\, room 3\\; Microsoft Teams Meeting")
    for line in (
        "On Tuesday two drones struck the fuel pier",
        "Jane Roe",
        "Security Manager",
        "Port Vella Harbour Board",
        "Crisis cell - fuel pier drone strike",
    ):
        assert not rules_over(text, line), line


def test_invitation_with_a_broken_quote_and_a_huge_line_is_read_quickly():
    text = (
        'BEGIN:VCALENDAR\nBEGIN:VEVENT\nATTENDEE;CN="open'
        + "x" * 200_000
        + "\n"
        + "DESCRIPTION:"
        + "word \\, " * 20_000
        + "\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    started = time.perf_counter()
    article = article_from_text(text)
    assert time.perf_counter() - started < 5
    assert article.text


def test_a_join_block_in_a_mail_ends_where_the_agenda_starts():
    text = (
        "Subject: Weekly port security sync\n\nHi all, notes from the last sync are "
        "attached and the agenda is below.\n\nMicrosoft Teams meeting\nJoin on your "
        "computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: "
        "123 456 789\nPasscode: Zz9\nAgenda\nReview of the drone sightings near the pier.\n"
    )
    assert rules_over(text, "Meeting ID: 123 456 789")
    assert not rules_over(text, "Review of the drone sightings near the pier.")


# ---------------------------------------------------------------- chat exports

_SIGNAL = """Signal Desktop - chat export
Group: Harbour Watch (6 members)
Exported by: Jo Ames on 3/14/27, 09:10
Messages: 3/12/27 21:00 - 3/14/27 08:55
Attachments are not included in this export.
=============================================

[3/12/27, 21:00] Jo Ames set the disappearing message timer to 1 week.
[3/12/27, 21:05] Li Wei: Two blasts near the fuel pier, police closing the bridge road
[3/12/27, 21:06] Li Wei: [Voice message, 0:41]
[3/12/27, 21:09] Sam Roe: This message was deleted.
[3/12/27, 21:12] Sam Roe: Attachment: pier_photo.jpg (image/jpeg, 2.1 MB)
[3/12/27, 21:20] Jo Ames: 👍
[3/13/27, 07:00] Sam Roe:
> Replying to Li Wei: "Two blasts near the fuel pier"
The port authority says four workers were wounded
[3/13/27, 07:30] Jo Ames: Safety number with Li Wei has changed. Tap to verify.
[3/13/27, 07:31] Li Wei: new phone, sorry all
[3/14/27, 08:50] Jo Ames: Done
[3/14/27, 08:55] Jo Ames changed the group name to "Harbour Watch - pier".
=============================================
End of export. 11 messages, 1 attachment not included.
"""


def test_desktop_chat_export_notices_and_header_are_flagged():
    for line in (
        "Signal Desktop - chat export",
        "Group: Harbour Watch (6 members)",
        "Exported by: Jo Ames on 3/14/27, 09:10",
        "Messages: 3/12/27 21:00 - 3/14/27 08:55",
        "Attachments are not included in this export.",
        "[3/12/27, 21:00] Jo Ames set the disappearing message timer to 1 week.",
        "[3/12/27, 21:06] Li Wei: [Voice message, 0:41]",
        "[3/12/27, 21:09] Sam Roe: This message was deleted.",
        "[3/12/27, 21:12] Sam Roe: Attachment: pier_photo.jpg (image/jpeg, 2.1 MB)",
        "[3/12/27, 21:20] Jo Ames: 👍",
        '> Replying to Li Wei: "Two blasts near the fuel pier"',
        "[3/13/27, 07:30] Jo Ames: Safety number with Li Wei has changed. Tap to verify.",
        "[3/13/27, 07:31] Li Wei: new phone, sorry all",
        "[3/14/27, 08:50] Jo Ames: Done",
        '[3/14/27, 08:55] Jo Ames changed the group name to "Harbour Watch - pier".',
    ):
        assert rules_over(_SIGNAL, line), line
    for line in (
        "[3/12/27, 21:05] Li Wei: Two blasts near the fuel pier, police closing the bridge road",
        "The port authority says four workers were wounded",
    ):
        assert not rules_over(_SIGNAL, line), line


def test_chat_export_is_dated_by_its_latest_message_and_named_by_its_group():
    article = article_from_text(_SIGNAL)
    assert article.published == "2027-03-14"
    assert article.headline == "Signal group \u201cHarbour Watch\u201d"


def test_chat_whose_stamps_do_not_tell_day_from_month_has_no_date():
    chat = "\n".join(
        f"[3/4/27, 10:0{i}] Li Wei: The bridge road is still closed near pier {i}" for i in range(4)
    )
    assert article_from_text(chat).published == ""


def test_alert_log_is_dated_by_its_latest_numbered_item():
    log = (
        "PORT VELLA SECURITY - ALERT LOG\n"
        "Period: 12/03/2027 18:00 - 13/03/2027 18:00\n"
        "Generated 13/03/2027 18:05 by the duty desk\n\n"
        "#01 | 12/03/2027 21:10 | SMS | ALERT\n"
        "ALERT: Two blasts reported near the fuel pier. Avoid the bridge road.\n\n"
        "#02 | 13/03/2027 06:30 | SMS | UPDATE\n"
        "UPDATE: The bridge road reopened at 06:00. Port authority says four wounded.\n"
    )
    assert article_from_text(log).published == "2027-03-13"


# ---------------------------------------------------------------- voicemail notices

_VOICEMAIL = """Harbour Voice | Visual Voicemail

You have a new voicemail.

Caller: PORT AUTHORITY (+1 555-010-0142)
Duration: 1 min 12 sec
Mailbox: 2231 (Jo Ames, desk)
Transcription confidence: High (88%)

Transcription (beta, may contain errors):

hi Jo this is Sam from the port authority two drones hit the fuel pier last night and four

if you need more call the duty desk at 555-010-0190 thanks Jo bye

to replay this message press 4 to save it press 9 to delete it press 7

Was this transcription useful? Yes | No

To listen to this message, open the attached audio file or call 1-800-555-0100.
Manage voicemail settings: https://voice.example.net/settings
Transcriptions are produced automatically and may not reflect exactly what the caller said.
This e-mail was generated automatically by Harbour Voice. Please do not reply.
"""


def test_voicemail_notice_furniture_is_flagged_and_the_transcript_kept():
    for line in (
        "Harbour Voice | Visual Voicemail",
        "You have a new voicemail.",
        "Caller: PORT AUTHORITY (+1 555-010-0142)",
        "Duration: 1 min 12 sec",
        "Mailbox: 2231 (Jo Ames, desk)",
        "Transcription confidence: High (88%)",
        "Transcription (beta, may contain errors):",
        "if you need more call the duty desk at 555-010-0190 thanks Jo bye",
        "to replay this message press 4 to save it press 9 to delete it press 7",
        "Was this transcription useful? Yes | No",
        "Manage voicemail settings: https://voice.example.net/settings",
        "Transcriptions are produced automatically and may not reflect exactly what "
        "the caller said.",
    ):
        assert rules_over(_VOICEMAIL, line), line
    assert not rules_over(
        _VOICEMAIL,
        "hi Jo this is Sam from the port authority two drones "
        "hit the fuel pier last night and four",
    )


def test_a_story_about_call_durations_keeps_its_sentence():
    text = (
        "The call lasted two minutes, officials said.\n"
        "Duration: the strikes went on for most of the night, residents said, and the "
        "harbour stayed closed.\n"
    )
    assert not any(f.rule == "voicemail notice" for f in classify(text))


# ---------------------------------------------------------------- WebVTT voice tags

_VTT = """WEBVTT

NOTE
Exported 2027-03-13 09:00 UTC by the caption desk

00:00:01.000 --> 00:00:04.000
<v Ana Diaz>Two drones struck the fuel pier
at Port Vella overnight.

00:00:04.200 --> 00:00:06.000
<c.lt>SAM ROE
PORT AUTHORITY SPOKESMAN</c>

00:00:06.200 --> 00:00:09.000
<v Sam Roe>Four workers were wounded. All of them
are in hospital.

00:00:09.200 --> 00:00:11.000
<v Sam Roe>The pier stays closed.

00:00:11.200 --> 00:00:13.000
<v Ana Diaz>Ana Diaz, Harbour News, Port Vella.
"""


def test_webvtt_turn_of_the_captioned_speaker_opens_with_a_dash():
    article = article_from_text(_VTT)
    assert "SAM ROE\nPORT AUTHORITY SPOKESMAN\n\n- Four workers were wounded." in article.text
    assert "- The pier stays closed." in article.text
    assert "- Two drones" not in article.text and "- Ana Diaz" not in article.text
    assert "<v" not in article.text


def test_webvtt_is_dated_by_the_export_stamp_in_its_note():
    assert article_from_text(_VTT).published == "2027-03-13"
