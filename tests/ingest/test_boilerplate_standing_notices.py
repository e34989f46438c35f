"""Standing notices around a report: a printed hearing's caption page and the pointer to an
inserted statement, app store badges and the promo line above them, a search box naming what
it finds, a genre label with its sub-genre, a shared document's sharing line, its pinned note
on how entries are kept and its links heading, and a think tank's note that it takes no
policy positions. Reporting that borrows their words stays unflagged. Every line is written
here."""

import pytest
from tests.ingest.furniture import rules_over as _rules_over

OPENING = (
    "Two drones struck near the fuel depot at the northern airfield late on Monday, the "
    "garrison commander said, and a third was shot down over the perimeter."
)
MIDDLE = (
    "Repair crews worked through the night, and the runway reopened by mid-morning, a "
    "spokesman for the base told reporters."
)
CLOSING = (
    "The airfield has been targeted five times since the autumn, and a second radar is due "
    "to arrive within weeks, officials said."
)

FURNITURE = [
    ("hearing front matter", "HEARING"),
    ("hearing front matter", "ONE HUNDRED EIGHTEENTH CONGRESS"),
    ("hearing front matter", "FIRST SESSION"),
    ("hearing front matter", "Printed for the use of the Committee on Armed Services"),
    ("hearing front matter", "Available via the World Wide Web: http://www.govinfo.example.gov"),
    ("hearing front matter", "U.S. GOVERNMENT PUBLISHING OFFICE"),
    ("hearing front matter", "55-301PDF WASHINGTON : 2025"),
    ("section label", "[The prepared statement of Admiral Rowe follows:]"),
    ("app promotion", "Download on the App Store"),
    ("app promotion", "Get it on Google Play"),
    ("app promotion", "Instant alerts for every region you watch. Free on iOS and Android."),
    ("navigation", "Search towns, units, reports"),
    ("navigation", "Opinion | Commentary"),
    ("sharing notice", "Shared with: Gulf team (4 people) | Can comment"),
    (
        "house rules",
        "Pinned: latest at the top. All times in GMT. Mark every line [UNVERIFIED] until two "
        "outlets carry it.",
    ),
    ("section label", "Links"),
    (
        "disclaimer",
        "The Harbour Policy Institute is a private, nonprofit institution whose work is "
        "nonpartisan. The Institute does not take specific policy "
        "positions, and the views here should be understood to be solely those of the author.",
    ),
]

# Reporting that borrows those words: none of it may be flagged.
SENTENCES = [
    "The hearing was adjourned after the senator walked out, aides said on Tuesday.",
    "Congress will return for a second session on the budget next month, leaders said.",
    "The search for the two missing crew members continued on Wednesday, the navy said.",
    "The base was shared with allied troops until the spring, a spokesman said.",
    "The army said its positions near the border had not been hit by the drones.",
    "Troops pinned down by fire at the gate were evacuated at dawn, the commander said.",
    "The ministry's app, which warns residents of drones, was downloaded widely on Sunday.",
]


def _article(*middle: str) -> str:
    return "\n\n".join((OPENING, *middle, MIDDLE, CLOSING))



@pytest.mark.parametrize(("category", "line"), FURNITURE)
def test_standing_notices_are_flagged_with_their_category(category, line):
    assert _rules_over(_article(line), line) == [category]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_reporting_that_borrows_notice_words_is_not_boilerplate(sentence):
    assert _rules_over(_article(sentence), sentence) == []
