"""A toll told of "both strikes" together is the whole toll of the day's first happening,
never the toll of the second one told alone.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from briefdeck.extract.casualties import find_casualties

from .drafting import drafted_events

PUBLISHED = "2026-04-11"  # a Saturday


def test_toll_put_from_several_strikes_at_a_count_is_read() -> None:
    text = "The health office put the toll from both raids at three killed and six wounded."
    found = [(c.kind, c.count) for c in find_casualties(text, 0, len(text))]
    assert found == [("killed", 3), ("wounded", 6)]


def test_toll_of_both_strikes_goes_to_the_first() -> None:
    text = ("Rights group alert\n\n"
            "The group condemns a drone strike on a clinic van near Tarvel on Thursday "
            "morning.\n\n"
            "About ten minutes later, a second strike hit a police post down the road. Police "
            "said one officer was killed and two were wounded.\n\n"
            "The health office put the toll from both strikes at three killed and six "
            "wounded.\n")
    tolls = sorted((e.killed or 0, e.wounded or 0) for e in drafted_events(text, PUBLISHED))
    assert tolls == [(1, 2), (3, 6)]
