"""A running count told after a revised toll does not hide the revision; a fragment quoted
from a body named by its short form starts where that short form speaks."""

from __future__ import annotations

from briefdeck.compose.quote_words import quote_words
from briefdeck.compose.selection import select_facts
from briefdeck.model import Briefing, Figure, Quote
from briefdeck.model.briefing import Meta, Source
from briefdeck.model.facts import Event, Provenance

NOTE = (
    "ANSWER: The ministry said three people were killed and 8 wounded in the strike.\n\n"
    "MY NOTES: the ministry revised it this morning to five killed and 12 wounded. Its "
    "running figure is more than 200 killed since the truce.\n"
)


def _fig(n: int, words: str, value: float, unit: str) -> Figure:
    start = NOTE.index(words)
    return Figure(id=f"fg-{n}", value=value, unit=unit, text=words.split()[0], label=words,
                  provenance=Provenance(start=start, end=start + len(words.split()[0])))


def test_a_revised_toll_hides_the_first_even_with_a_running_count_after_it():
    b = Briefing(meta=Meta(title="Strike note"), sources=[Source(text=NOTE)])
    b.facts.events = [Event(id="ev-1", date="2026-12-03", date_precision="day", kind="strike",
                            summary="Strike on the town", place="Town", killed=5, wounded=12)]
    b.facts.figures = [_fig(1, "three people", 3, "people"), _fig(2, "five killed", 5, "killed"),
                       _fig(3, "more than 200 killed", 200, "killed")]
    kept = [f.label for f in select_facts(b, include_drafts=True).of("figures")]
    assert "three people" not in kept
    assert "five killed" in kept and "more than 200 killed" in kept


def test_a_fragment_starts_where_the_speakers_short_name_speaks():
    text = ("The rebel-run ministry said nine people were killed; CENTCOM said it was "
            "\u201creviewing the reports\u201d.")
    b = Briefing()
    b.sources.append(Source(text=text))
    start = text.index("reviewing")
    quote = Quote(id="qu-1", speaker="U.S. Central Command (CENTCOM)",
                  text="reviewing the reports",
                  provenance=Provenance(source="src-1", start=start, end=start + 21))
    b.insert_fact("quotes", quote)
    assert quote_words(b, quote) == "CENTCOM said it was \u201creviewing the reports\u201d"
