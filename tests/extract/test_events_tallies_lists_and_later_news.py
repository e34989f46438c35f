"""Events: tallies of many operations, dated list items, arrests, later news of a toll, moves
told with a deadline, and a toll told paragraphs after its happening."""

from __future__ import annotations

from briefdeck.extract.casualties import find_casualties

from .drafting import day_tolls, drafted_events


def _events(body: str, published: str) -> list:
    return drafted_events("Security roundup\n\n" + body, published)


def test_a_month_of_operations_counted_with_its_summed_toll_is_no_event():
    events = _events(
        "During the month of March, partner forces carried out 24 operations against the "
        "insurgents in the two provinces, killing 31 fighters and detaining 50 others.\n\n"
        "In 2025, the task force and its partners conducted more than 200 raids, killing "
        "about 140 militants, officials said last month.\n", "2026-04-03")
    assert all((e.killed or 0) not in (31, 140) for e in events)


def test_many_attacks_counted_since_a_day_are_a_tally_not_that_day():
    events = _events(
        "At least 12 attacks have targeted our troops since May 2, wounding at least nine "
        "soldiers, the senators wrote.\n", "2026-05-30")
    assert not [e for e in events if e.date == "2026-05-02"]


def test_a_toll_learned_days_later_belongs_to_the_attack_told_before():
    events = _events(
        "On June 3, a rocket hit a barracks at Camp Delta Ridge. The command first said no "
        "one was hurt. Three days later, officials told reporters that two soldiers had been "
        "diagnosed with concussions.\n", "2026-06-20")
    assert ("2026-06-03", 0, 2) in day_tolls(events)
    assert not [e for e in events if e.date == "2026-06-06"]


def test_arrests_of_a_counted_group_in_a_dated_list_are_events_at_their_place():
    events = _events(
        "Highlights:\n\n"
        "- Mar. 4 – Police, backed by army units, arrested six suspects during a search "
        "operation near Tikrit, Salahuddin province.\n"
        "- Mar. 9 – A joint raid in Baiji, north of the city, detained 3 cell members.\n",
        "2026-03-20")
    by_day = {e.date: e for e in events}
    assert "Tikrit" in by_day["2026-03-04"].place
    assert "Baiji" in by_day["2026-03-09"].place


def test_detaining_someone_named_is_not_an_arrest_event():
    events = _events("Guards detained him briefly at the gate on Monday.\n", "2026-03-20")
    assert events == []


def test_a_corrected_toll_after_a_first_report_of_none_goes_to_that_attack():
    events = _events(
        "The week's incidents:\n\n"
        "- Monday: a mortar round fell near the airfield at Camp Sentinel. No one was hurt.\n"
        "- Tuesday: a drone hit a fuel depot at Camp Harbor. The army's first statement "
        "reported no injuries.\n"
        "- Wednesday: jets struck a launch site near Rawa, killing three fighters.\n\n"
        "Both camps have asked for more air defence. Neither has had an answer yet.\n\n"
        "The Wednesday statement, which mentioned the Gulf patrols too, said: \"After further "
        "medical checks, two soldiers were treated for minor injuries.\"\n", "2026-02-14")
    assert ("2026-02-10", 0, 2) in day_tolls(events)
    assert ("2026-02-11", 3, 0) in day_tolls(events)


def test_a_convoy_of_many_vehicles_leaving_is_a_withdrawal():
    events = _events(
        "On Saturday a convoy of about 40 trucks and armored vehicles left eastern Syria "
        "through the Rabia crossing, local media said.\n", "2026-02-16")
    assert [(e.date, e.kind) for e in events] == [("2026-02-14", "withdrawal")]


def test_moving_equipment_out_of_a_base_on_a_day_keeps_that_day_not_the_deadline():
    events = _events(
        "A source said the coalition began on Monday to move armored vehicles and generators "
        "out of Kirkuk Air Base, and that the base would be emptied before the end of "
        "October.\n", "2026-10-07")
    assert ("2026-10-05", "withdrawal") in [(e.date, e.kind) for e in events]
    assert not [e for e in events if e.date == "2026-10"]


def test_a_mission_ended_in_a_longer_place_phrase_and_forces_leaving_a_city_are_dated():
    events = _events(
        "Under the deal, the mission in Baghdad and the southern provinces ended in March "
        "last year.\n\nThe coalition left Basra in May 2024, officials said.\n", "2026-06-01")
    dates = [e.date for e in events]
    assert "2025-03" in dates
    assert "2024-05" in dates


def test_a_bomb_that_went_off_opens_a_separate_incident_that_keeps_its_toll():
    events = _events(
        "Drones struck an air base near Kirkuk on Friday, wounding four soldiers.\n\n"
        "In a separate incident, a roadside bomb went off on Thursday night near a fuel convoy "
        "on the highway outside Samarra, police said.\n\n"
        "The blast destroyed one tanker and wounded its driver, the police said.\n",
        "2026-05-09")
    tolls = day_tolls(events)
    assert ("2026-05-08", 0, 4) in tolls
    assert ("2026-05-07", 0, 1) in tolls


def test_a_long_participle_phrase_between_a_group_and_its_injuries():
    text = ("Three engineers working at the far end of the runway had sustained light "
            "injuries from shrapnel.")
    assert [(c.kind, c.count) for c in find_casualties(text, 0, len(text))] == [("wounded", 3)]


def test_people_treated_at_a_named_hospital_are_counted_hurt():
    text = "The health ministry said four people had been treated at Al-Karama Hospital."
    assert [(c.kind, c.count) for c in find_casualties(text, 0, len(text))] == [("wounded", 4)]


def test_troops_also_wounded_in_the_attack_paragraphs_on_join_its_full_toll():
    events = _events(
        "AMMAN, May 3 (Wire) - Rockets hit a base in northern Jordan on Saturday, wounding "
        "six people, officials said.\n\n"
        "Jordanian air defences shot down two of the rockets. A third hit a parking lot "
        "near the gate, the army said.\n\n"
        "The kingdom's foreign minister condemned the attack.\n\n"
        "A Pentagon spokesperson said in a statement that four U.S. soldiers were also "
        "wounded in the attack.\n", "2026-05-03")
    hurt = [t for t in day_tolls(events) if t[2]]
    assert len(hurt) == 1 and hurt[0][0] == "2026-05-02" and hurt[0][2] >= 6


def test_a_response_dated_in_the_lede_does_not_date_the_attack_it_answers():
    events = _events(
        "Senators on Friday demanded answers from the Pentagon after a drone struck a U.S. "
        "outpost in Syria.\n\n"
        "The drone hit the outpost early Wednesday, the command said.\n", "2026-04-10")
    assert [e.date for e in events] == ["2026-04-08"]
