"""Furniture of broadcast transcripts, parliamentary report title pages, mailed alert digests,
paywall and page-placeholder lines, and an issuer's name and address blocks around a release;
with reporting that borrows their words left alone. Sentences are ours."""

from __future__ import annotations

import pytest
from tests.ingest.furniture import rules_over

LEAD = ("Two mortar rounds landed near a supply depot outside the port on Monday, injuring "
        "three workers, a regional governor said.")
TAIL = ("Police said they had sealed off the road to the depot while engineers checked the "
        "damage to the fuel tanks.")


def _page(line: str) -> str:
    return "\n\n".join((LEAD, line, TAIL))


@pytest.mark.parametrize("line", [
    "(BEGIN VIDEO CLIP)",
    "(END VIDEOTAPE)",
    "(COMMERCIAL BREAK)",
    "[CROSSTALK]",
    "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM.",
    "(The press conference was concluded at 4:05 p.m.)",
    "(Whereupon, the hearing was adjourned.)",
])
def test_broadcast_and_briefing_transcript_markers_are_flagged(line: str) -> None:
    assert rules_over(_page(line), line)


@pytest.mark.parametrize("line", [
    "House of Lords",
    "Second Report of Session 2025–26",
    "HC 457",
    "HL Paper 12",
    "Report, together with formal minutes relating to the report",
    "Ordered by the House of Commons to be printed 2 May 2026",
    "Published on 9 May 2026 by authority of the House of Commons",
    "Extract: Chapter 4, paragraphs 30 to 41. The full report is on the committee pages.",
])
def test_committee_report_title_page_lines_are_flagged(line: str) -> None:
    assert rules_over(_page(line), line)


@pytest.mark.parametrize("line", [
    "If this e-mail is not displaying properly, open it in your web browser.",
    "Manage your preferences | Unsubscribe",
    "Weekly Threat Bulletin | South Asia",
    "Northgate clients can call the duty desk on +1 202 555 0190 or desk@northgate.example.",
    "This report is available in full to Harbour Energy Monitor subscribers.",
    "Loading...",
    "Key points",
    "Follow the Defence Ministry on X: @ExampleDefence",
    "Text: Joint Press Centre",
])
def test_mailer_paywall_and_box_lines_are_flagged(line: str) -> None:
    assert rules_over(_page(line), line)


@pytest.mark.parametrize("line", [
    # reporting that borrows the words of the rules above
    "The speaker said the House of Commons would debate the report on Thursday.",
    "Clients can contact the firm about the risk, the spokesperson said, but none had yet.",
    "The committee said the hearing was adjourned after protesters interrupted the minister.",
    "Officials said the tape showed the commercial break was used to move the prisoners.",
])
def test_reporting_with_their_words_is_not_flagged(line: str) -> None:
    assert not rules_over(_page(line), line)


def test_office_name_and_postal_address_over_a_telephone_line_are_contact() -> None:
    block = ["Joint Operations Command", "Press Office", "Harbour Barracks", "Kasernenweg 12",
             "12345 Neustadt"]
    text = "\n".join([LEAD, TAIL, "Contact", *block, "Tel.: +49 30 1234 5678",
                      "E-mail: press@example.org"])
    for line in block:
        assert rules_over(text, line)  # "Press Office" alone is already a footer link
    assert rules_over(text, "Kasernenweg 12") == ["contact"]


def test_a_short_heading_over_the_story_is_no_contact_block() -> None:
    # a paragraph below the short line: it is a subhead of the story, not an issuer's name
    text = "\n".join([LEAD, "Damage to the port", TAIL, "Tel.: +49 30 1234 5678"])
    assert rules_over(text, "Damage to the port") == []


def test_the_body_name_over_the_breadcrumb_is_a_masthead() -> None:
    text = "\n".join(["Armed Forces", "Joint Forces Operations Command Potsdam",
                      "Home > Operations > News", "Mortar rounds hit depot near the port", LEAD,
                      TAIL])
    assert rules_over(text, "Joint Forces Operations Command Potsdam") == ["masthead"]
    assert rules_over(text, "Mortar rounds hit depot near the port") == []


def test_a_show_name_in_capitals_over_the_airing_line_is_a_masthead() -> None:
    text = "\n".join(["EVENING DESK", "Depot Struck Near Port; Ministry Orders Review",
                      "Aired May 4, 2026 - 19:00 ET", LEAD, TAIL])
    assert rules_over(text, "EVENING DESK") == ["masthead"]


def test_table_rows_between_the_story_and_a_paywall_are_not_other_stories() -> None:
    rows = ["| Daily output before the strike | 410 barrels |", "| Output on Friday | 90 barrels |",
            "| Workers evacuated | about 300 |"]
    text = "\n".join([LEAD, TAIL, "Key figures", *rows,
                      "This story is available in full to Gulf Pipeline Report subscribers."])
    for row in rows:
        assert rules_over(text, row) == []


def test_a_committee_name_over_a_report_title_is_left_for_the_drafting() -> None:
    # the body's name is the only place its issuer is named: it stays reporting
    text = "\n".join(["House of Lords", "Foreign Affairs Committee",
                      "Border security after the ceasefire", "Third Report of Session 2025–26",
                      LEAD, TAIL])
    assert rules_over(text, "Foreign Affairs Committee") == []
    assert rules_over(text, "Third Report of Session 2025–26") == ["report front matter"]
