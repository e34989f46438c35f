"""Publication dates read from stamp-shaped lines only, never from a story's sentences."""

from briefdeck.ingest.boilerplate import find_boilerplate
from briefdeck.ingest.metadata import metadata_from_text


def _published(text: str) -> str:
    return metadata_from_text(text, find_boilerplate(text)).published


STORY = "Officials said a depot near the river was hit by two drones and nobody was hurt.\n"


def test_a_numeric_stamp_line_reads_day_first():
    assert (
        _published("Ferry service halted after port fire\n05.04.2027 09:30\n" + STORY)
        == "2027-04-05"
    )


def test_a_numeric_stamp_reads_month_first_only_when_day_first_is_impossible():
    assert _published("Ferry service halted after port fire\n04.25.2027\n" + STORY) == "2027-04-25"


def test_a_dashed_stamp_with_its_update_time():
    text = "Ferry service halted after port fire\n05-04-2027  Updated at 11:20 AM\n" + STORY
    assert _published(text) == "2027-04-05"


def test_a_release_opening_on_its_city_and_numeric_date():
    text = "Press release\nFerry service halted after port fire\nLyon, 03.02.2027.\n" + STORY
    assert _published(text) == "2027-02-03"


def test_a_labelled_issue_date_inside_a_header_row():
    text = (
        "Harbour Watch Bulletin\nIssue 7/2027 | Period: 1-6 March 2027 | "
        "Issued: Friday, 7 March 2027 "
        "Compiled by the harbour desk\n" + STORY
    )
    assert _published(text) == "2027-03-07"


def test_a_stamp_line_with_its_update_gives_the_first_publication():
    text = (
        "Ferry service halted after port fire\nApril 5, 2027, 8:10 AM EDT / Updated April 6, 2027, "
        "1:00 PM EDT\n" + STORY
    )
    assert _published(text) == "2027-04-05"


def test_a_tightly_written_update_stamp():
    assert (
        _published("Ferry service halted after port fire\nLast updated at Apr 5,2027\n" + STORY)
        == "2027-04-05"
    )


def test_an_agency_dateline_after_another_calendars_date():
    text = (
        "Ferry service halted after port fire\nJeddah, Ramadan 9, 1449, February 14, 2028, XNA -- "
        "The port authority said a fire broke out on a pier overnight.\n"
    )
    assert _published(text) == "2028-02-14"


def test_a_date_taken_line_is_no_publication_stamp():
    assert (
        _published("Ferry service halted after port fire\nDate taken: 05.04.2027\n" + STORY) == ""
    )


def test_a_numeric_date_inside_a_sentence_is_no_stamp():
    text = (
        "Ferry service halted after port fire\n"
        "The fire began on 05.04.2027 at the east pier, officials said.\n"
    )
    assert _published(text) == ""


def test_a_summary_box_date_running_to_the_present_is_no_stamp():
    text = (
        "River crossings campaign\n| Date | 2 March 2027 – present |\n| Place | Delta region |\n"
        + STORY
    )
    assert _published(text) == ""


def test_a_two_digit_year_alone_is_not_read_as_a_date():
    assert _published("Ferry service halted after port fire\n12.10.27\n" + STORY) == ""
