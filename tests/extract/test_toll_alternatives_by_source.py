"""Counts of one strike labelled by different sources are alternatives, never summed."""

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article

_BASE = (
    "Depot hit\n\nAircraft bombed a rebel arms store outside Sadr Town on 4 March. "
    "Rebel statement: five fighters killed. Hospital sources told Radio Dal: two killed, "
    "six wounded."
)


def _tolls(text: str) -> list[tuple[int, int]]:
    b = draft_briefing(Article(text=text, path="n.txt", format="txt"), published="2026-03-06")
    return [(e.killed or 0, e.wounded or 0) for e in b.facts.events]


def test_two_sources_counts_are_not_added():
    assert _tolls(_BASE) == [(5, 6)]


def test_the_count_the_note_goes_by_stands():
    assert _tolls(_BASE + " Using rebel figure until confirmed.") == [(5, 0)]
