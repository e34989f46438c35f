"""Outlets and dates of records: a footer's copyright line with its menu cells, a writer's own
copyright, a radio log's period in date-time groups, a Q&A page's latest card stamp, a military
letterhead's command and an organisation heading its own form."""

import pytest

from briefdeck.ingest import article_from_text, credits
from briefdeck.ingest.document_issuers import army_letterhead, named_organisation
from briefdeck.ingest.qa_page_dates import last_edit
from briefdeck.ingest.radio_logs import log_period_end

STORY = (
    "Engineers reopened the damaged pumping station outside the river town on Thursday, two "
    "days after a drone strike cut the supply, the district governor said.\n\n"
    "Water was flowing again by the evening, although the eastern quarter will stay on "
    "tankers until the second pump is replaced, the utility said."
)


# --- copyright lines ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("© 2026 Kindfund   Terms   Privacy notice   Legal", "Kindfund"),
        ("© 2026 Kindfund · About · Help", "Kindfund"),
        ("Copyright © Harbor Council | Terms of Use | Privacy", "Harbor Council"),
        ("© 2026 Harbor Ledger Media Ltd. All rights reserved. | Terms", "Harbor Ledger"),
        ("© Stichting Open Lens 2026 | Privacy", "Open Lens"),
    ],
)
def test_copyright_holder_ends_where_the_footer_menu_begins(line, holder):
    assert credits.copyright_holder(line) == holder


def test_footer_copyright_with_menu_cells_names_the_site_alone():
    footer = "© 2026 Kindfund   Terms   Legal"
    text = f"Kindfund\n\nPumping station back after strike\n\n{STORY}\n\n{footer}"
    assert article_from_text(text).outlet == "Kindfund"


def test_a_writers_own_copyright_is_no_outlet():
    text = (
        "Pumping station back after strike\n\nNora Vale\nMar 3, 2026\n\n"
        f"{STORY}\n\n© 2026 Nora Vale · Privacy · Terms"
    )
    assert article_from_text(text).outlet == ""


# --- a radio log's period ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("LOG PERIOD: 211800C NOV 26 - 220800C NOV 26 | SHEET 1 OF 1", "2026-11-22"),
        ("JOURNAL PERIOD: 301900Z DEC 25 - 010700Z JAN 26", "2026-01-01"),
        ("Period covered: 041200B MAR 2027 - 050000B MAR 2027", "2027-03-05"),
        ("LOG PERIOD: 211800C - 220800C", ""),  # no month nor year: no day
        ("LOG PERIOD: 321800C NOV 26", ""),  # no such day
        ("Reporting period: 1-7 March 2026", ""),
    ],
)
def test_log_period_dates_the_log_by_its_end(line, day):
    assert log_period_end(["NET LOG", line]) == day


def test_net_log_is_published_on_its_period_end():
    text = (
        "1ST BN - COMMAND NET - RTO LOG\n"
        "LOG PERIOD: 091800D APR 27 - 100600D APR 27\n"
        "TIME(D) | FROM | TO | MESSAGE | ACTION\n"
        "1805 | KILO TOC | ALL | RADIO CHECK, OVER. | NET OPEN\n"
        "2210 | FALCON 3 | KILO TOC | CONTACT. 1X WIA. SEND MEDEVAC, OVER. | ROGER\n"
        "0140 | FALCON 3 | KILO TOC | PATIENT HANDED OVER, RTB, OVER. | ROGER\n"
        "0600 | KILO TOC | ALL | LOG CLOSED. | \n"
    )
    assert article_from_text(text).published == "2027-04-10"


# --- a Q&A page's latest card stamp --------------------------------------------------------


def test_qa_page_is_dated_by_its_latest_card_stamp_in_the_footer_year():
    nodes = [
        "Asked 3 days ago | Modified today",
        "asked Mar 2 at 09:10 pebble_user 310 2",
        "edited Mar 5 at 16:40 | answered Mar 3 at 11:02 river_fox 2,004 1 9",
        "answered Mar 4 at 08:15 lowtide 77",
        "Site design / logo © 2027 Example Exchange Inc; contributions licensed under CC BY-SA.",
    ]
    assert last_edit(nodes) == "2027-03-05"


def test_qa_page_without_its_year_gets_no_date():
    nodes = ["asked Mar 2 at 09:10 pebble_user", "answered Mar 3 at 11:02 river_fox"]
    assert last_edit(nodes) == ""


def test_qa_stamps_with_their_own_year_need_no_footer():
    nodes = ["asked Dec 30, 2025 at 09:10 pebble_user", "answered Jan 2, 2026 at 11:02 fox"]
    assert last_edit(nodes) == "2026-01-02"


def test_answers_without_a_question_are_no_qa_page():
    nodes = ["answered Mar 3 at 11:02 river_fox", "answered Mar 4 at 08:15 lowtide", "© 2027 X"]
    assert last_edit(nodes) == ""


# --- issuers of letters and forms ----------------------------------------------------------


def test_army_letterhead_names_the_headquarters_command():
    lines = [
        "Page 1 of 3",
        "DEPARTMENT OF THE ARMY",
        "HEADQUARTERS, U.S. ARMY EUROPE",
        "OFFICE OF THE STAFF JUDGE ADVOCATE",
        "12 May 2027",
    ]
    assert army_letterhead(lines) == "U.S. Army Europe"


def test_department_line_without_a_headquarters_names_no_command():
    assert army_letterhead(["DEPARTMENT OF THE NAVY", "Memorandum for the record"]) == ""


@pytest.mark.parametrize(
    ("lines", "issuer"),
    [
        (
            ["INTERNAL USE ONLY", "RIVER VALLEY AID COALITION (RVAC)", "SECURITY REPORT (SR)"],
            "River Valley Aid Coalition",
        ),
        (
            ["NORTH-WEST DELTA NGO LIAISON OFFICE (NWDLO)", "DAILY NOTE"],
            "North-West Delta NGO Liaison Office",
        ),
        (["SERIOUS INCIDENT REPORT (SIR)"], ""),  # the form's own title
        (["HARBOR SAFETY OFFICE (XYZ)"], ""),  # initials of another name
    ],
)
def test_organisation_heading_its_own_form_is_the_issuer(lines, issuer):
    assert named_organisation(lines, "") == issuer


def test_form_headed_by_its_organisation_gets_that_outlet():
    text = (
        "RIVER VALLEY AID COALITION (RVAC)\n\nSECURITY INCIDENT REPORT (SIR)\n\n"
        "Report reference\tRVAC-2027-12\n\n" + STORY
    )
    assert article_from_text(text).outlet == "River Valley Aid Coalition"
