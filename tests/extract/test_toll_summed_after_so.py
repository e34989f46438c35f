"""A toll told party by party and summed after ", so": the sum is the whole toll."""

from briefdeck.extract.casualties import find_casualties


def test_parts_then_so_total():
    s = "Four soldiers and two drivers were wounded, plus the guard, so seven wounded, none dead."
    found = find_casualties(s, 0, len(s))
    totals = [c for c in found if c.total]
    assert [(c.kind, c.count) for c in totals] == [("wounded", 7)]
