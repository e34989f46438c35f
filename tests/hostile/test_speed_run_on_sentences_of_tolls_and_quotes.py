"""A run-on sentence of dated, tolled clauses or of many quotes drafts in linear time: each
clause looks up its own dates and toll, each quote the quote before it, rather than reading
the sentence from its opening again (seconds at 40,000 characters). The lookups answer as the
searches they replace."""

from __future__ import annotations

import random
import time

from briefdeck.extract import draft_briefing
from briefdeck.extract.casualties import Casualty
from briefdeck.extract.event_clause_index import TollIndex
from briefdeck.extract.last_quote_before import last_quote_before
from briefdeck.extract.quote_patterns import QUOTE_RE
from briefdeck.extract.quote_speaker import _LAST_CLAUSE, _last_clause
from briefdeck.ingest import article_from_text

LEAD = "Report\n\nA shell hit the granary at Pell Crossing on Monday, wardens said.\n\n"


def _seconds(text: str) -> float:
    article = article_from_text(LEAD + text + ".\n")
    start = time.process_time()
    draft_briefing(article)
    return time.process_time() - start


def test_a_run_on_sentence_of_dated_tolls_drafts_quickly():
    draft_briefing(article_from_text(LEAD))  # the gazetteer loaded before the clock starts
    clause = ("a mortar struck the granary at Pell Crossing on June 4 and killed two wardens "
              "and wounded five porters, ")
    assert _seconds(clause * 800) < 2.5  # (1.3 s; 3.9 s before)


def test_a_run_on_sentence_of_quotes_drafts_quickly():
    draft_briefing(article_from_text(LEAD))
    assert _seconds("Ona Vell said " + '"the ferry runs" ' * 2_500) < 2  # (0.4 s; 6 s before)


def _random_text(rng: random.Random) -> str:
    pieces = ['"', "“", "”", "``", "''", ", and ", "; ", ", but ", "\n", "\n\n", " ", "the mill",
              " said ", ", while "]
    return "".join(rng.choice(pieces) for _ in range(120))


def test_the_last_quote_before_a_point_is_the_search_cut_there():
    rng = random.Random(3)
    for _ in range(200):
        text = _random_text(rng)
        sent_start = rng.randrange(len(text))
        for start in sorted(rng.randrange(len(text) + 1) for _ in range(12)):
            expected = None
            for expected in QUOTE_RE.finditer(text, sent_start, start):  # noqa: B007
                pass
            found = last_quote_before(text, sent_start, start)
            assert (found and found.span()) == (expected and expected.span())


def test_the_last_clause_is_tried_at_the_last_comma_alone():
    rng = random.Random(5)
    for _ in range(300):
        text = _random_text(rng)
        pos, end = sorted(rng.randrange(len(text) + 1) for _ in range(2))
        expected = _LAST_CLAUSE.search(text, pos, end)
        found = _last_clause(text, pos, end)
        assert (found and found.span()) == (expected and expected.span())


def test_a_clause_toll_is_the_casualties_in_it_and_those_handed_to_it():
    rng = random.Random(9)
    for _ in range(200):
        tolls = [Casualty(at, at + 5, "killed", 2, "wardens") for at in
                 (rng.randrange(300) for _ in range(rng.randrange(12)))]
        handed = {id(c): rng.randrange(1, 4) for c in tolls if rng.random() < 0.3}
        index = TollIndex(tolls, handed)
        for n_scope in range(4):
            start, end = sorted(rng.randrange(300) for _ in range(2))
            assert [id(c) for c in index.hurt(n_scope, start, end)] == [
                id(c) for c in tolls if handed.get(id(c), -1) == n_scope or (
                    start <= c.start < end and id(c) not in handed)]
            assert index.any_in(start, end) == any(start <= c.start < end for c in tolls)
