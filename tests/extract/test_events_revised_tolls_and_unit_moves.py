"""A toll given whole and then by party, a toll revised by a later teller, and units moved
to a new base told as "has moved", "relocated", "flew out of" or "reached operating
capability".

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from briefdeck.extract.casualties import find_casualties

from .drafting import drafted_events

PUBLISHED = "2025-05-08"  # a Thursday


def _counts(text: str) -> list[tuple[str, int | None, str]]:
    return [(c.kind, c.count, c.party) for c in find_casualties(text, 0, len(text))]


def _events(text: str) -> list[tuple[str | None, str, str, int, int]]:
    return [(e.date, e.kind, e.place, e.killed or 0, e.wounded or 0)
            for e in drafted_events(text, PUBLISHED)]


# --- a count and who it was made of ----------------------------------------------------------

def test_a_count_broken_down_by_party_counts_the_people_once() -> None:
    counts = _counts("The blast injured five people, four sailors and a dock worker.")
    assert sum(n or 0 for _, n, _ in counts) == 5


def test_a_revised_total_broken_down_by_party_keeps_the_total() -> None:
    counts = _counts("Later the navy put the number of wounded at four, three sailors and a "
                     "civilian cook.")
    assert sum(n or 0 for _, n, _ in counts) == 4


def test_parties_that_do_not_add_up_to_the_count_are_left_alone() -> None:
    counts = _counts("The blast injured five people, two sailors and a dock worker.")
    assert sum(n or 0 for _, n, _ in counts) == 8


def test_a_toll_revised_twice_gives_the_last_figure_not_the_sum() -> None:
    text = ("Port blast in Aden\n\n"
            "Three rockets hit the port of Aden early on Wednesday, the coast guard said. "
            "The coast guard first said nobody was hurt. A port official later said two "
            "dock workers were injured by debris. By Wednesday night the navy put the "
            "number of wounded at four, three sailors and a dock worker.\n")
    assert [(d, w) for d, k, _, _, w in _events(text) if k == "attack"] == [("2025-05-07", 4)]


def test_a_count_first_reported_then_given_anew_by_a_second_source_replaces_it() -> None:
    text = ("Rockets near Aden\n\n"
            "Two rockets struck near the port of Aden late on Tuesday, officials said. "
            "One guard was initially reported wounded. On Wednesday, a second source at "
            "the Port Security Directorate said three guards had been wounded.\n")
    assert [(d, w) for d, k, _, _, w in _events(text) if k == "attack"] == [("2025-05-06", 3)]


def test_injuries_treated_before_a_return_to_duty_are_not_a_running_tally() -> None:
    counts = _counts("The command said six soldiers had been treated for concussions and had "
                     "since returned to duty.")
    assert counts == [("wounded", 6, "unspecified")]


# --- units moved ------------------------------------------------------------------------------

def test_a_unit_moved_from_one_base_to_another_is_a_deployment() -> None:
    text = ("Jets move\n\n"
            "The Air Force moved a squadron of F-16 fighters from Spain to Incirlik Air Base "
            "on Monday, the ministry said.\n")
    assert ("2025-05-05", "deployment") in [(d, k) for d, k, *_ in _events(text)]


def test_a_meeting_moved_to_another_day_is_no_deployment() -> None:
    text = ("Talks delayed\n\n"
            "The ministers moved the talks from Monday to Friday, the ministry said.\n")
    assert "deployment" not in [k for _, k, *_ in _events(text)]


def test_a_move_the_lede_says_has_happened_is_also_drafted_in_the_month_it_was_confirmed(
) -> None:
    text = ("Battery moved\n\n"
            "The Army has moved a Patriot battery from Qatar to Incirlik Air Base in "
            "Turkey, the command confirmed Wednesday.\n")
    kinds = {(d, k) for d, k, *_ in _events(text)}
    assert ("2025-05-07", "announcement") in kinds
    assert ("2025-05", "deployment") in kinds


def test_a_move_to_the_kingdom_is_placed_in_the_country_just_named() -> None:
    text = ("Defenses bolstered\n\n"
            "Some 2,000 US troops are based in Morocco. The Pentagon moved another air "
            "defense battery to the kingdom last month, an official said.\n")
    assert [(k, p) for _, k, p, *_ in _events(text) if k == "deployment"] == [
        ("deployment", "Morocco")]


def test_reaching_initial_operating_capability_at_a_base_is_a_deployment() -> None:
    text = ("Battery ready\n\n"
            "The battery reached initial operating capability at Incirlik Air Base on "
            "Tuesday, the command said.\n")
    assert ("2025-05-06", "deployment") in [(d, k) for d, k, *_ in _events(text)]


def test_troops_who_flew_out_of_a_base_withdrew_from_it() -> None:
    text = ("Base emptied\n\n"
            "On Tuesday, the last soldiers flew out of Incirlik Air Base, the ministry "
            "said.\n")
    assert ("2025-05-06", "withdrawal") in [(d, k) for d, k, *_ in _events(text)]


def test_forces_that_are_consolidated_at_bases_are_where_they_stand_not_a_move() -> None:
    text = ("Posture\n\n"
            "Since the spring, allied forces in Turkey are consolidated at "
            "Incirlik Air Base, with about 900 personnel remaining as of 5 May.\n")
    assert "withdrawal" not in [k for _, k, *_ in _events(text)]
