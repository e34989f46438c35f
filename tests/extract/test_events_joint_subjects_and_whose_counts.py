"""Events: subjects joined by "and" kept whole in a summary, an advisory's day that is when it
was said, a "who" clause summarised with the name it tells of, and the party of a count the
words around it name (a group after "of", a bare count paired with a named one, a total that
holds the named counts told before).

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from .drafting import drafted_events

PUBLISHED = "2026-10-20"


def _parties(event) -> list[tuple[str, int, int]]:
    return sorted((c.party, c.killed, c.wounded) for c in event.casualties)


def test_a_strike_by_two_air_forces_is_summarised_with_both() -> None:
    text = ("Raids\n\nThe port was quiet on Monday. Days earlier, French and Dutch jets bombed "
            "what the ministry called drone workshops near Mocha on Friday.")
    [event] = [e for e in drafted_events(text, PUBLISHED) if e.date == "2026-10-16"]
    assert event.summary.startswith("French and Dutch jets bombed")


def test_rockets_and_drones_launched_together_keep_both_weapons() -> None:
    text = ("Findings\n\n(1) On October 3, 2026, six rockets and three drones were launched at "
            "Tal Baydar outpost, Syria, wounding two guards.")
    [event] = drafted_events(text, PUBLISHED)
    assert event.summary.startswith("Six rockets and three drones")
    assert set(event.weapons) == {"rockets", "drones"}


def test_a_vessel_hit_as_an_advisory_said_on_the_next_day_is_the_attack_told() -> None:
    text = ("Ship hit\n\nADEN -- A missile struck a cargo ship in the Gulf of Aden late "
            "Sunday, wounding one sailor, the ship's owner said.\n\nThe Blue Heron was hit about "
            "40 miles south of Aden shortly after 9 p.m., a maritime agency said in an advisory "
            "on Monday.")
    assert [e.date for e in drafted_events(text, PUBLISHED)] == ["2026-10-18"]


def test_a_handover_told_in_an_address_is_summarised_with_the_new_commander() -> None:
    text = ("Remarks at the change of command, October 20, 2026\n\nThank you all for coming. "
            "To Maj. Tom Okafor, who takes command today: you are getting a fine squadron.")
    summaries = [e.summary for e in drafted_events(text, PUBLISHED)]
    assert any(s.startswith("Maj. Tom Okafor, who takes command") for s in summaries)
    assert not any("you are getting" in s for s in summaries)


def test_members_of_a_regional_force_are_that_party() -> None:
    text = ("Findings\n\n(1) On October 5, 2026, three drones were launched at Bashur Airfield, "
            "Iraq, wounding one member of the Kurdistan Region security forces.")
    [event] = drafted_events(text, PUBLISHED)
    assert _parties(event) == [("Kurdish", 0, 1)]


def test_a_bare_count_of_wounded_shares_the_party_of_the_dead_it_is_paired_with() -> None:
    text = ("Review\n\nThe raid on Outpost 9 in eastern Syria on 2 March 2025, which killed "
            "two U.S. soldiers and wounded more than 30, remains the worst.")
    [event] = drafted_events(text, PUBLISHED)
    assert _parties(event) == [("U.S.", 2, 30)]


def test_a_live_chat_total_keeps_the_party_counted_before() -> None:
    text = ("Ask our reporter\n\n14:02 Reader: What happened at the base?\n\n14:05 Reporter: "
            "Two drones hit Bashur Airfield early Monday. Three U.S. service members were "
            "wounded.\n\n14:09 Reader: Anyone else?\n\n14:12 Reporter: A Peshmerga guard was "
            "killed, officials said. So the full toll is one dead and four wounded.")
    events = [e for e in drafted_events(text, PUBLISHED) if e.date == "2026-10-19"]
    assert [_parties(e) for e in events] == [
        [("Kurdish", 1, 0), ("U.S.", 0, 3), ("unspecified", 0, 1)]]
