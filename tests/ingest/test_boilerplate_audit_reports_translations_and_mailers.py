"""Furniture of audit-office reports, translation agencies' deliverables and HTML e-mails:
the report number on summary pages and footers, the office's name spelled out on the cover,
a two-line postal address, the translator's job sheet, conventions and certification, a
client-only notice, a bulletin's box labels, its event promotion and its sender's address.
Every line is written here."""

import pytest
from tests.ingest.furniture import rules_over

from briefdeck.ingest.boilerplate import classify
from briefdeck.ingest.html import html_to_text

STORY = (
    "Inspectors found that three of the five border sensors failed within a month of "
    "being installed, and that the agency had paid for repairs twice."
)


@pytest.mark.parametrize(
    "line",
    [
        "Highlights of OIG-26-418, a report to the Committee on Homeland Security",
        "OIG-26-418 Border Sensor Upkeep",
        "Source: OIG review of agency repair logs. | OIG-26-418",
        "View OIG-26-418. For more information, contact Dana Prior at (555) 010-2233 or "
        "priord@oig.example.",
        "OIG Highlights",
        "1750 Harbor Blvd. N.W.",
        "Tampa, FL 33602",
    ],
)
def test_audit_report_number_lines_and_split_address_are_flagged(line):
    text = f"{line}\n\n{STORY}\n"
    assert rules_over(text, line)
    assert not rules_over(text, STORY)


def test_a_sentence_naming_a_report_number_stays_reporting():
    line = "The inspector general said in report OIG-26-418 that repairs were paid for twice."
    assert not rules_over(f"{STORY}\n\n{line}\n", line)


def test_office_name_spelled_out_over_its_own_report_is_a_letterhead():
    text = (
        "Federal Border Inspection Office\n\nMarch 2027\n\n" + STORY + "\n\nFBIO made two "
        "recommendations to the agency.\n"
    )
    assert rules_over(text, "Federal Border Inspection Office") == ["letterhead"]


def test_office_name_not_used_as_an_acronym_in_the_text_is_left_alone():
    text = "Federal Border Inspection Office\n\n" + STORY + "\n"
    assert not rules_over(text, "Federal Border Inspection Office")


def test_translators_job_sheet_above_the_text_is_flagged_line_by_line():
    sheet = [
        "Order No.\tQX-4471",
        "Client\tNews monitoring unit",
        "Language pair\tKurdish into English",
        "Translator\tR.B.",
        "Word count\t912",
    ]
    text = "\n\n".join(sheet) + "\n\n" + STORY + "\n"
    for line in sheet:
        assert rules_over(text, line) == ["translation notice"], line
    assert not rules_over(text, STORY)


def test_labelled_facts_of_a_report_are_not_a_job_sheet():
    rows = ["Location:\tNorth gate", "Time:\t0410 local", "Casualties:\tTwo wounded"]
    text = "\n\n".join(rows) + "\n\n" + STORY + "\n"
    for line in rows:
        assert "translation notice" not in rules_over(text, line)


@pytest.mark.parametrize(
    "line",
    [
        "Translator's conventions: place names follow the agency's own spelling; dates are "
        "converted to the Gregorian calendar.",
        "Translation certification: I hereby certify that the foregoing is an accurate "
        "rendering of the Kurdish original. R.B., 2 March 2027.",
        "CONFIDENTIAL - for the client's internal use only. Not for onward circulation "
        "without prior written consent. Northbank Language Ltd.",
    ],
)
def test_translators_notes_and_client_only_notice_are_flagged(line):
    text = f"{STORY}\n\n{line}\n"
    assert rules_over(text, line)


def test_confidential_report_quoted_in_a_story_stays_reporting():
    line = ("A confidential assessment seen by reporters said the sensors were not fit for "
            "internal use at the crossing.")
    assert not rules_over(f"{STORY}\n\n{line}\n", line)


def test_bulletin_box_label_and_event_promotion_are_flagged_but_the_analysis_is_not():
    text = (
        f"{STORY}\n\nFEATURED COMMENTARY\n\n{STORY}\n\nUPCOMING EVENTS\n\n"
        "Roundtable: Sensors on the northern border\n\n"
        "Thursday, April 8, 2027, 10:00 am EST. With two former inspectors.\n\n"
        "You are receiving this email because you signed up for our alerts.\n"
    )
    assert rules_over(text, "FEATURED COMMENTARY") == ["section label"]
    for line in ("UPCOMING EVENTS", "Roundtable: Sensors on the northern border",
                 "Thursday, April 8, 2027, 10:00 am EST. With two former inspectors."):
        assert rules_over(text, line) == ["event promotion"], line
    flagged = {(f.start, f.end) for f in classify(text)}
    assert (0, len(STORY)) not in flagged


def test_mailer_address_without_a_street_number_is_flagged_beside_its_footer():
    address = "Northbank Policy Centre, Floor 9, River House, Quay District, Lagos, Nigeria"
    text = (
        f"{STORY}\n\nYou are receiving this email because you signed up for our alerts.\n\n"
        f"{address}\n\nUnsubscribe\n"
    )
    assert rules_over(text, address) == ["postal address"]


def test_list_of_places_in_a_story_is_not_an_address():
    line = "Sensors failed at Ramos, Eagle Pass, Laredo, Del Rio and Presidio"
    assert not rules_over(f"{STORY}\n\n{line}\n\n{STORY}\n", line)


_EMAIL = """<html><body><table role="presentation" width="600"><tr><td>
<p><b>Sensors fail at the border</b></p>
<p>{story}</p>
<p><a href="https://example.org/s">Read more</a></p>
</td></tr><tr><td><p>Unsubscribe</p><p>Copyright 2027 Example Centre.</p></td></tr>
</table></body></html>"""


def test_layout_table_of_an_html_email_reads_as_paragraphs():
    page = html_to_text(_EMAIL.format(story=STORY), "mail.html")
    lines = page.text.split("\n\n")
    assert "Sensors fail at the border" in lines
    assert STORY in lines
    assert not any(line.startswith("|") for line in lines)


def test_data_table_with_short_cells_is_kept_as_a_table():
    rows = "".join(f"<tr><td>Gate {n}</td><td>{n * 3} sensors</td></tr>" for n in range(1, 5))
    page = html_to_text(
        f"<html><body><article><p>{STORY}</p><table>{rows}</table><p>{STORY}</p></article>"
        "</body></html>",
        "data.html",
    )
    assert "Gate 2" in page.text and "6 sensors" in page.text


@pytest.mark.parametrize(
    "line",
    [
        "We are tracking developments over the weekend.",
        "This page is being updated as events unfold.",
    ],
)
def test_live_page_note_to_readers_is_flagged(line):
    assert rules_over(f"{STORY}\n\n{line}\n", line)


def test_officials_saying_they_follow_events_stay_reporting():
    line = "We are following the movements of the armed groups closely, the governor said."
    assert not rules_over(f"{STORY}\n\n{line}\n", line)


def test_data_table_whose_cells_hold_two_short_paragraphs_keeps_its_rows():
    cell = "<td><p>Gate {n}</p><p>north side</p></td><td><p>{m} sensors</p></td>"
    rows = "".join(f"<tr>{cell.format(n=n, m=n * 3)}</tr>" for n in range(1, 5))
    page = html_to_text(
        f"<html><body><article><p>{STORY}</p><table>{rows}</table><p>{STORY}</p></article>"
        "</body></html>",
        "data.html",
    )
    assert any("Gate 2" in line and "6 sensors" in line for line in page.text.split("\n"))
