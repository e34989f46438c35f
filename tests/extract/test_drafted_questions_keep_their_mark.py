"""A drafted sentence that is a question ends with its question mark, never "?."."""

from __future__ import annotations

from briefdeck.extract.lede import clean_clause


def test_a_question_gets_no_full_stop_appended():
    assert clean_clause("will the garrison stay past the autumn?") == \
        "Will the garrison stay past the autumn?"


def test_an_exclamation_or_a_quoted_question_keeps_its_own_mark():
    assert clean_clause("the convoy must turn back!") == "The convoy must turn back!"
    assert clean_clause('the envoy asked "who pays?"') == 'The envoy asked "who pays?"'


def test_a_statement_still_ends_with_one_full_stop():
    assert clean_clause("the base will close in May.") == "The base will close in May."
