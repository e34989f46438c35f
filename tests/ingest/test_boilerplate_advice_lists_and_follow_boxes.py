"""An alert's standing advice when a Word list has lost its bullets, the advice line that
names a site (kept: it says where the danger is), a travel-registration prompt, and a page's
follow box ("Keep up with ... by following X", a bare "Tap here" button)."""

import pytest
from tests.ingest.furniture import rules_over

REPORT = (
    "Two mortar rounds landed near the harbour authority building in Port Vella on Monday "
    "night, the consulate said.\n\n"
    "Nobody was hurt, and police closed the coast road for several hours."
)
ASSISTANCE = "Assistance:\n\nConsulate of Ruritania\n\nHarbour Street 12, Old Town"
STANDING = [
    "Reconsider travel to the coast for the time being.",
    "Monitor local radio for updates.",
    "Keep a low profile and vary your routes.",
    "If you hear a siren, move indoors and stay away from windows.",
]


def _alert(advice: list[str]) -> str:
    return "\n\n".join([REPORT, "Actions to Take:", *advice, ASSISTANCE])


def test_plain_advice_paragraphs_under_their_heading_are_flagged_like_bullets():
    text = _alert(STANDING)
    for line in STANDING:
        assert rules_over(text, line) == ["security advice"], line
    assert rules_over(text, REPORT.split("\n")[0]) == []


def test_advice_naming_a_particular_site_is_kept_as_reporting():
    site = "Avoid the area around Port Vella Harbour Road and Vella North Airport."
    text = _alert([STANDING[0], site, STANDING[1]])
    assert rules_over(text, site) == []
    assert rules_over(text, STANDING[1]) == ["security advice"]


def test_bulleted_advice_naming_a_site_is_kept_while_generic_bullets_are_flagged():
    site = "- Stay clear of Vella North Airport until further notice."
    generic = "- Keep your travel documents with you."
    text = _alert([site, generic])
    assert rules_over(text, site) == []
    assert rules_over(text, generic) == ["security advice"]


def test_the_list_ends_at_a_line_that_is_not_advice():
    after = "Officials in Port Vella said the harbour would reopen on Wednesday."
    text = "\n\n".join([REPORT, "Actions to Take:", STANDING[1], after])
    assert rules_over(text, STANDING[1]) == ["security advice"]
    assert rules_over(text, after) == []


def test_a_lowercase_lesson_in_reporting_is_not_an_advice_list():
    line = "Monitor the situation closely, the minister told the cabinet on Monday."
    assert rules_over("\n\n".join([REPORT, line]), line) == []


def test_travel_registration_prompt_is_flagged_wherever_it_stands():
    prompt = (
        "Enrol in the Traveller Registration Service (TRS) to receive security messages "
        "and help us find you in an emergency: https://trs.example.org/"
    )
    assert rules_over("\n\n".join([REPORT, prompt]), prompt) == ["security advice"]


def test_enrolment_numbers_in_reporting_are_not_a_prompt():
    line = "Enrolment in the reserve training programme rose by 40 per cent this year."
    assert rules_over("\n\n".join([REPORT, line]), line) == []


@pytest.mark.parametrize(
    "line",
    [
        "Keep up with all the latest news from the region by following Harbour Ledger",
        "Stay up to date with the latest headlines by subscribing to our channel",
    ],
)
def test_follow_box_pitch_is_flagged(line):
    assert rules_over("\n\n".join([REPORT, line, "Ends."]), line) == ["share buttons"]


def test_a_bare_tap_here_button_is_flagged_but_a_sentence_with_it_is_not():
    text = "\n\n".join([REPORT, "Tap here", "Click here."])
    assert rules_over(text, "Tap here") == ["link"]
    assert rules_over(text, "Click here.") == ["link"]
    sentence = "Tap here and there, the engineers said, and the old pipes still leak."
    assert rules_over("\n\n".join([REPORT, sentence]), sentence) == []
