"""Happenings of one day kept apart: each village's strike with its own toll after a joint
toll for several, a reprisal across a border from the attack it answered, and the updates of
live pages stamped "18h05" or "10:25 | ...". Every sentence is our own.
"""

from __future__ import annotations

from briefdeck.extract.stamped_entries import find_entries

from .drafting import day_tolls, drafted_events

PUBLISHED = "2026-06-10"  # a Wednesday


def test_each_village_s_own_toll_after_a_joint_toll_is_an_event_of_its_own():
    text = ("Strikes in the south\n\nIsraeli strikes on Aitaroun and Nabatieh killed four people "
            "and wounded nine on Wednesday, the ministry said. It said the strike on Aitaroun "
            "killed three and wounded five, while the strike near Nabatieh killed one and "
            "wounded four.")
    assert sorted(day_tolls(drafted_events(text, PUBLISHED))) == [
        ("2026-06-10", 1, 4), ("2026-06-10", 3, 5)]


def test_a_second_source_s_toll_for_one_named_site_stays_the_same_attack():
    text = ("Base attack\n\nA drone attack on Muwaffaq Salti Air Base on Wednesday wounded six "
            "US troops, the Pentagon said in Washington. Five service members were wounded at "
            "Muwaffaq Salti Air Base, an earlier statement had said.")
    assert day_tolls(drafted_events(text, PUBLISHED)) == [("2026-06-10", 0, 6)]


def test_a_strike_across_the_border_is_not_the_attack_it_answered():
    text = ("Border flare-up\n\nAn anti-tank missile fired from Lebanon hit an army post near "
            "Shtula on Wednesday, wounding two soldiers. Hours later Israeli jets struck a "
            "house in Aita al-Shaab, killing two people and wounding three.")
    assert sorted(day_tolls(drafted_events(text, PUBLISHED))) == [
        ("2026-06-10", 0, 2), ("2026-06-10", 2, 3)]


def test_french_clock_stamps_head_the_entries_of_a_live_page():
    text = ("Strikes on the south\n\nWe follow the day's events.\n\n15h10\n\nA drone hit a car "
            "near Khiam. No one was hurt.\n\n09h30\n\nShells fell near Kfar Kila. The army "
            "said it answered fire.\n")
    entries = find_entries(text, __import__("datetime").date(2026, 6, 10))
    assert [text[e.start:e.end].split(".")[0].strip() for e in entries] == [
        "A drone hit a car near Khiam", "Shells fell near Kfar Kila"]


def test_updates_written_on_their_stamp_s_line_are_told_that_day():
    text = ("Rockets on the north\n\nLive updates\n\n06:12 | Sirens sound across the Galilee. "
            "Residents are told to take shelter.\n\n09:40 | The army says jets struck launchers "
            "near Yater.\n\n10:25 | The ministry says an Israeli strike on a house in Yater "
            "killed two people and wounded three.\n")
    assert ("2026-06-10", 2, 3) in day_tolls(drafted_events(text, PUBLISHED))


def test_a_remark_on_the_strikes_in_another_entry_is_no_event_of_its_own():
    text = ("Strikes on the south\n\nWe follow the day's events.\n\n15h10\n\nThe UN mission "
            "said it was deeply concerned by the strikes. It urged calm.\n\n09h30\n\nAn "
            "Israeli drone struck a car near Khiam, killing one man. Rescuers reached the "
            "scene.\n")
    assert day_tolls(drafted_events(text, PUBLISHED)) == [("2026-06-10", 1, 0)]


def test_a_count_of_the_day_s_strikes_is_no_strike_s_toll():
    text = ("Strikes on the south\n\nAn Israeli strike hit a house in Aitaroun on Wednesday, "
            "killing two. The ministry gave an initial toll of three killed and seven wounded "
            "in the day's strikes.")
    assert day_tolls(drafted_events(text, PUBLISHED)) == [("2026-06-10", 2, 0)]


def test_aircraft_that_touched_down_at_a_base_were_deployed_that_day():
    text = ("Surveillance jet moves to the Gulf\n\nThe ministry confirmed on Saturday that the "
            "tanker aircraft touched down at Al Minhad Air Base on Friday.")
    events = drafted_events(text, PUBLISHED)
    assert [(e.date, e.kind) for e in events] == [("2026-06-05", "deployment")]


def test_a_unit_s_arrival_on_a_day_is_its_deployment_then():
    text = ("Jets fly first missions\n\nThe detachment is based at Muwaffaq Salti Air Base. "
            "Since its arrival on 2 June, the jets have flown 40 sorties.")
    events = drafted_events(text, PUBLISHED)
    assert ("2026-06-02", "deployment") in [(e.date, e.kind) for e in events]
