"""Each input format becomes clean text with boilerplate spans and metadata."""

from pathlib import Path

import pytest

from briefdeck.ingest import article_from_text, read_article

FIXTURES = Path(__file__).parent / "fixtures"


def _flagged(article, fragment: str) -> bool:
    at = article.text.index(fragment)
    return article.is_boilerplate(at, at + len(fragment))


def test_wire_story_metadata_comes_from_its_header_and_dateline():
    article = read_article(FIXTURES / "wire-story.txt")
    assert article.format == "txt"
    assert article.headline == "Navy sends second carrier group toward eastern Mediterranean"
    assert article.byline == "Helen Marsh and Omar Qadir"
    assert article.published == "2021-02-11"
    assert article.outlet == "Associated Press"
    assert article.path == str(FIXTURES / "wire-story.txt")


def test_wire_story_furniture_is_flagged_and_reporting_is_not():
    article = read_article(FIXTURES / "wire-story.txt")
    for junk in (
        "Home\nWorld\nPolitics\nBusiness",
        "Files/AP Photo/Ken Ardmore",
        "Advertisement",
        "Related:",
        "Army tests new counter-drone laser in Arizona desert",
        "All rights reserved",
    ):
        assert _flagged(article, junk), junk
    for fact in (
        "NORFOLK, Va. (AP)",
        "The group includes a cruiser",
        '"We are positioning forces',
        "The decision follows a rocket attack",
    ):
        at = article.text.index(fact)
        assert not any(s <= at < e for s, e in article.boilerplate), fact


def test_press_release_furniture_is_flagged_and_date_read_from_dateline():
    article = read_article(FIXTURES / "press-release.txt")
    assert article.headline == "Joint Task Force completes handover of Rivermouth logistics hub"
    assert article.published == "2021-03-03"
    assert article.outlet == "Joint Task Force Meridian"  # the issuer, from "About ..."
    for junk in (
        "FOR IMMEDIATE RELEASE",
        "Release No: JTF-21-044",
        "Media contact:",
        "press@meridian.example.mil",
        "###",
    ):
        assert _flagged(article, junk), junk
    assert not _flagged(article, "said Brig. Gen. Dana Whitlock")


def test_markdown_syntax_is_removed_and_words_kept():
    article = read_article(FIXTURES / "story.md")
    text = article.text
    assert article.format == "md"
    for syntax in ("**", "](", "# ", "```", "|", "> ", "---", "title:"):
        assert syntax not in text, syntax
    assert "About 2,000 Marines took part" in text
    # the hard-wrapped paragraph is one line, the link keeps its words
    assert (
        "beach on Tuesday, using amphibious vehicles launched from two assault ships about" in text
    )
    assert "Moving fuel ashore within six hours" in text
    assert "Combat Logistics Regiment\tsupply" in text


def test_markdown_metadata_and_offsets_refer_to_the_returned_text():
    article = read_article(FIXTURES / "story.md")
    assert article.headline == "Marines rehearse beach landing near Okinawa"
    assert article.byline == "Priya Natarajan"
    assert article.published == "2022-07-19"
    assert [article.text[s:e] for s, e in article.boilerplate] == [
        "Tags: Marines, Okinawa, amphibious"
    ]


def test_html_page_keeps_the_story_and_drops_page_furniture():
    article = read_article(FIXTURES / "nav-junk.html")
    assert article.format == "html"
    text = article.text
    assert "stopped a fast boat carrying about two tons of cocaine" in text
    assert "as part of a wider counter-drug effort with partner navies." in text
    for junk in (
        "window.tracking",
        "font-family",
        "Privacy Policy",
        "Senators question",
        "Defense Daily newsletter",
        "video.example.com",
    ):
        assert junk not in text or _flagged(article, junk), junk


def test_html_metadata_comes_from_the_page_head():
    article = read_article(FIXTURES / "nav-junk.html")
    assert article.headline == "Coast Guard cutter seizes drug boat off Honduras"
    assert article.outlet == "Harbor Ledger"
    assert article.byline == "Marcus Lindqvist"
    assert article.published == "2023-09-14"


def test_html_fallback_keeps_visible_text_without_menus_when_trafilatura_finds_nothing(monkeypatch):
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: None)
    article = read_article(FIXTURES / "nav-junk.html")
    text = article.text
    assert "Three people aboard were detained" in text
    for gone in ("window.tracking", "font-family", "Senators question", "Privacy Policy"):
        assert gone not in text, gone
    assert _flagged(article, "We use cookies")
    assert any("not recognised" in w for w in article.warnings)


def test_docx_paragraphs_and_tables_are_read_and_title_is_the_headline(tmp_path):
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    doc.add_heading("Air wing moves tankers to Crete", level=0)
    doc.add_paragraph("By Tomas Brandt")
    doc.add_paragraph(
        "Four refuelling aircraft landed at a Greek air base on Friday, a "
        "statement from the air wing said, ahead of a month of joint drills."
    )
    table = doc.add_table(rows=2, cols=2)
    for r, row in enumerate((("Aircraft", "Count"), ("KC-135", "4"))):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    doc.add_paragraph("Advertisement")
    path = tmp_path / "tankers.docx"
    doc.save(path)

    article = read_article(path)
    assert article.format == "docx"
    assert article.headline == "Air wing moves tankers to Crete"
    assert article.byline == "Tomas Brandt"
    assert "Four refuelling aircraft landed at a Greek air base on Friday" in article.text
    assert "KC-135\t4" in article.text
    assert _flagged(article, "Advertisement")


def _pdf_with_paragraph(path: Path) -> str:
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    body = (
        "A helicopter squadron returned to its home base in Georgia on Thursday after a "
        "nine-month deployment that included medical evacuation flights across three "
        "countries, the squadron's commander told local reporters at the airfield."
    )
    styles = getSampleStyleSheet()
    SimpleDocTemplate(str(path), pagesize=letter).build(
        [
            Paragraph("Squadron returns from long deployment", styles["Title"]),
            Paragraph(body, styles["BodyText"]),
            Paragraph("The unit flew more than 400 missions.", styles["BodyText"]),
        ]
    )
    return body


def test_pdf_text_layer_is_read_and_wrapped_lines_are_rejoined(tmp_path):
    path = tmp_path / "squadron.pdf"
    body = _pdf_with_paragraph(path)
    article = read_article(path)
    assert article.format == "pdf"
    assert body in article.text  # one paragraph again, though drawn on several lines
    assert article.headline == "Squadron returns from long deployment"


def test_pasted_text_is_an_article_without_a_path():
    article = article_from_text(
        "Destroyer arrives in Souda Bay\r\n\r\nThe USS Example docked "
        "at the naval base on Crete on Sunday, the Navy said.\r\n"
    )
    assert article.format == "pasted"
    assert article.path == ""
    assert article.headline == "Destroyer arrives in Souda Bay"
    assert "\r" not in article.text


def test_pasted_html_and_markdown_are_recognised():
    html = (
        "<html><body><article><h1>Base closes</h1><p>" + "The garrison left the base "
        "on Monday after ten years, officials said. " * 4 + "</p></article></body></html>"
    )
    assert article_from_text(html).format == "html"
    md = "# Base closes\n\nThe garrison left [the base](http://x.example) on **Monday**.\n"
    pasted = article_from_text(md)
    assert pasted.format == "md"
    assert pasted.text == "Base closes\n\nThe garrison left the base on Monday."


def test_content_beats_suffix(tmp_path):
    page = tmp_path / "saved-page.txt"
    page.write_text(
        "<!DOCTYPE html><html><body><article><p>" + "Patrol boats escorted the "
        "tanker through the strait overnight, the navy said. " * 4 + "</p></article></body></html>",
        encoding="utf-8",
    )
    assert read_article(page).format == "html"
    pdf = tmp_path / "report.txt"
    _pdf_with_paragraph(pdf)
    assert read_article(pdf).format == "pdf"


def test_pdf_paragraph_cut_by_a_page_break_is_made_whole(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "two-pages.pdf"
    page = canvas.Canvas(str(path))
    page.drawString(72, 720, "Squadron comes home after long tour")
    page.drawString(72, 690, "A helicopter squadron came home to Georgia on Thursday after a long")
    page.drawString(72, 675, "tour abroad, during which its crews flew")
    page.showPage()
    page.drawString(72, 720, "more than 400 missions, most of them at night, its commander said.")
    page.save()

    text = read_article(path).text
    assert "during which its crews flew more than 400 missions, most of them at night" in text
    assert text.startswith("Squadron comes home after long tour\n\n")


def test_html_outlet_comes_from_the_title_when_no_meta_tag_names_it(tmp_path):
    page = tmp_path / "plain.html"
    page.write_text(
        "<html><head><title>Depot fire contained | Plains Courier</title></head>"
        "<body><article><h1>Depot fire contained</h1><p>" + "Firefighters at the "
        "army depot contained a blaze in a storage shed on Sunday, officials said. "
        * 3
        + "</p></article></body></html>",
        encoding="utf-8",
    )
    article = read_article(page)
    assert article.outlet == "Plains Courier"
    assert article.headline == "Depot fire contained"


def test_reflow_joins_wrapped_lines_and_undoes_ligatures():
    from briefdeck.ingest.pdf import reflow

    page = (
        "The \ufb01ghter squadron left the base at dawn and \ufb02ew north to a new\n"
        "field near the border, a spokesman said.\nWhat comes next\n\nA new paragraph."
    )
    assert reflow(page) == (
        "The fighter squadron left the base at dawn and flew north to a "
        "new field near the border, a spokesman said.\n\nWhat comes next"
        "\n\nA new paragraph."
    )


def test_unknown_suffix_with_markdown_is_read_as_markdown(tmp_path):
    path = tmp_path / "note.article"
    path.write_text(
        "# Depot reopens\n\nThe [depot](http://x.example) reopened on **Monday**.\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert article.format == "md"
    assert article.text == "Depot reopens\n\nThe depot reopened on Monday."


def test_txt_suffix_keeps_markdown_like_characters():
    path = FIXTURES / "press-release.txt"
    assert "###" in read_article(path).text


def _tracked_change(paragraph, deleted: str, inserted: str) -> None:
    """Append a reviewer's correction to a paragraph: old words struck, new words inserted."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    author = 'w:author="Reviewer" w:date="2026-11-30T09:00:00Z"'
    struck = f"<w:r><w:delText>{deleted}</w:delText></w:r>"
    paragraph._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="1" {author}>{struck}</w:del>'))
    paragraph._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="2" {author}><w:r><w:t>{inserted}</w:t></w:r></w:ins>'
    ))


def test_docx_with_tracked_changes_is_read_with_the_changes_accepted(tmp_path):
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    doc.add_heading("Draft note: rocket fire on a logistics hub", level=1)
    lead = doc.add_paragraph("Rockets struck the hub's fuel point overnight, wounding ")
    _tracked_change(lead, "two contractors.", "five contractors, two of them seriously.")
    doc.add_paragraph("Guards recovered a launch rail north of the perimeter.")
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Wounded"
    _tracked_change(table.cell(0, 1).paragraphs[0], "2", "5")
    path = tmp_path / "draft.docx"
    doc.save(path)

    article = read_article(path)
    assert "wounding five contractors, two of them seriously." in article.text
    assert "two contractors" not in article.text  # the struck wording is not the document's
    assert "Wounded\t5" in article.text
    assert any("tracked changes" in w for w in article.warnings)


def test_docx_without_tracked_changes_reads_as_before_and_warns_nothing(tmp_path):
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    doc.add_paragraph("A patrol boat escorted two tankers through the strait on Monday.")
    path = tmp_path / "plain.docx"
    doc.save(path)

    article = read_article(path)
    assert "escorted two tankers" in article.text
    assert not any("tracked changes" in w for w in article.warnings)
