"""Working formats: an analyst's Emacs Org notes (title, author and date from their keyword
lines; headings, items and links as words; the editor's settings, planning lines, drawers and
chores left out), a mail program's print of a thread (its subject, and its last message's
date), a US court filing (its docketing stamp, pleading formula and counsel's signature), and
the lines by which a document marks its own handling or end."""

from briefdeck.ingest import article_from_text, read_article
from briefdeck.ingest.boilerplate import classify
from briefdeck.ingest.org_notes import looks_like_org, org_to_text
from briefdeck.ingest.pdf import join_pages

_ORG = """#+TITLE: River crossing notes, week 12
#+AUTHOR: J. Ames
#+DATE: <2026-03-20 Fri>
#+STARTUP: overview
#+FILETAGS: :border:

* Inbox                                                        :inbox:
** TODO call Omar re: patrol roster                            :followup:
   SCHEDULED: <2026-03-21 Sat>

* Incidents
** DONE Mortar fire at the river crossing                      :attack:
   :PROPERTIES:
   :CUSTOM_ID: inc-0318-crossing
   :SOURCE:   [[https://example.org/post/1][Border guard post]]
   :END:
   <2026-03-18 Wed 22:10>
   - Three mortar rounds landed near the customs shed at the crossing;
     one guard was wounded.
   - [2026-03-19 Thu 08:15] UPDATE: the guard was discharged from hospital

* Notes to self
- Weekly call with Omar moved to Monday 09:00.
- Compare with last week's notes: [[file:wk11.org][wk11]].

# Local Variables:
# org-log-done: time
# End:
"""


def test_org_notes_are_recognised_by_their_keyword_lines_and_drawers():
    assert looks_like_org(_ORG)
    assert not looks_like_org("* Not org\nJust a story that opens with a star.\n")


def test_org_keyword_lines_give_the_title_byline_and_date():
    article = article_from_text(_ORG)
    assert article.format == "org"
    assert article.headline == "River crossing notes, week 12"
    assert article.byline == "J. Ames"
    assert article.published == "2026-03-20"


def test_org_reading_keeps_the_notes_and_drops_the_editors_furniture():
    text, _ = org_to_text(_ORG)
    for furniture in ("#+", "STARTUP", "SCHEDULED", "CUSTOM_ID", ":attack:", "TODO", "DONE",
                      "call Omar", "Inbox", "Local Variables", "Weekly call", "wk11", "[["):
        assert furniture not in text, furniture
    assert "Mortar fire at the river crossing" in text.split("\n")
    # a wrapped item is one line, a link reads as its words
    assert ("Three mortar rounds landed near the customs shed at the crossing; one guard was "
            "wounded.") in text
    assert "Source: Border guard post" in text


def test_org_timestamps_read_as_dates():
    text, _ = org_to_text(_ORG)
    assert "Date: Mar 18, 2026, 22:10" in text.split("\n")
    assert "Mar 19, 2026, 08:15 UPDATE: the guard was discharged from hospital." in text


def test_a_thread_print_is_dated_by_its_last_message_and_titled_by_its_subject():
    article = article_from_text(
        "3/4/26, 9:02 AM\n\nGmail - Re: Crossing closed\n\nJo Ames <jo@example.org>\n\n"
        "Re: Crossing closed\n\n3 messages\n\nLi Wei <li@example.org>\n\n"
        "Mon, Mar 2, 2026 at 8:10 AM\n\nThe crossing was closed after mortar fire overnight.\n\n"
        "Jo Ames <jo@example.org>\n\nTue, Mar 3, 2026 at 6:45 PM\n\n"
        "Customs officials said the crossing would reopen on Thursday morning.\n"
    )
    assert article.headline == "Re: Crossing closed"
    assert article.published == "2026-03-03"


def _flagged(*lines: str) -> set[str]:
    text = "\n".join(lines) + "\n"
    return {text[f.start : f.end] for f in classify(text)}


_STORY = "Border guards detained four smugglers near the river crossing late on Friday."


def test_a_thread_prints_count_signature_and_notice_are_flagged():
    lines = (
        "3 messages",
        "Regional Analyst, Levant Desk | Example Risk Ltd",
        "T +44 20 7946 0000 | M +962 79 555 0100",
        "M +964 750 555 0101",
        "CONFIDENTIALITY: This email and any attachments are confidential and intended solely "
        "for the addressee.",
    )
    assert set(lines) <= _flagged(_STORY, *lines)


def test_a_court_filings_stamp_formula_and_signature_are_flagged():
    lines = (
        "Case 1:25-cv-01234   Document 7   Filed 03/02/25   Page 4 of 9",
        "Plaintiff, by her undersigned counsel, alleges as follows:",
        "Jo Ames (N.Y. Bar No. 4455667)",
        "Counsel for Plaintiff",
        "JURY TRIAL DEMANDED",
    )
    assert set(lines) <= _flagged(_STORY, *lines)


def test_counsel_in_a_sentence_is_not_a_signature():
    line = "Counsel for the plaintiffs declined to comment."
    assert line not in _flagged(_STORY, line)


def test_a_documents_own_handling_and_end_marks_are_flagged():
    lines = (
        "[DRAFT NOTES -- NOT FOR PUBLICATION -- typed from pad]",
        "[END OF NOTES -- check figures]",
        "END OF REPORT. Comments to the desk by Friday noon.",
        "These notes are for working group members only and are not to be shared.",
        "Figures are compiled from local and official reporting and may change as incidents "
        "are reviewed.",
        "Download the data (CSV).",
        "Ames reported from Amman. Staff reporter Li Wei in Baghdad contributed.",
    )
    assert set(lines) <= _flagged(_STORY, *lines)


def test_a_paragraph_cut_by_a_filings_page_stamp_is_made_whole():
    pages = [
        "The attack was one of 14 counted by the Department of\n\n"
        "Case 1:25-cv-01234   Document 7   Filed 03/02/25   Page 1 of 2",
        "Defense.\n\nCLAIMS FOR RELIEF",
    ]
    text = join_pages(pages)
    assert "counted by the Department of Defense." in text


def test_an_org_file_on_disk_is_read_as_org_notes(tmp_path):
    path = tmp_path / "notes.org"
    path.write_text(_ORG.replace("2026-03-20", "2026-03-22"), encoding="utf-8")
    assert read_article(path).published == "2026-03-22"
