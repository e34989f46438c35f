"""Events told in prose: a revised toll that names its town, a bullet's "N killed, M wounded"
rise, "none of the N crew" hurt, parties' hurt told again as a sum, a spoken "four rockets, one
guard killed", a unit "flown in" by a day, video time codes, a telling dated "a day before"
another, and a move said last week then told to the day.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from briefdeck.extract.casualties import find_casualties

from .drafting import day_tolls, drafted_events


def _counts(text: str) -> list[tuple[str, int | None]]:
    return sorted((c.kind, c.count) for c in find_casualties(text, 0, len(text)))


def test_a_revised_toll_naming_its_town_goes_to_the_strike_there() -> None:
    events = drafted_events(
        "Strikes on two towns\n\n"
        "ADEN, Dec 4 -- On 10 November a strike on a bus depot in Lahij killed nine drivers and "
        "wounded 15. On 12 November a strike on a warehouse in Zinjibar killed two guards and "
        "wounded five.\n\n"
        "Officials first put the Lahij toll at six dead; they raised the figure to nine on "
        "13 November after three of the wounded died in hospital.\n", "2026-12-04")
    assert sorted(day_tolls(events)) == [("2026-11-10", 9, 15), ("2026-11-12", 2, 5)]


def test_a_bullet_rise_with_a_comma_replaces_both_kinds() -> None:
    events = drafted_events(
        "Port strikes\n\n"
        "ADEN, Dec 4 -- Air strikes on the port of Mukalla early on Friday killed four people "
        "and wounded eight, the health office said.\n\n"
        "* Toll rises to seven killed, 12 wounded\n\n"
        "The toll from the strikes on Mukalla rose to seven, the health office said later.\n",
        "2026-12-04")
    assert ("2026-12-04", 7, 12) in day_tolls(events)
    assert all(w <= 12 for _, _, w in day_tolls(events))


def test_none_of_the_crew_hurt_is_no_toll() -> None:
    assert _counts("A fire broke out and none of the 19 crew were hurt, the owner said.") == []
    assert _counts("Neither of the two guards was injured.") == []


def test_the_sum_of_parties_hurt_told_again_adds_no_one() -> None:
    events = drafted_events(
        "Base attack\n\n"
        "Q4 Chair: What happened at Camp Alpha on 3 November?\n\n"
        "General Ford: Two rockets landed. Two British soldiers received minor injuries and one "
        "Danish contractor was more seriously hurt.\n\n"
        "Q5 Chair: So three wounded in all?\n\n"
        "General Ford: Three wounded, no deaths.\n", "2026-11-20")
    assert ("2026-11-03", 0, 3) in day_tolls(events)


def test_four_rockets_one_guard_killed_is_a_toll() -> None:
    assert _counts("Then you had the airfield on Sunday, four rockets, one SDF guard killed.") \
        == [("killed", 1)]


def test_a_unit_flown_in_by_a_day_is_deployed_that_day() -> None:
    events = drafted_events(
        "Drone attack\n\n"
        "Drones struck the airfield at Qayyarah late Tuesday, wounding two soldiers. By "
        "Wednesday, an extra air-defence unit had been flown in from Kuwait.\n", "2026-11-27")
    assert any(e.kind == "deployment" and e.date == "2026-11-25" for e in events)


def test_video_time_codes_are_no_live_blog_clocks() -> None:
    events = drafted_events(
        "What we know about the strike on Sidon\n\n"
        "0:00 So here is what we know about the strike on Sidon last night.\n\n"
        "0:06 On Saturday night an airstrike hit a four-storey building in Sidon.\n\n"
        "0:14 Rescuers are still searching the rubble.\n\n"
        "0:20 By this morning the ministry said five people were killed and nine wounded.\n",
        "2026-11-29")
    assert day_tolls(events) == [("2026-11-28", 5, 9)]


def test_a_day_before_a_confirmation_is_no_happening() -> None:
    events = drafted_events(
        "Base attack\n\n"
        "DUHOK -- A guard was killed when drones struck the Bashur airfield late Monday, "
        "officials said, a day before Washington confirmed that its troops would move.\n",
        "2026-11-26")
    assert day_tolls(events) == [("2026-11-23", 1, 0)]


def test_a_move_said_last_week_then_told_to_the_day_is_one_deployment() -> None:
    events = drafted_events(
        "Jordan battery\n\n"
        "The Army has moved a second Patriot battery to Muwaffaq Salti Air Base, two officials "
        "told me last week. The battery arrived on Nov. 12, one of them said.\n", "2026-11-30")
    assert [(e.kind, e.date) for e in events] == [("deployment", "2026-11-12")]
