"""An office symbol and date line, or a report-kind heading, is no title: the SUBJECT line or
the report's Loss/Subject field says what the paper is about. Texts written for these tests."""

from briefdeck.ingest.form_titles import form_title
from briefdeck.ingest.metadata import metadata_from_text


def _title(text: str) -> str:
    return metadata_from_text(text, []).headline


def test_an_office_symbol_and_date_line_gives_way_to_the_subject_line():
    text = (
        "INFORMATION PAPER\n\nXCOM-G3-OPS\t3 March 2026\n\n"
        "SUBJECT: Force Protection at Camp Rell After the 1 March Rocket Attack\n\n"
        "1. Purpose. To inform the commander of the facts of the rocket attack.\n"
    )
    assert _title(text) == "Force Protection at Camp Rell After the 1 March Rocket Attack"


def _lines(*texts):
    return [(t, False) for t in texts]


def test_a_report_kind_heading_gives_way_to_the_loss_field():
    lines = _lines(
        "INTERIM REPORT (REPORT No. 2)",
        "Insured: Tessal Logistics LLC | Loss: Rocket damage to Hangar 3, Camp Rell"
        " | Date of loss:",
        "1 March 2026",
        "1. Instructions",
    )
    assert form_title(lines, lines[0][0], 0) == "Rocket damage to Hangar 3, Camp Rell"


def test_a_report_heading_without_a_subject_field_gives_no_other_title():
    lines = _lines("FINAL REPORT", "The committee met on 4 March 2026 and agreed its findings.")
    assert form_title(lines, lines[0][0], 0) == ""
    # (a heading that only looks like one: a report's own title stays its title)
    assert (
        form_title(_lines("Report on drone attacks", "Loss: none"), "Report on drone attacks", 0)
        == ""
    )
