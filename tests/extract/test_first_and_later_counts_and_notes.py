"""A count first given and then corrected, in one sentence or the next, stands at the newer
count (never the sum); and a note's number opening a line that cites its source is no
figure. Every text here is written for these tests.
"""

from __future__ import annotations

from briefdeck.extract.casualties import find_casualties

from .drafting import Drafts, day_tolls, drafted_events

PUBLISHED = "2026-08-15"  # a Saturday
DRAFTS = Drafts(PUBLISHED, "Regional security brief")


def _wounded(text: str) -> list[int | None]:
    return [c.count for c in find_casualties(text, 0, len(text)) if c.kind == "wounded"]


def test_a_count_given_at_first_gives_way_to_the_newer_one_in_the_same_sentence() -> None:
    text = ("The ministry initially said one guard suffered light injuries; a police officer "
            "said on Friday that three guards had been treated for burns.")
    assert _wounded(text) == [3]


def test_a_count_of_more_hurt_after_the_first_still_adds() -> None:
    text = ("The ministry initially said one guard was hurt, and two more guards were "
            "injured later in the day.")
    assert sorted(c or 0 for c in _wounded(text)) == [1, 2]


def test_a_toll_told_later_by_another_source_replaces_the_first() -> None:
    text = ("A rocket hit a fuel depot outside Kirkuk on Thursday, and police said one "
            "worker had been hurt. A provincial official later told reporters that four "
            "workers had been wounded.")
    assert [t[1:] for t in day_tolls(drafted_events(text, PUBLISHED))] == [(0, 4)]


def test_a_later_statement_sets_its_count_against_the_first() -> None:
    text = ("A drone crashed onto a farmhouse near Irbid on Thursday. The army said at first "
            "that one farmer had minor injuries. In a later statement, civil defence said "
            "two farmers had been injured.")
    assert [t[1:] for t in day_tolls(drafted_events(text, PUBLISHED))] == [(0, 2)]


def test_a_numbered_note_citing_its_source_is_not_a_figure() -> None:
    figures = DRAFTS.figures(
        "Army engineers rebuilt 14 bridges in the valley.3\n\n"
        "3 Ministry of Defence, press release, June 4, 2026.\n\n"
        "4 UN Mission press releases, May 2 and May 9, 2026."
    )
    assert figures == [(14.0, "bridges")]


def test_a_count_opening_a_line_with_no_citation_stays_a_figure() -> None:
    figures = DRAFTS.figures("12 Marines arrived at the port on Friday.")
    assert (12.0, "marines") in [(v, u.lower()) for v, u in figures]


def test_a_rate_per_day_keeps_its_period_even_before_of() -> None:
    figures = DRAFTS.figures("The refinery said about 40,000 barrels per day of output were lost.")
    assert figures == [(40000.0, "barrels a day")]


def test_a_label_before_a_colon_names_what_the_numbers_count() -> None:
    figures = DRAFTS.figures("No damage was reported. Total raids since April 3: 19 (12 in the "
                             "north, 7 in the south).")
    assert figures == [(19.0, "raids"), (12.0, "raids"), (7.0, "raids")]


def test_a_page_counter_before_a_colon_is_not_a_figure() -> None:
    assert DRAFTS.figures("Reposts: 57") == []


def test_a_verb_or_condition_after_a_number_is_not_its_unit() -> None:
    figures = DRAFTS.figures("That raises the total hurt to 9 if contractors are counted. "
                             "The 9 do not include a driver.")
    assert figures == []


def test_attacks_counted_in_times_over_a_span_are_a_tally_not_an_attack() -> None:
    text = ("About 4,000 sailors are in the Gulf, up from 3,000 before March 3, 2026. Since "
            "March 9, armed groups have targeted coalition forces in the region at least 27 "
            "times, wounding at least 19 coalition personnel.")
    assert [e for e in drafted_events(text, PUBLISHED) if e.kind == "attack"] == []


def test_one_attack_told_with_twice_is_still_an_attack() -> None:
    text = "Gunmen attacked the checkpoint twice on Thursday, wounding two police officers."
    assert [t[1:] for t in day_tolls(drafted_events(text, PUBLISHED))] == [(0, 2)]
