"""Events told around other happenings: a gap between two happenings ("two days before
troops handed the base over"), a flag order and the day it orders, an attack told as the time
of another ("support rose after a drone attack ... killed"), a toll told sentences after its
attack ("The attack killed ..."), a revised count given days later, a group hurt "along with"
those a passive toll counts, and words that only look like happenings (a figure that "fell",
a count "arriving").

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

import time

from briefdeck.extract.casualties import find_casualties
from briefdeck.extract.toll_along_with import along_with_hurt

from .drafting import drafted_events

PUBLISHED = "2026-12-03"  # a Thursday


def _events(text: str, published: str = PUBLISHED) -> list[tuple]:
    return [
        (e.date, e.kind, e.place, _total(e, "killed"), _total(e, "wounded"))
        for e in drafted_events(text, published)
    ]


def _total(event, kind: str) -> int:
    value = getattr(event, kind)
    return value if value is not None else sum(getattr(r, kind) or 0 for r in event.casualties)


def test_a_group_hurt_along_with_a_passive_toll_is_counted_in_its_own_party():
    text = (
        "The ministry said four U.S. soldiers had been wounded, not two as first reported, "
        "along with three guards of the Jordanian border force."
    )
    rows = [(c.kind, c.count, c.party) for c in find_casualties(text, 0, len(text))]
    assert ("wounded", 4, "U.S.") in rows
    assert ("wounded", 3, "Jordan") in rows


def test_along_with_far_past_the_verb_or_with_a_verb_of_its_own_adds_no_one():
    far = (
        "Four troops were injured in the blast, which also damaged a hangar and destroyed a "
        "truck parked near the main gate, along with two contractors."
    )
    assert [c.count for c in find_casualties(far, 0, len(far))] == [4]
    own = "Three guards were hurt, along with two civilians who were killed."
    rows = [(c.kind, c.count) for c in find_casualties(own, 0, len(own))]
    assert rows.count(("killed", 2)) == 1 and ("wounded", 2) not in rows


def test_countries_listed_after_border_with_do_not_place_the_attack():
    text = (
        "Drones struck the garrison at al-Tanf, in the desert near the border with Jordan "
        "and Iraq, late on Sunday, wounding four U.S. soldiers."
    )
    places = [e.place for e in drafted_events(text, PUBLISHED)]
    assert places and "Iraq" not in places[0] and "Jordan" not in places[0]


def test_an_attack_told_as_the_time_of_another_with_its_own_day_and_toll_is_drafted():
    text = (
        "Backing for reprisals grew after a rocket attack on Ain al-Asad Air Base on Nov. 20 "
        "killed a contractor while the survey was running."
    )
    assert ("2026-11-20", "attack", "Ain al-Asad Air Base", 1, 0) in _events(text)


def test_a_famous_attack_named_with_the_is_still_background():
    text = "Protests spread after the Oct. 7 attack killed hundreds of people in the south."
    assert not any(d and d.startswith("2026-10") for d, *_ in _events(text))


def test_the_attack_killed_a_few_sentences_on_is_the_toll_of_the_attack_told():
    text = (
        "A drone hit Harir Air Base on Nov. 24, killing a U.S. soldier.\n\n"
        '"We are leaving," the director said. "But not like this." The attack killed one '
        "U.S. soldier and wounded six other people, according to the command."
    )
    assert _events(text) == [("2026-11-24", "attack", "Harir Air Base", 1, 6)]


def test_a_flag_order_is_news_of_its_day_not_of_the_day_it_orders():
    text = (
        "CHARLESTON, W.Va. - The governor on Thursday ordered state flags lowered to "
        "half-staff on Saturday in honor of a soldier killed in Syria."
    )
    dates = [d for d, kind, *_ in _events(text) if kind == "announcement"]
    assert dates == ["2026-12-03"]


def test_a_bound_on_a_gap_dates_neither_happening():
    text = (
        "Two soldiers were wounded when a drone struck Harir Air Base late on Nov. 19, less "
        "than a week before American troops handed the airfield to Kurdish units."
    )
    events = _events(text)
    assert ("2026-11-19", "attack", "Harir Air Base", 0, 2) in events
    assert [e for e in events if e[1] == "handover" or e[0] == "2026-11-12"] == []


def test_an_exact_gap_dates_the_happening_it_leads_from_the_day_before_it():
    text = (
        "Two soldiers were wounded when a drone struck Harir Air Base late on Nov. 19, two "
        "days before American troops handed the airfield to Kurdish units."
    )
    events = _events(text)
    assert ("2026-11-21", "handover") in [(d, k) for d, k, *_ in events]
    assert "2026-11-17" not in [d for d, *_ in events]


def test_a_gap_before_a_named_happening_stays_as_it_was():
    text = (
        "A drone hit the depot on Nov. 19. The law asks for notice at least 15 days "
        "before the transfer of any base to a partner force."
    )
    assert "2026-12-04" not in [d for d, *_ in _events(text)]


def test_a_count_revised_days_later_is_the_toll_of_the_attack_it_revises():
    text = (
        "On the night of 24 November, four drones were launched at Erbil Air Base. Air "
        "defences brought down three. The command first said there were no injuries. Two "
        "days later it revised that account: two airmen had been wounded by debris."
    )
    assert _events(text) == [("2026-11-24", "attack", "Erbil Air Base", 0, 2)]


def test_a_number_that_fell_is_no_happening():
    text = (
        "On 18 November the base was handed to Iraqi forces. The number of U.S. troops in "
        "the west fell from about 2,000 to fewer than 500."
    )
    assert [k for _, k, *_ in _events(text)] == ["handover"]


def test_a_count_arriving_is_no_deployment():
    text = (
        "On the night of March 9, 2026, a drone wounded two soldiers at the base. The "
        "documentary has the full toll arriving the following day."
    )
    assert [k for _, k, *_ in _events(text, "2026-12-04")] == ["attack"]


def test_long_hostile_lines_read_quickly():
    line = "five soldiers were wounded, along with " * 1000 + "\x00<b>" * 1000
    start = time.perf_counter()
    find_casualties(line, 0, len(line))
    along_with_hurt(line, 0, len(line), [], [])
    drafted_events(line, PUBLISHED)
    assert time.perf_counter() - start < 60
