"""The set formulas of documents of a kind: a standard form's printed labels and empty boxes,
a research note's certification and disclosures, a decision's appeal-rights notice, a
translation desk's job line and its note over two lines, an appeal's giving ladder and
postscript, a bulletin's dues reminder and sign-off, a notice's shelter instructions, services
and phone numbers under their headings, a match report's scoreboard. Reporting that borrows
their words, and the story after such a block, stay unflagged. Every line is written here."""

import pytest
from tests.ingest.furniture import is_flagged
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
    ("form furniture", "STANDARD FORM 44 (REV. 3/2019)"),
    ("form furniture", "Previous edition unusable"),
    ("form furniture", "Prescribed by GSA - FAR (48 CFR) 53.999"),
    ("form furniture", "7. THIS ITEM ONLY APPLIES TO RENEWALS OF LEASES"),
    ("form furniture", "Offers must acknowledge receipt of this amendment before the hour set."),
    ("form furniture", "E. IMPORTANT: Contractor [X] is not [ ] is required to sign this form."),
    ("form furniture", "[ ] B. THE ORDER IS CHANGED TO SHOW A NEW PAYING OFFICE"),
    ("form furniture", "[X] C. THIS AGREEMENT IS MADE UNDER THE CHANGES CLAUSE"),
    ("form furniture", "14. DESCRIPTION OF AMENDMENT/MODIFICATION (by section headings.)"),
    (
        "contract clause",
        "Except as provided herein, all terms and conditions of the lease stay in full force.",
    ),
    (
        "contract clause",
        "6. RELEASE. In consideration of the modification agreed to herein, the vendor releases "
        "the buyer from further claims.",
    ),
    ("contract clause", "END OF MODIFICATION A0042"),
    (
        "appeal rights",
        "NOTICE OF APPEAL RIGHTS: Either party may ask the review panel to look again within "
        "21 days.",
    ),
    ("appeal rights", "SERVICE SHEET: Copies went to every party named in the file."),
    (
        "disclosure",
        "The analysts named here certify that the views expressed accurately reflect their own "
        "opinions.",
    ),
    ("disclosure", "Harbourside Brokers makes a market in the securities of Fennick Optics."),
    ("disclosure", "Ratings distribution (as of 1 June): Buy 48% | Hold 40% | Sell 12%"),
    ("disclosure", "Price charts and rating histories are on our disclosure site."),
    ("disclosure", "This note is intended for institutional investors only."),
    ("translation notice", "Translated: 3 May, 10:05 local | Translator: J.Q. | Checked: P.W."),
    ("donation appeal", "$80 buys blankets for a family of five."),
    ("donation appeal", "£25 feeds a child for a fortnight."),
    ("donation appeal", "P.S. Every gift made before Friday is matched by a donor."),
    ("member notice", "Dues reminder: the new rate starts in March."),
    ("letter closing", "With gratitude,"),
    ("letter closing", "In solidarity,"),
    ("letter closing", "In solidarity, the Branch 12 Officers"),
    (
        "privacy notice",
        "Names of subjects and witnesses are withheld under the privacy rules of the command.",
    ),
    (
        "disclaimer",
        "This bulletin is based on information available at the time of writing and may change.",
    ),
    ("reader note", "French versions of this notice are available at the front desk."),
    ("scoreboard", "FT | Harbour Rovers 3-1 Millbrook United"),
    ("scoreboard", "Goals: Okafor 12', Lindgren 77' (pen) | Duarte 40'"),
    ("scoreboard", "Yellow cards: Pellegrino 22', Osei 61'"),
    ("scoreboard", "Player ratings: Okafor 8, Lindgren 7, Duarte 6"),
    (
        "scoreboard",
        "Harbour Rovers: Brandt; Kim, Osei, Laine, Ruiz; Varga, Okafor (Toma 80), Lindgren",
    ),
    ("scoreboard", "1. Harbour Rovers 40 pts | 2. Millbrook United 37 | 3. Quayside 30"),
    ("comments", "Comments (12) | Log in to comment"),
    ("share buttons", "Share   Post   WhatsApp   Copy link"),
]

# Reporting that borrows those words: none of it may be flagged.
SENTENCES = [
    "The contractor said the modification agreed last month did not cover the damaged hangar.",
    "The union said it would appeal the ruling within 30 days, its president told members.",
    "Analysts at the bank said the views expressed by the ministry reflected its budget plans.",
    "Donors gave $45,000 to the clinic after the strike on Tuesday, the charity said.",
    "Rovers fans sang at the full-time whistle even as sirens sounded over the town.",
    "Names of the wounded were withheld until families had been told, the army said.",
]


def _article(*middle: str) -> str:
    return "\n\n".join((OPENING, *middle, MIDDLE, CLOSING))


@pytest.mark.parametrize(("category", "line"), FURNITURE)
def test_document_formulas_are_flagged_with_their_category(category, line):
    assert category in _rules_over(_article(line), line)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_reporting_that_borrows_formula_words_is_not_boilerplate(sentence):
    assert _rules_over(_article(sentence), sentence) == []


def test_a_reminders_heading_takes_its_bullets_and_stops_at_the_story():
    bullets = ["- Report lost passes to the guard room.", "- Do not film the gate."]
    text = _article("REMINDERS", *bullets)
    assert all(is_flagged(text, line) for line in ["REMINDERS", *bullets])
    assert not is_flagged(text, MIDDLE)


def test_shelter_instructions_go_with_their_heading_but_not_the_news_after_them():
    steps = [
        "Go to the basement car park by the east stairs. Do not use the lifts.",
        "Take your papers and any medicine with you.",
        "Stay there until staff tell you it is safe.",
    ]
    text = _article("If the alarm sounds", *steps)
    assert all(is_flagged(text, line) for line in ["If the alarm sounds", *steps])
    assert not is_flagged(text, MIDDLE)


def test_services_and_useful_numbers_stop_before_a_quoted_line():
    quoted = 'The manager said "nobody was hurt" and thanked the night staff for their calm.'
    text = _article(
        "Guest services today",
        "Breakfast runs until noon.",
        "The gym is closed.",
        "Useful numbers",
        "Front desk 9, Security 555, Taxi desk 212",
        quoted,
    )
    for line in ["Guest services today", "The gym is closed.", "Useful numbers",
                 "Front desk 9, Security 555, Taxi desk 212"]:
        assert is_flagged(text, line)
    assert not is_flagged(text, quoted)


def test_a_disclosures_heading_takes_the_legal_text_under_it():
    legal = "The firm may hold positions in the companies named in this note."
    text = _article("Important disclosures", legal)
    assert _rules_over(text, "Important disclosures") == ["disclosure"]
    assert is_flagged(text, legal)


def test_a_heading_over_no_furniture_is_left_alone():
    text = _article("Reminders", MIDDLE.replace("Repair", "Fresh"))
    assert not is_flagged(text, "Reminders")


def test_a_line_up_heading_goes_with_the_line_up():
    line_up = "Millbrook: Ahl; Berg, Cole, Dunn; Ekwe, Foss (Gray 70), Hale"
    text = _article("LINE-UPS", line_up)
    assert _rules_over(text, "LINE-UPS") == ["scoreboard"]


def test_a_translators_note_over_two_lines_is_flagged_whole():
    first = "[Translator's note: The weekly is owned by a regional party."
    second = "It writes the town's name in the old spelling; we do not.]"
    text = _article(first, second)
    assert is_flagged(text, first) and is_flagged(text, second)


def test_an_empty_lettered_form_box_is_flagged_and_a_filled_one_is_not():
    text = _article("4A. ORDER NUMBER", "4B. DATED (SEE ITEM 6)", "5A. LEASE NO.", "L-2231-09")
    assert is_flagged(text, "4A. ORDER NUMBER")
    assert is_flagged(text, "4B. DATED (SEE ITEM 6)")
    assert not is_flagged(text, "5A. LEASE NO.")


def test_a_site_name_and_tagline_over_its_menu_is_a_masthead():
    menu = "Home   Leagues   Cup   Transfers   National Team   Fixtures   Standings"
    text = "\n\n".join(("THE QUAYSIDE | Coastal sport in English", menu, OPENING, MIDDLE, CLOSING))
    assert _rules_over(text, "THE QUAYSIDE | Coastal sport in English") == ["masthead"]
    assert is_flagged(text, menu)


def test_a_signers_name_under_a_sign_off_is_kept():
    text = _article("With gratitude,", "Mara Ellingsen", "Director, Quay Relief")
    assert is_flagged(text, "With gratitude,")
    assert not is_flagged(text, "Mara Ellingsen")


def test_a_country_over_a_filing_cover_goes_with_the_cover():
    text = "\n\n".join((
        "UNITED STATES", "SECURITIES AND EXCHANGE COMMISSION", "Washington, D.C. 20549",
        "CURRENT REPORT", OPENING, MIDDLE, CLOSING,
    ))
    assert _rules_over(text, "UNITED STATES") == ["filing cover"]
    assert not is_flagged(text, OPENING)
