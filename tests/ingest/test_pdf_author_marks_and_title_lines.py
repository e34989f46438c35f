"""A PDF's superscript marks after authors' names and sentences are no figures, and a title
set in larger type is never run into the authors' line under it."""

from __future__ import annotations

import io

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from briefdeck.ingest.pdf import pdf_to_text  # noqa: E402

_BODY = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14)
_TITLE = ParagraphStyle("title", fontName="Times-Bold", fontSize=12, leading=15)
_AUTHORS = ParagraphStyle("authors", fontName="Times-Roman", fontSize=10, leading=13)
_AFFIL = ParagraphStyle("affil", fontName="Times-Italic", fontSize=9, leading=11)


def _pdf(parts: list[tuple[str, ParagraphStyle]]) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4)
    story = []
    for text, style in parts:
        story.append(Paragraph(text, style))
    doc.build(story)
    return buf.getvalue()


_PROSE = (
    "Our survey of the harbour defences counted the patrol boats, the radar posts and the crews "
    "who keep them, and it compares the figures with those of the previous survey in detail."
)


def _abstract() -> bytes:
    return _pdf(
        [
            (_PROSE + " " + _PROSE, _BODY),
            ("A7-02 Harbour patrols under pressure: the coastal guard's boats, 2024-2026", _TITLE),
            (
                "Ada Quell<super>1</super>, Brin Osterhout<super>2</super>, "
                "Cato Villiers<super>1</super>",
                _AUTHORS,
            ),
            (
                "<super>1</super> Lanthorn Institute for Coastal Studies, Port Averne, Kellow Bay; "
                "<super>2</super> Saltmarsh Analytics, Northmere",
                _AFFIL,
            ),
            (_PROSE + " " + _PROSE, _BODY),
        ]
    )


def test_affiliation_marks_after_names_are_dropped_at_a_line_end_too():
    text = pdf_to_text(_abstract(), "abstract.pdf").text
    assert "Cato Villiers" in text
    assert "Villiers1" not in text and "Villiers 1" not in text
    assert "Quell1" not in text and "Osterhout2" not in text


def test_a_title_in_larger_type_is_not_run_into_the_authors_line():
    text = pdf_to_text(_abstract(), "abstract.pdf").text
    paragraphs = text.split("\n\n")
    title = next(p for p in paragraphs if p.startswith("A7-02"))
    assert title.endswith("2024-2026")
    assert "Ada Quell" not in title


def test_the_affiliations_line_is_not_run_into_the_abstract():
    text = pdf_to_text(_abstract(), "abstract.pdf").text
    affiliations = next(p for p in text.split("\n\n") if "Lanthorn" in p)
    assert "Our survey" not in affiliations


def test_a_note_mark_after_a_year_or_a_quotation_ending_a_sentence_is_dropped():
    data = _pdf(
        [
            (
                "The patrol strength fell by a quarter between 2023 and 2025.<super>4</super> "
                'The guard called the cuts "a false economy".<super>5</super> ' + _PROSE,
                _BODY,
            ),
            (_PROSE, _BODY),
        ]
    )
    text = pdf_to_text(data, "notes.pdf").text
    assert "2025. The guard" in text
    assert 'economy". Our survey' in text


def test_a_small_number_after_a_unit_stays_glued():
    data = _pdf(
        [
            ("The new shed covers 400 m<super>2</super> of the quay, and " + _PROSE, _BODY),
            (_PROSE, _BODY),
        ]
    )
    text = pdf_to_text(data, "units.pdf").text
    assert "400 m2 of the quay" in text


def test_lines_of_one_type_size_still_flow_into_one_paragraph():
    data = _pdf([(_PROSE + " " + _PROSE + " " + _PROSE, _BODY), (_PROSE, _BODY)])
    text = pdf_to_text(data, "prose.pdf").text
    first = text.split("\n\n")[0]
    assert first.count("Our survey") == 3
