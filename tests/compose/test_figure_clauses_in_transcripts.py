"""Figures read from a transcript: the speaker's label ("DK: ", a reporter's "Q ") is not part
of the clause a slide or the one-pager prints, and two figures of one answer whose lines say
the same words make one key fact, not three."""

from __future__ import annotations

from briefdeck.charts import BarSpec, ChartSet, MapSpec, TimelineSpec
from briefdeck.compose import select_facts
from briefdeck.compose.deck import compose_deck
from briefdeck.compose.figure_words import source_clause
from briefdeck.compose.page import page_outline
from briefdeck.model import Briefing, Figure, Provenance, Source
from briefdeck.model.briefing import Meta, Narrative

NO_CHARTS = ChartSet(MapSpec("Places", (0, 0, 1, 1), ()), TimelineSpec("Timeline", ()),
                     BarSpec("Figures", (), ()))

TEXT = (
    "Interview with the battery commander.\n\n"
    "RV: Right now we hold four launchers and two radars spread across three sites.\n\n"
    "Q The militia says it fired twelve rockets. Is that right?\n\n"
    "RV: We counted nine.\n"
)


def _at(words: str) -> Provenance:
    start = TEXT.index(words)
    return Provenance(source="src-1", start=start, end=start + len(words))


def _briefing() -> Briefing:
    b = Briefing(
        meta=Meta(title="Interview", as_of="2026-11-28T06:00:00+00:00"),
        sources=[Source(id="src-1", outlet="Example Review", headline="Interview",
                        published="2026-11-28", text=TEXT)],
        narrative=Narrative(bluf="A battery commander spoke."))
    b.facts.figures = [
        Figure(id="f-launchers", status="accepted", value=4, unit="launchers", text="four",
               label="four launchers", provenance=_at("four")),
        Figure(id="f-radars", status="accepted", value=2, unit="radars", text="two",
               label="two radars", provenance=_at("two")),
        Figure(id="f-sites", status="accepted", value=3, unit="sites", text="three",
               label="three sites", provenance=_at("three")),
        Figure(id="f-rockets", status="accepted", value=12, unit="rockets", text="twelve",
               label="twelve rockets", provenance=_at("twelve")),
    ]
    return b


def _bullets(b: Briefing) -> list:
    deck = compose_deck(b, select_facts(b), NO_CHARTS)
    return [x for s in deck.slides for x in s.bullets
            if x.fact_ids and x.fact_ids[0].startswith("f-")]


def test_a_speaker_label_is_not_printed_with_the_figure() -> None:
    b = _briefing()
    texts = [x.text for x in _bullets(b)]
    assert not any(t.startswith(("RV:", "Q ")) for t in texts), texts
    lines = [f"{f.lead} {f.text}" for f in page_outline(b, charts=NO_CHARTS).facts]
    assert not any("RV:" in line for line in lines), lines
    assert any(t.startswith("The militia says it fired twelve rockets") for t in texts), texts


def test_figures_of_one_answer_make_one_key_fact_on_deck_and_page() -> None:
    b = _briefing()
    answer = [x for x in _bullets(b) if "launchers" in x.text or "radars" in x.text
              or "sites" in x.text]
    assert len(answer) == 1, [x.text for x in answer]
    assert set(answer[0].fact_ids) == {"f-launchers", "f-radars", "f-sites"}
    facts = page_outline(b, charts=NO_CHARTS).facts
    assert len([f for f in facts if f.kind == "figures"]) == 2, [(f.lead, f.text) for f in facts]


def test_an_abbreviations_full_stop_does_not_cut_the_clause() -> None:
    text = "Since Oct. 1 the crews have engaged 41 drones, the general said."
    at = text.index("41")
    assert source_clause(text, at, at + 2, "41 drones").startswith("Since Oct. 1 the crews")
    text = "The drones came at 1 a.m. We took down two with Patriot."
    at = text.index("two")
    assert source_clause(text, at, at + 3, "two") == "We took down two with Patriot."


def test_one_capital_or_a_bare_no_ends_a_sentence_before_a_figure() -> None:
    text = "The patrol passed Checkpoint C. Three rockets hit it."
    at = text.index("Three")
    assert source_clause(text, at, at + 5, "Three rockets") == "Three rockets hit it."
    text = "He said No. Four drones came over."
    at = text.index("Four")
    assert source_clause(text, at, at + 4, "Four drones") == "Four drones came over."

