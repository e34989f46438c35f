"""A form's title in capitals is title-cased word by word: a long word the form also writes
in lower case is that word even where a label prints it in capitals, and each half of a pair
joined by a slash is capitalised."""

from briefdeck.compose.title_words import display_title

_FORM = ("REQUEST FOR WAIVER/EXTENSION OF DEADLINE\n"
         "3. WAIVER NUMBER (if applicable): W-0042\n"
         "Describe the waiver sought and the reason for the extension in plain words.\n")


def test_a_long_word_the_form_writes_in_lower_case_is_title_cased() -> None:
    assert display_title("REQUEST FOR WAIVER/EXTENSION OF DEADLINE", _FORM) == \
        "Request for Waiver/Extension of Deadline"


def test_an_acronym_written_only_in_capitals_stays() -> None:
    text = "NOTICE OF UNMISS PATROL\nThe UNMISS patrol left at dawn.\n"
    assert display_title("NOTICE OF UNMISS PATROL", text) == "Notice of UNMISS Patrol"
