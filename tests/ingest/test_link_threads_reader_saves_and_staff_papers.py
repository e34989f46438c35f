"""Saved pages and staff papers of kinds met in round 46: a link aggregator's thread read as
its comments, a fediverse thread's bars and replies, a tracking site's table notes and
disclaimers, a read-later app's copy with the reader's notes, a public affairs guidance's
header fields and contacts, and a response to a request for information with its tasking
table, notices and date."""

from __future__ import annotations

import pytest
from tests.ingest.furniture import is_flagged as _flagged
from tests.ingest.furniture import read_page as _html

from briefdeck.ingest import read_article
from briefdeck.ingest.document_control import cover_date
from briefdeck.ingest.posted_by import posted_by_stamp


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_FIRST = (
    "Pasting the lead for those without access: a drone struck a fuel depot outside the port "
    "of Salt Harbour on Sunday night and the port authority said two guards were hurt."
)
_SECOND = (
    "Later update from the authority: one of the guards died in hospital on Monday, so the "
    "toll is now one dead and one injured."
)


def _aggregator_thread() -> str:
    def comment(head: str, body: str, indent: int) -> str:
        return (
            f'<div class="comtr" data-indent="{indent}"><p class="comhead">{head}</p>'
            f'<p class="commtext">{body}</p><p class="reply">reply</p></div>'
        )

    return (
        "<html><head><title>Drone hits fuel depot at Salt Harbour | Linkpile</title></head>"
        "<body><table><tr><td><b>Linkpile</b> new | past | comments | ask | submit</td></tr>"
        '</table><main><div class="fatitem"><p class="title">▲ Drone hits fuel depot at Salt '
        'Harbour (example.org)</p><p class="subtext">140 points by harbourwatch 5 hours ago | '
        "hide | past | favorite | 31 comments</p><form><p>add comment</p></form></div>"
        '<div class="comment-tree">'
        + comment("▲ harbourwatch 5 hours ago | next [–]", _FIRST, 0)
        + comment("▲ quaysider 4 hours ago | parent | next [–]", _SECOND, 1)
        + '<div class="comtr" data-indent="0"><p class="comhead">▲ [flagged] 3 hours ago | '
        'prev | next [–]</p><p class="commtext">[flagged]</p></div>'
        + comment(
            "▲ linkpile_mod 2 hours ago | parent | next [–]",
            "Please keep the discussion on the story and stay civil. See the guidelines.",
            1,
        )
        + "</div></main></body></html>"
    )


def test_a_link_aggregators_comments_are_read_as_the_pages_content(tmp_path):
    article = _html(tmp_path, "thread.html", _aggregator_thread())
    assert _FIRST in article.text
    assert _SECOND in article.text
    assert article.headline == "Drone hits fuel depot at Salt Harbour"
    for line in (
        "▲ harbourwatch 5 hours ago | next [–]",
        "▲ quaysider 4 hours ago | parent | next [–]",
        "▲ [flagged] 3 hours ago | prev | next [–]",
        "Please keep the discussion on the story and stay civil. See the guidelines.",
    ):
        assert article.is_boilerplate(
            article.text.index(line), article.text.index(line) + len(line)
        ), line
    start = article.text.index(_FIRST)
    assert not article.is_boilerplate(start, start + len(_FIRST))


def test_a_link_aggregators_heads_and_links_are_flagged_but_not_the_comments():
    text = _page(
        "96 points by dockside 7 hours ago | hide | past | favorite | 44 comments",
        "add comment",
        "▲ dockside 7 hours ago | next [–]",
        _FIRST,
        "▲ shorewatch 6 hours ago | parent | next [+9]",
        "[flagged]",
        "▲ quaysider 2 hours ago | prev | next [–]",
        _SECOND,
    )
    for line in (
        "96 points by dockside 7 hours ago | hide | past | favorite | 44 comments",
        "add comment",
        "▲ dockside 7 hours ago | next [–]",
        "▲ shorewatch 6 hours ago | parent | next [+9]",
        "[flagged]",
    ):
        assert _flagged(text, line), line
    assert not _flagged(text, _FIRST)
    assert not _flagged(text, _SECOND)


def test_an_ordinary_page_with_comments_keeps_dropping_them(tmp_path):
    markup = (
        "<html><head><title>Depot fire | Harbour Post</title></head><body><article>"
        f"<p>{_FIRST}</p><p>{_SECOND}</p></article>"
        '<div class="comments"><p class="comment">Great reporting, thanks for this.</p></div>'
        "</body></html>"
    )
    article = _html(tmp_path, "story.html", markup)
    assert "Great reporting" not in article.text


def test_a_fediverse_threads_bars_content_warnings_and_replies_are_flagged():
    update = (
        "UPDATE: the port authority now counts one guard dead and one injured after the "
        "drone strike on the fuel depot."
    )
    text = _page(
        "← Back · Post",
        "CW: war, casualties · Show more",
        _FIRST,
        "↩ 4 · 🔁 30 · ⭐ 51 · ···",
        "CW: war, casualties · Show more",
        update,
        "↩ 1 · 🔁 12 · ⭐ 20 · ···",
        "@harbourwatch is that the same depot that burned in the spring? About 3 km east?",
        "↩ 0 · 🔁 0 · ⭐ 2 · ···",
    )
    for line in (
        "← Back · Post",
        "CW: war, casualties · Show more",
        "@harbourwatch is that the same depot that burned in the spring? About 3 km east?",
    ):
        assert _flagged(text, line), line
    assert not _flagged(text, update)
    assert not _flagged(text, _FIRST)


def test_a_story_line_naming_an_account_is_not_taken_for_a_reply():
    line = "@portauthority said on Monday that two guards were hurt in the strike on the depot."
    text = _page("Depot strike", line, _SECOND)
    assert not _flagged(text, line)


def test_a_tracking_pages_table_notes_paid_links_and_disclaimer_are_flagged():
    lines = (
        "7 of 7 flights shown · MLAT = position by multilateration · Export CSV (Gold)",
        "View all port calls (Pro)",
        "Map loading... Position data may be delayed by up to 10 minutes for free accounts.",
        "Incident reports are compiled from public sources and may change as information "
        "develops. Portwatch does not verify third-party claims.",
    )
    text = _page("Vessel particulars", *lines, _FIRST)
    for line in lines:
        assert _flagged(text, line), line
    assert not _flagged(text, _FIRST)
    counted = "Seven of the nine drones were shot down, the port authority said on Monday."
    assert not _flagged(_page(counted, _SECOND), counted)


def test_a_blog_posts_own_posted_by_line_dates_the_page():
    assert posted_by_stamp(["Posted by Ana Ruiz (quay_spotter) · Mar 14, 2031"]) == "2031-03-14"
    # a thread's many posts: none of them is the page's date
    many = ["Posted by Ana Ruiz · Mar 14, 2031", "Posted by Li Wei · Mar 15, 2031"]
    assert posted_by_stamp(many) == ""


def test_a_read_later_copys_notices_and_the_readers_own_notes_are_flagged():
    highlighted = "Later update from the authority: one of the guards died in hospital"
    lines = (
        "This article was saved in reader view. Some images, videos and embeds may be missing.",
        "View the original article at harbourpost.example",
        "Your highlights (2) and notes",
        "My note: compare the toll with the port's own count before the brief.",
    )
    text = _page(_FIRST, _SECOND, *lines[:3], highlighted, lines[3])
    for line in lines:
        assert _flagged(text, line), line
    assert not _flagged(text, _SECOND)


def test_a_bare_note_under_a_reports_highlights_is_the_reports_own():
    note = "Note: the toll includes one guard who died in hospital on Monday."
    text = _page("Highlights", _FIRST, note, _SECOND)
    assert not _flagged(text, note)


def test_public_affairs_guidance_header_fields_contacts_and_expiry_are_flagged():
    lines = (
        "ORIGINATOR: Southern Fleet Public Affairs, Naval Station Coralport",
        "APPROVAL: Ministry PA approved 120900Z MAR 31",
        "PA POSTURE: PASSIVE. Answer queries only with the RTQ at para",
        "5. COORDINATION: Joint Staff PA; Fleet PA; Embassy press office.",
        "LCDR Mara Quist, Fleet Media Desk, (555) 555-0101",
        "This PAG expires 30 APR 31 unless superseded. Do not release outside PA channels.",
    )
    body = (
        "a. Late on Sunday a drone struck a fuel depot at Salt Harbour; the port authority "
        "reports one guard killed and one injured."
    )
    text = _page("PUBLIC AFFAIRS GUIDANCE (PAG) 31-014", *lines[:4], body, *lines[4:])
    for line in lines:
        assert _flagged(text, line), line
    assert not _flagged(text, body)


def test_an_rfi_responses_masthead_notices_and_release_caveat_are_flagged():
    lines = (
        "TASK FORCE MERIDIAN - JOINT ANALYSIS CELL (JAC)",
        "This response answers the question as asked and is not a finished intelligence product.",
        "Confidence: HIGH = several reliable sources agree; MODERATE = credible but partial; "
        "LOW = one source.",
        "Do not release to the public without JAC approval. REL TO USA, GBR on request.",
    )
    body = (
        "3.2 At about 2300 on Sunday two drones approached the depot from the south; one "
        "was shot down and one struck a fuel tank."
    )
    text = _page(lines[0], "RESPONSE TO REQUEST FOR INFORMATION", body, *lines[1:])
    for line in lines:
        assert _flagged(text, line), line
    assert not _flagged(text, body)
    heading = "SYRIAN DEMOCRATIC FORCES (SDF)"  # a section of the body, no staff's name
    assert not _flagged(_page(_FIRST, heading, body), heading)


def test_an_rfi_tasking_table_is_flagged_and_its_response_date_dates_the_paper():
    rows = (
        "RFI No.\tJAC-31-0077",
        "Received\t101200C MAR 31",
        "Suspense\t131200C MAR 31",
        "Priority\tROUTINE (3)",
        "Response date\t13 MAR 31",
        "Status\tANSWERED",
    )
    body = "Two drones approached the depot on Sunday night; one struck a fuel tank."
    text = _page("RESPONSE TO REQUEST FOR INFORMATION", *rows, body)
    for row in rows:
        assert _flagged(text, row), row
    assert not _flagged(text, body)
    assert cover_date(list(rows)) == "2031-03-13"
    assert cover_date(["Received\t13 MAR 31"]) == ""


def test_an_rfi_word_document_is_dated_by_its_response_date_row(tmp_path):
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    doc.add_paragraph("RESPONSE TO REQUEST FOR INFORMATION")
    table = doc.add_table(rows=4, cols=2)
    for r, row in enumerate(
        (
            ("RFI No.", "JAC-31-0077"),
            ("Suspense", "131200C MAR 31"),
            ("Response date", "13 MAR 31"),
            ("Status", "ANSWERED"),
        )
    ):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    doc.add_paragraph(
        "Two drones approached the depot at Salt Harbour on Sunday night, and one of them "
        "struck a fuel tank, the port authority said."
    )
    path = tmp_path / "rfi.docx"
    doc.save(path)
    article = read_article(path)
    assert article.published == "2031-03-13"
