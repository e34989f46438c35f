"""A notice's field value ("In force:" then "18:00 hrs ..., until further notice") says when the
notice applies; it is not what the report expects to happen. Text written for this test."""

from briefdeck.extract import draft_briefing
from briefdeck.extract.lede_form_lines import field_value
from briefdeck.ingest.article import Article

_NOTICE = ("HARBOUR BOARD OF PORT ELWIN\n\nNOTICE TO MARINERS No. 41/2031\n\n"
           "In force:\n\n18:00 hrs local time, 4 March 2031, until further notice\n\n"
           "Subject:\n\nClosure of the north channel after a mine was sighted near buoy N-7\n\n"
           "1.1 At dawn on Friday, 3 March 2031, a fishing crew sighted a drifting mine near "
           "buoy N-7, the harbour master said.\n\n"
           "2.1 The north channel will stay closed until navy divers have cleared the mine.\n")


def test_the_line_under_a_label_is_a_fields_value() -> None:
    assert field_value(_NOTICE, _NOTICE.index("18:00 hrs"))
    assert not field_value(_NOTICE, _NOTICE.index("The north channel will"))


def test_the_outlook_skips_the_fields_value() -> None:
    story = draft_briefing(Article(text=_NOTICE, headline=""), published="2031-03-04").narrative
    assert "18:00 hrs" not in story.outlook


def test_a_sentence_under_a_section_label_is_not_a_fields_value() -> None:
    text = "Advice:\nDefer travel to the north channel until at least 12 March.\n"
    assert not field_value(text, text.index("Defer"))
