"""Furniture of briefing transcripts, membership appeals, genre labels, agency photo notes and
bare date stamps; with reporting that borrows their words left alone. Sentences are ours."""

from __future__ import annotations

import pytest

from briefdeck.ingest.boilerplate import find_boilerplate

OPENING = ("Militia fighters fired four rockets at a border outpost on Tuesday, wounding two "
           "guards, officials said.")
CLOSING = ("The ministry said it would review security at the crossing, which reopened on "
           "Wednesday morning.")


def _flagged(line: str, *, top: bool = False) -> bool:
    text = "\n\n".join((line, OPENING, CLOSING) if top else (OPENING, line, CLOSING))
    start = text.index(line)
    return any(a <= start and start + len(line) <= b for a, b in find_boilerplate(text))


@pytest.mark.parametrize("line", [
    "TRANSCRIPT",
    "End of Transcript",
    "[00:12:45]",
    "Remarks to the press. As prepared for delivery.",
    "Note: this transcript has been lightly condensed for length.",
    "For the latest updates, follow the ministry on Telegram.",
    "Hello, this is Mark Ivers. I wrote this story for you so you know what happened.",
    "We are a small newsroom that depends on readers, so please consider becoming a member.",
    "A note from the editors:",
    "Join thousands of analysts with Gulf Monitor Premium.",
    "Start reading today. Try it free and cancel anytime.",
    "Opinion",
    "Firefighters at the depot. Coast Guard/Handout via Reuters Purchase Licensing Rights",
    "In Other News",
    "Get the Weekly Defense Roundup",
    "Top stories, delivered each afternoon",
])
def test_transcript_appeal_and_label_lines_are_flagged(line):
    assert _flagged(line)


@pytest.mark.parametrize("line", [
    "The minister said the full transcript of the call would not be released.",
    "The troops relied on readers of the radar screens to spot the drones, a captain said.",
    "An analysis of the wreckage showed the drone was assembled locally, officials said.",
    "By Monday, the crossing had reopened and trucks were moving again.",
])
def test_reporting_with_the_same_words_is_not_flagged(line):
    assert not _flagged(line)


def test_a_bio_naming_the_outlet_by_possessive_is_flagged_after_the_story():
    bio = "Lena Ortiz is the Ledger's Gulf correspondent covering security and energy."
    text = "\n\n".join((OPENING, CLOSING, bio, "Get the Morning Briefing newsletter", "Sign up"))
    start = text.index(bio)
    assert any(a <= start and start + len(bio) <= b for a, b in find_boilerplate(text))
