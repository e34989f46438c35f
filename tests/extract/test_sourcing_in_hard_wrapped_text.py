"""Sourcing in hard-wrapped text (a commit message): a line break inside a sentence, and the
indentation after it, read as one space; the spans still point at the text as written."""

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article

_COMMIT = """commit 0123456789abcdef0123456789abcdef01234567
Author: Sam Writer <sam@example.org>
Date:   Tue Dec 1 10:00:00 2026 +0300

    Add the handover at the river depot

    The coalition handed the river depot to local forces on Friday, per
    a ministry statement and three village elders quoted by a local radio
    station. The old row for the depot is dropped as a duplicate of the
    earlier entry, which was kept.

    A second note: the depot row keeps its coordinates and its weapon
    column, which were checked again against the map the team uses.
"""


def _attributions(text: str):
    briefing = draft_briefing(Article(text=text, path="log.txt", format="txt"))
    return briefing.facts.attributions


def test_a_wrapped_per_clause_is_read_across_the_line_break():
    found = _attributions(_COMMIT)
    assert any(a.text.startswith("per a ministry statement") for a in found)


def test_spans_point_at_the_text_as_written():
    for a in _attributions(_COMMIT):
        written = _COMMIT[a.provenance.start : a.provenance.end]
        assert " ".join(written.split()) == a.text


def test_unwrapped_prose_is_unchanged():
    prose = (
        "Fighting went on near the depot. The coalition handed it over on Friday, per a "
        "ministry statement. Nobody was hurt."
    )
    assert [a.text for a in _attributions(prose)] == ["per a ministry statement"]
