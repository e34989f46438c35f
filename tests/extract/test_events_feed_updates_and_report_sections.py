"""A caption feed's update tells the toll of the item it replaces; a report about one attack
counts its hurt in a section of its own; a toll-only chronology row counts the attack above
it; an ordinal toll must fit the toll it goes on from; a superlative names no attack; a visit
dated in an attack's clause is no attack; an unexploded rocket found is an attack; launchers
reaching a base are a deployment; a recent attack recalled with its day and "no one was hurt"
is an event.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from .drafting import drafted_events

PUBLISHED = "2026-05-08"  # a Friday


def _events(text: str) -> list[tuple[str | None, str, int, int]]:
    return [(e.date, e.kind, e.killed or 0, e.wounded or 0)
            for e in drafted_events(text, PUBLISHED)]


_FEED = (
    "NORTHWIND PICTURES :: caption export\n\n"
    "[1] SLUG: PORT-STRIKES/\n"
    "Ref: NWP20260507-0101 | Transmitted: 07 May 2026 05:10 GMT\n"
    "Headline: Jets hit Salif port\n"
    "Caption: SALIF, Yemen - Fires burn at the port of Salif, Yemen, Thursday, May 7, 2026, "
    "after warplanes struck fuel depots overnight. Local health officials said three people "
    "were killed and five wounded.\n\n"
    "[2] SLUG: SEA-TANKER/\n"
    "Ref: NWP20260507-0202 | Transmitted: 07 May 2026 08:30 GMT\n"
    "Headline: Tanker towed to Berbera\n"
    "Caption: BERBERA - The tanker Gull Point is towed into Berbera on Thursday, May 7, 2026. "
    "The ship was hit by a drone late Tuesday about 40 nautical miles west of Salif, its "
    "owner said. Two sailors were wounded.\n\n"
    "[3] SLUG: PORT-STRIKES/ (ADDS toll)\n"
    "Ref: NWP20260507-0303 | Transmitted: 07 May 2026 16:00 GMT\n"
    "REPLACES: NWP20260507-0101\n"
    "Headline: Jets hit Salif port\n"
    "Caption: SALIF, Yemen - Workers clear debris at the port of Salif, Yemen, Thursday, May "
    "7, 2026. Local health officials later raised the toll to seven killed and 12 wounded.\n"
)


def test_an_updated_caption_raises_the_toll_of_the_item_it_replaces():
    events = _events(_FEED)
    assert any(k == "strike" and (dead, hurt) == (7, 12) for _, k, dead, hurt in events)
    # the ship told in between keeps its own toll
    assert ("2026-05-05", "attack", 0, 2) in events
    assert not any(k == 7 for d, _, k, _ in events if d == "2026-05-05")


_STATEMENT = (
    "I, the master of the vessel, state the following facts concerning the attack on the "
    "ship in the Gulf of Aden on the night of Sunday 3 May 2026.\n\n"
    "Date\tTime\tEvent\n\n"
    "3 May\t2140\tPosition about 30 nm south of Mukalla. A missile struck the funnel.\n\n"
    "4 May\t0100\tMuster held. Two persons injured.\n\n"
    "4. Injuries\n\n"
    "The muster found two persons injured: the cook and an electrician. I was told this "
    "morning that the cook died of his injuries in hospital.\n"
)


def test_a_report_sections_toll_is_its_opening_attacks():
    events = _events(_STATEMENT)
    assert ("2026-05-03", "attack", 1, 1) in events
    assert not any(d == "2026-05-04" and k in ("attack", "strike") for d, k, _, _ in events)


def test_an_ordinal_that_does_not_fit_the_last_toll_is_left_out():
    text = ("Two strikes in one night\n\n"
            "A drone hit a depot near the border on Monday and the army said two guards had "
            "been hurt by debris. Separately, a strike late on Tuesday hit a car in the "
            "capital. Officials named the three dead. A fourth man was wounded, a hospital "
            "said.\n")
    assert not any(w == 4 for _, _, _, w in _events(text))


def test_a_superlatives_noun_is_no_attack_of_its_own():
    text = ("Base defences\n\n"
            "The March 2024 rocket attack on Camp Hadley, which killed two soldiers, remains "
            "the deadliest attack on U.S. forces in Kuwait.\n")
    assert sum(1 for d, k, _, _ in _events(text) if k == "attack") == 1


def test_a_visit_dated_in_a_strikes_clause_is_no_attack():
    text = ("INFORMATION PAPER\n\n"
            "1. Purpose. To brief the commander on the drone strike on Camp Hadley on 2 May "
            "2026 and the defenses in Kuwait, ahead of the senators' visit to Camp Hadley on "
            "12 May 2026.\n")
    assert not any(d == "2026-05-12" and k == "attack" for d, k, _, _ in _events(text))


def test_an_unexploded_rocket_found_is_an_attack():
    text = ("Previous attacks\n\n"
            "On 20 April 2026, an unexploded 122mm rocket was found near the fence of Camp "
            "Hadley.\n")
    assert ("2026-04-20", "attack", 0, 0) in _events(text)


def test_launchers_reaching_a_base_are_a_deployment():
    text = ("Air defence\n\n"
            "Army officials said Wednesday that the first launchers reached Camp Buehring on "
            "May 1 and that the rest would follow.\n")
    assert any(d == "2026-05-01" and k == "deployment" for d, k, _, _ in _events(text))


def test_a_recent_attack_recalled_with_no_one_hurt_is_an_event():
    text = ("Voyage\n\n"
            "After the attack on the tanker Blue Heron off Mokha earlier this month (2 May), "
            "in which no one was hurt, the owners ordered a faster transit.\n")
    assert ("2026-05-02", "attack", 0, 0) in _events(text)
