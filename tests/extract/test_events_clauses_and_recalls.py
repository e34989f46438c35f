"""Tolls told in a clause of their own, groups described before their verb, strikes recalled
from the year before with their toll, and clauses that name a strike or describe a weapon
without telling a happening. Every sentence is our own.
"""

from __future__ import annotations

from briefdeck.extract.casualties import find_casualties

from .drafting import day_tolls, drafted_events

PUBLISHED = "2026-04-09"


def _tolls(sentence: str) -> list[tuple[str, int | None]]:
    return [(c.kind, c.count) for c in find_casualties(sentence, 0, len(sentence))]


def test_a_bare_count_after_a_semicolon_is_a_toll():
    tolls = _tolls("Five people died when a rocket hit a bus station, the mayor said; "
                   "31 were wounded.")
    assert ("wounded", 31) in tolls


def test_a_sentence_opening_on_a_count_in_words_is_not_read_as_a_bare_toll():
    assert _tolls("Two were taken to hospital later.") == []


def test_members_of_a_described_group_are_counted():
    tolls = _tolls('Four members of a "sabotage cell" were killed near the dam.')
    assert ("killed", 4) in tolls


def test_a_comment_asked_about_a_strike_is_no_happening():
    events = drafted_events(
        "Drone hits truck near border\n\n"
        "In Quneitra province, a drone strike hit a truck near the village of Amra on Monday, "
        "killing a driver, residents said. Israeli officials declined to comment on that "
        "strike.", PUBLISHED)
    assert len(events) == 1


def test_a_weapon_described_as_launched_from_somewhere_is_no_launch():
    events = drafted_events(
        "Base hit by drone\n\n"
        "A drone hit an outpost near Tanf on Sunday night, officials said.\n\n"
        "A defense official told reporters the drone was an Iranian-made model launched from "
        "across the border, though no group had claimed it as of Tuesday morning.", PUBLISHED)
    assert [e.date for e in events] == ["2026-04-05"]


def test_a_day_last_year_is_dated_in_the_year_before_publication():
    events = drafted_events(
        "Jets pound depots\n\n"
        "Jets struck ammunition depots near Hama on Tuesday, a monitor said.\n\n"
        "The raids were the heaviest since May 2 last year, when jets hit a radar site near "
        "Latakia. Four soldiers were killed in those strikes, the ministry said.", PUBLISHED)
    assert ("2025-05-02", 4, 0) in day_tolls(events)
    assert ("2026-04-07", 0, 0) in day_tolls(events)
