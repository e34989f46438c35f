"""Three shapes of happenings without a toll: an air-defence unit moved or set up at a base
("moved a second C-RAM to the perimeter", "the battery that sat at X went up to Y", "was
reported operational on 26 February") is a deployment; a force seizing drones or rockets is
an operation of its day ("other"); a body that met on a day at a named venue held a meeting
("other")."""

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _events(text: str, published: str = "2026-11-20"):
    return [(e.date, e.kind, e.place) for e in draft_briefing(
        Article(text=text, path="t.txt", format="txt"), published=published).facts.events]


def test_a_counter_rocket_system_moved_to_a_perimeter_is_a_deployment():
    got = _events("Airport staff said on Friday the coalition moved a second C-RAM to the "
                  "northern perimeter on Tuesday afternoon.")
    assert [(d, k) for d, k, _ in got] == [("2026-11-17", "deployment")]


def test_a_battery_that_went_up_to_a_base_is_deployed_there():
    got = _events("The Patriot battery that used to sit at Tallil went up to Erbil back in "
                  "March, the officer said.")
    assert got and got[0][:2] == ("2026-03", "deployment") and "Erbil" in got[0][2]


def test_a_battery_reported_operational_on_a_day_is_a_deployment_of_that_day():
    got = _events("The new battery, of about 90 soldiers and four launchers, was reported "
                  "operational on October 3, 2026.")
    assert [(d, k) for d, k, _ in got] == [("2026-10-03", "deployment")]


def test_troops_who_went_somewhere_to_testify_are_not_deployed():
    assert _events("The troops went to Washington to testify in March.") == []


def test_a_force_seizing_drones_near_a_town_is_an_operation_of_its_day():
    got = _events("On Wednesday, an army force seized three drones ready for launch on a farm "
                  "near Rutba.")
    assert got == [("2026-11-18", "other", "Rutba")]


def test_a_committee_that_met_on_a_day_at_a_venue_held_a_meeting():
    got = _events("The monitoring committee met on Tuesday at the UN compound in Tyre.")
    assert got == [("2026-11-17", "other", "Tyre")]
    assert _events("The minister met on Tuesday with reporters.") == []
