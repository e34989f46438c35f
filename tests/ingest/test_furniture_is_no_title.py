"""Furniture is no title: a file name, a record's bracketed catalogue line, a message's
routing, a chapter's numbered heading, a running head that sets the period first."""

from briefdeck.ingest.file_name_titles import is_file_name
from briefdeck.ingest.headlines import find_headline
from briefdeck.ingest.markdown import markdown_to_text
from briefdeck.ingest.report_parts import dated_head_title


def _lines(*texts, flagged=()):
    return [(t, i in flagged) for i, t in enumerate(texts)]


def test_a_file_name_or_a_repository_slug_is_no_title():
    assert is_file_name("harbour_log_march.ipynb")
    assert is_file_name("drone-strike-tracker")
    assert not is_file_name("Drone strikes rise along the border")
    assert not is_file_name("Update")


def test_a_notebook_headed_by_its_file_name_has_no_headline_hint():
    converted = markdown_to_text("# harbour_log_march.ipynb\n\nSome notes on the harbour.\n")
    assert converted.hints.get("headline", "") == ""
    titled = markdown_to_text("# Harbour incidents in March\n\nSome notes.\n")
    assert titled.hints["headline"] == "Harbour incidents in March"


def test_a_bracketed_catalogue_line_is_skipped_for_the_title_below():
    lines = _lines(
        "[Parliamentary Record Volume 9, Number 4 (Monday, May 4, 2026)]",
        "[Upper House]",
        "CONVOY ATTACKS NEAR THE BORDER CROSSING",
        "The member rose to speak about the convoy attacks this week and asked why.",
    )
    assert find_headline(lines) == ("CONVOY ATTACKS NEAR THE BORDER CROSSING", 2)


def test_a_military_message_is_titled_by_its_subject_set():
    lines = _lines(
        "P 031200Z MAR 27",
        "FM TASK FORCE NORTH OPS CELL",
        "TO HQ J3 PLANS",
        "BT",
        "SUBJ/INCIDENT REPORT - ROCKET FIRE NEAR CAMP DELTA, 03 MAR 27//",
        "RMKS/",
    )
    assert find_headline(lines) == ("INCIDENT REPORT - ROCKET FIRE NEAR CAMP DELTA, 03 MAR 27", 0)


def test_a_chapter_heading_gives_way_to_the_report_title_in_its_running_head():
    lines = _lines(
        "Harbour security after the raids",
        "Third Report of Session",
        "Harbour security after the raids",
        "3 Patrol boats and their crews",
        "21. The committee heard that patrol boats were short of crews all year.",
        flagged=(0, 1, 2),
    )
    assert find_headline(lines) == ("Harbour security after the raids", 0)


def test_a_headline_that_starts_with_a_number_is_still_a_headline():
    lines = _lines(
        "4 sailors hurt as drone strikes patrol boat",
        "Four sailors were hurt when a drone struck a patrol boat on Monday.",
    )
    assert find_headline(lines)[0] == "4 sailors hurt as drone strikes patrol boat"


def test_a_running_head_with_the_period_first_names_the_report_then_its_period():
    assert (
        dated_head_title("APRIL 1, 2026-JUNE 30, 2026 | QUARTERLY REPORT TO PARLIAMENT")
        == "QUARTERLY REPORT TO PARLIAMENT, APRIL 1, 2026-JUNE 30, 2026"
    )
    assert (
        dated_head_title("Levant Update, November 14, 2024") == "Levant Update, November 14, 2024"
    )
