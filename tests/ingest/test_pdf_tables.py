"""A PDF text layer that gives a table one cell per line: its rows rebuilt, cells joined by
tabs. Every line here is written for the test."""

from briefdeck.ingest.pdf import reflow

CELLS = ["Date", "Town", "Event", "Killed", "Injured",
         "02/05/2026", "Karvel", "Ambush", "2", "1",
         "03/05/2026", "Ostra", "Shelling", "0", "4",
         "TOTAL", "2 events", "2", "5"]


def test_a_table_given_one_cell_per_line_is_read_a_row_per_line():
    page = "\n".join(["INCIDENTS", *CELLS, "Figures are provisional and may change later."])
    text = reflow(page)
    assert "Date\tTown\tEvent\tKilled\tInjured" in text.split("\n\n")
    assert "02/05/2026\tKarvel\tAmbush\t2\t1" in text.split("\n\n")
    assert "03/05/2026\tOstra\tShelling\t0\t4" in text.split("\n\n")
    assert "TOTAL\t2 events\t2\t5" in text.split("\n\n")


def test_short_lines_without_a_recurring_date_stay_as_they_are():
    lines = ["Contents", "Summary", "Background", "Findings", "Annex A", "Annex B",
             "Glossary", "Contacts"]
    assert "\t" not in reflow("\n".join(lines))


def test_a_running_footer_with_its_page_number_never_joins_the_paragraph_above():
    page = (
        "Restricted: for partner agencies only. This note may not be shared further.\n"
        "Valley Monitor Weekly No. 12 | Page 2 of 3\n"
        "Patrols resumed on the southern road after the bridge was repaired on Tuesday.\n"
    )
    assert "\n\nValley Monitor Weekly No. 12 | Page 2 of 3\n\n" in reflow(page)
