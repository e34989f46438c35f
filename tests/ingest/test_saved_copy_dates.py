"""When a copy of a changing page was made: a feed export's own stamp, a docket sheet's
receipt (or latest entry) over the case's filing date, a report's own date field in a row of
fields, and no date for a page created on one day and saved on a day it never writes."""

from briefdeck.ingest import article_from_text

_STORY = "Two rockets fell near the harbour wall on Monday night and nobody was hurt, police said."


def _published(*lines: str) -> str:
    return article_from_text("\n\n".join(lines)).published


def test_a_feed_export_is_dated_by_its_export_stamp_not_its_first_item():
    assert (
        _published(
            "NORTHWIND PICTURES :: caption export",
            "Feed: NW-GULF | Exported: 09 Mar 2027 14:05 GMT | Items: 2",
            "[1] SLUG: PORT/",
            "Ref: NW20270308-1 | Transmitted: 08 Mar 2027 06:10 GMT | Priority: 2",
            "Headline: Rockets fall near harbour",
            "Caption: " + _STORY,
        )
        == "2027-03-09"
    )


def test_an_app_export_line_is_no_export_stamp():
    assert (
        _published(
            "Exported from the Field Notes app, version 3.1",
            "Harbour notes",
            "Published 4 April 2027",
            _STORY,
        )
        == "2027-04-04"
    )


_DOCKET = [
    "U.S. District Court",
    "CRIMINAL DOCKET FOR CASE #: 1:27-cr-00101-ABC-1",
    "Case title: USA v. Doe et al                Date Filed: 02/10/2027",
    "Date Filed     #   Docket Text",
    "02/10/2027     1   INDICTMENT as to John Doe (1) count(s) 1. (Entered: 02/11/2027)",
    "03/02/2027     2   ORDER setting a status conference. (Entered: 03/03/2027)",
]


def test_a_docket_sheet_is_dated_by_its_receipt_not_the_filing_date():
    receipt = [
        "PACER Service Center",
        "Transaction Receipt",
        "03/05/2027 09:14:02",
        "Billable Pages:  2",
    ]
    assert _published(*_DOCKET, *receipt) == "2027-03-05"


def test_a_docket_sheet_without_a_receipt_is_dated_by_its_latest_entry():
    assert _published(*_DOCKET) == "2027-03-03"


def test_a_receipt_without_clerks_entries_dates_nothing_of_its_own():
    assert (
        _published(
            "Harbour repairs begin",
            "Published 6 May 2027",
            _STORY,
            "Transaction Receipt",
            "05/09/2027 10:00:00",
        )
        == "2027-05-06"
    )


def test_a_report_is_dated_by_its_own_date_field_not_the_loss_date_before_it():
    assert (
        _published(
            "PRELIMINARY REPORT",
            "Insured: Harbour Stores Ltd | Loss: Fire at shed 4 | Date of loss:",
            "3 February 2027 | Date of report: 17 February 2027",
            _STORY,
        )
        == "2027-02-17"
    )


def test_a_page_created_earlier_with_updates_stamped_by_age_has_no_date():
    assert (
        _published(
            "Help the Moreno family rebuild",
            "Created March 1, 2027",
            _STORY,
            "Update #2 · 2 days ago by Ana Moreno, Organizer",
            "The roof is covered again.",
            "Update #1 · March 3, 2027 by Ana Moreno, Organizer",
            "Thank you all.",
        )
        == ""
    )


def test_a_created_date_alone_still_dates_the_page():
    assert (
        _published("Help the Moreno family rebuild", "Created March 1, 2027", _STORY)
        == "2027-03-01"
    )
