"""Incident tables whose header and rows a PDF reader stacked one cell per line, with a
single casualties column ("1 KIA, 4 WIA"); totals over many incidents and revised counts whose
kind is said after the group.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from briefdeck.extract.casualties import find_casualties
from briefdeck.extract.event_table import rejoin_stacked, toll_cell

from .drafting import day_tolls, drafted_events

PUBLISHED = "2024-03-18"

STACKED = "\n\n".join([
    "Regional incident log",
    "The desk logged four incidents in the south during the week under review.",
    "Date", "Place", "Description", "Casualties", "Reported by",
    "11 Mar", "Basra port", "(IQ)", "Limpet mine found on a", "tanker hull", "None",
    "Port police",
    "13 Mar", "Zubair, Basra", "Roadside bomb hit an army", "water truck", "1 KIA, 4 WIA",
    "(army)", "Local officials",
    "15 Mar", "Umm Qasr", "Two rockets landed near the", "customs hall", "2 WIA",
    "Provincial council",
    "Abbreviations: KIA killed in action; WIA wounded in action; the desk uses open sources.",
])


def _tolls(text: str) -> list[tuple[str, int]]:
    return sorted((c.kind, c.count or 0) for c in find_casualties(text, 0, len(text)))


def test_a_stacked_table_keeps_every_offset_and_joins_each_row() -> None:
    joined, rows = rejoin_stacked(STACKED)
    assert len(joined) == len(STACKED)
    assert len(rows) == 3
    lines = joined.split("\n")
    assert any(line.startswith("13 Mar\t") and line.count("\t") == 4 for line in lines)


def test_a_stacked_table_gives_one_event_per_row_with_its_casualties_cell() -> None:
    tolls = day_tolls(drafted_events(STACKED, PUBLISHED))
    assert ("2024-03-11", 0, 0) in tolls
    assert ("2024-03-13", 1, 4) in tolls
    assert ("2024-03-15", 0, 2) in tolls


def test_a_casualties_cell_reads_dead_wounded_and_nobody() -> None:
    assert [(c.kind, c.count, c.party) for c in toll_cell("3 killed, 1 injured (police)", 0)] \
        == [("killed", 3, "police"), ("wounded", 1, "police")]
    assert sorted((c.kind, c.count) for c in toll_cell("Nil", 0)) == [
        ("killed", 0), ("wounded", 0)]
    assert toll_cell("n/a", 0) is None


def test_odd_stacked_text_reads_as_no_table() -> None:
    assert rejoin_stacked("Date\n\nCasualties\n\n") is None
    assert rejoin_stacked("Date\nPlace\nCasualties\nNotes\n4 Jan\n") is None
    assert rejoin_stacked("") is None


def test_a_sum_across_all_incidents_is_no_incident_toll() -> None:
    assert _tolls("Eleven people were killed and four wounded across all the incidents "
                  "this month.") == []


def test_a_revised_count_of_a_group_said_wounded_stays_wounded() -> None:
    assert _tolls("By evening the count had climbed to four American sailors wounded.") == [
        ("wounded", 4)]


def test_a_first_count_revised_later_in_the_sentence_is_replaced() -> None:
    assert _tolls("Police first reported one guard killed and two hurt; on Monday they "
                  "revised the toll to one killed and four wounded.") == [
        ("killed", 1), ("wounded", 4)]


def test_the_count_of_our_troops_hurt_raised_after_a_long_phrase_is_a_new_total() -> None:
    assert _tolls("The ministry raised the number of U.S. marines wounded in the rocket attack "
                  "on the airfield outside the northern port city to five on Monday.") == [
        ("wounded", 5)]


def test_a_count_then_when_it_happened_is_still_a_count() -> None:
    assert _tolls("A truck bomb killed two guards and wounded more than 30 in March 2019.") == [
        ("killed", 2), ("wounded", 30)]
    assert _tolls("The raid killed him in January.") == []


def test_a_member_of_a_named_crew_who_suffered_burns_is_hurt() -> None:
    assert _tolls("One member of the port rescue team suffered light burns.") == [
        ("wounded", 1)]


def test_harm_told_as_a_noun_of_a_group_is_counted() -> None:
    assert _tolls("The shell resulted in the injury of three farmers.") == [("wounded", 3)]
    assert _tolls("The raid led to the martyrdom of two guards.") == [("killed", 2)]


def _events(text: str, published: str = "2025-06-12") -> list[tuple]:
    return [(e.date, e.kind, e.killed or 0, e.wounded or 0, e.place)
            for e in drafted_events(text, published)]


def test_an_offset_from_an_earlier_telling_dates_the_telling_not_the_attack() -> None:
    events = _events("Drone hurts two at outpost\n\nTwo U.S. soldiers were hurt after a drone "
                     "slipped past the defenses at Al-Tanf Garrison late Tuesday and exploded "
                     "inside the base, officials said, a day after the army first said no one "
                     "had been hurt.")
    assert [e[:4] for e in events] == [("2025-06-10", "attack", 0, 2)]
    assert "Al-Tanf" in events[0][4]


def test_a_strike_there_is_at_the_place_the_sentence_before_named() -> None:
    events = _events("Air defences move\n\nThe army is moving two launchers from Camp Buehring "
                     "to Tower 22, the outpost near the border, officials said. A drone strike "
                     "there killed four soldiers in March 2022.")
    assert any(e[0] == "2022-03" and e[2] == 4 and "Tower 22" in e[4] for e in events)


def test_one_of_the_rockets_paragraphs_later_is_more_of_that_attack() -> None:
    events = _events("Rockets near airport\n\nTwo rockets fell near Erbil International Airport "
                     "late on Monday, police said.\n\nThe airport suspended flights for two hours "
                     "as a precaution.\n\nPolice said the launch site was found west of the city. "
                     "Investigators are examining the debris.\n\nA security source said one of "
                     "the rockets that fell near the perimeter road caused the injury of two "
                     "guards.")
    assert [e[:4] for e in events if e[1] == "attack"] == [("2025-06-09", "attack", 0, 2)]


def test_the_following_day_counts_from_the_last_happening_not_a_later_statement() -> None:
    events = _events("Strikes follow attack\n\nA drone hit the outpost at Qasrak on June 3. An "
                     "official said on June 5 that one soldier had been hurt. The following "
                     "day, U.S. jets struck a depot near al-Qaim, killing three militants.")
    assert any(e[0] == "2025-06-04" and e[2] == 3 for e in events)


def test_the_day_a_hurt_man_was_flown_out_does_not_date_his_injury() -> None:
    events = _events("Rocket hits camp\n\nA rocket hit Camp Lemonnier on June 8, officials said."
                     "\n\nThe camp's clinic reopened.\n\nIn addition, one contractor was hurt "
                     "by debris and was flown to Germany on June 10.")
    assert not any(e[0] == "2025-06-10" for e in events)
    assert any(e[0] == "2025-06-08" and e[3] == 1 for e in events)


def test_stacked_tables_of_any_shape_never_raise() -> None:
    import random

    rng = random.Random(7)
    pieces = ["Date", "Casualties", "Place", "Toll", "4 Jan", "Jan 5", "None", "n/a",
              "2 KIA, 1 WIA", "(army)", "lower case tail", "Some Town", "", "x" * 90,
              "3 killed", "Source\tNote"]
    for _ in range(400):
        text = "\n".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        result = rejoin_stacked(text)
        if result is not None:
            assert len(result[0]) == len(text)
        drafted_events("Log\n\n" + text, PUBLISHED) if rng.random() < 0.05 else None


def test_interceptors_flown_into_a_base_are_a_deployment() -> None:
    events = _events("Defences bolstered\n\nMore Stinger interceptors were flown into Camp "
                     "Arifjan in Kuwait on June 9, a defense official said.")
    assert any(e[1] == "deployment" and e[0] == "2025-06-09" and "Arifjan" in e[4]
               for e in events)
