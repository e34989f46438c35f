"""Furniture of institutes, research services and security offices: a product line's mark
read with its logo glyph, a research service's long standing disclaimer, a reprint note, a
note disowning the sponsors' views, the authors' bios above them, a heading over other
announcements, an office's letterhead in title case, a body and its office joined by a dash,
a document symbol, contact lines of a duty room and a radio net, a writer's profile line and
appeal, and whom a client asks about a report. Reporting that borrows their words stays
unflagged. Every line is written here."""

import pytest
from tests.ingest.furniture import rules_over as _rules_over

OPENING = (
    "Two rockets landed near the supply depot outside the northern garrison late on Friday, "
    "the provincial police said, and a third fell short in an empty field."
)
MIDDLE = (
    "Engineers cleared the access road by the next morning, and convoys resumed before noon, "
    "a spokesman for the garrison told reporters."
)
CLOSING = (
    "The garrison has come under fire four times since the winter, and a new radar is due "
    "to arrive within weeks, officials said."
)

LONG_DISCLAIMER = (
    "This report was prepared by the Harbour Legislative Research Office (HLRO). The Office "
    "works as nonpartisan staff for the committees and members of the assembly and answers "
    "only to them. What this report contains should not be relied upon for any purpose other "
    "than public understanding of what the Office has supplied to members in the course of its "
    "duties. Reports of the Office, as works of the state, carry no copyright in the country, "
    "and any of them may be reproduced and shared whole without asking the Office first. Some "
    "reports, however, include maps, pictures or other material owned by someone else, and "
    "anyone who wants to copy that material may need the owner's leave before doing so, "
    "because the Office cannot grant it on their behalf in any case whatever the purpose of "
    "the copy may be, commercial or otherwise, now or later."
)

FURNITURE = [
    ("disclaimer", LONG_DISCLAIMER),
    (
        "print edition note",
        "This op-ed first appeared in the Harbour Ledger on 4 May 2025. Op-eds give our "
        "fellows room to argue from their own research.",
    ),
    (
        "disclaimer",
        "The Meridian Institute is a nonprofit body that studies security policy. Its reports "
        "do not necessarily reflect the views of its donors and partners.",
    ),
    ("contact", "Duty Room Kandahar (24/7): +93 20 555 0199"),
    ("contact", "Radio: Channel 6 - call sign HARBOUR ONE"),
    ("page id", "GA/SHC/4410"),
    ("masthead", "Ministry of the Interior - Directorate of Public Relations"),
    ("author bio", "Analyst. Missiles, maritime security, Gulf politics. Views my own."),
    (
        "subscribe",
        "If you enjoyed this, follow me for more threads on air defence. Corrections welcome.",
    ),
    ("contact", "For questions about this bulletin, please contact your regional desk officer."),
]

# Reporting that borrows those words: none of it may be flagged.
SENTENCES = [
    "The radio channel used by the patrol was jammed for an hour, the commander said.",
    "The op-ed, which first appeared last week, angered officials in the capital.",
    "The minister said the report did not necessarily reflect the views of the army.",
    "Police said the caller had dialled the duty room twice before the blast on Friday.",
    "The directorate said two of its officers had been wounded in the attack on Sunday.",
    "Residents said they enjoyed a quiet night for the first time in weeks after the raid.",
    "Officials declined to take questions about the report, citing the ongoing inquiry.",
]


def _article(*middle: str) -> str:
    return "\n\n".join((OPENING, *middle, MIDDLE, CLOSING))


@pytest.mark.parametrize(("category", "line"), FURNITURE)
def test_institute_and_office_furniture_is_flagged_with_its_category(category, line):
    assert _rules_over(_article(line), line) == [category]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_reporting_that_borrows_those_words_is_not_boilerplate(sentence):
    assert _rules_over(_article(sentence), sentence) == []


def test_a_product_mark_read_with_its_logo_glyph_is_a_label():
    text = "LEGAL SIDEBARi\n\nCourts Weigh Base Leases\n\n" + _article()
    assert _rules_over(text, "LEGAL SIDEBARi") == ["navigation"]


def test_authors_bios_above_a_reprint_note_and_sponsor_disclaimer_are_flagged():
    bios = (
        "Dana Ruiz is a senior fellow at the Meridian Institute, where she studies missile "
        "defence. Omar Hale is an analyst at the Institute."
    )
    reprint = "This commentary originally appeared on Harbour Daily on 2 June 2025."
    note = "Meridian's reports do not necessarily reflect the opinions of its research sponsors."
    text = "\n\n".join((OPENING, MIDDLE, CLOSING, bios, reprint, note))
    assert _rules_over(text, bios) == ["author bio"]
    assert _rules_over(text, reprint) == ["print edition note"]
    assert _rules_over(text, note) == ["disclaimer"]


def test_other_announcements_under_a_related_heading_are_other_stories():
    items = ["Navy clears mines from the northern channel", "Civil defence: shelter hours extended"]
    text = "\n\n".join((OPENING, MIDDLE, CLOSING, "Related Updates:\n" + "\n".join(items)))
    for line in ("Related Updates:", *items):
        assert _rules_over(text, line) == ["other stories"]


def test_an_offices_title_case_letterhead_is_flagged_but_not_the_headline():
    head = (
        "Harbour Provincial Government\n\nDepartment of Information and Media\n\n"
        "Office of the Director General\n\nRelease No. 42/2025\n\n"
        "Province condemns rocket attack on the northern garrison\n\n"
    )
    text = head + _article()
    assert _rules_over(text, "Department of Information and Media") == ["letterhead"]
    assert _rules_over(text, "Office of the Director General") == ["letterhead"]


def test_a_title_case_headline_naming_an_office_is_not_a_letterhead():
    text = (
        "Harbour Ledger\n\nOffice of the Inspector General Opens Review\n\nBy Dana Ruiz\n\n"
        + _article()
    )
    assert _rules_over(text, "Office of the Inspector General Opens Review") == []


def test_a_newsletter_box_title_named_again_in_its_sign_up_line_is_flagged():
    title = "Harbour Ledger Morning Brief"
    signup = (
        "The day's security news delivered to your inbox before eight: sign up for the "
        "Morning Brief."
    )
    text = "\n\n".join((OPENING, MIDDLE, title, signup, CLOSING))
    assert _rules_over(text, title) == ["newsletter"]


def test_a_headline_over_a_sign_up_line_that_shares_no_name_is_left_alone():
    title = "Drone Strikes Resume Near the Port"
    signup = "Sign up for our newsletter to get the morning's news in your inbox."
    text = "\n\n".join((OPENING, MIDDLE, title, signup, CLOSING))
    assert _rules_over(text, title) == []


MORE_FURNITURE = [
    ("print edition note", "Originally published in the Harbour Review on 12 April 2025."),
    (
        "disclaimer",
        "This briefing is prepared for members of the assembly and their staff. Its content is "
        "the sole responsibility of its authors and should not be read as an official position "
        "of the assembly.",
    ),
    ("contact", "Security Control Room: 24/7 +44 20 5550 0199"),
    ("contact", "Call sign: LANTERN SIX"),
]


@pytest.mark.parametrize(("category", "line"), MORE_FURNITURE)
def test_more_reprint_notes_disclaimers_and_contact_lines_are_flagged(category, line):
    assert _rules_over(_article(line), line) == [category]


def test_a_more_announcements_heading_takes_the_list_under_it():
    items = ["Border crossing reopens to aid convoys", "Curfew lifted in two districts"]
    text = "\n\n".join((OPENING, MIDDLE, CLOSING, "More Announcements\n" + "\n".join(items)))
    for line in ("More Announcements", *items):
        assert _rules_over(text, line) == ["other stories"]


def test_a_think_tanks_blurb_closing_the_page_is_flagged_with_the_bio_above_it():
    bio = "Omar Hale is a research fellow at the Meridian Institute."
    blurb = (
        "The Meridian Institute is an independent, nonpartisan research organization that "
        "studies security in the Gulf and the Levant."
    )
    text = "\n\n".join((OPENING, MIDDLE, CLOSING, bio, blurb))
    assert _rules_over(text, blurb) == ["publisher blurb"]
    assert _rules_over(text, bio) == ["author bio"]


def test_a_sentence_describing_an_institute_inside_the_story_is_left_alone():
    line = (
        "The Meridian Institute is an independent research organization whose drone tally "
        "has been cited by both governments."
    )
    assert _rules_over(_article(line), line) == []
