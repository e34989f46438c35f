"""Security briefs cut into dated sections, military shorthand for the dead and wounded,
releases that tell their dead in their own words, and the day of a happening told only
relative to another ("after midnight", "another raid", "the drone struck ... on Monday").

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from datetime import date

from briefdeck.extract.casualties import find_casualties
from briefdeck.extract.stamped_entries import find_entries

from .drafting import day_tolls, drafted_events

PUBLISHED = "2025-06-06"  # a Friday
PUB = date(2025, 6, 6)


def _counts(text: str) -> list[tuple[str, int | None]]:
    return [(c.kind, c.count) for c in find_casualties(text, 0, len(text))]


def _tolls(text: str) -> list[tuple[str | None, int, int]]:
    return sorted(day_tolls(drafted_events(text, PUBLISHED)))


# --- shorthand and release wording -----------------------------------------------------------

def test_shorthand_count_may_be_a_word() -> None:
    assert _counts("Early police reports gave four KIA.") == [("killed", 4)]


def test_shorthand_as_the_verb_of_a_sentence() -> None:
    assert sorted(_counts("Three guards were KIA and two WIA near the gate.")) == [
        ("killed", 3), ("wounded", 2)]


def test_shorthand_after_a_named_group() -> None:
    assert _counts("One Kenyan soldier was WIA during the patrol.") == [("wounded", 1)]


def test_release_words_for_the_dead_count_any_group() -> None:
    assert _counts("In the firefight six miscreants were sent to hell.") == [("killed", 6)]
    assert _counts("Two more bandits were neutralised by the troops.") == [("killed", 2)]
    assert _counts("Nine policemen were martyred in the blast.") == [("killed", 9)]


def test_treated_for_wounds_counts_the_wounded() -> None:
    assert _counts("Paramedics treated a 40-year-old driver for shrapnel wounds.") == [
        ("wounded", 1)]
    assert _counts("Doctors were treating three boys for burns.") == [("wounded", 3)]
    assert _counts("Twelve people were being treated for wounds at the clinic.") == [
        ("wounded", 12)]


def test_group_with_its_own_verb_leaves_the_list() -> None:
    text = ("A shell hit a car in the village, killing one man, the governor said, and three "
            "women were wounded near the school.")
    assert sorted(_counts(text)) == [("killed", 1), ("wounded", 3)]


def test_raised_figure_is_a_new_total() -> None:
    text = "The agency first said five were killed, then raised the figure to 9."
    assert ("killed", 9) in _counts(text)


# --- dated sections of a brief ---------------------------------------------------------------

_BRIEF = """Weekly Security Brief: Northland

Issue 12 | Friday, 6 June 2025

1. Summary

NORTHLAND: Gunmen attacked a bus near Kisumu on Tuesday; four KIA.

2. Incidents

2.1 Kisumu: attack on a bus (3 Jun)

On Tuesday evening, gunmen stopped a bus on the main road outside Kisumu.
First police reports said two KIA.
By Wednesday morning, the hospital confirmed four KIA and nine WIA.

2.2 Eldoret: roadside bomb on a patrol (4 Jun)

On Wednesday, a roadside bomb hit an army patrol near Eldoret.
Two soldiers were WIA; no KIA reported.

3. Outlook

Further attacks are likely.
"""


def test_dated_headings_make_sections() -> None:
    entries = find_entries(_BRIEF, PUB)
    assert [e.day.iso for e in entries] == ["2025-06-03", "2025-06-04"]
    assert all(not e.filed for e in entries)
    assert _BRIEF.index("3. Outlook") == entries[-1].end


def test_one_dated_heading_is_no_brief() -> None:
    text = "Report\n\nA note on the route (3 Jun)\n\nThe road was quiet. Nothing else.\n"
    assert find_entries(text, PUB) == []


def test_each_section_keeps_its_own_toll() -> None:
    assert _tolls(_BRIEF) == [("2025-06-03", 4, 9), ("2025-06-04", 0, 2)]


def test_later_count_replaces_the_first_report() -> None:
    text = ("LONDON - A gunman opened fire at a bus stop in the city on Thursday. First reports "
            "said two people were killed. By Thursday evening, police said five people had "
            "been killed.")
    assert _tolls(text) == [("2025-06-05", 5, 0)]


# --- days told relative to another happening -------------------------------------------------

def test_after_midnight_after_a_late_attack_is_the_next_day() -> None:
    text = ("Rockets hit an army base near Tikrit late on Tuesday, officials said.\n\n"
            "Shortly after midnight, a drone struck a fuel depot near Samarra, wounding three "
            "workers, officials said.")
    assert ("2025-06-04", 0, 3) in _tolls(text)


def test_another_operation_shares_the_day_told_before() -> None:
    text = ("Troops raided a hideout near Kandahar on 4 June 2025, and five insurgents were "
            "killed.\n\nAnother raid was carried out near Herat, wherein two more insurgents "
            "were killed.")
    assert _tolls(text) == [("2025-06-04", 2, 0), ("2025-06-04", 5, 0)]


def test_later_telling_dates_the_undated_lead() -> None:
    text = ("At least 12 people were killed in a drone attack on a market in the town of "
            "Kadugli, a medical group said.\n\nThe drone struck the market on Wednesday "
            "morning, the group said.")
    assert _tolls(text) == [("2025-06-04", 12, 0)]


def test_upper_case_dateline_is_not_where_it_happened() -> None:
    events = drafted_events(
        "Blast hits checkpoint\n\nQUETTA: Four policemen were killed when a bomb exploded "
        "at a checkpoint in Mastung on Thursday, officials said.", PUBLISHED)
    assert [e.date for e in events] == ["2025-06-05"]
    assert all("Quetta" not in (p.name for p in e.places) for e in events
               if hasattr(e, "places") and e.places and hasattr(e.places[0], "name"))


def test_unit_returned_home_from_a_base_is_a_withdrawal() -> None:
    events = drafted_events(
        "Air defence update\n\nA Patriot battery that had been at Al Udeid Air Base in Qatar "
        "returned to the United States in March 2025, officials said.", PUBLISHED)
    assert [(e.kind, e.date) for e in events] == [("withdrawal", "2025-03")]
