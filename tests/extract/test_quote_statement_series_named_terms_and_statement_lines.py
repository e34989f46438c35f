"""Quote speakers: statements in the plural and "another statement" speak for the group that
issued them, a word set in quotes as the thing named is no quote, "as one officer put it"
names the speaker, and a "Statement by X:" line gives the quoted paragraph below its
speaker. Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2026-04-02", heading="Regional security report")
_speakers = DRAFTS.speakers

_CLAIMS = (
    "The Northern Brigades Front announced on Monday that it had hit two outposts, in what "
    'the alliance of militias called a new "stage" of its fight.\n\n'
    "In a series of statements posted on its Telegram channel, the group said its men struck "
    'the Camp Vale depot with "a wave of rockets" at dawn.\n\n'
    '"We will keep striking the occupiers until they leave our soil," another statement said.')


def test_statements_in_the_plural_open_the_sentence_before_the_group_that_speaks():
    assert _speakers(_CLAIMS)["a wave of rockets"] == "Northern Brigades Front"


def test_another_statement_speaks_for_the_group_that_issued_the_others():
    assert _speakers(_CLAIMS)["We will keep strikin"] == "Northern Brigades Front"


def test_one_word_in_quotes_after_what_it_called_a_is_no_quote():
    assert "stage" not in _speakers(_CLAIMS)


def test_a_longer_phrase_after_what_it_called_is_still_its_words():
    speakers = _speakers('The ministry condemned what it called a "reckless and cowardly '
                         'attack" on the port.')
    assert "reckless and cowardl" in speakers  # kept as a quote


def test_one_officer_who_put_it_to_the_authors_is_the_speaker():
    speakers = _speakers('As one Navy gunnery officer put it to me last month, "Every missile '
                         'we fire at a cheap drone is a missile we lack later."')
    assert speakers["Every missile we fir"] == "Navy gunnery officer"


def test_a_statement_by_line_names_the_person_after_the_office():
    speakers = _speakers("Statement by the Army Spokesperson, Brig. Gen. Dana Levi:\n\n"
                         '"Since this morning, the militia has fired about 12 rockets toward '
                         'towns in the north. Most were intercepted."')
    assert speakers["Since this morning, "] == "Dana Levi"


def test_a_statement_by_line_names_a_body():
    speakers = _speakers("Statement by the Defence Ministry:\n\n"
                         '"Two drones were shot down over the capital overnight. There were no '
                         'casualties."')
    assert speakers["Two drones were shot"] == "Defence Ministry"
