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


@pytest.mark.parametrize("line", [
    "(Transcript excerpt ends.)",
    "(END OF BRIEFING)",
    "(The remarks concluded.)",
    "The Border Watch Project at the Levant Policy Forum publishes these notes on conflict "
    "trends every Tuesday. Click here to subscribe.",
    "Exclusive news, data and analytics for financial market professionals",
])
def test_transcript_closes_series_blurbs_and_site_taglines_are_flagged(line):
    assert _flagged(line)


@pytest.mark.parametrize("line", [
    "The briefing ended after an hour, when the general left the room.",
    "Analysts said the data on drone launches was incomplete, officials said.",
])
def test_reporting_about_briefings_and_data_is_not_flagged(line):
    assert not _flagged(line)


def test_titles_under_a_related_transcripts_heading_are_flagged():
    titles = ["Related Transcripts",
              "Joint Staff Director Holds a Briefing on the Gulf Deployment",
              "Navy Secretary Speaks to Reporters at a Shipyard in Maine"]
    text = "\n\n".join((OPENING, CLOSING, *titles))
    spans = find_boilerplate(text)
    for title in titles[1:]:
        start = text.index(title)
        assert any(a <= start and start + len(title) <= b for a, b in spans)


@pytest.mark.parametrize("line", [
    "Chad: Refugee Arrivals in Ouaddai - Flash Update No. 4",
    "Yemen Situation Report No. 18",
])
def test_a_humanitarian_bulletins_title_line_is_flagged(line):
    assert _flagged(line, top=True)


def test_reporting_on_a_flash_update_is_not_flagged():
    assert not _flagged("The agency's flash update on Monday counted 40 dead in the camp.")
