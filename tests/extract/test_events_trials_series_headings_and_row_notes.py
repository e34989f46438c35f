"""A court-martial told after the accused's posting is a trial, not a move; an attack told just
after "the second attack on X" happened at X; a base that "lost its air defence" when its unit
was moved had a withdrawal; a "Row N." note's toll is that table row's; a weekday under a dated
itinerary heading counts from the heading's day.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from .drafting import drafted_events


def test_a_court_martial_after_the_posting_is_a_trial_at_the_court():
    text = ("Results of trial\n\n"
            "Sgt. Owen T. Marsh, 4th Signal Company, deployed to Camp Buehring, Kuwait, was "
            "tried at a general court-martial at Camp Arifjan, Kuwait, Oct. 5-8, 2026. A panel "
            "convicted him of larceny of military property.\n")
    events = [e for e in drafted_events(text, "2026-11-02") if e.date == "2026-10-08"]
    assert events and all(e.kind == "other" for e in events)
    assert all("Buehring" not in e.place for e in events)
    assert any("Arifjan" in e.place for e in events)


def test_an_attack_told_after_a_tally_of_attacks_on_a_base_is_at_that_base():
    text = ("Show called off\n\n"
            "A drone hit Erbil Air Base late Monday, wounding two soldiers, officials said.\n\n"
            "It was the second attack on Erbil Air Base in two weeks. On Nov. 12, a drone was "
            "shot down over the perimeter without causing casualties, officials said.\n")
    events = [e for e in drafted_events(text, "2026-11-25") if e.date == "2026-11-12"]
    assert events and all(e.place == "Erbil Air Base" for e in events)


def test_a_base_that_lost_its_air_defence_to_a_move_had_a_withdrawal():
    text = ("Lessons from a small site\n\n"
            "Late on 14 November, two drones struck near the fuel point at Rumalyn Landing Zone "
            "in Syria, wounding two soldiers. The site had lost its short-range air defence "
            "earlier this month, when its Avenger platoon was moved to Erbil Air Base.\n")
    events = drafted_events(text, "2026-11-20")
    assert any(e.kind == "withdrawal" and e.date == "2026-11" and "Rumalyn" in e.place
               for e in events)


def test_a_row_note_toll_is_that_rows_and_no_day_of_its_own():
    text = ("Erratum\n\n"
            "Row\tDate\tLocality\tType\tKilled\tWounded\tStatus\n\n"
            "4\t3 Oct\tKhiam\tDrone strike on a car\t1\t0\tAs printed\n\n"
            "4\t3 Oct\tKhiam\tDrone strike on a car\t2\t1\tCorrected\n\n"
            "9\t8 Oct\tAitaroun\tAirstrike on a house\t3\t6\tCorrected\n\n"
            "Notes\n\n"
            "Row 4. The ministry's statement of 4 October gave two killed and one wounded; the "
            "report used its first figure of one killed. Row 9. The house stood on the edge "
            "of Aitaroun. The ministry raised the number of wounded from five to six on 10 "
            "October.\n")
    events = drafted_events(text, "2026-12-01")
    assert not any(e.date == "2026-10-04" and (e.killed or e.wounded) for e in events)
    assert not any(e.wounded == 6 and e.date != "2026-10-08" for e in events)


def test_a_weekday_under_an_itinerary_heading_counts_from_that_day():
    text = ("Staff trip report\n\n"
            "Thursday, November 19: Manama, Bahrain\n\n"
            "The delegation met the fleet staff.\n\n"
            "Friday, November 20: Camp Lemonnier, Djibouti\n\n"
            "The delegation was briefed on the Red Sea.\n\n"
            "Sunday, November 22: Muwaffaq Salti Air Base, Jordan\n\n"
            "The wing commander briefed last Tuesday's drone attack on the base, which "
            "wounded three airmen.\n")
    dates = [e.date for e in drafted_events(text, "2026-11-30") if e.wounded]
    assert "2026-11-17" in dates and "2026-11-24" not in dates
