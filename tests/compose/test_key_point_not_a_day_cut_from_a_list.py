"""A key point drawn from a list of days ("The raids on 03 MAR and 19 MAR hurt no one") does
not open on the day alone ("19 MAR hurt no one."): it names the act and the place instead."""

from briefdeck.extract.lede_clause import leans_on_earlier


def test_a_summary_opening_on_a_bare_day_leans_on_the_sentence_before() -> None:
    assert leans_on_earlier("19 MAR hurt no one.")
    assert leans_on_earlier("4 March 2031 saw two raids on the depot.")
    assert not leans_on_earlier("19 drones were fired at the depot.")
    assert not leans_on_earlier("3 Marines were hurt.")

