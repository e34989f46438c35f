"""Titles and sources of captions, bills, remarks transcripts and journal PDFs, and footnote
marks kept out of a PDF's text. Every line is written for the test."""

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from briefdeck.ingest import article_from_text
from briefdeck.ingest.pdf import pdf_to_text


def test_a_caption_file_has_no_headline_from_the_anchors_greeting():
    text = ("CAPTIONING PROVIDED BY SOME CAPTION HOUSE\n"
            ">>> GOOD EVENING. I'M PAT ROWE. WE START TONIGHT AT A BORDER POST, WHERE GUARDS\n"
            "WHERE GUARDS CAME UNDER FIRE. TWO WERE HURT IN A ROCKET ATTACK ON THE POST LATE\n"
            ">> PAT, OFFICIALS SAY THREE ROCKETS WERE FIRED FROM A FIELD EAST OF THE POST.\n")
    article = article_from_text(text)
    assert ">>" not in article.headline
    assert "GOOD EVENING" not in article.headline


_BILL = ("120TH CONGRESS\n1ST SESSION\nS. 2210\n"
         "To require a study of the counter-drone defense of the border posts in\n"
         "the northern district, and for other purposes.\n\n"
         "IN THE SENATE OF THE UNITED STATES\nMARCH 3, 2027\n"
         "Ms. LARK introduced the following bill; which was referred to a committee\n\n"
         "1 Be it enacted by the Senate and House of Representatives of\n"
         "2 the United States of America in Congress assembled,\n")


def test_a_bills_long_title_wrapped_over_two_lines_is_read_whole():
    article = article_from_text(_BILL)
    assert article.headline == ("To require a study of the counter-drone defense of the border "
                                "posts in the northern district")


def test_a_bills_number_and_chamber_are_its_source():
    assert article_from_text(_BILL).outlet == "S. 2210, 120th Congress (Senate)"


def test_a_remarks_transcript_is_titled_by_its_occasion_not_its_speaker():
    text = ("REMARKS AS PREPARED FOR DELIVERY\n"
            "Col. Dana Pike, incoming commander, 3rd Signal Brigade\n"
            "Assumption of Command Ceremony, Parade Field, Camp Orr\n"
            "June 4, 2027\n\n"
            "Thank you all for coming out in the heat this morning. It means a great deal.\n")
    assert article_from_text(text).headline == (
        "Remarks at the Assumption of Command Ceremony, Parade Field, Camp Orr")


def _journal_pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(50, 780, "Thin Shields: Counter-Drone")
    c.drawString(50, 758, "Defences of Remote Outposts")
    c.setFont("Helvetica", 10)
    y = 720
    for words, mark, rest in [
        ("Guards at the river post said the jammer failed twice.", "4", " Radar crews"),
        ("were moved north in the spring, a ministry", "", ""),
        ("official told the authors that the budget was spent", "", ""),
        ("by the end of the year.", "12", " Two posts closed."),
    ]:
        c.setFont("Helvetica", 10)
        c.drawString(50, y, words)
        x = 50 + c.stringWidth(words, "Helvetica", 10)
        if mark:
            c.setFont("Helvetica", 7)
            c.drawString(x, y + 3, mark)
            x += c.stringWidth(mark, "Helvetica", 7)
            c.setFont("Helvetica", 10)
            c.drawString(x, y, rest)
        y -= 14
    c.drawString(50, y - 20, "Notes")
    c.drawString(50, y - 34, "4. Interview with a guard, 2027.")
    c.save()
    return buf.getvalue()


def test_a_pdfs_small_raised_footnote_marks_do_not_reach_the_text_as_figures():
    text = pdf_to_text(_journal_pdf(), "journal.pdf").text
    assert "failed twice." in text and "Radar crews" in text
    assert "4 Radar" not in text and "\n4\n" not in text
    assert "12" not in text and "Two posts closed." in text
    assert "4. Interview with a guard" in text  # the note itself keeps its number


def _glued_marks_pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    t = c.beginText(50, 720)
    for words, mark, rest in [("The outpost fired 40 interceptors at a cheap drone.", "7",
                               " Radar crews were moved north."),
                              ("Two guards were hurt, the ministry said.", "8", "")]:
        t.setFont("Helvetica", 10)
        t.textOut(words)
        t.setFont("Helvetica", 7)
        t.setRise(3)
        t.textOut(mark)
        t.setRise(0)
        t.setFont("Helvetica", 10)
        t.textLine(rest)
    c.drawText(t)
    c.save()
    return buf.getvalue()


def test_a_note_mark_glued_to_a_sentence_end_is_no_figure():
    text = pdf_to_text(_glued_marks_pdf(), "report.pdf").text
    assert "cheap drone. Radar crews were moved north." in text
    assert "the ministry said." in text and "said.8" not in text
    assert "40 interceptors" in text


def test_a_pdf_title_wrapped_in_large_type_is_one_line():
    text = pdf_to_text(_journal_pdf(), "journal.pdf").text
    assert "Thin Shields: Counter-Drone Defences of Remote Outposts\n" in text


def test_a_caption_files_sponsor_line_names_its_source():
    text = (">>> GOOD EVENING. TWO GUARDS WERE HURT TONIGHT IN A ROCKET ATTACK ON A BORDER POST.\n"
            ">> OFFICIALS SAY THE ROCKETS CAME FROM A FIELD EAST OF THE POST.\n"
            "CAPTIONS PAID FOR BY WXYZ EVENING NEWS\n")
    assert article_from_text(text).outlet == "WXYZ Evening News"


def test_a_transcripts_closing_credit_names_its_source():
    text = ("REMARKS AS DELIVERED\n\nThank you all for coming. The brigade did its job well.\n\n"
            "###\nTranscript prepared by the 9th Signal Brigade Public Affairs Office.\n")
    assert article_from_text(text).outlet == "9th Signal Brigade Public Affairs Office"


def test_a_note_mark_in_body_type_goes_when_the_notes_list_has_its_number():
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for i, line in enumerate(["Guards at the post said the jammer failed twice.3 Radar crews",
                              "were moved north. The unit had 12 launchers.", "",
                              "Notes", "3. Interview with a guard, 2027."]):
        c.setFont("Helvetica", 10)
        c.drawString(50, 720 - 14 * i, line)
    c.save()
    text = pdf_to_text(buf.getvalue(), "report.pdf").text
    assert "failed twice. Radar crews" in text
    assert "12 launchers" in text and "3. Interview" in text
