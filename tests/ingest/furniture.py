"""Shared probes for the boilerplate tests: which rules flag a given line of a made-up page,
and a made-up saved page read as the app reads it."""

from pathlib import Path

from briefdeck.ingest import read_article
from briefdeck.ingest.boilerplate import classify


def rules_over(text: str, line: str) -> list[str]:
    """The rules whose flagged span covers the whole of `line` in `text`."""
    start = text.index(line)
    return [f.rule for f in classify(text) if f.start <= start and start + len(line) <= f.end]


def is_flagged(text: str, line: str) -> bool:
    """Some rule flags the whole of `line` in `text`."""
    return bool(rules_over(text, line))


def read_page(tmp_path: Path, name: str, markup: str):
    """A made-up page saved under `name` and read by read_article."""
    path = tmp_path / name
    path.write_text(markup, encoding="utf-8")
    return read_article(path)
