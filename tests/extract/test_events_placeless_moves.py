"""A dated withdrawal, handover or deployment told with no named place is still an event;
a planned or general move with no place is not."""

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _events(text: str, published: str = "2026-05-20"):
    return draft_briefing(Article(text=text, path="t.txt", format="txt"),
                          published=published).facts.events


def test_dated_pullout_without_a_named_place_is_an_event():
    events = _events("The marines pulled out of most hill villages on April 9, 2026.")
    assert [(e.date, e.kind) for e in events] == [("2026-04-09", "withdrawal")]


def test_timeline_entry_move_without_a_place_is_an_event():
    events = _events("- **March 2, 2026** — The brigade pulls out of the valley towns "
                     "but keeps a few soldiers at two posts.")
    assert ("2026-03-02", "withdrawal") in [(e.date, e.kind) for e in events]


def test_planned_move_without_a_place_is_not_an_event():
    assert _events("The unit had been due to head home this month.") == []
    assert _events("An official said the decision to consolidate was taken last week.") == []


def test_general_move_without_a_place_is_not_an_event():
    events = _events("Costs keep rising even as launchers are withdrawn, he wrote on May 3, 2026.")
    assert [e for e in events if e.kind == "withdrawal"] == []
