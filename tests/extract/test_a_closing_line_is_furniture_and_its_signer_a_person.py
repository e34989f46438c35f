"""A letter's closing ("With warm wishes,") is one list for two readers: ingest flags the line
as furniture, and extract takes the typed name under it, over an office, as the signer."""

from tests.ingest.furniture import is_flagged, rules_over

from briefdeck.extract.signed_people import signed_people
from briefdeck.ingest.letter_closings import WITH_CLOSINGS

_LETTER = ("The shelter on Quarry Lane reopened on Monday after the flood.\n\n"
           "{closing}\nMarta Lindqvist\nShelter Manager\n")


def _signers(text: str) -> list[tuple[str, str]]:
    return [(name, title) for name, title, _, _ in signed_people(text, lambda _name: False)]


def test_each_with_closing_is_flagged_and_signed_under():
    for words in WITH_CLOSINGS:
        closing = f"With {words},"
        text = _LETTER.format(closing=closing)
        assert is_flagged(text, closing), closing  # ("kind regards": a signature rule's first)
        assert ("Marta Lindqvist", "Shelter Manager") in _signers(text), closing


def test_deep_gratitude_and_warm_wishes_close_a_signed_letter():
    for closing in ("With deep gratitude,", "With warm wishes,"):
        assert _signers(_LETTER.format(closing=closing)) == [("Marta Lindqvist", "Shelter Manager")]


def test_with_in_a_sentence_is_no_closing():
    text = _LETTER.format(closing="With thanks to the crews, the road is open.")
    assert "letter closing" not in rules_over(text, "With thanks to the crews, the road is open.")
