"""Letters: a letter headed only by its letterhead is titled by who wrote to whom; its close
(sign-off, typed signatures, titles, copy list) is flagged as a signature, never as other
stories or a menu; a PDF's list number on its own line opens its item. Every line is
written here."""

from briefdeck.ingest import article_from_text
from briefdeck.ingest.boilerplate import classify
from briefdeck.ingest.pdf import reflow

BODY = (
    "We write to ask about the recent rocket attacks on the northern airfield and whether its "
    "air defences were working when the rockets struck on the night of March 3."
)
QUESTION = (
    "We also ask how many interceptors the garrison holds, and when the new radar promised "
    "last year will arrive at the airfield."
)


def _letter(head: str, close: str) -> str:
    return (
        f"{head}\n\nMarch 10, 2026\n\nThe Honorable Jo Ames\n\nMinister of Defence\n\n"
        f"1 Parade Road\n\nDear Minister Ames:\n\n{BODY}\n\n{QUESTION}\n\n{close}"
    )


CLOSE = (
    "Sincerely,\n\n/s/ Lena Marsh\n\n/s/ Omar Haddad\n\nLena Marsh\n\nMember of Parliament\n\n"
    "Omar Haddad\n\nMember of Parliament\n\ncc: Chief of the Defence Staff\n\n"
    "Chair, Defence Committee"
)


def test_a_letter_headed_by_its_letterhead_is_titled_by_sender_and_addressee():
    article = article_from_text(_letter("House of Parliament", CLOSE))
    assert article.headline == "House of Parliament letter to the Minister of Defence"


def test_a_letter_without_an_office_line_is_titled_by_the_person_greeted():
    text = (
        f"Northern Council\n\nMarch 10, 2026\n\nDear Governor Ames,\n\n{BODY}\n\n{QUESTION}"
        f"\n\n{CLOSE}"
    )
    assert article_from_text(text).headline == "Northern Council letter to Governor Ames"


def test_a_letter_with_its_own_title_keeps_it():
    title = "Lawmakers press the minister on gaps in airfield defences"
    assert article_from_text(_letter(title, CLOSE)).headline == title


def test_a_newsletter_greeting_its_readers_is_not_a_letter():
    text = f"The Harbour Brief\n\nMarch 10, 2026\n\nDear readers,\n\n{BODY}\n\n{QUESTION}"
    assert "letter to" not in article_from_text(text).headline


def test_a_letters_close_is_a_signature_and_its_copy_list_a_distribution_note():
    text = _letter("House of Parliament", CLOSE)
    flagged = {text[f.start : f.end]: f.rule for f in classify(text)}
    for line in ("Sincerely,", "/s/ Lena Marsh", "/s/ Omar Haddad", "Member of Parliament"):
        assert flagged.get(line) == "signature", line
    assert flagged.get("cc: Chief of the Defence Staff") == "distribution note"
    assert flagged.get("Chair, Defence Committee") == "distribution note"
    assert not {"other stories", "navigation"} & set(flagged.values())


def test_a_sign_off_followed_by_more_reporting_is_not_a_close():
    text = f"{BODY}\n\nSincerely,\n\nLena Marsh\n\n{QUESTION}"
    assert not [f for f in classify(text) if f.rule == "signature"]


def test_a_list_number_on_its_own_pdf_line_opens_its_item():
    page = (
        "We ask the ministry to answer these questions in writing before the end of the month\n"
        "and to brief our staff on the answers in the meantime, in a closed session please.\n"
        "1.\n"
        "How many rockets struck the airfield in March, and how many were intercepted by the\n"
        "air defences that were in place at the time of the attack on the fuel farm?\n"
        "2.\n"
        "When will the new radar arrive?\n"
    )
    blocks = reflow(page).split("\n\n")
    assert any(b.startswith("1. How many rockets") for b in blocks)
    assert any(b.startswith("2. When will the new radar") for b in blocks)
    assert not any(b.rstrip().endswith(("2.", "1.")) for b in blocks)
