"""A day page's news items that cite their outlets in brackets are read, not taken for picture
credits; a section's own "Date:" and "Source:" fields under its heading are read; a printed
paper's edition line or folio is never its headline; a letter with a subject line is titled
by it, its letterhead in capitals flagged. Every line is written here."""

from briefdeck.ingest import article_from_text
from briefdeck.ingest.boilerplate import classify


def _flagged(text: str) -> dict[str, str]:
    return {text[f.start : f.end]: f.rule for f in classify(text)}


DAY_PAGE = (
    "Armed conflicts and attacks\n\n"
    "- Militants fire six rockets at a border town; the army says two were intercepted and no "
    "one was hurt. (Harbour Times)\n\n"
    "- A drone strikes a fuel depot near the river port, starting a fire that burned through "
    "the night, officials say. (Northern Wire) (Coast Radio)\n\n"
    "Disasters and accidents\n\n"
    "- A bus overturns on the mountain road, killing three passengers. (Valley Post)\n"
)


def test_a_bulleted_news_item_citing_its_outlets_is_not_a_picture_credit():
    flagged = _flagged(DAY_PAGE)
    for item in DAY_PAGE.split("\n"):
        if item.startswith("- "):
            assert item not in flagged, item


def test_a_captions_credit_after_its_full_stop_is_still_flagged():
    text = (
        "Rockets hit the border town\n\n"
        "An interceptor is launched from a battery near the coast during a night test. "
        "(Missile Defense Agency)\n\n"
        "Six rockets were fired at the border town on Tuesday night, the army said, and two "
        "were intercepted over the hills east of the harbour.\n"
    )
    assert any(rule == "photo caption or credit" for rule in _flagged(text).values())


OUTLINE = (
    "Weekly notes on the border\n\n"
    "Six rockets were fired at the border town this week, the army said, two intercepted.\n\n"
    "Strikes near the river port\n\n"
    "Date: Mar 4, 2026\n\n"
    "Source: army statement, harbour monitor\n\n"
    "jets hit three depots used by the militia, the army says; no civilian casualties.\n"
)


def test_a_sections_date_and_source_fields_over_its_notes_are_read():
    flagged = _flagged(OUTLINE)
    assert "Date: Mar 4, 2026" not in flagged
    assert "Source: army statement, harbour monitor" not in flagged


def test_a_source_line_closing_a_story_is_still_a_credit():
    text = (
        "Rockets hit the border town\n\n"
        "Six rockets were fired at the border town on Tuesday night, the army said, and two "
        "were intercepted over the hills east of the harbour.\n\n"
        "Source: Harbour Times and news agencies\n"
    )
    assert "Source: Harbour Times and news agencies" in _flagged(text)


def test_a_printed_papers_edition_line_is_not_its_headline():
    text = (
        "The Riverside Ledger\n\n"
        "MILLTOWN, OHIO | TUESDAY, MARCH 3, 2026 | $1.50 | VOL. 92, NO. 61\n\n"
        "Rockets strike fuel depot near river port\n\n"
        "Six rockets were fired at a fuel depot near the river port on Monday night, the army "
        "said, starting a fire that burned until morning.\n"
    )
    assert article_from_text(text).headline == "Rockets strike fuel depot near river port"


LETTER = (
    "HARBOUR FAMILIES NETWORK\n\n"
    "12 Quay Street, Portsmouth PO1 3AB | office@harbourfamilies.example\n\n"
    "March 10, 2026\n\n"
    "The Honorable Jo Ames\n\n"
    "Minister of Defence\n\n"
    "Re: Air defence for the garrison at the northern airfield\n\n"
    "Dear Minister Ames,\n\n"
    "We write to ask whether the northern airfield's air defences were working when the "
    "rockets struck on the night of March 3, and when the new radar will arrive.\n\n"
    "We also ask how many interceptors the garrison holds, and who decides where they go.\n"
)


def test_a_letter_with_a_subject_line_is_titled_by_it_not_its_letterhead():
    article = article_from_text(LETTER)
    assert article.headline == (
        "Letter to the Minister of Defence: Air defence for the garrison at the northern airfield"
    )


def test_a_letterhead_in_capitals_over_its_address_is_furniture():
    assert _flagged(LETTER).get("HARBOUR FAMILIES NETWORK") == "letterhead"


def test_an_open_letter_is_titled_as_one():
    text = LETTER.replace("We write to ask", "In this open letter we ask")
    assert article_from_text(text).headline.startswith("Open letter to the Minister of Defence:")
