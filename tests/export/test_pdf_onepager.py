"""The one-page read-ahead: always one page, real text, embedded fonts, literal user text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdf_fixtures import HOSTILE, many_facts_briefing, pdf_text, small_briefing, squash

from briefdeck.errors import ExportError
from briefdeck.export import write_pdf
from briefdeck.export.pdf import render_pdf
from briefdeck.model import Place

POINTS_PER_INCH = 72


@pytest.mark.parametrize(("paper", "size_in"), [("letter", (8.5, 11)), ("a4", (8.27, 11.69))])
def test_one_page_in_either_paper_size(tmp_path: Path, paper: str, size_in: tuple) -> None:
    report = write_pdf(small_briefing(), tmp_path / "read-ahead.pdf", paper=paper)
    reader, _ = pdf_text(report.path)
    assert len(reader.pages) == 1 and report.pages == 1
    box = reader.pages[0].mediabox
    assert float(box.width) == pytest.approx(size_in[0] * POINTS_PER_INCH, abs=1)
    assert float(box.height) == pytest.approx(size_in[1] * POINTS_PER_INCH, abs=1)


def test_bluf_and_key_facts_are_searchable_text(tmp_path: Path) -> None:
    report = write_pdf(small_briefing(), tmp_path / "p.pdf")
    _, text = pdf_text(report.path)
    flat = squash(text)
    assert squash("Northfield garrison shrinks by a third") in flat
    assert "BLUF" in text and "KEYFACTS" in flat
    for words in ("Mortar rounds land inside Northfield camp", "Skywatch radar",
                  "about 300 troops", "the move was long planned"):
        assert squash(words) in flat, words
    assert "(U)" in text  # portion marks
    assert text.count("UNCLASSIFIED") >= 2  # banner top and bottom


def test_fonts_are_embedded_truetype_and_no_base14_font_is_used(tmp_path: Path) -> None:
    report = write_pdf(small_briefing(), tmp_path / "p.pdf")
    reader, _ = pdf_text(report.path)
    fonts = reader.pages[0]["/Resources"]["/Font"]
    names = []
    for ref in fonts.values():
        font = ref.get_object()
        names.append(str(font["/BaseFont"]))
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
    assert any(n.endswith("LiberationSans-Bold") for n in names)
    assert not any("Helvetica" in n or "Times" in n for n in names)


def test_metadata_is_set_and_dated_from_the_briefing(tmp_path: Path) -> None:
    report = write_pdf(small_briefing(), tmp_path / "p.pdf")
    meta = pdf_text(report.path)[0].metadata
    assert meta.title == "Garrison at Northfield thins out as radar arrives"
    assert meta.author == "J. Analyst, J2 desk"
    assert "UNCLASSIFIED" in meta.subject and "040930ZMAY21" in meta.subject
    assert meta.creator.startswith("briefdeck")
    assert meta["/CreationDate"].startswith("D:20210504093000")


def test_same_briefing_gives_byte_identical_pdf(tmp_path: Path) -> None:
    first = write_pdf(small_briefing(), tmp_path / "a.pdf").path.read_bytes()
    second = write_pdf(small_briefing(), tmp_path / "b.pdf").path.read_bytes()
    assert first == second


def test_hostile_text_prints_literally_and_fetches_nothing(tmp_path: Path) -> None:
    b = small_briefing()
    b.set_meta("title", "Markup test " + HOSTILE[0])
    b.set_narrative("bluf", " | ".join(HOSTILE) + " bell\x07 nul\x00 esc\x1b end")
    b.set_fact_field("quotes", "qu-1", "text", HOSTILE[2])
    b.set_fact_field("places", "pl-1", "name", "AT&T <b>site</b>")
    report = write_pdf(b, tmp_path / "p.pdf")
    reader, text = pdf_text(report.path)
    flat = squash(text)
    for hostile in HOSTILE:
        assert squash(hostile) in flat, hostile
    assert squash("AT&T <b>site</b>") in flat
    assert squash("bell nul esc end") in flat  # control characters dropped, words kept
    raw = report.path.read_bytes()
    assert "/XObject" not in reader.pages[0]["/Resources"]  # no image was embedded
    assert "/Annots" not in reader.pages[0] and b"/URI" not in raw  # and no link was made
    assert len(reader.pages) == 1


def test_five_hundred_facts_still_one_page_with_a_more_line(tmp_path: Path) -> None:
    b = many_facts_briefing(500)
    report = write_pdf(b, tmp_path / "p.pdf")
    reader, text = pdf_text(report.path)
    assert len(reader.pages) == 1
    more = re.search(r"\+(\d+) more in the deck", text)
    assert more, "the trimmed facts are announced on the page"
    total = 500 + 8
    assert int(more.group(1)) + _fact_lines(text) == total
    assert any("did not fit" in w for w in report.warnings)
    # The heaviest facts survive: the casualty event and the moving forces.
    flat = squash(text)
    assert squash("Mortar rounds land inside Northfield camp") in flat
    assert squash("River Base — reinforced") in flat


def _fact_lines(text: str) -> int:
    """Key-fact lines on the page: each starts with a portion mark then a bold lead and ' — '."""
    return len(re.findall(r"\(U\) [^()\n]+? —", text))


def test_trimming_drops_context_places_before_the_casualty_event(tmp_path: Path) -> None:
    b = small_briefing()
    for i in range(200):
        b.insert_fact("places", Place(id=f"pl-m{i}", status="accepted", name=f"Village {i}",
                                      role="mentioned"))
    report = write_pdf(b, tmp_path / "p.pdf")
    flat = squash(pdf_text(report.path)[1])
    assert squash("Mortar rounds land inside Northfield camp") in flat
    assert squash("Skywatch radar") in flat
    assert squash("Village 199") not in flat


def test_long_texts_are_shortened_and_page_stays_single(tmp_path: Path) -> None:
    b = many_facts_briefing(100)
    b.set_meta("title", "Very long title " * 40)
    b.set_narrative("bluf", "A sentence that goes on. " * 400)
    b.set_narrative("key_points", ["A key point that will not end. " * 30] * 12)
    b.set_narrative("outlook", "Outlook words. " * 300)
    report = write_pdf(b, tmp_path / "p.pdf")
    assert len(pdf_text(report.path)[0].pages) == 1
    assert any("shortened" in w for w in report.warnings)


def test_transliterations_and_typography_print_without_boxes(tmp_path: Path) -> None:
    b = small_briefing()
    words = "Ḩadīthah, Rāwah and ‘Ānah – the “western” sites — ḩ ā ī"
    b.set_narrative("bluf", words)
    report = write_pdf(b, tmp_path / "p.pdf")
    assert squash(words) in squash(pdf_text(report.path)[1])
    assert not any("glyph" in w for w in report.warnings)


def test_characters_outside_the_font_are_warned_about() -> None:
    b = small_briefing()
    b.set_narrative("bluf", "Name in another script: 北京")
    _, report = render_pdf(b)
    assert any("glyph" in w and "北" in w for w in report.warnings)


def test_unreviewed_briefing_is_marked_draft(tmp_path: Path) -> None:
    report = write_pdf(small_briefing(status="draft"), tmp_path / "p.pdf")
    _, text = pdf_text(report.path)
    assert report.draft
    assert text.count("UNCLASSIFIED // DRAFT") >= 2


def test_reviewed_briefing_is_not_draft(tmp_path: Path) -> None:
    report = write_pdf(small_briefing(), tmp_path / "p.pdf")
    assert not report.draft
    assert "DRAFT" not in pdf_text(report.path)[1]


def test_empty_briefing_still_makes_a_page(tmp_path: Path) -> None:
    from briefdeck.model import Briefing

    report = write_pdf(Briefing(), tmp_path / "p.pdf")
    reader, text = pdf_text(report.path)
    assert len(reader.pages) == 1 and "Untitled briefing" in text


def test_unknown_paper_size_is_an_export_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="paper"):
        write_pdf(small_briefing(), tmp_path / "p.pdf", paper="legal")


def test_missing_folder_is_an_export_error_and_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "absent" / "p.pdf"
    with pytest.raises(ExportError):
        write_pdf(small_briefing(), target)
    assert not target.parent.exists()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=st.text(max_size=300), bluf=st.text(max_size=2000),
       names=st.lists(st.text(min_size=1, max_size=80), max_size=40))
def test_any_text_renders_one_page_without_error(title: str, bluf: str, names: list) -> None:
    b = small_briefing()
    b.set_meta("title", title)
    b.set_narrative("bluf", bluf)
    for i, name in enumerate(names):
        b.insert_fact("places", Place(id=f"pl-h{i}", status="accepted", name=name,
                                      role="attack target"))
    data, report = render_pdf(b, paper="a4")
    assert len(pdf_text(data)[0].pages) == 1 and report.pages == 1


def test_an_ungraded_source_says_so_instead_of_printing_a_grade(tmp_path: Path) -> None:
    graded = squash(pdf_text(write_pdf(small_briefing(), tmp_path / "g.pdf").path)[1])
    assert "[B]ExampleWire" in graded and "[B2]" in graded and "notyetgraded" not in graded
    briefing = small_briefing()
    briefing.set_source_field("src-1", "reliability", "")
    flat = squash(pdf_text(write_pdf(briefing, tmp_path / "u.pdf").path)[1])
    assert "[notyetgraded]ExampleWire" in flat and "[?2]" in flat
    assert "(?notyetgraded)" in flat
