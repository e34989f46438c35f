"""Tolls told in passing: "N people had minor injuries", a count "raised to" groups with no
kind said, one attack's part of a hospital's tally, a revision told "On Wednesday it said",
a death among the hurt with the "other" hurt as now counted, an "updated statement", a first
count told under a lede that already gives more, and a chat message the next morning passing
on a source's count of the night's attack."""

from __future__ import annotations

from .drafting import casualty_totals, day_tolls, drafted_events


def test_people_who_had_injuries_are_wounded():
    assert casualty_totals("The army said five soldiers had minor injuries.") == (0, 5)
    assert casualty_totals("Two of the crew had shrapnel wounds.") == (0, 2)
    assert casualty_totals("The officers had a meeting about injuries.") == (0, 0)


def test_a_count_raised_to_groups_after_a_first_count_of_the_hurt_stays_the_hurt():
    text = (
        "Family story\n\n"
        "Cpl. Ines Varga was on guard at the Korvan outpost on the night of May 3, 2027, when "
        "a drone struck the barracks. The ministry first said three soldiers had minor "
        "injuries. Days later it raised the count to five soldiers and two local guards."
    )
    assert ("2027-05-03", 0, 7) in day_tolls(drafted_events(text, "2027-06-01"))


def test_an_attacks_part_of_a_hospitals_tally_is_that_attacks_toll():
    text = (
        "Hospital update\n\n"
        "The clinic has treated more than 40 soldiers wounded in attacks since 2025, including "
        "six from an April 9 rocket attack on the Delmar outpost, the clinic said."
    )
    assert ("2027-04-09", 0, 6) in day_tolls(drafted_events(text, "2027-05-02"))


def test_a_revised_count_said_on_a_later_day_is_the_attacks_not_a_new_attack():
    text = (
        "Tanker hit at sea\n\n"
        "A tanker called the Sela Moon was hit by a drone in the Gulf of Aden on Monday. The "
        "gulf lies between Africa and Arabia.\n\n"
        "The attack happened about 50 miles south of the port of Mukalla. The rebels said they "
        "fired three drones at the tanker. One drone hit the bridge and started a fire.\n\n"
        "At first, the owner said one sailor was hurt. On Tuesday it said four sailors had "
        "been hurt: three from Ghana and one from Peru."
    )
    events = day_tolls(drafted_events(text, "2027-02-17"))
    assert ("2027-02-15", 0, 4) in events
    assert not any(d == "2027-02-16" for d, _, _ in events)


def test_others_hurt_told_with_a_death_are_the_hurt_as_now_counted():
    text = (
        "Rockets on the valley\n\n"
        "On Friday night a rocket hit a house in Gilon. On Friday night the ambulance service "
        "said two people had light wounds. By Saturday morning it said a woman had died of her "
        "injuries and four other people had been wounded."
    )
    assert ("2027-01-08", 1, 4) in day_tolls(drafted_events(text, "2027-01-10"))


def test_an_updated_statements_count_replaces_the_first():
    text = (
        "Drone attack on Ravel base\n\n"
        "Late on Sunday, March 7, drones were launched at Ravel Air Base. "
        "The command said on Monday that two soldiers had minor injuries. "
        "Its updated statement says three soldiers and a civilian guard were wounded."
    )
    assert ("2027-03-07", 0, 4) in day_tolls(drafted_events(text, "2027-03-10"))


def test_a_first_count_under_a_lede_with_more_does_not_split_the_attack():
    text = (
        "Base attack\n\n"
        "Five soldiers were injured in a drone attack on a base in the north, the ministry said."
        "\n\nThe attack late on Thursday on the Marek base also killed a guard, officials said."
        "\n\nThe command initially said three soldiers had minor injuries."
    )
    events = day_tolls(drafted_events(text, "2027-04-10"))
    assert ("2027-04-08", 1, 5) in events
    assert not any(w == 3 for _, _, w in events)


_CHAT = (
    "Signal Desktop - chat export\n"
    "Group: Port Watch (4 members)\n"
    "==================================================\n\n"
    "[4/2/27, 22:10] Ana Reyes: Drones over the Talmar port, one fell near the fuel quay\n"
    "[4/2/27, 22:40] Ana Reyes: A dock worker was hit by shrapnel, taken to hospital\n"
    "[4/3/27, 05:30] Ben Oduya: Another drone fell near the Saros pumping station overnight, "
    "no injuries\n"
    "[4/3/27, 08:15] Ana Reyes: Wire report: a navy official says two sailors had minor "
    "injuries at the Talmar naval pier, both back on duty\n"
)


def test_a_chat_message_next_morning_passing_on_a_count_joins_the_nights_attack():
    events = day_tolls(drafted_events(_CHAT, "2027-04-04"))
    assert ("2027-04-02", 0, 2) in events
    assert not any(d == "2027-04-03" and w for d, _, w in events)
