"""Furniture of teletext pages pasted as text, a military order, a newcomers' welcome packet
and a printed committee report; with the reporting among them left alone. Every page, name
and number here is made up."""

from __future__ import annotations

import pytest
from furniture import is_flagged

from briefdeck.extract.sentences import build_document
from briefdeck.ingest import article_from_text

TELETEXT = """P210  NEWSTXT 210  Tue 09 Mar  07:41:02
 NEWSTXT NEWS      ASIA
----------------------------------------
 Ferry fire off Cebu kills two       211
 Rail strike called off in Seoul      212
 Floods close roads in Assam          213
----------------------------------------
 News  Sport  Weather  Travel

P211  NEWSTXT 211  Tue 09 Mar  07:41:30
 NEWSTXT NEWS      ASIA          1/2
 FERRY FIRE OFF CEBU KILLS TWO
----------------------------------------
Two passengers died when a fire broke
out on a ferry crossing to Cebu late on
Monday, the coast guard said, and
fourteen were treated for burns.
                     continues 211/2
 News  Sport  Weather  Travel

P211  NEWSTXT 211  Tue 09 Mar  07:42:00
 NEWSTXT NEWS      ASIA          2/2
----------------------------------------
The operator said the fire began in the
engine room and that all 240 others on
board had been taken off safely.
                   Next: Seoul 212
 News  Sport  Weather  Travel
"""


@pytest.mark.parametrize("line", [
    "P210  NEWSTXT 210  Tue 09 Mar  07:41:02",
    "P211  NEWSTXT 211  Tue 09 Mar  07:42:00",
    "NEWSTXT NEWS      ASIA          1/2",
    "NEWSTXT NEWS      ASIA",
    "Ferry fire off Cebu kills two       211",
    "Floods close roads in Assam          213",
    "continues 211/2",
    "Next: Seoul 212",
    "News  Sport  Weather  Travel",
])
def test_teletext_page_furniture_is_flagged(line):
    assert is_flagged(TELETEXT, line)


@pytest.mark.parametrize("line", [
    "FERRY FIRE OFF CEBU KILLS TWO",
    "Two passengers died when a fire broke",
    "board had been taken off safely.",
])
def test_teletext_story_and_its_headline_are_kept(line):
    assert not is_flagged(TELETEXT, line)


def test_teletext_story_sentences_reach_the_extractor_joined_and_the_index_does_not():
    article = article_from_text(TELETEXT)
    sentences = [s.text for s in build_document(article.text, article.boilerplate).sentences]
    joined = [" ".join(s.split()) for s in sentences]
    assert ("Two passengers died when a fire broke out on a ferry crossing to Cebu late on "
            "Monday, the coast guard said, and fourteen were treated for burns.") in joined
    assert not any("Rail strike" in s or "NEWSTXT" in s for s in joined)


def test_one_line_like_a_page_header_in_a_story_is_not_a_teletext_page():
    text = ("P210  NEWSTXT 210  Tue 09 Mar  07:41:02\n\n"
            "Rail strike called off in Seoul      212\nFerry fire off Cebu kills two   211\n"
            "Floods close roads in Assam          213\n\n"
            "The union said on Monday that its members would return to work on Tuesday.")
    assert not is_flagged(text, "Rail strike called off in Seoul      212")


ORDER = """Copy 2 of 9 copies

HQ, Task Force Larch

Camp Ostrava, Freeland

140600ZMAR31

FRAGMENTARY ORDER 31-04 to OPERATION ORDER 31-01 (BIRCH GATE)

Time Zone Used Throughout the Order: Zulu

Task Organization: No change.

1. SITUATION. Two rockets landed near the west gate at 0215Z on 13 Mar 31 without casualties.

2. MISSION. TF Larch hardens the west gate NLT 160600ZMAR31.

ACKNOWLEDGE: All units acknowledge receipt to the TF Larch S3 NLT 141200ZMAR31.

ANNEXES: Annex B (Intelligence); Annex C (Operations).
"""


@pytest.mark.parametrize("line", [
    "Copy 2 of 9 copies",
    "Time Zone Used Throughout the Order: Zulu",
    "Task Organization: No change.",
    "ACKNOWLEDGE: All units acknowledge receipt to the TF Larch S3 NLT 141200ZMAR31.",
    "ANNEXES: Annex B (Intelligence); Annex C (Operations).",
])
def test_military_order_furniture_is_flagged(line):
    assert is_flagged(ORDER, line)


def test_military_order_reporting_and_metadata_are_kept():
    for line in ("HQ, Task Force Larch", "140600ZMAR31",
                 "1. SITUATION. Two rockets landed near the west gate at 0215Z on 13 Mar 31 "
                 "without casualties."):
        assert not is_flagged(ORDER, line), line


def test_news_sentences_on_orders_are_not_order_furniture():
    text = ("The annex: a list of bases.\n\nThe general said he would acknowledge the error.\n\n"
            "Acknowledge: the ministry has not replied to questions since Monday.")
    for line in text.split("\n\n"):
        assert not is_flagged(text, line), line


def test_military_order_is_dated_by_its_dtg_and_titled_by_its_title_line(tmp_path):
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    for para in ORDER.split("\n\n"):
        doc.add_paragraph(para.strip())
    path = tmp_path / "order.docx"
    doc.save(path)
    from briefdeck.ingest import read_article

    article = read_article(path)
    assert article.published == "2031-03-14"
    assert article.headline == "FRAGMENTARY ORDER 31-04 to OPERATION ORDER 31-01 (BIRCH GATE)"


def test_a_dtg_without_an_order_title_does_not_date_the_text():
    from briefdeck.ingest.military_orders import order_date

    assert order_date(["HQ, Task Force Larch", "140600ZMAR31", "SITREP 14"]) == ""
    assert order_date(["140600ZMAR31", "FRAGO 31-04 (BIRCH GATE)"]) == "2031-03-14"
    assert order_date(["310600ZFEB31", "FRAGO 31-04 (BIRCH GATE)"]) == ""  # no such day


PACKET = """Welcome to Fort Alder: a packet for newcomers

Version 2 | Updated 3 March 2031

1. From the garrison commander

Welcome to Fort Alder. About 4,000 soldiers and civilians work here.

2. Before you arrive

Pack your records, your ID card and two sets of uniforms.

Register your phone for base alerts at in-processing.

3. Security

On 2 March 2031 a drone was shot down over the north range; no one was hurt.

Know where your nearest shelter is.

4. Important numbers

Office\tPhone

Military Police\tDSN 555-123-4567

Clinic\tDSN 555-123-4599

5. Life at Fort Alder

The dining hall is open from 0600 to 2000. The gym is open daily.
"""


@pytest.mark.parametrize("line", [
    "Pack your records, your ID card and two sets of uniforms.",
    "Register your phone for base alerts at in-processing.",
    "Office\tPhone",
    "Military Police\tDSN 555-123-4567",
    "The dining hall is open from 0600 to 2000. The gym is open daily.",
])
def test_packet_service_sections_are_flagged(line):
    assert is_flagged(PACKET, line)


@pytest.mark.parametrize("line", [
    "Welcome to Fort Alder. About 4,000 soldiers and civilians work here.",
    "On 2 March 2031 a drone was shot down over the north range; no one was hurt.",
    "Know where your nearest shelter is.",
])
def test_packet_reporting_sections_are_kept(line):
    assert not is_flagged(PACKET, line)


REPORT = """   [EXCERPT: pages 12-14. Prepared by the Committee staff for
distribution; not an official print.]

                         [In thousands of dollars]

----------------------------------------------------------------------
                               Budget       Committee     Change from
  Line  Item                   request      recommended   request
----------------------------------------------------------------------
   4    FIELD RADIOS .......    120,500       140,500       +20,000
        Program increase--
        replacement of
        radios lost in
        theater ...........           0        20,000       +20,000
----------------------------------------------------------------------

   FIELD RADIOS.--The Committee notes that units in the region lost more
than 300 radios to rocket fire in the past year and recommends an
additional $20,000,000 to replace them.

*          *          *          *          *          *          *

   Section 9012 of the bill provides $45,000,000 for the repair of
runways and shelters damaged by rocket and drone attacks on bases in
the region since January 1 of the fiscal year in which funds become
available.

   Section 9020 of the bill requires the Secretary to report each
transfer of a base to a host nation not later than 30 days after the
transfer is made.
"""


@pytest.mark.parametrize("line", [
    "[EXCERPT: pages 12-14. Prepared by the Committee staff for",
    "distribution; not an official print.]",
    "*          *          *          *          *          *          *",
])
def test_printed_report_furniture_is_flagged(line):
    assert is_flagged(REPORT, line)


@pytest.mark.parametrize("line", [
    "Section 9012 of the bill provides $45,000,000 for the repair of",
    "runways and shelters damaged by rocket and drone attacks on bases in",
    "transfer of a base to a host nation not later than 30 days after the",
    "Program increase--",
    "replacement of",
])
def test_printed_report_paragraphs_and_table_rows_are_kept(line):
    assert not is_flagged(REPORT, line)


def test_headlines_under_the_last_paragraph_are_still_other_stories():
    text = ("Rockets hit the base on Monday, officials said, and two soldiers were hurt in "
            "the attack.\n\nMore stories\n\nNavy tests a new radar off the coast of Maine\n"
            "Army orders more trucks for units in the Pacific region\n"
            "Air Force retires its last tanker from the old fleet\n")
    assert is_flagged(text, "Army orders more trucks for units in the Pacific region")
