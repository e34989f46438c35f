"""Systems: a port's berth numbers ("Berths S-10 to S-14") are no missiles; Israel's Arrow
before its own noun is a system; artillery fire that wounded someone is the artillery."""

from tests.extract.drafting import Drafts

_D = Drafts("2026-12-10", heading="Notice")


def test_berth_numbers_are_not_systems():
    systems = _D.systems("A drone struck the stacks behind Berth S-18. Berths S-16 to S-20 are "
                         "closed; cargo in Yard S-4 is held.")
    assert not any(s.startswith("S-") for s in systems)


def test_arrow_before_its_own_noun_is_the_interceptor():
    assert "Arrow" in _D.systems("The military said its Arrow system intercepted a ballistic "
                                 "missile fired toward the port.")


def test_artillery_fire_that_wounded_people_is_artillery():
    assert "artillery" in _D.systems("Two reporters were wounded by artillery fire near the "
                                     "village on Sunday.")

