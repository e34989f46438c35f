"""Lines of bars or digits, and transcripts of many short turns, must be read once: the edition
line's pattern read a line of bars to its end again from every bar, the distance and the
numbered paper's patterns a run of digits again from every digit, and each turn of a committee
transcript walked every sentence of the document (minutes for a 100,000-character line)."""

from __future__ import annotations

import time

from briefdeck.extract import draft_briefing
from briefdeck.extract.designated_documents import designated_documents
from briefdeck.extract.hearing_turns import statement_span
from briefdeck.extract.place_anchors import _OFFSET
from briefdeck.extract.sentences import build_document
from briefdeck.ingest import article_from_text
from briefdeck.ingest.source_fields import masthead_name

LEAD = "Report\n\nA drone hit the base at Harbor Point on Monday, officials said.\n\n"


def _seconds(fn, *args) -> float:
    start = time.process_time()
    fn(*args)
    return time.process_time() - start


def test_a_line_of_bars_under_a_masthead_is_read_at_once():
    lines = [("THE HARBOR LEDGER", False), ("|" * 200_000, False)]
    assert _seconds(masthead_name, lines) < 0.5
    assert masthead_name(lines) == ""
    edition = [("THE HARBOR LEDGER", False), ("PORT TOWN | FRIDAY | VOL. 12, NO. 3", False)]
    assert masthead_name(edition) == "The Harbor Ledger"  # the edition line still names it


def test_a_line_of_digits_is_read_at_once_for_distances_and_numbered_papers():
    text = LEAD + "1" * 200_000 + "\n"
    assert _seconds(lambda: list(_OFFSET.finditer(text))) < 0.5
    assert _seconds(designated_documents, text) < 0.5
    digits_and_letters = LEAD + "1a" * 100_000 + " prohibits flights.\n"
    assert _seconds(designated_documents, digits_and_letters) < 0.5
    assert [m["dist"] for m in _OFFSET.finditer("12345 km north of Town")] == ["12345"]
    notice = "Notice 12 prohibits flights over the port."
    assert designated_documents(notice) == [(0, 19, "document", 1)]


def test_a_document_with_a_line_of_digits_drafts_quickly():
    draft_briefing(article_from_text(LEAD))  # the gazetteer loaded before the clock starts
    article = article_from_text(LEAD + "1" * 100_000 + "\n")
    assert _seconds(draft_briefing, article) < 10


def test_many_short_turns_find_their_sentences_by_bisection():
    unit = "Q{i} Ann Roe: How many?\nMs Lee: Around two hundred now, down from four hundred then.\n"
    text = "Oral evidence\n\n" + "".join(unit.format(i=i) for i in range(5_000))
    doc = build_document(text)
    turns = [(doc.text.index("Around", s.start), s.end) for s in doc.sentences
             if "Around" in doc.text[s.start:s.end]]
    assert len(turns) == 5_000
    assert _seconds(lambda: [statement_span(doc, a, b) for a, b in turns]) < 1
    a, b = turns[-1]
    assert statement_span(doc, a, b) == (a, b)
