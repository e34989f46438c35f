"""Sourcing in these shapes: a body already counted that speaks again in a post on a platform
(a new statement, counted again); a person who puts a figure at a number; a centre named by
its initials and the word "centre"; a body's initials in brackets after its lower-case noun;
a label line with a translation note before its colon; what the unnamed public saw or heard,
in the passive; a document whose sender is named between it and its verb. Sentences are
our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2027-03-09", heading="Regional report")
_sources = DRAFTS.sources


def _kinds(text: str) -> dict[str, tuple[str, int | None]]:
    return {words: (kind, count) for kind, count, words in _sources(text)}


def test_a_body_speaking_again_on_a_platform_is_a_new_statement():
    found = _kinds("Nine fighters were killed this month, the Interior Ministry said on Tuesday. "
                   "Four of them died in a raid near the river, the ministry said on X, adding "
                   "that the search went on.")
    assert found["the Interior Ministry said on Tuesday"] == ("spokesperson", 1)
    assert found["the ministry said on X"] == ("spokesperson", 1)


def test_a_named_spokesman_who_puts_a_figure_at_a_number_is_a_sourcing():
    found = _kinds("At a briefing in the capital on Monday, navy spokesman Capt. Lena Varga had "
                   "put the weekly figure at eleven.")
    assert found == {"navy spokesman Capt. Lena Varga had put the weekly figure at":
                     ("named official", 1)}


def test_a_centre_named_by_its_initials_and_its_noun_speaks_for_itself():
    found = _kinds("A tanker was hit south of the strait on Friday, the Gulf Shipping "
                   "Operations (GSO) centre said.")
    assert found == {"the Gulf Shipping Operations (GSO) centre said": ("spokesperson", 1)}


def test_a_lower_case_body_with_its_initials_in_brackets_speaks():
    found = _kinds("The coalition (JTF-N) now says two engineers were hurt in the blast.")
    assert found == {"The coalition (JTF-N) now says": ("spokesperson", 1)}


def test_a_label_line_with_a_translation_note_names_the_body():
    found = _kinds('River watch\n\nBorder Guard Directorate (translated): "Our patrols stopped '
                   'a boat carrying fuel near the bridge."\n')
    assert [(k, words.split(" (")[0]) for words, (k, _) in found.items()] == \
        [("spokesperson", "Border Guard Directorate")]


def test_what_residents_heard_or_witnesses_saw_is_the_public_as_a_source():
    found = _kinds("Two loud blasts were heard by residents east of the airport. A column of "
                   "smoke was seen by witnesses on the ring road.")
    assert found == {"heard by residents": ("other", None), "seen by witnesses": ("other", None)}


def test_a_passive_by_a_person_or_an_office_is_not_the_public():
    found = _kinds("The convoy was stopped by police at the checkpoint near the market.")
    assert not any(kind == "other" for kind, _ in found.values())


def test_a_document_whose_sender_is_named_before_its_verb_still_speaks():
    found = _kinds("The 2028 budget request the Treasury sent to parliament in March sought "
                   "$4 billion for air defence.")
    assert found == {"The 2028 budget request the Treasury sent to parliament in March sought":
                     ("document", 1)}
