"""Key facts from a marked source carry its mark; a log's first count the log later raises
is no key fact; a log line's time stamp is no word of a figure's clause."""

from __future__ import annotations

from briefdeck.charts.build import build_charts
from briefdeck.compose.deck import compose_deck
from briefdeck.compose.figure_words import figure_words
from briefdeck.compose.page import page_outline
from briefdeck.compose.selection import select_facts
from briefdeck.compose.wrapped_lines import wrapped_break
from briefdeck.model import Briefing, Figure
from briefdeck.model.briefing import Meta, Source
from briefdeck.model.facts import Provenance

LOG = (
    "FOR OFFICIAL USE ONLY\n"
    "STATION 4 DISPATCH LOG - RUNWAY 2 FIRE\n"
    "21:02:10  TOWER RPTS SMOKE FROM HANGAR 9, CREWS ROLLING TO THE NORTH RAMP AREA NOW\n"
    "21:14:00  R-6 ON SCENE: 2 PTS. PT1 BURNS L HAND, MINOR. PT2 SMOKE INHALATION, MODERATE\n"
    "21:30:00  R-6 TRANSPORTING 2 PTS TO 12 MDG\n"
    "22:05:00  PER 12 MDG 3RD PT WALKED IN. TOTAL PTS NOW 3\n"
    "FOR OFFICIAL USE ONLY\n"
)


def _fig(n: int, words: str, value: float, unit: str, nth: int = 0) -> Figure:
    start = LOG.index(words)
    for _ in range(nth):
        start = LOG.index(words, start + 1)
    first = words.split()[0]
    return Figure(
        id=f"fg-{n}",
        value=value,
        unit=unit,
        text=first,
        label=words,
        provenance=Provenance(start=start, end=start + len(first)),
    )


def _briefing(figures: list[Figure], classification: str = "") -> Briefing:
    b = Briefing(meta=Meta(title="Hangar fire"), sources=[Source(text=LOG, published="2026-12-03")])
    b.facts.figures = figures
    if classification:
        b.meta.classification = classification
    else:
        b.start_at_source_marking()
    return b


def test_a_fact_from_a_controlled_source_is_marked_as_the_source_is():
    b = _briefing([_fig(1, "12 MDG", 12, "MDG")])
    assert b.meta.classification == "CUI"
    page = page_outline(b, include_drafts=True)
    assert {f.mark for f in page.facts} == {"CUI"}
    deck = compose_deck(b, select_facts(b, True), build_charts(b, True))
    marks = {bullet.mark for slide in deck.slides for bullet in slide.bullets}
    assert "U" not in marks


def test_a_briefing_the_analyst_lowered_keeps_its_facts_at_its_own_level():
    b = _briefing([_fig(1, "12 MDG", 12, "MDG")], classification="UNCLASSIFIED")
    assert {f.mark for f in page_outline(b, include_drafts=True).facts} == {"U"}


def test_a_count_the_log_later_says_is_now_higher_is_no_key_fact():
    figs = [_fig(1, "2 PTS", 2, "patients"), _fig(2, "2 PTS", 2, "patients", nth=1)]
    assert select_facts(_briefing(figs), include_drafts=True).of("figures") == []


def test_a_count_later_said_lower_or_of_another_noun_stays():
    figs = [_fig(1, "12 MDG", 12, "MDG")]
    assert len(select_facts(_briefing(figs), include_drafts=True).of("figures")) == 1


def test_a_log_lines_time_stamp_is_not_part_of_a_figures_clause():
    words = figure_words(_fig(1, "12 MDG", 12, "MDG"), LOG)
    assert "21:30" not in words.bullet
    assert "MODERATE" not in words.bullet


def test_a_line_opening_with_a_time_stamp_is_never_a_wrapped_line():
    at = LOG.index("\n21:30:00")
    assert not wrapped_break(LOG, at)
