"""A toll keeps the qualifier it was reported with ("at least three killed", "more than 40
wounded"), so that no page or slide firms it up; a sum of exact counts stays exact. Articles
written for these tests."""

from __future__ import annotations

from briefdeck.extract import draft_briefing
from briefdeck.extract.toll_qualifiers import row_qualifier
from briefdeck.ingest.article import Article


def _events(text: str, published: str = "2024-01-29"):
    return draft_briefing(Article(text=text), published=published).facts.events


def test_the_qualifier_is_read_from_the_count_as_written():
    assert row_qualifier("more than 40") == "more than"
    assert row_qualifier("At least  twelve") == "at least"
    assert row_qualifier("as many as 30") == "up to"
    assert row_qualifier("nearly a dozen") == "about"
    assert row_qualifier("12") == "exact" and row_qualifier("") == "exact"


def test_an_attack_keeps_at_least_and_more_than_on_each_count():
    (ev,) = _events("At least three soldiers were killed and more than 40 others wounded when "
                    "a drone struck an outpost near Rutba on Sunday, officials said.")
    assert (ev.killed, ev.killed_qualifier) == (3, "at least")
    assert (ev.wounded, ev.wounded_qualifier) == (40, "more than")


def test_exact_counts_stay_exact_and_about_stays_about():
    (ev,) = _events("Rockets hit a fuel depot in Basra on Saturday, killing two guards and "
                    "wounding about 12 workers, the port authority said.")
    assert (ev.killed, ev.killed_qualifier) == (2, "exact")
    assert (ev.wounded, ev.wounded_qualifier) == (12, "about")


def test_the_bluf_says_at_least_too():
    b = draft_briefing(Article(text="At least three soldiers were killed when a drone struck "
                                    "an outpost near Rutba on Sunday, officials said."),
                       published="2024-01-29")
    assert "at least three" in b.narrative.bluf.lower() or "at least 3" in b.narrative.bluf
