"""Article: what ingest hands to extraction: clean text, boilerplate spans, metadata."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Article:
    text: str  # the article as read, control characters removed; boilerplate kept in place
    boilerplate: list[tuple[int, int]] = field(default_factory=list)  # (start, end) spans
    headline: str = ""
    outlet: str = ""
    byline: str = ""
    published: str = ""  # ISO date YYYY-MM-DD when known
    issue_month: str = ""  # YYYY-MM when the page is dated by its month alone (no published)
    url: str = ""
    path: str = ""  # the file it came from ('' when pasted)
    format: str = "txt"  # txt, md, html, pdf, docx, email, feed, pasted
    warnings: list[str] = field(default_factory=list)  # things the user should know

    def is_boilerplate(self, start: int, end: int) -> bool:
        """True when [start, end) lies inside a boilerplate span."""
        return any(s <= start and end <= e for s, e in self.boilerplate)
