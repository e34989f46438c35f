"""A count the page would show twice, as a figure line and inside the quote that says it, is
shown once: the quote, which also says whose words they are."""

from __future__ import annotations

from briefdeck.compose.page import page_outline
from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article

REPORT = (
    "Drone strikes Port Ardent fuel depot\n\n"
    "A drone struck the fuel depot at Port Ardent in Iraq on Sunday night, the navy said.\n\n"
    "In a statement, navy spokesman Lt. Cmdr. Rhea Tallis said: \"Three sailors suffered "
    "minor burns and are being treated at the base clinic.\"\n\n"
    "Fire crews put out the blaze within an hour.\n"
)


def _facts() -> list:
    article = Article(text=REPORT, boilerplate=[], headline="Drone strikes Port Ardent fuel "
                      "depot", outlet="", byline="", published="2026-12-08", url="", path="",
                      format="txt", warnings=[])
    return list(page_outline(draft_briefing(article, published="2026-12-08"),
                             include_drafts=True).facts)


def test_the_count_is_shown_once_under_the_speakers_name():
    lines = [f"{f.kind}|{f.lead}|{f.text}" for f in _facts() if "burns" in f.text]
    assert len(lines) == 1 and lines[0].startswith("quotes|"), lines


def test_the_quote_ranks_as_the_count_it_took_over():
    quote = next(f for f in _facts() if "burns" in f.text)
    figure_rank = 45  # an unlabelled figure's weight; a quote alone weighs 40
    assert quote.weight >= figure_rank
