"""Ranks, titles and months shortened with a full stop are one list: the sentence splitter
and a key point's cut both run on past them ("Fr. Ansel", "Cllr. Brandt", "Sept. 4")."""

from briefdeck.compose.abbreviations import abbreviated
from briefdeck.extract.abbreviated_words import MONTHS, TITLES
from briefdeck.extract.sentences import build_document


def _split(text: str) -> list[str]:
    return [s.text for s in build_document(text).sentences]


def test_every_title_runs_on_into_its_name_in_both_readers():
    for title in TITLES:
        text = f"The visit of {title}. Ansel Brandt was put off by the storm."
        assert len(_split(text)) == 1, title
        # (a key point reads "Rev." as a revision's unless a number follows: "Rev. 0")
        assert abbreviated(text, text.index(".")) or title == "Rev", title


def test_every_month_runs_on_into_its_day_in_both_readers():
    for month in MONTHS:
        text = f"The ferry sailed on {month}. 4 with the last of the crews."
        assert len(_split(text)) == 1, month
        assert abbreviated(text, text.index(".")), month


def test_clergy_and_enlisted_ranks_run_on_in_the_splitter():
    assert len(_split("Fr. Ansel Brandt and TSgt. Ola Winge said mass at the camp.")) == 1


def test_councillor_and_commandant_run_on_in_a_key_point():
    for title in ("Cllr.", "Cmdt."):
        text = f"The depot was shut by {title} Ola Winge on Friday."
        assert abbreviated(text, text.index(title) + len(title) - 1), title


def test_a_word_that_is_no_title_still_ends_a_sentence():
    assert _split("The convoy waited at the gate. Ansel Brandt then left.") == [
        "The convoy waited at the gate.", "Ansel Brandt then left."]
