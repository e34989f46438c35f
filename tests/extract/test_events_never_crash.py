"""Shapes of text that once stopped the whole draft: every one must draft, with sound spans.

Every text here is written for these tests.
"""

from __future__ import annotations

from datetime import date

from briefdeck.extract import draft_briefing
from briefdeck.extract.dates import find_dates
from briefdeck.extract.event_dates import split_by_dates
from briefdeck.ingest.article import Article


def _events(text: str, published: str):
    return draft_briefing(Article(text=text), published=published).facts.events


def test_a_date_told_before_the_clause_leaves_no_span_ending_before_it_starts():
    text = ("The security cell reported, on Thursday, the discovery of a rocket launcher in "
            "the orchards south of the capital, which was used in the attack that took place "
            "last night near the airport.\n\n"
            "The cell said the rockets were fired at 10:40 pm on Wednesday and caused no "
            "casualties.\n")
    events = _events(text, "2025-06-12")
    assert events
    for ev in events:
        assert ev.provenance.start <= ev.provenance.end
        assert text[ev.provenance.start:ev.provenance.end].strip()


def test_pieces_split_by_dates_never_run_backwards():
    text = "On Monday the base was hit, and on Tuesday the depot was struck by drones."
    dates = find_dates(text, date(2025, 6, 12))
    clause_start = text.index("the base")
    for start, end, _ in split_by_dates(clause_start, len(text), dates):
        assert start <= end


def test_a_month_only_opening_toll_then_site_tolls_drafts():
    text = ("Weekly incident review\n\n"
            "In September, militia attacks on coalition sites killed two contractors and "
            "wounded five soldiers.\n\n"
            "At the airport, a drone wounded three soldiers on 14 September.\n\n"
            "Later, officials said six people had been wounded in all.\n")
    events = _events(text, "2025-10-06")
    assert any(ev.date == "2025-09-14" for ev in events)
