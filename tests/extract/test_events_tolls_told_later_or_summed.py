"""Tolls told away from their happening: a rise asked about far down a briefing, a toll of
strikes "reported" at a place told just before, a count revised by "later reports", a hurt
group described at length, and a sum over several attacks that is no one attack's toll.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from briefdeck.extract.casualties import find_casualties

from .drafting import day_tolls, drafted_events


def _counts(text: str) -> list[tuple[str, int | None, bool]]:
    return [(c.kind, c.count, c.is_total) for c in find_casualties(text, 0, len(text))]


def test_a_rise_asked_about_far_down_a_briefing_updates_the_one_tolled_attack() -> None:
    filler = " ".join(f"Item {n} of the agenda concerns the office budget." for n in range(14))
    text = (
        "Press briefing\n\n"
        "The envoy deplores yesterday's rocket attack on the Zulfa barracks, which killed two "
        "guards and injured three other people.\n\n"
        f"{filler}\n\n"
        "Question: Are the casualty numbers still the same?\n\n"
        "Spokesperson: We are told that the number of injured has risen to seven."
    )
    assert day_tolls(drafted_events(text, "2025-03-12")) == [("2025-03-11", 2, 7)]


def test_a_toll_of_strikes_reported_at_a_place_just_asked_about_is_theirs() -> None:
    text = (
        "Daily briefing\n\n"
        "Question: There are reports of air strikes overnight near Raqqa with people killed. "
        "Do you have anything on that?\n\n"
        "Spokesperson: We call on everyone to show restraint. I have seen press reports of "
        "strikes in the Raqqa area, including reports that at least four people were killed."
    )
    events = drafted_events(text, "2025-06-03")
    assert [(e.killed, e.wounded) for e in events if e.place == "Raqqa"] == [(4, None)]


def test_later_reports_putting_the_number_of_injured_at_a_count_replace_the_first() -> None:
    assert _counts("Early reports said two guards were hurt, but later reports put the number "
                   "of injured at six.") == [("wounded", 6, True)]


def test_a_hurt_group_described_in_five_words_is_still_counted() -> None:
    assert _counts("Three men working in a nearby olive grove were wounded.") == \
        [("wounded", 3, False)]


def test_a_reporting_participle_is_not_a_description_of_the_group_counted() -> None:
    # "an officer, the agency said, adding that ...": the count is the nine, not "an"
    assert _counts("The dead included an officer, the agency said, adding that at least nine "
                   "others were wounded.") == [("wounded", 9, False)]


def test_evaluated_and_treated_for_counts_the_hurt() -> None:
    assert _counts("Two sailors were evaluated and treated for minor injuries.") == \
        [("wounded", 2, False)]


def test_a_sum_over_a_few_attacks_in_a_span_is_no_one_attacks_toll() -> None:
    text = (
        "Senator's remarks\n\n"
        "On March 3, rockets hit the Tango outpost. One soldier was wounded.\n\n"
        "Last Friday, two drones were fired at the Delta airfield. Both were shot down. "
        "Nobody was hurt.\n\n"
        "That makes four attacks in three months, with one soldier killed and at least nine "
        "wounded."
    )
    tolls = day_tolls(drafted_events(text, "2025-05-20"))
    assert ("2025-03-03", 0, 1) in tolls
    assert all(wounded < 9 for _, _, wounded in tolls)
