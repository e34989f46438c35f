"""A day's total told beside the strikes it adds up; an early, lower count of an attack told
after the newer one; an incident table's row and the prose telling the same incident; days a
clause must not take from the sentence before it ("have since", "the crew that downed ...")."""

from __future__ import annotations

from .drafting import day_tolls, drafted_events


def test_a_days_total_that_its_parts_add_up_to_is_not_an_event_beside_them():
    events = drafted_events(
        "Russian strikes hit the Kharkiv region\n\n"
        "Russian strikes across the Kharkiv region killed four people and wounded seven on "
        "Monday, the regional governor said.\n\n"
        "A missile hit a school in Izium, killing three people and wounding five.\n\n"
        "Separately, a drone struck a car near Kupiansk, killing one man and wounding two.\n",
        "2025-06-03")
    tolls = day_tolls(events)
    assert ("2025-06-02", 3, 5) in tolls and ("2025-06-02", 1, 2) in tolls
    assert ("2025-06-02", 4, 7) not in tolls  # the total, counted once through its parts
    assert sum(k for _, k, _ in tolls) == 4


def test_a_total_that_its_parts_do_not_add_up_to_stays():
    events = drafted_events(
        "Russian strikes hit the Kharkiv region\n\n"
        "Russian strikes across the Kharkiv region killed six people on Monday, the regional "
        "governor said.\n\n"
        "A missile hit a school in Izium, killing three people.\n\n"
        "Separately, a drone struck a car near Kupiansk, killing one man.\n",
        "2025-06-03")
    assert any(k == 6 for _, k, _ in day_tolls(events))


def test_an_early_lower_count_told_after_the_new_one_is_the_same_attack():
    events = drafted_events(
        "Drone hits base in Jordan\n\n"
        "Six U.S. troops were wounded when a drone struck a barracks at an air base in Jordan "
        "early Sunday, the Pentagon said, raising its earlier count.\n\n"
        "The drone hit Muwaffaq Salti Air Base near Azraq before dawn Sunday, wounding at "
        "least three American soldiers, officials said at first.\n",
        "2025-02-10")
    hurt = [e for e in events if e.date == "2025-02-09" and e.wounded]
    assert len(hurt) == 1 and hurt[0].wounded == 6


def test_have_since_does_not_take_the_day_just_told():
    events = drafted_events(
        "Base attacked\n\n"
        "On March 4, rockets hit the base at Erbil, wounding two soldiers. We have since "
        "moved another air defense battery to the area.\n",
        "2025-03-20")
    assert not [e for e in events if e.kind == "deployment" and e.date == "2025-03-04"]


def test_the_crew_that_downed_the_drones_tells_no_new_attack():
    events = drafted_events(
        "Drones downed near Erbil\n\n"
        "The brigade deployed to Erbil in August, officials said. The crew that shot down "
        "the two drones belongs to a Patriot battery from Texas.\n",
        "2025-10-20")
    assert not [e for e in events if e.kind in ("attack", "strike") and e.date == "2025-08"]


def test_a_table_row_and_the_prose_telling_the_same_incident_are_one_event():
    events = drafted_events(
        "Weekly security summary\n\n"
        "Date\tLocation\tIncident\tCasualties\n"
        "14 May\tHighway 1, S of Samarra\tIED vs fuel convoy\t0 KIA / 2 WIA\n\n"
        "Incidents\n\n"
        "A roadside bomb struck a fuel convoy on Highway 1 south of Samarra on 14 May, "
        "wounding two drivers.\n",
        "2025-05-16")
    same_day = [e for e in events if e.date == "2025-05-14"]
    assert len(same_day) == 1 and same_day[0].wounded == 2
    assert same_day[0].kind in ("attack", "strike")
