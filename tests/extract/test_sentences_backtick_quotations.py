"""Typewriter-style records open a quotation with two backticks and close it with two
apostrophes; a full stop before such an opening ends the sentence."""

from briefdeck.extract.sentences import build_document


def _texts(text: str) -> list[str]:
    return [s.text for s in build_document(text).sentences]


def test_a_backtick_quotation_after_a_full_stop_starts_a_new_sentence() -> None:
    text = ("The senator said the convoy reached the depot on Tuesday.\n"
            "  ``We expect more of these,'' a staff officer said.")
    assert _texts(text) == [
        "The senator said the convoy reached the depot on Tuesday.",
        "``We expect more of these,'' a staff officer said.",
    ]


def test_a_closing_pair_of_apostrophes_ends_a_sentence() -> None:
    text = "He quoted the memo: ``Hold the line.'' Nobody answered him."
    assert _texts(text) == ["He quoted the memo: ``Hold the line.''", "Nobody answered him."]


def test_an_abbreviation_before_a_backtick_quotation_still_does_not_end_a_sentence() -> None:
    text = "Lt. ``Sam'' Ortiz led the patrol."
    assert _texts(text) == ["Lt. ``Sam'' Ortiz led the patrol."]
