"""Furniture of mailed alerts and of a story's tail: a mail system's external-sender banner,
a mailing service's footer and postal address, an alert's standing advice under its heading
and its contact block, a contact opener with the issuer's self-description under it, update
notes, a footnote key, an agency's story code, a bracketed date stamp, a follow prompt, a
newsletter's promise, a report's type and authors heading and a library's disclaimer; and by
place, another story's headline in capitals between paragraphs, the editor's initials, short
bulleted tags, a closing heading of section words and the pages of an excerpt. A wire's bare
"(AFP)" closing a paragraph of reporting is no caption. Every line is written here."""

import pytest
from tests.ingest.furniture import rules_over as _rules_over

from briefdeck.ingest.boilerplate import classify

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
    ("e-mail banner", "[EXTERNAL SENDER - think before you open links or attachments]"),
    (
        "newsletter",
        "You are receiving this alert because you registered your trip with the consulate.",
    ),
    ("newsletter", "Please do not reply to this message. Nobody reads this inbox."),
    ("newsletter", "This message was sent via MailRelay Pro on behalf of: Consular Section"),
    (
        "postal address",
        "Department of Travel - Office of Overseas Residents, 1400 Harbor Avenue NW, "
        "Springfield, VA 22150",
    ),
    (
        "contact",
        "For more information, please contact: Dana Hollis, Field Office, Tel: +44 20 7946 0000",
    ),
    (
        "update note",
        "Update 3/9/27, 4:15 p.m. ET: This story has been updated with the ministry's new toll.",
    ),
    ("update note", "Correction: This article was corrected to give the right unit name."),
    ("footnote key", "*Veteran-owned business"),
    ("page id", "QNA/1182734"),
    ("time stamp", "[14/March/2027]"),
    ("subscribe", "Tap the bell icon to follow these topics:"),
    ("newsletter", "Get the region's top headlines in your inbox"),
    ("document label", "Policy Brief"),
    ("author bio", "Contributing authors"),
    (
        "disclaimer",
        "The Assembly Library does not accept any liability for errors in this paper, and "
        "readers should not rely on it as legal advice.",
    ),
    (
        "publisher blurb",
        "Ledger.co.uk, the online edition of the Harbour Ledger, with news from the coast.",
    ),
]

# Reporting that borrows those words: none of it may be flagged.
SENTENCES = [
    "The external wall of the depot was damaged, and engineers urged caution near it.",
    "Officials said the convoy had been receiving fire because it strayed off the road.",
    "The minister refused to reply to the letter, aides said on Tuesday.",
    "Crews will update the alert system after the strike, the commander said.",
    "The general said the small business of clearing mines would take months.",
    "Residents were told to follow the army's instructions and stay indoors, he said.",
    "For more information on the attack, the ministry said, investigators were at the site.",
    "Rockets fell near the embassy on 14 March 2027, the security cell said.",
]


def _article(*middle: str) -> str:
    return "\n\n".join((OPENING, *middle, MIDDLE, CLOSING))



@pytest.mark.parametrize(("category", "line"), FURNITURE)
def test_alert_and_mailer_furniture_is_flagged_with_its_category(category, line):
    assert _rules_over(_article(line), line) == [category]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_reporting_that_borrows_alert_words_is_not_boilerplate(sentence):
    assert _rules_over(_article(sentence), sentence) == []


def test_standing_advice_bullets_under_their_heading_are_flagged():
    bullets = [
        "- Stay away from the port road and any large gatherings.",
        "- Keep your phone charged and carry your passport at all times.",
        "- Shelter indoors if you hear sirens, away from windows.",
    ]
    text = _article("Recommended actions:\n" + "\n".join(bullets))
    assert _rules_over(text, "Recommended actions:") == ["security advice"]
    for bullet in bullets:
        assert _rules_over(text, bullet) == ["security advice"]
    assert _rules_over(text, CLOSING) == []


def test_bullets_without_an_advice_heading_stay_reporting():
    bullet = "- Stay away from the port road and any large gatherings."
    text = _article("Residents were given this advice:\n" + bullet)
    assert _rules_over(text, bullet) == []


def test_contact_block_under_assistance_label_is_flagged_down_to_a_paragraph():
    block = "Assistance:\nConsulate of Ruritania\nHarbour Street 12, Old Town\n+44 20 7946 0001"
    text = "\n\n".join((OPENING, MIDDLE, CLOSING, block, "Ends."))
    for line in block.split("\n"):
        assert _rules_over(text, line) == ["contact"], line
    assert _rules_over(text, CLOSING) == []


def test_issuer_self_description_under_its_contact_line_is_flagged():
    contact = "For further information, please contact: Dana Hollis, Tel: +44 20 7946 0000"
    blurb = "The Relief Union is an independent humanitarian organization founded in 1921."
    text = "\n\n".join((OPENING, MIDDLE, CLOSING, contact, blurb))
    assert _rules_over(text, blurb) == ["publisher blurb"]


def test_wire_credit_closing_a_reported_paragraph_is_not_a_caption():
    entry = (
        "The port authority said two cranes were damaged and one worker was hurt when debris "
        "fell on the quay, and that loading would resume on Thursday. (Reuters)"
    )
    caption = "Smoke rises over the quay after the strike on Tuesday. (AFP)"
    text = _article(entry, caption)
    assert _rules_over(text, entry) == []
    assert _rules_over(text, caption) == ["photo caption or credit"]


def test_capitalised_headline_between_paragraphs_is_another_story():
    promo = "REBELS SEIZE SECOND BORDER TOWN AS ARMY PULLS BACK ITS ARTILLERY"
    subhead = "ARMY SAYS IT WILL RESPOND"
    text = "\n\n".join((OPENING, promo, MIDDLE, subhead, CLOSING))
    assert _rules_over(text, promo) == ["other stories"]
    assert _rules_over(text, subhead) == []


def test_editor_initials_and_bulleted_tags_after_the_story_are_flagged():
    tags = "- Drone attacks\n- Northern airfield garrison\n- Air defence in the north"
    related = "Related News\n- Another story about the front lines today"
    text = "\n\n".join((OPENING, MIDDLE, CLOSING, "KR", tags, related))
    assert _rules_over(text, "KR") == ["story credits"]
    assert _rules_over(text, "- Northern airfield garrison") == ["tags"]


def test_heading_of_section_words_over_closing_furniture_is_flagged():
    text = "\n\n".join(
        (OPENING, MIDDLE, CLOSING, "Top Stories", "© 2027 Harbour Ledger Ltd. All rights reserved.")
    )
    assert _rules_over(text, "Top Stories") == ["other stories"]


def test_an_excerpts_page_numbers_beside_its_running_head_are_pages():
    head = "OPERATION COASTAL SHIELD"
    body = [
        f"Paragraph {n} of the report describes the month's operations in detail."
        for n in range(20)
    ]
    text = "\n\n".join((head, "22", *body[:10], head, "23", *body[10:]))
    assert _rules_over(text, head) == ["running header or footer"]
    assert [f.rule for f in classify(text) if text[f.start:f.end] == "23"] == ["page number"]
