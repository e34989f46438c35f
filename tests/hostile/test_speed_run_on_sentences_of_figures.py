"""A run-on sentence of many figures and no comma is read once: each figure's label looked
ahead to its clause's end (a comma, a relative word, a time) across the rest of the sentence,
so a table pasted as one line of counts took seconds per thousand figures."""

from __future__ import annotations

import random
import re
import time

from briefdeck.extract import draft_briefing
from briefdeck.extract.forward_search import search_ahead
from briefdeck.ingest import article_from_text

LEAD = "Report\n\nA drone hit the depot at Tarrow Ford on Monday, officials said.\n\n"


def _seconds(fn, *args) -> float:
    start = time.process_time()
    fn(*args)
    return time.process_time() - start


def test_a_run_on_sentence_of_figures_drafts_quickly():
    draft_briefing(article_from_text(LEAD))  # the gazetteer loaded before the clock starts
    run_on = "the barges took 42 tonnes of rice to the mill at Tarrow Ford and " * 1_500
    assert _seconds(draft_briefing, article_from_text(LEAD + run_on + "\n")) < 4
    tallies = "9 hurt 30 missing " * 4_000
    assert _seconds(draft_briefing, article_from_text(LEAD + tallies + "\n")) < 6


def test_a_run_on_sentence_still_labels_each_figure_with_its_time():
    text = LEAD + "Crews moved 300 crates in May and 40 crates by the end of June and 7 more.\n"
    labels = [f.label for f in draft_briefing(article_from_text(text)).facts.figures]
    assert "300 crates, May" in labels


def test_searching_ahead_answers_as_the_pattern_does():
    pattern = re.compile(r"\b(?:in|by)\s+[A-Z]\w+|[;,]")
    rng = random.Random(7)
    words = ["in", "by", "May", "June", "crates", "moved", ",", ";", "Tarrow", "and"]
    texts = [" ".join(rng.choice(words) for _ in range(300)) for _ in range(3)]
    text, pos = texts[0], 0
    for _ in range(3_000):
        if rng.random() < 0.1:
            text = rng.choice(texts)  # another text, or a step back: asked afresh
        pos = min(len(text) - 1, pos + rng.randrange(0, 30)) if rng.random() < 0.8 else \
            rng.randrange(len(text))
        endpos = rng.choice((len(text), rng.randrange(pos, len(text) + 1)))
        found, expected = search_ahead(pattern, text, pos, endpos), pattern.search(
            text, pos, endpos)
        assert (found and found.span()) == (expected and expected.span())
