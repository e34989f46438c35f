"""A headline that names the page (its topic, a colon, the kind of document) states no news:
the report's lede opens the BLUF, not a tally of the attacks it lists. Reports written for
these tests."""

from __future__ import annotations

from briefdeck.extract import draft_briefing
from briefdeck.extract.lede_page_names import page_name
from briefdeck.ingest.article import Article

REGISTER = (
    "Harbour Relief Mission: Staff Safety Register\n\n"
    "Review after the rocket fire at Lowford, 2-3 May 2031\n\n"
    "1. Reason for this review\n\n"
    "Early on Friday, rockets struck the container yard at Lowford, about 3 km from our "
    "Lowford warehouse, wounding four dockers.\n\n"
    "On Saturday, aircraft struck a depot near Ashby; the harbour police said six gunmen were "
    "killed.\n\n"
    "Earlier in the week, a drone hit a lorry on the Ashby-Dunmere road, killing two "
    "drivers.\n")


def test_a_topic_and_a_documents_kind_name_the_page() -> None:
    assert page_name("Harbour Relief Mission: Staff Safety Register")
    assert page_name("Lowford Office: Weekly Incident Report")


def test_a_headline_telling_news_after_a_colon_is_no_page_name() -> None:
    assert not page_name("Lowford: Rockets Hit Container Yard")
    assert not page_name("Under fire: how the Lowford dockers kept the yard open")


def test_the_lede_under_a_page_name_opens_the_bluf() -> None:
    bluf = draft_briefing(Article(text=REGISTER,
                                  headline="Harbour Relief Mission: Staff Safety Register"),
                          published="2031-05-05").narrative.bluf
    assert bluf.startswith("Early on Friday, rockets struck the container yard at Lowford")
    assert "attacks or strikes reported" not in bluf
