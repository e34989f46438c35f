"""Two-column PDF pages read column by column, words broken at line ends made whole, and
OCR misreadings inside numbers mended. The PDFs are generated here; every line is written
for the test."""

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from briefdeck.ingest.hyphens import join_hyphenated
from briefdeck.ingest.ocr import repair_numbers
from briefdeck.ingest.pdf import pdf_to_text, reflow

LEFT = ["The river crossing reopened on Monday after engineers",
        "finished repairs to the span that",
        "floods had weakened in the spring, officials", "said at a short briefing in the town.",
        "Traffic was limited to light vehicles", "for the first week while inspectors",
        "checked the new supports and the", "approach roads on both banks of the river."]
RIGHT = ["Farmers on the east bank said the", "closure had cost them most of the",
         "harvest season because trucks had", "to detour through the hills for days.",
         "A council member promised a fund", "to cover part of the losses but gave",
         "no figure and no date for the first", "payments to the families affected."]


def _two_column_pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 8)
    c.drawString(57, 810, "Valley Monitor Quarterly | Issue 3")
    c.setFont("Helvetica-Bold", 16)
    c.drawString(57, 770, "Bridge reopens as valley counts the cost of the floods")
    c.setFont("Helvetica", 9.5)
    # Written right column first: the content stream order is not the reading order.
    for i, line in enumerate(RIGHT):
        c.drawString(313, 730 - 12 * i, line)
    for i, line in enumerate(LEFT):
        c.drawString(57, 730 - 12 * i, line)
    for k, row in enumerate([("Month", "Crossings", "Closures", "Notes"),
                             ("April", "1200", "3", "repairs"), ("May", "1850", "0", "open")]):
        for x, cell in zip((57, 190, 330, 460), row, strict=True):
            c.drawString(x, 600 - 14 * k, cell)
    for i, line in enumerate(LEFT):
        c.drawString(57, 540 - 12 * i, line.replace("river", "canal"))
    for i, line in enumerate(RIGHT):
        c.drawString(313, 540 - 12 * i, line.replace("hills", "plain"))
    c.setFont("Helvetica", 8)
    c.drawString(280, 30, "Page 1")
    c.save()
    return buf.getvalue()


def test_a_two_column_page_reads_the_left_column_then_the_right():
    text = pdf_to_text(_two_column_pdf(), "two.pdf").text
    first = text.index("The river crossing reopened")
    assert first < text.index("Farmers on the east bank") < text.index("Month\tCrossings")
    assert text.index("Month\tCrossings") < text.index("The canal crossing reopened")


def test_a_two_column_paragraph_is_kept_whole():
    text = pdf_to_text(_two_column_pdf(), "two.pdf").text
    assert ("Farmers on the east bank said the closure had cost them most of the harvest season"
            " because trucks had to detour through the hills for days.") in text


def test_a_full_width_title_and_table_keep_their_place_between_the_columns():
    paragraphs = pdf_to_text(_two_column_pdf(), "two.pdf").text.split("\n\n")
    assert paragraphs[0] == "Valley Monitor Quarterly | Issue 3"
    assert "April\t1200\t3\trepairs" in paragraphs
    assert paragraphs[1].startswith("Bridge reopens")


def test_the_foot_of_a_two_column_page_goes_up_beside_its_head():
    # The page number sits with the running head, so the columns run on to the next page.
    paragraphs = pdf_to_text(_two_column_pdf(), "two.pdf").text.split("\n\n")
    assert paragraphs[2] == "Page 1"
    assert paragraphs[-1].endswith("payments to the families affected.")


def test_a_word_broken_at_the_line_end_is_joined():
    assert join_hyphenated("the battery fired two inter-", "ceptors at dawn") == (
        "the battery fired two interceptors at dawn")


def test_a_compound_broken_at_its_hyphen_keeps_it():
    assert join_hyphenated("a new counter-", "drone system") == "a new counter-drone system"
    assert join_hyphenated("the Iran-", "backed group") == "the Iran-backed group"
    assert join_hyphenated("two MQ-", "9 aircraft") == "two MQ-9 aircraft"


def test_the_document_s_own_spelling_decides_a_broken_word():
    vocab = {"airfield"}
    assert join_hyphenated("near the air-", "field gate", vocab) == "near the airfield gate"
    assert join_hyphenated("a cease-", "fire", {"cease-fire"}) == "a cease-fire"


def test_reflow_joins_a_word_split_by_a_soft_hyphen():
    page = "The brigade moved its head\xad\nquarters north during the\nweek."
    assert "headquarters" in reflow(page)


def test_ocr_letters_inside_numbers_are_mended():
    assert repair_numbers("received 15 SEP 2O26") == "received 15 SEP 2026"
    assert repair_numbers("some l,200 troops and 1 ,500 more") == "some 1,200 troops and 1,500 more"
    assert repair_numbers("a 1O5mm round, 2l3 rounds") == "a 105mm round, 213 rounds"


def test_ocr_repair_leaves_words_and_lists_alone():
    text = "Operation lOng Oak: items 1, 200 and l; the COLONEL left."
    assert repair_numbers(text) == text
