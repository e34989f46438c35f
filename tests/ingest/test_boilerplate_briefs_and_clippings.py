"""Furniture of consultancy briefs, report PDFs, clipped newspaper text and comment boxes:
handling marks with their terms, a brief's closing line, disclaimers, release numbers,
paste notes, print footers, newsletter boxes. Every line is written here."""

import pytest

from briefdeck.ingest.boilerplate import classify
from briefdeck.ingest.pdf import reflow

FURNITURE = [
    "TLP:GREEN: Recipients may share this report within their sector but not publicly.",
    "END OF REPORT",
    "Disclaimer",
    "Disclaimer: This note draws on open sources and does not constitute legal advice.",
    "The material herein does not constitute investment or security advice.",
    "The firm accepts no liability for losses arising from use of this note.",
    "Its contents should not be taken as the views of the institute or its funders.",
    "No MOD-118/2025-PR",
    "[copied from The Coastal Herald, March 3, 2025, 9:40am]",
    "Published in The Coastal Herald, March 3rd, 2025",
    "Get the Harbour Ledger's Morning Edition by email and never miss a headline",
    "Get it",
    "Please sign in or register to comment.",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_brief_and_clipping_furniture_is_flagged(line):
    flags = classify(line)
    assert flags and flags[0].start == 0 and flags[0].end == len(line)


REPORTING = [
    "The ministry said the visit does not constitute an endorsement of the plan.",
    "The company accepts no responsibility, a spokesman said on Tuesday.",
    "No casualties were reported after the blast near the gate.",
    "The report was published in March, two weeks after the raid.",
    "The end of the brief ceasefire came when shelling resumed at dawn.",
]


@pytest.mark.parametrize("sentence", REPORTING)
def test_reporting_with_similar_words_is_not_flagged(sentence):
    assert classify(sentence) == []


def test_a_page_number_line_of_a_pdf_stands_alone_after_a_long_footer_line():
    page = (
        "Institute for Coastal Studies | Brief\n"
        "https://example.org/briefs | CB0042 · EDITION 2 · REVISED\n"
        "Page 1 of 3\n"
        "Naval patrols in the gulf rose sharply during the winter months as the\n"
        "coast guard moved two cutters to the northern anchorage.\n"
    )
    assert "\n\nPage 1 of 3\n\n" in reflow(page)


def test_a_running_head_and_the_motto_between_its_lines_are_flagged_on_every_page():
    body = (
        "Naval patrols in the gulf rose sharply during the winter months as the coast guard "
        "moved two cutters to the northern anchorage, officials said on Monday afternoon."
    )
    head = "Institute for Coastal Studies | Brief"
    url = "https://example.org/briefs | CB0042 · EDITION 2"
    text = "\n\n".join(
        [head, "Research for safer seas", url, "Page 1 of 2", body, body, body, body,
         body, head, url, "Page 2 of 2", body, body]
    )
    flagged = {text[f.start:f.end] for f in classify(text)}
    assert {head, "Research for safer seas", url, "Page 1 of 2"} <= flagged


MORE_FURNITURE = [
    "RESTRICTED: For internal use by member agencies only. Do not forward.",
    "Valley Monitor Weekly No. 12 | Page 2 of 3",
    "Duty Desk: +44 20 7946 0000 | desk@valley-monitor.example | Reply to unsubscribe.",
    "Media Desk: (555) 010-0199",
    "Joint Task Force North Public Affairs",
    "Video released by the ministry purports to show the launch of two missiles.",
    "Start your day with the biggest stories.",
    "Ledger Online Sitemap",
    "Closed Captioning",
    "Related Releases",
]


@pytest.mark.parametrize("line", MORE_FURNITURE)
def test_report_and_release_furniture_is_flagged(line):
    flags = classify(line)
    assert flags and flags[0].start == 0 and flags[0].end == len(line)


MORE_REPORTING = [
    "Video posted online showed smoke rising over the port after the strike.",
    "The desk officer said the convoy was for internal use of the garrison.",
    "Officials said the public affairs office had not been told of the raid.",
]


@pytest.mark.parametrize("sentence", MORE_REPORTING)
def test_reporting_near_that_furniture_is_not_flagged(sentence):
    assert classify(sentence) == []
