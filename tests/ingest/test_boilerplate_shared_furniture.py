"""Small furniture many outlets share: a mailer's browser link and a newsletter platform's
footer call, a writer's link to their own earlier piece, a wire's update note, desk initials
joined by a point, a letterhead's paper note, captions credited in brackets, a share bar with
text-size buttons, an agency's acronym beside its name, and short labels over a headline.
Every line is written here."""

import pytest

from briefdeck.ingest import article_from_text
from briefdeck.ingest.boilerplate import classify
from briefdeck.ingest.mastheads import is_site_name

_STORY = (
    "\n\nEngineers reopened the damaged bridge on Thursday after a week of repairs, the "
    "provincial governor said in a statement.\n\nTraffic resumed in both directions by the "
    "evening, officials said.\n"
)


def _flagged(text: str) -> set[str]:
    return {text[f.start : f.end] for f in classify(text)}


FURNITURE = [
    "View in browser",
    "View this email in your browser",
    "Read online",
    "Start writing",
    "Start your own newsletter",
    "- My column from March on the harbour blockade: https://example.org/p/harbour-blockade",
    "Our earlier explainer on the ceasefire terms: https://example.net/explainers/ceasefire",
    "(Adds minister's remarks, paragraphs 4-5)",
    "(Updates with revised casualty figure)",
    "(Corrects spelling of commander's name in paragraph 7)",
    "PRINTED ON RECYCLED PAPER",
    "Printed on recycled paper.",
    "Fishing boats moored at the harbour after the storm. (Reuters file photo)",
    "Smoke rises over the industrial zone (Photo: Regional Press Office)",
    "Print   Share   Send to friend   Font size A+ A-",
    "Email to a friend | Print | Text size",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_shared_furniture_is_flagged(line):
    assert line in _flagged(line + _STORY)


def test_desk_initials_joined_by_a_point_after_the_story_are_flagged():
    text = _STORY + "The ministry said it would give further details later. (end)\n\nqra.tb\n"
    assert "qra.tb" in _flagged(text)


REPORTING = [
    "My piece is only a sketch of what the convoy carried, the driver told reporters.",
    "Our reporters saw the convoy leave the base before dawn.",
    "(The statement did not say how many soldiers were hurt.)",
    "(Changes to the schedule were announced on Friday.)",
    "The photo, released by the army, shows the damaged hangar.",
    "bbc.com",
    "The letter was printed on recycled paper and signed by twelve senators, aides said.",
    "Send the documents to a friend of the court, the judge said.",
]


@pytest.mark.parametrize("line", REPORTING)
def test_reporting_that_resembles_furniture_is_left_alone(line):
    assert line not in _flagged(line + _STORY)


@pytest.mark.parametrize(
    ("plate", "expected"),
    [
        ("KUNA | Kuwait News Agency", True),  # two letters from the first word
        ("SANA - Syrian Arab News Agency", True),
        ("KUNA | Kurdish Army", False),
        ("NATO - Nordic Air Operations", False),
    ],
)
def test_an_acronym_made_of_word_starts_is_a_site_name(plate, expected):
    assert is_site_name(plate) is expected


def test_labels_between_the_page_top_and_the_headline_are_flagged():
    text = (
        "Harbour Courier\nMARITIME SECURITY\n"
        "Navy escorts resume through the northern channel\n"
        "Two frigates joined the convoy after a week's pause.\nBy Lena Moss\n" + _STORY
    )
    flagged = _flagged(text)
    assert {"Harbour Courier", "MARITIME SECURITY"} <= flagged
    assert "Navy escorts resume through the northern channel" not in flagged
    assert article_from_text(text).headline == "Navy escorts resume through the northern channel"


def test_a_headline_with_a_full_stop_still_anchors_the_labels_above_it():
    text = (
        "DEFENCE\nThe frigates are back. The question is for how long.\n"
        "Escorts resumed after a week's pause.\nBy Lena Moss\n" + _STORY
    )
    assert "DEFENCE" in _flagged(text)


def test_a_place_alone_over_a_paragraph_is_a_dateline_not_a_label():
    text = "KIRKUK" + _STORY
    assert "KIRKUK" not in _flagged(text)


def test_a_short_headline_over_a_dek_is_not_taken_for_a_label():
    text = "Bridge reopens\nEngineers finished the repairs a week early.\n" + _STORY
    assert "Bridge reopens" not in _flagged(text)
