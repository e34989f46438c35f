"""Furniture of statements and site pages: a letterhead stacked over the release's label, the
file reference, the signing office and its numbers, the binding-language note, the issuer's
mission statement under its contact block, donation appeals, a contributors' bio, a print
edition note, a newsletter's title over its tagline, text-size buttons, an embedded post's
picture link, an agency's sales note and an advert's "Story continues". Every line is
written here."""

import pytest

from briefdeck.ingest.boilerplate import classify

_STORY = "\n\nThe ministry said three launchers were seized near the river on Tuesday evening.\n"
_MORE = "\n\nPolice closed the road to the port for six hours while engineers checked a bridge.\n"


def _flagged(*lines: str) -> set[str]:
    text = "\n".join(lines)
    return {text[f.start : f.end] for f in classify(text)}


FURNITURE = [
    "Text size: A+ A-",
    "pic.twitter.com/Zq81LmX0a",
    "Ref: MOI/BSD/PR/044/2026",
    "MEDIA STATEMENT",
    "Press Office, Ministry of the Interior",
    "Phone: +44 (0)20 7946 0011 | Signal (duty desk): +44 (0)7700 900123",
    "This release is published in French and English; in the event of any inconsistency the "
    "French version shall prevail.",
    "Donate today",
    "Like our work? Help keep our journalism free for everyone with a monthly or one-time "
    "donation.",
    "This site publishes only a portion of the reports our wire delivers to paying clients. "
    "Contact us about licensing terms.",
    "Story continues",
    "Appeared in the March 3, 2026, print edition as 'Border Post Shelled'.",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_statement_and_page_furniture_is_flagged(line):
    assert line in _flagged(line + _STORY + _MORE)


REPORTING = [
    "The ministry said that in case of any doubt residents should stay indoors overnight.",
    "A version of the plan appeared in print last week, two officials said.",
    "The agency said it would help keep the crossing open through the winter months.",
    "The story of the raid continues to unfold, a police spokesman said on Monday.",
    "Reference numbers for the convoy were not released, officials said.",
]


@pytest.mark.parametrize("line", REPORTING)
def test_reporting_near_these_shapes_is_not_flagged(line):
    assert line not in _flagged(line + _STORY + _MORE)


def test_a_stacked_letterhead_over_the_release_label_is_flagged_but_the_headline_is_not():
    flagged = _flagged(
        "MINISTRY OF THE INTERIOR",
        "",
        "Border Security Directorate (BSD)",
        "",
        "MEDIA STATEMENT",
        "",
        "Drone attack on the northern airport",
        _STORY,
    )
    assert "MINISTRY OF THE INTERIOR" in flagged
    assert "Border Security Directorate (BSD)" in flagged
    assert "Drone attack on the northern airport" not in flagged


def test_a_newsletter_title_over_its_tagline_is_a_masthead():
    flagged = _flagged(
        "The Harbor Watch",
        "A weekly newsletter on ports, shipping and sanctions",
        "Insurers raise rates for tankers bound for the gulf",
        _STORY,
    )
    assert "The Harbor Watch" in flagged
    assert "A weekly newsletter on ports, shipping and sanctions" in flagged
    assert "Insurers raise rates for tankers bound for the gulf" not in flagged


def test_a_plural_contributors_line_after_the_story_is_a_bio():
    flagged = _flagged(_STORY, _MORE, "Lena Ortiz and Omar Farid are contributors to the Harbor "
                       "Review.")
    assert "Lena Ortiz and Omar Farid are contributors to the Harbor Review." in flagged


def test_the_issuers_mission_statement_under_its_contact_block_is_flagged():
    blurb = (
        "The Relief Bureau coordinates emergency aid for displaced families and supports local "
        "partners in the hardest-hit districts."
    )
    flagged = _flagged(_STORY, _MORE, "For further information, please contact:",
                       "Ana Ruiz, Press Officer, ana.ruiz@example.org", blurb)
    assert blurb in flagged
    # the same sentence closing a story, with no contact block above it, is reporting
    assert blurb not in _flagged(_STORY, _MORE, blurb)
    said = "The Relief Bureau provides tents to the camp, a spokesman said on Friday."
    assert said not in _flagged(_STORY, _MORE, "For further information, please contact:",
                                "Ana Ruiz, Press Officer, ana.ruiz@example.org", said)


def test_a_donation_or_precedence_in_the_news_is_not_an_appeal_or_a_language_note():
    for line in (
        "The Gulf states agreed to make a one-time contribution of $500 million to the fund.",
        "Qatar answered the appeal with a one-time donation of fuel for the power plant.",
        "In case of any discrepancy, the Arabic text prevails, the agreement says.",
        "The ferry service offers only part of its usual schedule while the port is shut.",
    ):
        assert line not in _flagged(line + _STORY + _MORE)
