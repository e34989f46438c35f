"""Moves told in posture stories (a site handed to a partner, an outpost emptied, launchers
pulled off a base) and happenings answered about in a briefing transcript (a day given when
asked, a strike named by its date, a deployment directed on a day, a second drone downed
elsewhere).

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from briefdeck.model import Event

from .drafting import drafted_events

PUBLISHED = "2024-03-01"  # a Friday


def _events(text: str, published: str = PUBLISHED) -> list[Event]:
    return drafted_events(text, published)


def _dated(events: list[Event]) -> list[tuple[str | None, str]]:
    return [(e.date, e.kind) for e in events]


# --- moves in posture stories -----------------------------------------------------------


def test_a_site_handed_to_a_partner_force_is_a_handover_of_that_day():
    events = _events("Marines handed Camp Harmon, a former cement works near Mosul, to the "
                     "Iraqi army on Feb. 20, the task force said.")
    assert ("2024-02-20", "handover") in _dated(events)


def test_a_base_handed_to_a_partner_with_a_common_noun_is_a_handover():
    events = _events("On Tuesday the battalion handed the outpost near Kirkuk to the Peshmerga.")
    assert ("2024-02-27", "handover") in _dated(events)


def test_handing_someone_a_letter_is_no_handover():
    events = _events("On Tuesday the envoy handed him a letter from the president in Mosul.")
    assert all(e.kind != "handover" for e in events)


def test_the_handover_of_a_named_site_in_a_month_is_that_months_handover():
    events = _events("The move follows the handover of Camp Harmon, near Mosul, in January.")
    assert ("2024-01", "handover") in _dated(events)


def test_an_outpost_emptied_on_a_day_is_a_withdrawal_of_that_day():
    events = _events("A small patrol base near the village of Sinjar was emptied on Wednesday, "
                     "officials said.")
    assert ("2024-02-28", "withdrawal") in _dated(events)


def test_launchers_pulled_off_a_base_on_a_day_are_a_withdrawal_of_that_day():
    events = _events("Crews pulled the remaining launchers out of Camp Taji on Monday.")
    assert ("2024-02-26", "withdrawal") in _dated(events)


def test_bodies_pulled_from_rubble_are_no_withdrawal():
    events = _events("Rescuers pulled three bodies from the rubble in Mosul on Monday.")
    assert all(e.kind != "withdrawal" for e in events)


# --- a briefing transcript -------------------------------------------------------------------


def test_a_day_given_when_asked_dates_the_attack_just_told():
    events = _events("We saw an attempted attack at Camp Taji last week. It failed.\n\n"
                     "Q: Which day?\n\nA: I believe that was Tuesday.")
    assert ("2024-02-27", "attack") in _dated(events)
    assert all(e.date != "2024-02" for e in events)


def test_strikes_named_by_a_day_of_the_month_are_told_not_counted():
    events = _events("The Feb. 12 strikes were precision strikes on two depots near Mayadin.")
    assert [e.date for e in events] == ["2024-02-12"]


def test_twelve_strikes_named_by_their_number_are_a_count():
    events = _events("The army said 12 strikes hit depots near Mayadin in the past month.")
    assert all(e.date != "2024-02-12" for e in events)


def test_a_deployment_directed_on_a_day_is_an_announcement_of_that_day():
    events = _events("On Feb. 15 the minister directed the deployment of two frigates to the "
                     "Gulf.")
    assert ("2024-02-15", "announcement") in _dated(events)


def test_a_second_drone_downed_elsewhere_is_an_event_of_the_same_day():
    events = _events(
        "A drone hit an air base near Mafraq on Thursday, wounding two airmen, the army said.\n\n"
        "A second drone was shot down over the desert near Irbid, the statement said.")
    tolls = [(e.date, e.place, e.killed or 0, e.wounded or 0) for e in events]
    assert len(tolls) == 2
    assert tolls[0][0] == tolls[1][0] == "2024-02-29"
    assert (tolls[1][2], tolls[1][3]) == (0, 0)


def test_an_announcement_does_not_take_the_toll_of_the_happening_it_answered():
    events = _events("The group halted its attacks in February after a drone killed four "
                     "soldiers at a desert outpost near Rutba.")
    halted = [e for e in events if e.kind == "announcement"]
    assert halted and not halted[0].killed


def test_troops_pulled_out_of_a_country_in_a_month_are_that_months_withdrawal():
    events = _events("The last government had pulled almost all of the 900 U.S. troops then "
                     "in the country out in March 2021, sending them to Camp Lemonnier.")
    assert ("2021-03", "withdrawal") in _dated(events)


def test_wounded_soldiers_pulled_from_a_vehicle_are_no_withdrawal():
    events = _events("Medics pulled two wounded soldiers from the burning truck in Kharkiv on "
                     "Monday.")
    assert all(e.kind != "withdrawal" for e in events)


def test_a_battery_flown_to_another_base_in_a_month_is_that_months_move():
    events = _events("A Patriot battery that had guarded Camp Taji was flown to Ali Al Salem "
                     "Air Base in Kuwait in late January, officials said.")
    assert ("2024-01", "deployment") in _dated(events)


def test_the_wounded_flown_to_a_hospital_are_no_deployment():
    events = _events("The wounded were flown to Landstuhl in Germany on Monday.")
    assert all(e.kind != "deployment" for e in events)
