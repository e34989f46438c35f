"""Spans of time kept as facts: deadlines, forecasts, waits, holds, rations, journeys, gaps."""

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _figures(text: str) -> list[tuple[float, float | None, str]]:
    briefing = draft_briefing(Article(text=text), published="2026-12-01")
    return [(f.value, f.value_high, f.unit) for f in briefing.facts.figures]


def test_a_deadline_given_to_people_is_kept() -> None:
    got = _figures("Under the new policy, tenants have 45 days to file a claim with the insurer.")
    assert (45.0, None, "days") in got


def test_a_deadline_a_court_tells_the_one_in_front_of_it_is_not_kept() -> None:
    got = _figures("THE JUDGE: You have twenty days to lodge an appeal. We are done here.")
    assert not any(unit == "days" for _, _, unit in got)


def test_a_forecast_of_when_is_kept() -> None:
    got = _figures("The doctors told us the injured pilots may be home in 5 to 9 days.")
    assert (5.0, 9.0, "days") in got


def test_a_wait_is_kept() -> None:
    got = _figures("Villagers in the valley wait 40 to 70 minutes for a fire engine.")
    assert (40.0, 70.0, "minutes") in got


def test_a_waiver_and_a_hold_are_kept() -> None:
    got = _figures("The harbour office will waive berth fees for 9 days on ferries in the "
                   "north dock. Tugs may be held for up to 3 hours after a siren.")
    assert (9.0, None, "days") in got
    assert (3.0, None, "hours") in got


def test_hours_of_supply_a_day_are_a_ration() -> None:
    got = _figures("Power will return for four to five hours a day, at reduced load.")
    assert (4.0, 5.0, "hours a day") in got


def test_a_desk_open_around_the_clock_is_no_ration() -> None:
    got = _figures("Our duty desk answers calls 24 hours a day: write to desk@example.org.")
    assert not any(unit.startswith("hours") for _, _, unit in got)


def test_a_journey_told_in_hours_is_kept() -> None:
    got = _figures("The border crossing at Tallow Gap is the fallback, about 5 hours away by road.")
    assert (5.0, None, "hours") in got


def test_the_gap_between_two_strikes_is_kept() -> None:
    got = _figures("A drone hit the fuel depot. About 15 minutes later, a second drone hit the "
                   "ambulance that came to help.")
    assert (15.0, None, "minutes") in got


def test_other_spans_of_time_stay_out() -> None:
    got = _figures("She served 12 years in the navy and spent 3 days on leave in Lisbon.")
    assert not any(unit in ("years", "days") for _, _, unit in got)


def test_hours_of_a_supply_a_day_are_a_ration() -> None:
    got = _figures("Most towns would get no more than six hours of mains water a day this month.")
    assert any(value == 6.0 and unit.startswith("hours") for value, _, unit in got)


def test_an_incident_told_by_how_it_ended_keeps_its_length() -> None:
    got = _figures("The blaze on the ferry was put out after about five hours.")
    assert (5.0, None, "hours") in got


def test_the_window_a_count_falls_in_is_kept() -> None:
    got = _figures("Militias claimed nine attacks in the past four weeks.")
    assert (4.0, None, "weeks") in got


def test_a_distance_covered_in_a_time_keeps_no_window() -> None:
    got = _figures("The column drove 240 kilometres in three days, its commander said.")
    assert not any(unit == "days" for _, _, unit in got)
