"""The deck outline (pure data) and the text measurement it is built on."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))
from pptx_fixtures import SOURCE_TEXT, make_briefing  # noqa: E402

from briefdeck.charts import build_charts  # noqa: E402
from briefdeck.compose import fit, select_facts  # noqa: E402
from briefdeck.compose.deck import DeckGeometry, compose_deck  # noqa: E402
from briefdeck.compose.fit import Box, TextStyle  # noqa: E402
from briefdeck.compose.notes import clean, sentence_around, split_sentences  # noqa: E402
from briefdeck.model.briefing import Briefing, Meta, Narrative  # noqa: E402


def outline_of(briefing: Briefing, geometry: DeckGeometry | None = None):
    sel = select_facts(briefing)
    return compose_deck(briefing, sel, build_charts(briefing, selection=sel), geometry)


def test_widths_are_arial_metrics():
    # Arial's advance widths (units per em 2048): W = 1933, i = 455, space = 569.
    assert fit.text_width("W", 2048) == pytest.approx(1933, abs=1)
    assert fit.text_width("i", 2048) == pytest.approx(455, abs=1)
    assert fit.text_width("W W", 2048) == pytest.approx(1933 * 2 + 569, abs=2)


def test_wrapped_lines_never_exceed_the_room():
    style = TextStyle(18)
    text = "Rockets struck the camp twice in one week, wounding soldiers of three nations " * 5
    lines = fit.wrap(text, 300, style)
    assert len(lines) > 3
    assert all(fit.text_width(line, 18) <= 300 for line in lines)
    assert " ".join(lines) == text.strip()


def test_a_word_longer_than_the_line_is_broken_by_character():
    lines = fit.wrap("X" * 200, 200, TextStyle(20))
    assert len(lines) > 1 and "".join(lines) == "X" * 200
    assert all(fit.text_width(line, 20) <= 200 for line in lines)


def test_text_shrinks_within_bounds_before_giving_up():
    box = Box(400, 60)
    words = ["one two three four five six seven eight nine ten eleven twelve thirteen"]
    assert fit.fit_size(words, box, TextStyle(28), (28, 24, 20, 16)) in (24, 20, 16)
    assert fit.fit_size(words * 20, box, TextStyle(28), (28, 24, 20, 16)) is None


def test_truncate_ends_with_an_ellipsis_and_keeps_to_the_lines():
    style = TextStyle(16)
    cut = fit.truncate("alpha bravo charlie delta echo foxtrot golf hotel " * 10, 200, style, 2)
    assert cut.endswith("…")
    assert len(fit.wrap(cut, 200, style)) == 2


def test_slides_follow_the_story_and_skip_what_is_empty():
    kinds = [s.kind for s in outline_of(make_briefing()).slides]
    assert kinds == ["title", "bluf", "situation", "facts", "actors", "map", "figures",
                     "timeline", "systems", "quotes", "outlook", "sources"]
    bare = Briefing(meta=Meta(title="Nothing yet"), narrative=Narrative(outlook="Quiet."))
    outline = outline_of(bare)
    assert [s.kind for s in outline.slides] == ["title", "outlook"]
    assert any("no BLUF" in w for w in outline.warnings)


def test_narrative_sentences_do_not_split_after_abbreviations():
    assert split_sentences("U.S. troops left. Maj. Gen. Lee said so. Next?") == [
        "U.S. troops left.", "Maj. Gen. Lee said so.", "Next?"]


def test_source_sentence_is_widened_from_the_fact_span():
    at = SOURCE_TEXT.index("Bravo Field by")
    assert sentence_around(SOURCE_TEXT, at, at + 11) == (
        "About 1,200 soldiers will move north to Bravo Field by the end of the month.")


def test_clean_removes_control_characters_and_bounds_length():
    assert clean("a\x00b\x07c\td\ne\x1b") == "abc d e"
    assert len(clean("x" * 5000)) <= 2000


def test_titles_too_wide_are_cut_to_one_line():
    narrow = DeckGeometry(title=Box(90, 40))
    for slide in outline_of(make_briefing(), narrow).slides[1:]:
        style = TextStyle(slide.title_size, bold=True)
        assert len(fit.wrap(slide.title, 90, style)) == 1
    assert any(s.title.endswith("…") for s in outline_of(make_briefing(), narrow).slides)


def test_long_lists_continue_on_slides_that_each_fit():
    b = make_briefing()
    b.set_narrative("key_points", [f"Point {n}: " + "the convoy moved north again " * 3
                                   for n in range(40)])
    geometry = DeckGeometry()
    parts = [s for s in outline_of(b, geometry).slides if s.kind == "situation"]
    assert len(parts) > 1 and parts[-1].title == f"Situation ({len(parts)} of {len(parts)})"
    assert sum(len(s.bullets) for s in parts) == 40
    for s in parts:
        style = fit.at_size(TextStyle(16, indent=geometry.indent), s.body_size)
        assert fit.fits([b.marked for b in s.bullets], geometry.body, style)


def test_narrative_notes_never_quote_a_fact_marked_above_the_slide():
    b = make_briefing()
    b.set_fact_field("places", "pl-1", "marking", "S")
    bluf = next(s for s in outline_of(b).slides if s.kind == "bluf")
    assert bluf.marking == "U"
    assert "Alpha Ford (installation" not in bluf.notes
    assert "Bravo Field (installation" in bluf.notes


def test_the_outline_is_pure_data_without_python_pptx():
    code = ("import sys, briefdeck.compose.deck; "
            "print('pptx' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_continued_list_is_shared_out_evenly_not_left_with_one_bullet():
    b = make_briefing()
    geometry = DeckGeometry()
    # one more short point than a slide holds: a greedy split would strand it alone
    style = TextStyle(16, indent=geometry.indent)
    points = [f"Point {n}: the convoy moved north." for n in range(60)]
    per_slide = fit.take_fitting([f"(U) {p}" for p in points], geometry.body,
                                 fit.at_size(style, 12))
    b.set_narrative("key_points", points[: per_slide + 1])
    parts = [s for s in outline_of(b, geometry).slides if s.kind == "situation"]
    assert len(parts) == 2
    sizes = [len(s.bullets) for s in parts]
    assert abs(sizes[0] - sizes[1]) <= 1, sizes
