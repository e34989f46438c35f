"""A move drafted as an event gives its place a role; the BLUF tells it only as today's news."""

from __future__ import annotations

from tests.extract.drafting import Drafts

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article

DRAFTS = Drafts("2026-11-20", "Force protection update")


def _roles(text: str) -> dict[str, str]:
    return {p.name: p.role for p in DRAFTS.facts(text).places}


def test_a_base_handed_over_in_its_own_sentence_is_withdrawn_from():
    text = ("Ain al-Asad air base in western Anbar was handed to the Iraqi army in January, "
            "ending more than a decade of U.S. presence there.")
    assert _roles(text).get("Ain al-Asad air base") == "withdrawal"


def test_where_leaving_troops_fly_to_is_reinforced_and_where_they_stay_is_not_left():
    text = ("The last contingent of U.S. troops flew out of Ain al-Asad on Friday towards "
            "Erbil, in the Kurdistan Region, officials said.")
    assert _roles(text).get("Erbil") == "reinforcement"
    stays = _roles("Coalition forces are to leave Ain al-Asad air base and Baghdad by September, "
                   "while a small force will remain in Erbil.")
    assert stays.get("Erbil") != "withdrawal"


def test_a_home_base_troops_return_to_is_not_reinforced():
    roles = _roles("The battery has guarded Erbil since June and is scheduled to redeploy to "
                   "Fort Bliss, Texas, in the spring.")
    assert roles.get("Fort Bliss") != "reinforcement"


def _narrative(text: str) -> tuple[str, list[str], dict[str, str]]:
    briefing = draft_briefing(Article(text=text, headline="Coalition update"),
                              published="2026-11-20")
    roles = {p.name: p.role for p in briefing.facts.places}
    return briefing.narrative.bluf, briefing.narrative.key_points, roles


def test_a_handover_recalled_from_last_year_is_mapped_but_not_told_as_news():
    bluf, points, roles = _narrative(
        "Two drones struck a coalition base at Erbil on Tuesday, wounding three U.S. soldiers. "
        "Coalition forces handed the Taji base to the Iraqi army in October 2025.")
    assert roles.get("Taji base") == "withdrawal"
    assert "Taji" not in bluf
    assert not any(p.startswith("Withdrawal:") and "Taji" in p for p in points)


def test_a_handover_this_week_is_told_as_troops_leaving():
    _, points, _ = _narrative(
        "Two drones struck a coalition base at Erbil on Tuesday, wounding three U.S. soldiers. "
        "Coalition forces handed the Taji base to the Iraqi army on Monday.")
    assert any(p.startswith("Withdrawal:") and "Taji" in p for p in points)


def test_a_planned_handover_is_not_told_as_troops_leaving():
    _, points, _ = _narrative(
        "Two drones struck a coalition base at Erbil on Tuesday, wounding three U.S. soldiers. "
        "Coalition forces will hand the Taji base to the Iraqi army on Monday.")
    assert not any(p.startswith("Withdrawal:") and "Taji" in p for p in points)


def test_a_body_named_after_a_town_moving_in_leaves_the_town_mentioned():
    roles = _roles("U.S. forces handed the outpost to the SDF on Saturday, and a unit of the "
                   "Deir ez-Zor Military Council deployed there the same day.")
    assert roles.get("Deir ez-Zor") != "reinforcement"
