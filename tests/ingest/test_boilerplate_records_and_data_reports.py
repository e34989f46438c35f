"""Furniture of printed records, data reports and research pages: a record's page markers,
chamber label and provenance line, an exhibit's label and the pointer to it, a transcript's
standing note, a row of stars, a chart's title, a data project's method note, a caption
closed by its source, a donation box, a view counter, a press-release masthead, the note on
archived sources with its heading, a ticker line over the headline and an embedded video's
title. Reporting that borrows their words stays unflagged. Every line is written here."""

import pytest
from tests.ingest.furniture import rules_over as _rules_over

OPENING = (
    "Engineers reopened the northern runway at the airfield on Tuesday, a week after a "
    "rocket struck its fuel farm, the base commander said."
)
MIDDLE = (
    "Flights resumed in the afternoon, although two hangars remain closed while inspectors "
    "check them for damage, the commander added."
)
CLOSING = (
    "The garrison has been attacked four times since the spring, and a new radar is due to "
    "arrive next month, officials said."
)

FURNITURE = [
    ("page number", "[[Page H2210]]"),
    ("page number", "[Pages H2209-H2212]"),
    ("section label", "[House of Representatives]"),
    (
        "source note",
        "From the Legislative Journal Online via the State Printing Office "
        "[www.printing.example.gov]",
    ),
    ("cross-reference", "(See exhibit 2.)"),
    ("cross-reference", "(See Figure 3)"),
    ("section label", "Exhibit 2"),
    ("section label", "Attachment B"),
    ("disclaimer", "For information media. Not an official record."),
    ("separator", "* * *"),
    ("figure caption", "Figure 2: Attacks on bases by month, 2025 Source: Conflict Monitor."),
    (
        "methodology note",
        "The Monitor collects data on attacks from local media and partners. "
        "Its figures are conservative estimates and may change.",
    ),
    ("photo caption or credit", "A launcher seen from a drone at dusk. Source: Telegram"),
    ("photo caption or credit", "Debris near the gate on Friday. Source: Army Command via X"),
    ("subscribe", "Support our work"),
    ("subscribe", "The Ledger is funded by donations from readers like you."),
    ("page counter", "Number of views: 3,410"),
    ("masthead", "Ministry of Defence | Press Releases"),
    ("source note", "Links to original sources are archived and available on request."),
]

# Reporting that borrows those words: none of it may be flagged.
SENTENCES = [
    "The senator said the exhibit on page 14 of the report showed the damage clearly.",
    "Figures released by the ministry were preliminary, the spokesman said on Monday.",
    "Source: a security official who spoke on condition of anonymity told the agency.",
    "The group said it was funded by donations, which officials disputed on Sunday.",
    "Support for the mission has fallen sharply, a poll published on Friday found.",
    "The number of views on the video passed a million within a day, the channel said.",
    "The record was not an official count, the mayor said, and would be revised.",
    "Breaking ranks with his party, the senator voted against the bill on Thursday.",
]


def _article(*middle: str) -> str:
    return "\n\n".join((OPENING, *middle, MIDDLE, CLOSING))



@pytest.mark.parametrize(("category", "line"), FURNITURE)
def test_record_and_report_furniture_is_flagged_with_its_category(category, line):
    assert _rules_over(_article(line), line) == [category]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_reporting_that_borrows_record_furniture_words_is_not_boilerplate(sentence):
    assert _rules_over(_article(sentence), sentence) == []


def test_a_heading_over_the_closing_source_note_goes_with_it():
    text = _article() + "\n\nArchived Links\n\nLinks to original sources are kept on file."
    assert _rules_over(text, "Archived Links") == ["source note"]


def test_a_citation_list_under_a_sources_heading_is_endnotes_not_other_stories():
    items = [
        "- Ledger News, March 3, 2026",
        "- Harbour Radio, March 4, 2026",
        "- Army Command statement, March 4, 2026",
    ]
    text = _article() + "\n\nSources\n\n" + "\n".join(items)
    for item in items:
        assert _rules_over(text, item) == ["endnotes"]


def test_a_paragraph_under_a_sources_heading_keeps_the_list_unflagged():
    items = [
        "- Ledger News, March 3, 2026",
        "Officials later said the convoy had reached the base without loss, and that the "
        "road would reopen to civilian traffic within a week of the attack.",
    ]
    text = _article() + "\n\nSources\n\n" + "\n".join(items)
    for item in items:
        assert _rules_over(text, item) == []


def test_a_ticker_line_over_the_headline_is_another_story():
    ticker = "Breaking: Finance minister meets the central bank governor over the budget"
    headline = "Police arrest three men over the rocket fire on the airfield"
    text = f"{ticker}\n\n{headline}\n\n" + _article()
    assert _rules_over(text, ticker) == ["other stories"]
    assert _rules_over(text, headline) == []


def test_a_breaking_headline_alone_stays_the_headline():
    headline = "Breaking: Rockets strike the airfield near the capital overnight"
    text = f"{headline}\n\n" + _article()
    assert _rules_over(text, headline) == []


def test_an_embedded_video_title_over_its_running_time_is_flagged_but_the_headline_is_not():
    headline = "Rockets hit airfield fuel farm, commander says runway will reopen"
    video = "Rocket Fire Hits Northern Airfield"
    text = f"{headline}\n\n{video}\n\n3:14\n\n" + _article()
    assert _rules_over(text, video) == ["video title"]
    assert _rules_over(text, headline) == []
