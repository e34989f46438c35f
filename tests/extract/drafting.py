"""A few sentences drafted as a whole article, for tests that look at one kind of fact."""

from __future__ import annotations

from typing import Any

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


class Drafts:
    """Drafts of short texts published on one day; `heading` opens each text with a title
    line, as articles have, so the first sentence is not read as the headline."""

    def __init__(self, published: str, heading: str = "") -> None:
        self.published = published
        self.heading = heading

    def facts(self, text: str) -> Any:
        body = f"{self.heading}\n\n{text}\n" if self.heading else text
        article = Article(text=body, boilerplate=[], headline="Test report", outlet="",
                          byline="", published=self.published, url="", path="", format="txt",
                          warnings=[])
        return draft_briefing(article, published=self.published).facts

    def people(self, text: str) -> dict[str, str]:
        return {p.name: p.title for p in self.facts(text).people}

    def speakers(self, text: str) -> dict[str, str]:
        return {q.text[:20]: q.speaker for q in self.facts(text).quotes}

    def sources(self, text: str) -> list[tuple[str, int | None, str]]:
        return [(a.kind, a.count, a.text) for a in self.facts(text).attributions]

    def figures(self, text: str) -> list[tuple[float, str]]:
        return [(f.value, f.unit) for f in self.facts(text).figures]

    def systems(self, text: str) -> list[str]:
        return [s.name for s in self.facts(text).systems]

    def organizations(self, text: str) -> dict[str, list[str]]:
        return {o.name: o.aliases for o in self.facts(text).organizations}


def article_facts(text: str, published: str) -> Any:
    """The facts drafted from text taken as a whole article body, nothing else known of it."""
    return draft_briefing(Article(text=text), published=published).facts


def drafted_events(text: str, published: str) -> list[Any]:
    """The events drafted from text read as a whole article (its first line the headline)."""
    from briefdeck.ingest import article_from_text

    return draft_briefing(article_from_text(text), published).facts.events


def day_tolls(events: list[Any]) -> list[tuple[str | None, int, int]]:
    """(date, killed, wounded) of each event, unknown tolls as 0."""
    return [(e.date, e.killed or 0, e.wounded or 0) for e in events]


def note_events(text: str, published: str) -> list[Any]:
    """The events drafted from text read as a plain-text note."""
    article = Article(text=text, path="note.txt", format="txt")
    return draft_briefing(article, published=published).facts.events


def casualty_totals(text: str) -> tuple[int, int]:
    """(killed, wounded) that find_casualties counts in the whole text, unknown counts as 0."""
    from briefdeck.extract.casualties import find_casualties

    found = find_casualties(text, 0, len(text))
    return (sum(c.count or 0 for c in found if c.kind == "killed"),
            sum(c.count or 0 for c in found if c.kind == "wounded"))
