"""An NGO weekly's incident list ("24/11 - Town: ..."), and tolls told on after the lede:
"two more" wounded, another party's hurt, a dateline's day yielding to "took place"."""

from __future__ import annotations

from briefdeck.extract.casualties import find_casualties

from .drafting import day_tolls, drafted_events

WEEKLY = """Field security weekly

Incidents by province

NORTH

03/10 - Qaraqosh: A mortar round hit a school yard. One teacher was killed and two children
were injured.

05/10 - Bartella: Gunmen stopped a marked aid truck on the main road and took the cargo. The
driver was released unharmed.

SOUTH

06/10 - Nasiriyah city: A roadside bomb exploded in the Sayyed district. Three police officers
were wounded.
"""


def test_each_line_of_an_incident_list_is_an_incident_on_its_day():
    events = drafted_events(WEEKLY, "2026-10-08")
    assert sorted(day_tolls(events)) == [("2026-10-03", 1, 2), ("2026-10-05", 0, 0),
                                         ("2026-10-06", 0, 3)]


def test_an_incident_line_is_at_the_place_named_before_its_colon():
    places = {e.date: e.place for e in drafted_events(WEEKLY, "2026-10-08")}
    assert places["2026-10-05"] == "Bartella"
    assert places["2026-10-06"].startswith("Nasiriyah")


def test_an_incident_line_days_count_back_across_the_new_year():
    text = ("Weekly\n\n30/12 - Mosul: A drone struck a checkpoint.\n\n02/01 - Mosul: "
            "Shelling hit a market, killing two civilians.\n")
    assert sorted(e.date for e in drafted_events(text, "2027-01-04")) == ["2026-12-30",
                                                                          "2027-01-02"]


def test_a_single_day_and_month_opening_a_line_is_no_incident_list():
    text = "Report\n\n12/10 - The committee met to review the budget. Rockets hit the base on " \
           "Monday, killing one soldier.\n"
    assert [e.date for e in drafted_events(text, "2026-10-14")] == ["2026-10-12"]


def test_shot_dead_and_a_lone_child_count_as_a_toll():
    text = "A camp resident (a foreign national) was shot dead by gunmen. One child was injured."
    found = [(c.kind, c.count) for c in find_casualties(text, 0, len(text))]
    assert found == [("killed", 1), ("wounded", 1)]


def test_who_a_counted_group_was_is_not_counted_again():
    for text in ("Shelling killed two civilians, a woman and a child, in the village.",
                 "A drone wounded two civilians, one of them a child."):
        assert sum(c.count or 0 for c in find_casualties(text, 0, len(text))) == 2


def test_two_more_wounded_after_the_dead_belong_to_the_same_toll():
    text = "The militia said one of its fighters was killed and two more were wounded."
    assert sorted((c.kind, c.count) for c in find_casualties(text, 0, len(text))) == [
        ("killed", 1), ("wounded", 2)]


def test_another_partys_hurt_told_on_after_the_lede_joins_its_attack():
    text = ("Drones hit airport\n\nTwo Spanish soldiers suffered minor injuries when drones "
            "targeted the airport in Erbil late on Monday, the ministry said.\n\nThe "
            "directorate said three drones approached the airport at night. Two were shot down "
            "by air defences and the third crashed inside the perimeter, starting a fire, the "
            "directorate said. It said a Kurdish guard was wounded by shrapnel.\n")
    assert day_tolls(drafted_events(text, "2026-11-18")) == [("2026-11-16", 0, 3)]


def test_a_datelines_day_yields_to_the_day_the_attack_took_place():
    text = ("Attack on base\n\nMOSCOW, November 26. The rocket attack on the base at the gas "
            "field in Syria shows the presence has no future, a diplomat told reporters.\n\n"
            "\"We warned of this,\" he said.\n\nThe attack took place late on Wednesday. "
            "Three soldiers received minor injuries.\n")
    assert [e.date for e in drafted_events(text, "2026-11-26")] == ["2026-11-25"]


def test_an_attack_whose_target_follows_a_comma_is_an_attack():
    text = ("Bases attacked\n\nA source said that a second attack, on the base at the oil "
            "field, had been attempted on November 19 but caused no casualties.\n")
    assert [e.date for e in drafted_events(text, "2026-11-26")] == ["2026-11-19"]
