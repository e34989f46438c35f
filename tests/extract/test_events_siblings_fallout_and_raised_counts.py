"""Same-day siblings and tolls told later: "..., while another strike in Y killed one" is a
happening of its own on the day just told; debris from the missile just intercepted falls on
that day; "raising the toll on Tuesday morning to four dead", "the number of people injured by
the shrapnel ... has risen to three" and "the number had risen to eight" are new totals, not
more hurt; a parliament that "extended the mandate" on a day announces. Every sentence is our
own.
"""

from __future__ import annotations

from .drafting import day_tolls, drafted_events

PUBLISHED = "2026-06-10"  # a Wednesday


def test_another_strike_after_while_is_a_sibling_of_the_same_day():
    text = ("Strikes hit the north\n\nA strike on a car near Harran killed two people on Monday "
            "afternoon.\n\nA drone strike on a house in Tell Abyad killed one person, while "
            "another strike on a motorcycle in Qamishli killed one man and wounded a child, the "
            "ministry said.\n")
    events = drafted_events(text, PUBLISHED)
    assert ("2026-06-08", 1, 1) in day_tolls(events)
    assert any(e.place == "Qamishli" for e in events)


def test_a_toll_raised_on_a_later_morning_replaces_the_first_one():
    text = ("Strike on depot\n\nWarplanes struck a weapons depot on the outskirts of Qamishli "
            "late on Monday. The ministry initially reported two dead and six wounded there, "
            "before raising the toll on Tuesday morning to four dead and eight wounded.\n")
    events = drafted_events(text, PUBLISHED)
    assert ("2026-06-08", 4, 8) in day_tolls(events)


def test_debris_of_the_intercepted_missile_falls_on_the_day_of_the_interception():
    text = ("Missile intercepted over the south\n\nAir defences on Monday night intercepted a "
            "ballistic missile fired toward Najran, the coalition said on Tuesday.\n\n"
            "Debris from the intercepted missile fell on a residential neighbourhood in Sharurah, "
            "according to the civil defence, and two residents suffered minor injuries.\n")
    events = drafted_events(text, PUBLISHED)
    assert ("2026-06-08", 0, 2) in day_tolls(events)


def test_the_number_injured_by_shrapnel_has_risen_to_a_new_total():
    text = ("Three hurt by shrapnel\n\nJazan, June 9 - The civil defence spokesman said that "
            "the number of people injured by the shrapnel of the missile intercepted last night "
            "over Sharurah has risen to three civilians.\n\nOn Monday night, air defences "
            "intercepted a missile over Sharurah, and two people were injured by shrapnel.\n")
    events = drafted_events(text, PUBLISHED)
    assert any(e.wounded == 3 for e in events)
    assert not any((e.wounded or 0) > 3 for e in events)


def test_the_number_had_risen_names_the_count_just_told():
    text = ("Soldiers wounded\n\nA drone struck the garrison at Tanf on Sunday. The Pentagon "
            "initially said five service members suffered minor injuries in the attack. On "
            "Tuesday, a spokesperson said the number had risen to eight, after three more "
            "soldiers reported symptoms of concussion.\n")
    events = drafted_events(text, PUBLISHED)
    assert ("2026-06-07", 0, 8) in day_tolls(events)


def test_a_rise_explained_by_more_wounded_is_not_added_twice():
    text = ("Troops hurt\n\nA drone hit near a housing area at the Tanf garrison early Monday, "
            "and the command initially said three troops had suffered minor injuries. A "
            "spokesperson said Tuesday that the number had risen to five after two more service "
            "members were diagnosed with concussion.\n")
    events = drafted_events(text, PUBLISHED)
    assert ("2026-06-08", 0, 5) in day_tolls(events)


def test_a_parliament_extending_the_mandate_on_a_day_announces():
    text = ("Mandate extended\n\nAbout 90 soldiers serve in Erbil.\n\nThe parliament extended "
            "the mandate on 5 June 2026 until the end of 2027.\n")
    events = drafted_events(text, PUBLISHED)
    assert any(e.kind == "announcement" and e.date == "2026-06-05" for e in events)


def test_a_decision_takes_the_day_parliament_was_informed_of_it():
    text = ("Contribution extended\n\nThe four jets that arrived in Jordan at the beginning of "
            "this month have flown their first missions. The cabinet has also decided to extend "
            "the contribution in Jordan until the end of 2027. The minister informed parliament "
            "of this in a letter on Friday.\n")
    events = drafted_events(text, PUBLISHED)
    assert any(e.kind == "announcement" and e.date == "2026-06-05" for e in events)


def test_a_guard_posted_at_the_perimeter_also_wounded_adds_to_the_raised_count():
    text = ("Troops hurt\n\nDrones targeted the air base at Erbil late Monday, officials said. "
            "By Tuesday morning an official said three service members had suffered minor "
            "injuries, and the official later raised that number to five.\n\nA Peshmerga guard "
            "posted at the base perimeter was also wounded by shrapnel, the directorate said.\n")
    events = drafted_events(text, PUBLISHED)
    assert ("2026-06-08", 0, 6) in day_tolls(events)
