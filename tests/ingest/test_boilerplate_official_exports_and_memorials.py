"""Standing text of official documents and saved exports: a sanctions release's legal section
and number, an arms-sale notice's closing lines, a UN cover's furniture, a brief's handling
lines, a meeting transcript's export lines, an alert app's export chrome and a memorial page's
guestbook; while the reporting around them, and a turn that the room laughed at, stay. Every
sentence here is our own."""

from __future__ import annotations

import pytest

from briefdeck.ingest import article_from_text
from briefdeck.ingest.boilerplate import find_boilerplate
from briefdeck.ingest.markdown import markdown_to_text

OPENING = ("Two drones struck a fuel depot outside the port on Sunday night, wounding three "
           "workers, the provincial governor said.")
CLOSING = ("Repairs to the depot's pumps are expected to take a week, the operator said in a "
           "statement on Monday.")


def _flagged_in(text: str, line: str) -> bool:
    spans = find_boilerplate(text)
    starts = [i for i in range(len(text)) if text.startswith(line, i)]
    return bool(starts) and all(
        any(a <= s and s + len(line) <= b for a, b in spans) for s in starts
    )


def _flagged(line: str) -> bool:
    return _flagged_in("\n\n".join((OPENING, line, CLOSING)), line)


@pytest.mark.parametrize("line", [
    "This notice of a potential sale is required by law and does not mean the sale has been "
    "concluded.",
    "All questions regarding this proposed sale should be directed to the press office, "
    "press@example.org.",
    "*2419876*",
    "Distr.: Limited",
    "Original: French",
    "* The present excerpt reproduces the summary and chapter II of the report.",
    "The Group would appreciate it if the present letter and the report were brought to the "
    "attention of the members and issued as a document of the Council.",
    "Distribution: brigade staff, liaison cells",
    "Source grading: reliability A-F, credibility 1-6",
    "Reference: ABC/XY/25/031",
    "Port Watch - Weekly-20250304_140233-Meeting Transcript",
    "12m 07s",
    "Hale, Jordan started transcription",
    "Civil Defence | Alerts history",
    "Exported from the Civil Defence app, version 3.1",
    "Tap for instructions",
    "Enter the shelter and stay there until further notice",
    "End of history. Alerts older than 48 hours are not stored on this phone.",
    "In lieu of flowers, donations may be made to the local volunteer fire brigade.",
    "Sign the Guestbook",
    "Share a memory",
    "A tree was planted in memory of Sam Ortiz by his friends at the depot.",
    "Coalition aircraft based in the Gulf, '000, end of year",
])
def test_official_export_and_memorial_lines_are_flagged(line):
    assert _flagged(line)


def test_sanctions_section_is_flagged_to_the_release_end_but_not_the_designations():
    designation = ("Rami Haddad is a financier who moved about $2 million to the group's "
                   "drone program in 2025, according to the department.")
    legal = ("As a result of today's action, all property of the designated persons in the "
             "United States is blocked and must be reported.")
    text = "\n\n".join((OPENING, designation, "SANCTIONS IMPLICATIONS", legal, "###", CLOSING))
    assert _flagged_in(text, "SANCTIONS IMPLICATIONS") and _flagged_in(text, legal)
    assert not _flagged_in(text, designation) and not _flagged_in(text, CLOSING)


def test_release_number_at_the_head_is_flagged():
    text = "\n\n".join(("Ministry Sanctions Drone Suppliers in Three Countries", "March 3, 2026",
                        "XY2041", OPENING, CLOSING))
    assert _flagged_in(text, "XY2041")


def test_guestbook_tribute_and_signature_are_flagged_not_the_obituary():
    tribute = "We will miss his laugh at every practice. Thinking of the family."
    text = "\n\n".join((OPENING, CLOSING, "Guestbook", "Send Flowers", tribute,
                        "- Dana R., Marion, OH"))
    assert _flagged_in(text, tribute) and _flagged_in(text, "- Dana R., Marion, OH")
    assert not _flagged_in(text, OPENING) and not _flagged_in(text, CLOSING)


def test_a_turn_the_room_laughed_at_is_not_a_caption():
    turn = "MR. HALE: I won't predict the next step from up here. (Laughter.)"
    text = "\n\n".join((OPENING, "Q Will there be more strikes?", turn, CLOSING))
    assert not _flagged_in(text, turn)


def test_site_name_and_section_in_capitals_are_not_the_headline():
    title = "Press Briefing by the Deputy Spokesperson on the Depot Attack"
    article = article_from_text("\n\n".join(("THE MINISTRY", "NEWS & STATEMENTS", title,
                                             OPENING, CLOSING)))
    assert article.headline == title
    assert _flagged_in(article.text, "NEWS & STATEMENTS")


def test_meeting_transcript_title_names_the_meeting():
    text = "\n\n".join(("Port Watch-20250304_140233-Meeting Transcript", "March 4, 2025",
                        "3m 10s", OPENING, CLOSING))
    assert article_from_text(text).headline == "Port Watch"


def test_brief_handling_block_under_the_story_and_the_list_above_it():
    source = "\n".join((
        "# Threat brief: drones near the port", "",
        "**Reference:** ABC/XY/25/031", "**Date of information:** up to 2 Mar 2025",
        "**Date of issue:** 4 Mar 2025", "", OPENING, "", CLOSING, "",
        "## Indicators to watch", "",
        "- Drone teams moving towards the river crossings",
        "- New claims of attacks posted on Telegram channels",
        "- Fewer patrol flights over the coastal road", "",
        "---", "",
        "**Handling:** This brief is for partner force-protection channels only. Do not forward.",
        "**Distribution:** brigade staff, liaison cells",
    ))
    text = markdown_to_text(source).text
    assert _flagged_in(text, "Distribution: brigade staff, liaison cells")
    assert _flagged_in(text, "Reference: ABC/XY/25/031")
    assert not _flagged_in(text, "New claims of attacks posted on Telegram channels")
    assert "up to 2 Mar 2025\nDate of issue" in text  # a field per line, not one paragraph


def test_a_brief_is_dated_by_its_issue_not_by_how_recent_its_sources_are(tmp_path):
    from briefdeck.ingest import read_article

    path = tmp_path / "brief.md"
    path.write_text("\n".join((
        "# Threat brief: drones near the port", "",
        "**Date of information:** up to 2 Mar 2025", "**Date of issue:** 4 Mar 2025", "",
        OPENING, "", CLOSING,
    )), encoding="utf-8")
    assert read_article(path).published == "2025-03-04"
