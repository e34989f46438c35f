"""A deck's notes pages, a saved fax, an erratum's re-issue date and report-closing lines."""

from briefdeck.ingest import article_from_text as read_text
from briefdeck.ingest.fax_sheets import cover_subject, is_fax_stamp
from briefdeck.ingest.publication_dates import find_published
from briefdeck.ingest.speaker_notes import (
    bullet_lines,
    in_slide_text_block,
    is_notes_label,
    on_slide_text,
    slide_records,
    slide_text_spans,
)

NOTES = """Weekly Gulf Update.pptx

Slide 1 of 3
Title: Weekly Gulf Update
Slide text:
- Analyst call, 4 March 2027
Footer: Example Risk | Clients only
Speaker notes:
Hello all. We're recording, and questions go in the Q&A box.

Slide 2 of 3
Title: What changed
Slide text:
- Navy: 3 drones downed (Tue)
- [Chart: attacks per week]
Footer: Example Risk | Clients only
Speaker notes:
On Tuesday the navy said its ships shot down three drones near the strait. [click]

Slide 3 of 3
Title: Questions
Slide text:
- Next briefing: Thursday 11 March, 10:00 GMT
Footer: Example Risk | Clients only
Speaker notes:
Thank the audience.

End of Notes Pages export
"""


def _flagged(article, line: str) -> bool:
    start = article.text.index(line)
    return article.is_boilerplate(start, start + len(line))


def test_a_notes_export_keeps_titles_bullets_and_notes_and_flags_its_bookkeeping():
    article = read_text(NOTES)
    for furniture in (
        "Slide 2 of 3",
        "Slide text:",
        "Speaker notes:",
        "[Chart: attacks per week]",
        "Next briefing: Thursday 11 March, 10:00 GMT",
        "Thank the audience.",
        "End of Notes Pages export",
        "[click]",
        "Title:",
        "Hello all. We're recording, and questions go in the Q&A box.",
    ):
        assert _flagged(article, furniture), furniture
    for kept in (
        "What changed",
        "- Navy: 3 drones downed (Tue)",
        "On Tuesday the navy said its ships shot down three drones near the strait.",
    ):
        assert not _flagged(article, kept), kept


def test_a_slides_bullets_are_told_apart_from_the_spoken_notes():
    text = read_text(NOTES).text
    assert len(slide_text_spans(text)) == 3
    assert on_slide_text(text, text.index("Navy: 3 drones"))
    assert not on_slide_text(text, text.index("On Tuesday the navy"))
    assert slide_text_spans("Slide 1 of 2\nNotes: a plain list\n") == ()


def test_a_fax_machines_stamps_and_cover_routing_are_furniture():
    assert is_fax_stamp("03/02/2027 09:14   +1 555 0100   PORT AUTHORITY   #0042  P.001/003")
    assert is_fax_stamp("RECEIVED 03/02/2027 09:20 BY FAXGW-2 (3 PAGES)   OK")
    assert not is_fax_stamp("03/02/2027 09:14 the port reopened after the drone alert")
    text = (
        "03/02/2027 09:14   +1 555 0100   PORT AUTHORITY   #0042  P.001/002\n\n"
        "FAX TRANSMISSION\n\nTO:\n\nShipping desks\n\nRE:\n\nPort closure after drone alert\n\n"
        "[ ] Urgent    [X] For information    [ ] Please reply\n\n"
        "Please find overleaf the authority's notice.\n\n"
        "If any pages are missing, please call +1 555 0101.\n\n"
        "The port authority said the harbour closed for four hours on Tuesday after a "
        "drone was seen over the container terminal.\n\n"
        "Port Authority press office. Outgoing No. 12/44\n\n"
        "RECEIVED 03/02/2027 09:20 BY FAXGW-2 (2 PAGES)   OK"
    )
    article = read_text(text)
    for furniture in (
        "FAX TRANSMISSION",
        "Shipping desks",
        "[X] For information",
        "Please find overleaf",
        "If any pages are missing",
        "Outgoing No. 12/44",
        "RECEIVED 03/02/2027",
        "P.001/002",
    ):
        line = next(ln for ln in article.text.split("\n") if furniture in ln)
        assert _flagged(article, line), furniture
    assert not _flagged(article, "The port authority said the harbour closed")
    assert article.headline == "Port closure after drone alert"
    assert cover_subject([("Port closure", False), ("RE: nothing", False)]) == ""


def test_an_erratum_is_dated_by_its_reissue_and_a_typed_up_diary_by_its_typing():
    lines = [
        ("ERRATUM", False),
        ("Original publication: 2 March 2027 (version 1.0)", False),
        ("Corrected version re-issued: 19 March 2027 (version 1.1)", False),
    ]
    assert find_published(lines) == "2027-03-19"
    diary = [("Notebook, part 2", False), ("Typed up Sat 6 Mar 2027 for the family.", False)]
    assert find_published(diary) == "2027-03-06"


def test_a_reports_closing_lines_and_a_letterheads_address_with_its_phone():
    text = (
        "44 Example Tower, Springfield, IL 62701 | (217) 555-0100\n\n"
        "The monitor counted 14 strikes in the district in February, two more than it "
        "first reported.\n\n"
        "5. Citing this report\n\n"
        "Please cite the corrected version: Example Monitor, Report 3, version 1.1.\n\n"
        "Corrections and questions: desk@example.org. Older reports are on our site.\n\n"
        "Staff contacts: Jo Roe, ext. 5-0101; Al Poe, ext. 5-0102.\n\n"
        "Please don't share any of this online.\n\n"
        "End of Session S2. Session S3, Air defence, begins on page 31.\n\n"
        "[end of part 2, more soon - J.]"
    )
    article = read_text(text)
    for line in text.split("\n\n"):
        if "counted 14 strikes" in line:
            assert not _flagged(article, line)
        else:
            assert _flagged(article, line), line


def test_the_extractors_view_of_a_notes_export_is_read_here_too():
    slides = slide_records(NOTES)
    assert len(slides) == 3
    start, end, notes = slides[1]
    assert NOTES[start:].startswith("Slide 2 of 3")
    assert NOTES[notes:].startswith("Speaker notes:")
    assert [NOTES[a:b] for a, b in bullet_lines(NOTES, start, notes)] == [
        "Navy: 3 drones downed (Tue)",
        "[Chart: attacks per week]",
    ]
    assert in_slide_text_block(NOTES, NOTES.index("Navy: 3 drones"))
    assert not in_slide_text_block(NOTES, NOTES.index("On Tuesday the navy"))
    label = NOTES.index("Speaker notes:")
    assert is_notes_label(NOTES, label, label + len("Speaker notes:"))
    assert len(slide_records("Slide 1 of 1\nSpeaker notes:\nOne slide only.\n")) == 1
