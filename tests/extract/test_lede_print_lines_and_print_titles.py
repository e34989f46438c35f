"""A congressional print's masthead, print line and run-in headings are furniture: the title is
the bill's name in capitals under the masthead, and the BLUF opens on the report's words."""

from __future__ import annotations

from briefdeck.extract import draft_briefing
from briefdeck.extract.document_titles import own_title
from briefdeck.extract.lede_furniture import print_line
from briefdeck.ingest.article import Article

PRINT = """118th Congress                                 Rept. 118-900
                     HOUSE OF REPRESENTATIVES
 1st Session                                             Part 1

              WIDGET READINESS AUTHORIZATION ACT, 2025

   June 2, 2025.--Committed to the Committee of the Whole House
      on the State of the Union and ordered to be printed

WIDGET STOCKS.--The Committee is concerned that drone attacks on coalition bases in the
region have used up most of the interceptors the Army holds for its forward batteries.
"""


def test_the_masthead_gives_way_to_the_bills_name():
    assert own_title(PRINT, "118th Congress Rept. 118-900") == (
        "WIDGET READINESS AUTHORIZATION ACT, 2025"
    )
    assert own_title("Plain story text.", "Drones hit a base") == ""


def test_the_print_line_is_furniture():
    assert print_line(
        "June 2, 2025.--Committed to the Committee of the Whole House on the "
        "State of the Union and ordered to be printed"
    )
    assert not print_line("The Committee is concerned that interceptors are running short.")


def test_the_bluf_opens_on_the_reports_words_without_its_heading():
    briefing = draft_briefing(
        Article(text=PRINT, headline="118th Congress Rept. 118-900"), published="2025-06-02"
    )
    bluf = briefing.narrative.bluf
    assert "Committed to the Committee" not in bluf
    assert not bluf.startswith("WIDGET STOCKS")
