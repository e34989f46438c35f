"""Shared probe for the boilerplate tests: which rules flag a given line of a made-up page."""

from briefdeck.ingest.boilerplate import classify


def rules_over(text: str, line: str) -> list[str]:
    """The rules whose flagged span covers the whole of `line` in `text`."""
    start = text.index(line)
    return [f.rule for f in classify(text) if f.start <= start and start + len(line) <= f.end]
