"""A toll only an armed party to the fight gives is carried as its word on every slide."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-11-26", "Strikes on the coast")


def _strikes(text: str) -> list[tuple[int, str]]:
    return [
        (e.killed or 0, e.toll_claimed_by)
        for e in DRAFTS.facts(text).events
        if e.kind in ("attack", "strike")
    ]


def test_the_houthis_count_of_the_dead_of_strikes_on_them_is_their_word():
    found = _strikes(
        "Late Tuesday, U.S. jets struck launch sites near Saada, the Pentagon "
        "said. It said only launchers were targeted. The Houthis said six people "
        "were killed in the strikes."
    )
    assert (6, "the Houthis") in found


def test_a_toll_the_pentagon_gives_is_not_marked_as_a_claim():
    found = _strikes(
        "Late Tuesday, U.S. jets struck launch sites near Saada. The Pentagon "
        "said six fighters were killed in the strikes."
    )
    assert all(claimant == "" for _, claimant in found)
