"""Terse briefing and sitrep shapes: dated bullets a slide export ran into one line, shorthand
tolls ("3 porters + 1 driver killed", "2 wounded in Tyre (police)", "..., 5 workers hurt"),
tallies over a span of months, and a period's start that dates no happening.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from briefdeck.extract.casualties import find_casualties
from briefdeck.extract.event_bullets import unglue_bullets

from .drafting import day_tolls, drafted_events


def _counts(text: str) -> list[tuple[str, int | None]]:
    return sorted((c.kind, c.count) for c in find_casualties(text, 0, len(text)))


def test_glued_bullets_in_a_bullet_line_are_put_on_lines_of_their_own() -> None:
    text = "- 04 MAR: mortar fire at the depot - 05 MAR: convoy hit by an IED"
    out = unglue_bullets(text)
    assert out is not None and len(out) == len(text)
    assert out.splitlines() == ["- 04 MAR: mortar fire at the depot",
                                "- 05 MAR: convoy hit by an IED"]


def test_a_dash_inside_ordinary_prose_is_left_alone() -> None:
    assert unglue_bullets("The convoy - three trucks in all - reached Kirkuk at noon.") is None


def test_each_glued_dated_bullet_is_an_event_of_its_own_day_and_toll() -> None:
    text = ("Weekly force protection summary\n\n"
            "- 04 MAR: IED strike on a patrol near Kirkuk; 2 soldiers killed - "
            "05 MAR: 4x rockets impact near Mosul airport; 3 contractors wounded\n")
    tolls = sorted(day_tolls(drafted_events(text, "2026-03-07")))
    assert tolls == [("2026-03-04", 2, 0), ("2026-03-05", 0, 3)]


def test_groups_joined_by_a_plus_share_the_verb_after_them() -> None:
    text = "Convoy ambushed on the ring road; 3 porters + 1 driver killed, 2 wounded"
    assert _counts(text) == [("killed", 1), ("killed", 3), ("wounded", 2)]


def test_a_bare_terse_count_may_name_its_town_and_a_source_in_brackets() -> None:
    assert _counts("Rocket salvo on the coast; 2 wounded in Tyre (civil defence)") == [
        ("wounded", 2)]


def test_a_terse_count_in_figures_after_a_comma_ends_its_part() -> None:
    assert _counts("Fragments fell on the harbour, 5 dock workers wounded") == [("wounded", 5)]


def test_a_count_in_words_after_a_comma_is_not_read_as_shorthand() -> None:
    assert _counts("Governor condemns the raid on the market, two officers wounded") == []


def test_a_bracketed_as_of_date_marks_a_running_tally_not_a_toll() -> None:
    assert _counts("Losses\t4 killed, 18 wounded (as of June 2026)") == []


def test_the_hurt_of_attacks_over_a_span_of_months_are_a_tally() -> None:
    text = ("Defence figures show 140 U.S. troops were hurt in attacks on outposts in the "
            "region from March 2024 through May 2026, most of them with concussions.")
    assert _counts(text) == []


def test_a_period_start_after_since_it_began_dates_no_happening_told_next() -> None:
    text = ("Air raid sirens\n\n"
            "Air defences on Tuesday shot down three drones and 8 missiles fired at the port, "
            "the army said, in the heaviest raid since the campaign began early last month.\n\n"
            "Two workers suffered light injuries when fragments struck a warehouse, the army said.")
    tolls = day_tolls(drafted_events(text, "2026-06-10"))
    assert ("2026-06-09", 0, 2) in tolls
    assert not any(d and len(d) == 7 for d, _, _ in tolls)
