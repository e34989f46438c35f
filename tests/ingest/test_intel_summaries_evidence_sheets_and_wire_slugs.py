"""Furniture, dates and text of formats met in the forty-fourth round, each as a rule for its
format: an intelligence summary's grades, grading key, next-issue and handling lines and
its boxed key judgments; a committee's evidence transcript's running head, printing order
and question range; a spreadsheet published to the web (its bar, tabs, corrections address,
its rows' dates); a wire alert's slug lines and send stamps; a Hugo post's shortcodes; a
report cover's stamp run on from its subtitle. Our own short texts."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.ingest.furniture import rules_over

from briefdeck.ingest import read_article
from briefdeck.ingest.boilerplate import find_boilerplate

_GRADED_ITEM = (
    "2.1 Late on 4 May, two one-way attack drones approached the northern perimeter of the "
    "camp. Air defences destroyed one; the other fell short in an empty field. No injuries "
    "were reported. (B2)"
)


def _flagged(text: str, line: str) -> bool:
    return bool(rules_over(text, line))


def test_an_admiralty_grade_closing_an_item_is_not_a_picture_credit():
    text = f"3. NORTHERN SECTOR\n\n{_GRADED_ITEM}\n\n2.2 A militia claimed the attack. (F6)"
    assert not _flagged(text, _GRADED_ITEM)
    assert not _flagged(text, "2.2 A militia claimed the attack. (F6)")


def test_a_caption_closed_by_its_agency_credit_is_still_a_caption():
    line = "Smoke rises over the depot after the strike. (Defense Ministry)"
    assert _flagged(f"Drones hit depot\n\n{line}\n\n{_GRADED_ITEM}", line)


@pytest.mark.parametrize("line", [
    "Source grading uses the Admiralty system: reliability A–F, credibility 1–6.",
    "Grades: reliability A-F, credibility 1-6.",
    "Next INTSUM: 119-27, 141200Z MAY 27.",
    "Next SITREP: 15 May 0600.",
    "This product contains graded reporting. Do not forward outside the client distribution "
    "list.",
])
def test_an_intelligence_summarys_key_next_issue_and_handling_lines_are_furniture(line):
    assert _flagged(f"INTSUM 118-27\n\n{line}\n\n{_GRADED_ITEM}", line)


def test_a_story_about_grading_or_forwarding_keeps_its_sentences():
    text = (
        "Officials said the NATO system of air defence had held. They told staff not to "
        "forward the warnings. Do not expect calm, the minister said of the coming week."
    )
    assert find_boilerplate(text) == []


def test_a_boxed_one_cell_table_keeps_its_paragraphs(tmp_path: Path):
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    doc.add_paragraph("INTELLIGENCE SUMMARY 118-27")
    box = doc.add_table(rows=1, cols=1).cell(0, 0)
    box.paragraphs[0].text = "KEY JUDGMENTS"
    box.add_paragraph("KJ1. Attacks on the camp will likely continue. (Moderate confidence)")
    box.add_paragraph("KJ2. The militia probably inflates its claims. (Low confidence)")
    grid = doc.add_table(rows=1, cols=2)
    grid.cell(0, 0).text = "Date"
    grid.cell(0, 1).text = "Place"
    doc.add_paragraph(_GRADED_ITEM)
    path = tmp_path / "intsum.docx"
    doc.save(str(path))
    text = read_article(path).text
    assert "\n\nKJ1. Attacks on the camp will likely continue. (Moderate confidence)\n\n" in text
    assert "KJ2. The militia probably inflates its claims. (Low confidence)" in text
    assert "Date\tPlace" in text  # a table of several cells is still read row by row


@pytest.mark.parametrize("line", [
    "Foreign Affairs Committee: Oral evidence: Drone threats to shipping, HC 512",
    "Ordered by the House of Commons to be published on 4 May 2027.",
    "Questions 40 - 58",
])
def test_an_evidence_transcripts_running_head_printing_order_and_question_range(line):
    text = (f"{line}\n\nQ40 Chair: Good morning. What happened on 2 May?\n\n"
            "Jo Ames: Two drones struck the port, and three crew were wounded.")
    assert _flagged(text, line)


_SHEET = """<html><head><title>Incident log - Google Sheets</title></head><body><main>
<div>Incident log, May 2027</div>
<div>Published by Google Sheets – Report Abuse – Updated automatically every 5 minutes</div>
<table><tr><th></th><th>A</th><th>B</th><th>C</th><th>D</th></tr>
<tr><th>1</th><td>Date</td><td>Place</td><td>Killed</td><td>Notes</td></tr>
<tr><th>2</th><td>2027-05-02</td><td>Port depot</td><td>0</td><td>Two drones shot down</td></tr>
<tr><th>3</th><td>2027-05-04</td><td>Camp gate</td><td>1</td><td>Rocket hit a guard post</td></tr>
</table>
<table><tr><th>1</th><td>Compiled by the monitor desk. Last full review 9 May 2027.</td></tr>
<tr><th>2</th><td>Corrections to: desk@example.org</td></tr></table>
<div><span>Sheet1</span> <span>Notes</span> <span>Archive Apr 2027</span></div>
</main></body></html>"""


def test_a_published_sheet_is_dated_by_its_review_not_its_first_row(tmp_path: Path):
    page = tmp_path / "sheet.html"
    page.write_text(_SHEET, encoding="utf-8")
    assert read_article(page).published == "2027-05-09"


def test_a_published_sheets_bar_tabs_and_corrections_line_are_furniture_not_its_rows(
        tmp_path: Path):
    page = tmp_path / "sheet.html"
    page.write_text(_SHEET, encoding="utf-8")
    article = read_article(page)
    text = article.text
    flagged = " ".join(text[s:e] for s, e in article.boilerplate)
    assert "Updated automatically every 5 minutes" in flagged
    assert "Archive Apr 2027" in flagged
    assert "desk@example.org" in flagged
    assert "Camp gate" not in flagged and "Port depot" not in flagged  # data rows: no menu


def test_a_menu_laid_out_as_a_table_is_still_a_menu():
    text = "| Home | World | Politics | Sport |\n\nDrones struck the port, officials said."
    assert _flagged(text, "| Home | World | Politics | Sport |")


@pytest.mark.parametrize("line", [
    "IRAQ-SECURITY/BASRA (URGENT)",
    "IRAQ-SECURITY/BASRA (UPDATE 2)",
    "IRAQ-SECURITY/WRAPUP",
])
def test_a_wire_items_slug_line_is_furniture(line):
    text = (f"{line}\nDrones hit Basra oil terminal - officials\n\nBASRA, May 2 (Reuters) - "
            "Two drones struck an oil terminal near Basra on Tuesday, officials said.")
    assert _flagged(text, line)


def test_a_pair_of_names_in_capitals_is_no_slug():
    text = "YPG/PKK\n\nTurkish drones struck a vehicle near Qamishli on Tuesday, officials said."
    assert "production slug" not in rules_over(text, "YPG/PKK")


def test_a_wire_alert_is_dated_by_its_dateline_in_its_send_stamps_year(tmp_path: Path):
    path = tmp_path / "alert.txt"
    path.write_text(
        "URGENT\nIRAQ-SECURITY/BASRA (URGENT)\nDrones hit Basra oil terminal - officials\n\n"
        "BASRA, May 2 (Reuters) - Two drones struck an oil terminal near Basra on Tuesday, "
        "officials said.\n\n(Reporting by Jo Ames; Editing by Li Wei)\n0912 GMT 02-05-2027\n",
        encoding="utf-8")
    assert read_article(path).published == "2027-05-02"


def test_hugo_shortcode_lines_are_markup_and_a_notice_stays_its_own_paragraph(tmp_path: Path):
    path = tmp_path / "post.md"
    path.write_text(
        "---\ntitle: Drones over the port\ndate: 2027-05-03\n---\n\n"
        "{{< notice info >}}\nThis post is part of a series. Views are my own.\n"
        "{{< /notice >}}\n\nTwo drones struck the port on Monday, officials said.\n\n"
        '{{< figure src="/img/port.jpg" caption="Smoke over the port, 2 May 2027. '
        'Imagery: Planet Labs PBC." >}}\n\n{{< tweet user="someone" id="123" >}}\n\n'
        "The port reopened on Tuesday.\n",
        encoding="utf-8")
    text = read_article(path).text
    assert "{{" not in text and "Smoke over the port" not in text
    assert "This post is part of a series. Views are my own.\n" in text
    assert "Two drones struck the port on Monday, officials said." in text


def test_a_caption_closed_by_an_imagery_credit_is_a_caption():
    line = "Launchers on the apron, 2 May 2027. Imagery: Planet Labs PBC."
    assert _flagged(f"Drones over the port\n\n{line}\n\n{_GRADED_ITEM}", line)


def test_a_report_covers_stamp_run_on_from_its_subtitle_dates_it():
    from briefdeck.ingest.publication_dates import find_published

    lines = [
        ("Harbour Watch for Human Rights", False),
        ('"The Port Was Busy"', False),
        ("Civilian Deaths in Strikes on the Port, May 2027 Published 20 May 2027", False),
        ("On the morning of 2 May 2027, a strike hit the port.", False),
        ("1. Ministry statement on X, 3 May 2027.", True),
    ]
    assert find_published(lines) == "2027-05-20"
