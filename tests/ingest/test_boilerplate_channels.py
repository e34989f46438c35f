"""Furniture of the channel a text came through: a chat export's notes in place of messages,
an e-mail client's legal footer, quoted replies and closing contact lines, a printed page's
jump lines and adverts, a broadcaster's links to its transcript, a reader appeal, an
agency's initials; with reporting that borrows their words left alone. Sentences are ours."""

from __future__ import annotations

import pytest
from furniture import rules_over

REPORT = ("Militia fighters fired four rockets at a border outpost on Tuesday, wounding two "
          "guards, officials said.")
CLOSING = ("The ministry said it would review security at the crossing, which reopened on "
           "Wednesday morning.")


def _page(*lines: str) -> str:
    return "\n\n".join([REPORT, *lines, CLOSING]) + "\n"


CHAT = """[03/04/31, 07:12] Hana Rowe: Two rockets hit the outpost near the crossing this morning.
[03/04/31, 07:13] Leo Park: <Media omitted>
[03/04/31, 07:15] Hana Rowe: This message was deleted
[03/04/31, 07:16] Ivo Kask: Forwarded
03/04/2031, 7:20 pm - Ivo Kask: image omitted
[03/04/31, 07:22] Leo Park: Police say two guards were wounded and taken to hospital.
"""


@pytest.mark.parametrize("line", [
    "[03/04/31, 07:13] Leo Park: <Media omitted>",
    "[03/04/31, 07:15] Hana Rowe: This message was deleted",
    "[03/04/31, 07:16] Ivo Kask: Forwarded",
    "03/04/2031, 7:20 pm - Ivo Kask: image omitted",
])
def test_a_chat_apps_note_in_place_of_a_message_is_furniture(line):
    assert rules_over(CHAT, line)


@pytest.mark.parametrize("line", [
    "[03/04/31, 07:12] Hana Rowe: Two rockets hit the outpost near the crossing this morning.",
    "[03/04/31, 07:22] Leo Park: Police say two guards were wounded and taken to hospital.",
])
def test_a_chat_message_that_reports_is_kept(line):
    assert not rules_over(CHAT, line)


def test_a_sentence_about_a_forwarded_message_is_kept():
    line = "The warning was forwarded to the garrison commander an hour before the attack."
    assert not rules_over(_page(line), line)


@pytest.mark.parametrize("line", [
    "LEGAL NOTICE: The information in this e-mail is confidential and meant only for the "
    "people it is addressed to. If you received this e-mail in error, tell the sender.",
    "This message and any attachments are confidential and may be privileged.",
    "This notice was sent from an unmonitored mailbox; replies are not read.",
    "Please do not reply directly to this message.",
])
def test_a_mail_clients_legal_footer_and_no_reply_line_are_furniture(line):
    assert rules_over(_page(line), line)


def test_a_sentence_about_a_message_sent_in_error_by_officials_is_kept():
    line = ("Officials said the evacuation order had been sent in error and withdrawn within "
            "the hour.")
    assert not rules_over(_page(line), line)


THREAD = """From: Ada Lund <ada@fieldops.example>
Sent: Tuesday, March 4, 2031 9:10 AM
To: North Desk <north@fieldops.example>
Subject: RE: Rockets near the crossing

The crossing stays closed today; no moves north until the road is cleared.

Ada Lund
Field Operations Lead
Phone: +44 20 7946 0000
"Eyes up, heads down."

> From: Duty Desk <duty@fieldops.example>
> Sent: Tuesday, March 4, 2031 6:02 AM
> To: Ada Lund
> Subject: Rockets near the crossing
>
> Two rockets landed about 400 m from the north gate at 0540. No casualties reported.
>
> Duty Desk (24/7)
> +44 20 7946 0001 | Sat +8816 0000 0000
"""


@pytest.mark.parametrize("line", [
    '"Eyes up, heads down."',
    "> From: Duty Desk <duty@fieldops.example>",
    "> Subject: Rockets near the crossing",
    "> Duty Desk (24/7)",
    "> +44 20 7946 0001 | Sat +8816 0000 0000",
])
def test_quoted_headers_a_signature_motto_and_a_desks_closing_numbers_are_furniture(line):
    assert rules_over(THREAD, line)


@pytest.mark.parametrize("line", [
    "The crossing stays closed today; no moves north until the road is cleared.",
    "> Two rockets landed about 400 m from the north gate at 0540. No casualties reported.",
])
def test_the_messages_of_a_quoted_thread_are_kept(line):
    assert not rules_over(THREAD, line)


@pytest.mark.parametrize("line", ["Continued on Page 7", "(Continued from page A1)",
                                  "See page 12"])
def test_a_printed_storys_jump_line_is_furniture(line):
    assert rules_over(_page(line), line)


def test_a_sentence_naming_a_page_of_a_report_is_kept():
    line = "The report said on page 7 that the outpost had no air defences."
    assert not rules_over(_page(line), line)


ADVERT = ("NORTHGATE FURNITURE", "SPRING CLEARANCE - UP TO 40% OFF",
          "Visit our Riverside store or call 555 0199 Terms and conditions apply")


@pytest.mark.parametrize("line", ADVERT)
def test_an_advert_box_on_a_printed_page_is_furniture(line):
    assert rules_over(_page(*ADVERT), line)


def test_a_headline_in_capitals_over_a_story_is_not_taken_for_an_advert():
    page = _page("ROCKETS HIT BORDER OUTPOST", "A second paragraph of the story follows here, "
                 "saying more about the attack and the guards.")
    assert not rules_over(page, "ROCKETS HIT BORDER OUTPOST")


def test_a_sentence_saying_conditions_apply_is_kept():
    line = "The minister said the same conditions apply to all the crossings in the north."
    assert not rules_over(_page(line), line)


@pytest.mark.parametrize("line", ["Read the Full Transcript", "Listen to this Segment",
                                  "Watch the full episode"])
def test_a_broadcasters_links_to_the_same_piece_are_furniture(line):
    assert rules_over(_page(line), line)


@pytest.mark.parametrize("line", [
    "Support the Ledger or become our patron!",
    "The Ledger brings you the facts from the front line. Support us",
])
def test_a_sites_appeal_for_money_is_furniture(line):
    assert rules_over(_page(line), line)


def test_a_leader_asking_allies_for_support_is_kept():
    line = "The president urged allied governments to support us with more air defence systems."
    assert not rules_over(_page(line), line)


def test_an_agencys_initials_under_its_last_paragraph_are_furniture():
    text = f"{REPORT}\n\n{CLOSING}\n\n(LW)\n"
    assert rules_over(text, "(LW)")


def test_a_country_code_under_a_place_in_a_table_is_kept():
    text = (f"{REPORT}\n\n06 Mar\nBorder outpost, Anbar\n(IQ)\nIndirect fire: two rockets "
            "landed outside the perimeter wall\nNone\nPolice statement\n07 Mar\nRiver depot, "
            "Hasakah\n(SY)\nOne drone struck a fuel store at the depot\n")
    assert not rules_over(text, "(IQ)")


@pytest.mark.parametrize("line", [
    "Working notes only - the assessments are the author's own. Template: tracker v1.2",
    "The views expressed here are those of the author.",
])
def test_a_notes_pages_own_view_disclaimer_is_furniture(line):
    assert rules_over(_page(line), line)


def test_a_headline_ending_on_conditions_apply_is_kept():
    line = "Truce holds at the crossing as new conditions apply"
    assert not rules_over(_page(line), line)
