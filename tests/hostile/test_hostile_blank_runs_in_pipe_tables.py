"""A pipe table's rule or cell followed by a long run of blanks the ingest keeps (no-break
spaces, which are no tabs or spaces to trim) must be read once: the rule and row-number
patterns once backtracked over the run from each blank, minutes for a 100,000-character line."""

from __future__ import annotations

import time

from briefdeck.extract import draft_briefing
from briefdeck.extract.event_pipe_rows import pipe_rows
from briefdeck.extract.place_source_cells import source_cells
from briefdeck.ingest import article_from_text

RUN = "\u00a0" * 200_000  # kept by the ingest, unlike a run of spaces
LEAD = "Tracker\n\nA drone hit the base at Harbor Point on Monday, officials said.\n\n"
TOLL_TABLE = "| # | Date | Location | Killed | Wounded | Source |\n|---|---|---|---|---|---|\n"
NUMBERED = "|   | A | B | C | D |\n| 1 | Date | Location | Killed | Wounded |\n"


def _seconds(fn, *args) -> float:
    start = time.process_time()
    fn(*args)
    return time.process_time() - start


def test_a_rule_trailed_by_blanks_under_a_source_header_is_read_at_once():
    text = LEAD + "| Source | Place |\n|---|---|" + RUN + "x\n| Kurdistan24 | Erbil |\n"
    assert _seconds(source_cells, text) < 0.5
    assert [text[s:e] for s, e in source_cells(text)][-1] == " Kurdistan24 "


def test_a_rule_trailed_by_blanks_inside_an_incident_table_is_read_at_once():
    text = LEAD + TOLL_TABLE + "|---|" + RUN + "x|\n| 2 | 2026-11-03 | Erbil | 0 | 1 | X |\n"
    assert _seconds(pipe_rows, text) < 0.5
    assert "\t 0 \t 1 \t" in pipe_rows(text)


def test_a_row_number_cell_of_blanks_is_read_at_once():
    text = LEAD + NUMBERED + "| " + RUN + "x | Erbil | 0 | 1 |\n"
    assert _seconds(pipe_rows, text) < 0.5


def test_a_numbered_sheet_with_a_blank_run_in_its_row_number_drafts_quickly():
    # (a rule trailed by blanks is not drafted whole here: sourcing_table_columns.py has its
    # own copy of the rule pattern, still quadratic; reported to its owner)
    text = LEAD + NUMBERED + "| " + RUN + "x | Erbil | 0 | 1 |\n| 2 | 2026-11-03 | Erbil | 0 |"
    text += " 1 |\n"
    draft_briefing(article_from_text(LEAD))  # the gazetteer loaded before the clock starts
    article = article_from_text(text)
    assert RUN in article.text  # the ingest keeps the run: the extractor must cope
    assert _seconds(draft_briefing, article) < 10
