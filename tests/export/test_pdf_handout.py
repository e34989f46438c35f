"""The deck's slides as a PDF handout, drawn from the same deck outline as the .pptx."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_fixtures import HOSTILE, pdf_text, small_briefing, squash

from briefdeck.charts import build_charts
from briefdeck.compose.deck import DeckGeometry, compose_deck
from briefdeck.compose.selection import select_facts
from briefdeck.errors import ExportError
from briefdeck.export.pdf import write_handout


def _deck_titles(briefing) -> list[str]:  # noqa: ANN001
    g = DeckGeometry()
    sel = select_facts(briefing)
    charts = build_charts(briefing, selection=sel, aspect=g.body.width / g.body.height)
    return [s.title for s in compose_deck(briefing, sel, charts, g).slides]


def test_handout_has_every_slide_two_to_a_page(tmp_path: Path) -> None:
    b = small_briefing()
    titles = _deck_titles(b)
    report = write_handout(b, tmp_path / "handout.pdf", paper="a4")
    reader, text = pdf_text(report.path)
    assert len(reader.pages) == report.pages == (len(titles) + 1) // 2
    flat = squash(text)
    for title in titles:
        assert squash(title) in flat, title
    assert squash("Northfield garrison shrinks by a third") in flat


def test_handout_is_reproducible_with_embedded_fonts(tmp_path: Path) -> None:
    first = write_handout(small_briefing(), tmp_path / "a.pdf").path.read_bytes()
    second = write_handout(small_briefing(), tmp_path / "b.pdf").path.read_bytes()
    assert first == second
    reader, _ = pdf_text(tmp_path / "a.pdf")
    for ref in reader.pages[0]["/Resources"]["/Font"].values():
        assert "/FontFile2" in ref.get_object()["/FontDescriptor"].get_object()


def test_handout_prints_hostile_text_literally(tmp_path: Path) -> None:
    b = small_briefing()
    b.set_narrative("bluf", " ".join(HOSTILE))
    report = write_handout(b, tmp_path / "h.pdf")
    flat = squash(pdf_text(report.path)[1])
    assert all(squash(h) in flat for h in HOSTILE)


def test_handout_refuses_unknown_paper(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="paper"):
        write_handout(small_briefing(), tmp_path / "h.pdf", paper="tabloid")
