"""Titles, dates and issuers read from the header fields of scripts, cables, subtitle files,
committee papers and live-updates pages, never from their furniture lines."""

from briefdeck.ingest import article_from_text
from briefdeck.ingest.boilerplate import find_boilerplate
from briefdeck.ingest.format_headers import file_name_date, header_issuer, script_title
from briefdeck.ingest.live_page_dates import last_update
from briefdeck.ingest.metadata import metadata_from_text

STORY = "Officials said a depot near the river was hit by two drones and nobody was hurt.\n"


def _meta(text: str):
    return metadata_from_text(text, find_boilerplate(text))


def test_a_script_is_titled_by_its_slug_not_its_rundown_page():
    text = ("KXYZ LATE NEWS 10P — RUNDOWN PAGE C2\n\nSLUG: HARBOUR DEPOT FIRE\n\n"
            "DATE: 03/04/27   WRITER: LEE   PROD: ODUYA\n\n" + STORY)
    found = _meta(text)
    assert found.headline == "HARBOUR DEPOT FIRE"
    assert found.outlet == "KXYZ"


def test_a_slug_among_routing_fields_is_no_title_but_the_hed_line_is():
    assert script_title("SLUG: DEPOT-FIRE   DESK: METRO   ED: RB") == ""
    text = ("KICKER: RIVERSIDE\nHED: Depot fire keeps firefighters busy all night\n"
            "DEK: Crews from three towns helped\n\n" + STORY)
    assert _meta(text).headline == "Depot fire keeps firefighters busy all night"


def test_a_cable_names_its_embassy_as_the_source():
    assert header_issuer("FM AMEMBASSY NICOSIA") == "U.S. Embassy Nicosia"
    assert header_issuer("FM AMCONSUL ERBIL") == "U.S. Consulate Erbil"
    assert header_issuer("FM the river came up") == ""
    text = ("O 040912Z MAR 27\nFM AMEMBASSY NICOSIA\nTO SECSTATE WASHDC IMMEDIATE\n"
            "SUBJECT: CYPRUS: DRONE HITS PORT DEPOT\n\n" + STORY)
    assert _meta(text).outlet == "U.S. Embassy Nicosia"


def test_a_committee_paper_is_dated_by_its_submission_line():
    text = ("Written Questions for Jo Ames\n\nNominee for Director of Plans "
            "Submitted to the Committee: March 4, 2027\n\n" + STORY)
    assert _meta(text).published == "2027-03-04"


def test_a_sentence_about_a_submission_dates_nothing():
    text = ("Depot fire keeps crews busy\n\nThe rebuilding plan for the depot was submitted "
            "to the council on March 4, 2027 by the mayor and two of her deputies.\n")
    assert _meta(text).published == ""


def test_a_subtitle_file_name_dates_the_programme_in_the_reading_its_copyright_year_gives():
    head = ["XYZ_NEWS_DEPOT_PKG_040327_v2_EN.srt"]
    assert file_name_date(head, "(c) XYZ Broadcasting Ltd 2027") == "2027-03-04"
    assert file_name_date(head, "") == ""  # day first or year first: no year to tell
    assert file_name_date(["depot_20270304_final.srt"], "") == "2027-03-04"
    assert file_name_date(["see the clip 040327 tonight"], "2027") == ""


def test_a_pasted_subtitle_file_reads_its_date_and_its_broadcaster():
    text = ("XYZ_NEWS_DEPOT_PKG_040327_v2_EN.srt\n\n1\n00:00:00,000 --> 00:00:03,000\n"
            "XYZ NEWS TONIGHT\n\n2\n00:00:03,100 --> 00:00:07,000\n"
            "Officials said a depot near the river was hit by two drones.\n\n"
            "3\n00:00:07,100 --> 00:00:09,000\nNobody was hurt.\n\n4\n"
            "00:00:09,100 --> 00:00:12,000\nSubtitles by XYZ Access\n"
            "(c) XYZ Broadcasting Ltd 2027\n")
    article = article_from_text(text)
    assert article.published == "2027-03-04"
    assert article.outlet == "XYZ Broadcasting"


def test_a_live_page_is_dated_by_its_last_update():
    nodes = ["News / Live", "Live updates: Depot fire", "Last updated: 05.03.2027, 08:10", "08:10"]
    assert last_update("Live updates: Depot fire", nodes) == "2027-03-05"
    assert last_update("Depot fire keeps crews busy", nodes) == ""  # a story's update note
