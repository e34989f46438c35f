"""Sourcing of a reaction told as what it was called ('called the raid "an outrage"'): the
analyst reads what was called so, as with "condemned the raid", and a plain "called for" or
"called on" keeps its verb alone; a reaction credited to "a statement from" its office is that
statement alone. Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2027-02-10", heading="Regional report")


def _texts(text: str) -> list[str]:
    return [words for _kind, _count, words in DRAFTS.sources(text)]


def test_what_a_named_official_called_the_attack_is_part_of_the_sourcing():
    text = ('Regional Governor Halim Darwish called the shelling "a crime against farmers" '
            'in a speech on Monday.')
    assert _texts(text) == ["Regional Governor Halim Darwish called the shelling"]


def test_a_call_for_something_keeps_the_verb_alone():
    text = 'Regional Governor Halim Darwish called for calm, saying "we will rebuild".'
    assert all("for calm" not in t for t in _texts(text))


def test_a_reaction_credited_to_its_own_statement_is_that_statement_alone():
    text = ('Governor Halim Darwish condemned the shelling and called on the army to '
            '"protect the farms," according to a statement from his office.')
    assert _texts(text) == ["according to a statement from his office"]
