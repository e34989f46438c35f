"""Figures and systems of new page formats: a daybook's time slots, a toll told with "no
deaths", outcomes of engagements, a site struck again and again, a noun cut off by a line
break after "U.S.", an obituary's family, a solicitation's line items; counter-drone kit,
a rank's pay grade and the anti-ship cruise missile."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-12-03", "Regional desk note")


def test_a_daybooks_time_slots_are_no_counts():
    figures = DRAFTS.figures(
        "SCHEDULED\n\n"
        "0800  DOHA -- Foreign ministers meet on shipping. Text, photo.\n"
        "1145  BASRA -- Port authority briefing on pilots. Text.\n"
        "1600  LONDON (11 a.m. EST) -- Defence committee hearing. Text.\n"
    )
    assert figures == []


def test_a_wounded_count_with_no_deaths_counts_the_wounded():
    assert DRAFTS.figures("Our running total is therefore four wounded and no deaths.") == [
        (4, "wounded")
    ]
    assert DRAFTS.figures("The clinic reported five injured and two dead.") == [
        (5, "injured"),
        (2, "dead"),
    ]


def test_drones_that_got_shot_down_are_no_count_of_shots():
    assert DRAFTS.figures("Nobody can say how two of four got shot down so fast.") == []


def test_a_site_struck_again_and_again_counts_attacks_unless_the_striker_follows():
    assert DRAFTS.figures("The outpost had been struck at least five times since July.") == [
        (5, "attacks")
    ]
    assert DRAFTS.figures(
        "The depot has been struck at least 11 times by coalition aircraft this year."
    ) == [(11, "times")]


def test_a_noun_after_a_line_break_behind_us_initials_is_still_counted():
    figures = DRAFTS.figures(
        "The ministry said about 250 U.S.\npersonnel would rotate into the region next month."
    )
    assert figures == [(250, "personnel")]


def test_an_obituarys_family_is_no_figure_but_the_dead_are():
    assert (
        DRAFTS.figures(
            "He enlisted in 2019 and leaves behind his wife, Rosa, and their three daughters."
        )
        == []
    )
    assert DRAFTS.figures("Amal, whose two brothers were among the dead, spoke at the clinic.") == [
        (2, "brothers")
    ]


def test_a_solicitations_line_items_count_the_items_named_before_each():
    figures = DRAFTS.figures(
        "Quantities. CLIN 0001: mobile radar trailer (generator, mast, shelter), 3 each. "
        "CLIN 0002: passive acoustic sensors, 24 each. CLIN 0003: operator training for up "
        "to 30 soldiers."
    )
    assert (3, "mobile radar trailers") in figures
    assert (24, "passive acoustic sensors") in figures
    assert (30, "soldiers") in figures
    assert not any(value in (1, 2) for value, _ in figures)


def test_counter_drone_kit_by_what_it_does_and_by_its_make():
    systems = DRAFTS.systems(
        "The army will add Drone Dome units at the port. The contract covers RF detection "
        "sensors and handheld RF defeat devices for the gate guards."
    )
    assert "Drone Dome" in systems
    assert "RF detection sensors" in systems
    assert "RF defeat devices" in systems
    assert "drones" not in systems


def test_the_counter_drone_trade_is_no_system():
    systems = DRAFTS.systems(
        "The artillery crews are not doing C-UAS, so it was likely the base radar cueing the guns."
    )
    assert "counter-UAS systems" not in systems


def test_a_ranks_pay_grade_is_no_aircraft():
    assert "E-5" not in DRAFTS.systems("| Rank | Sergeant (E-5) |\n\n| Unit | 2nd Battalion |")
    assert "E-6 Mercury" in DRAFTS.systems("A Navy E-6 Mercury aircraft took off from the base.")


def test_the_anti_ship_cruise_missile_is_one_system_with_its_bare_mentions():
    systems = DRAFTS.systems(
        "The frigate shot down one anti-ship cruise missile off the "
        "coast. A cruise missile at that range leaves little time."
    )
    assert systems.count("anti-ship cruise missiles") == 1
    assert "cruise missiles" not in systems
