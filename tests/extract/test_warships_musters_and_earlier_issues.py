"""A warship of ours is never the adversary's weapon, and a ship named by its class and then by
its name is one system; a muster's headcount or staff moved out is no force level; a count an
earlier issue of the same alert gave is no figure of the story; systems a report must count
are not deployed by those words. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article

DRAFTS = Drafts("2026-11-21", "Warships, musters and alert issues")


def _briefing(text: str):
    article = Article(text=f"Site report\n\n{text}\n", boilerplate=[], headline="Test report",
                      outlet="", byline="", published="2026-11-21", url="", path="",
                      format="txt", warnings=[])
    return draft_briefing(article, published="2026-11-21")


def test_a_navy_destroyer_downing_drones_launched_at_a_ship_is_not_theirs():
    facts = DRAFTS.facts("Rebels hit a grain carrier with a missile on Sunday, and a U.S. Navy "
                         "destroyer shot down two drones launched at the same ship.")
    postures = {s.name: s.posture for s in facts.systems}
    assert postures.get("destroyer") != "used by adversary"


def test_a_destroyer_named_later_is_the_same_one_system():
    facts = DRAFTS.facts("A U.S. Navy destroyer shot down two drones launched at the tanker. "
                         "Central Command said the destroyer USS Ramage downed both drones.")
    names = [s.name for s in facts.systems]
    assert "USS Ramage" in names and "destroyer" not in names


def test_two_named_destroyers_leave_the_class_alone():
    facts = DRAFTS.facts("A U.S. Navy destroyer shot down two drones launched at the tanker. "
                         "The destroyer USS Ramage and the destroyer USS Cole escorted it.")
    names = [s.name for s in facts.systems]
    assert "USS Ramage" in names and "USS Cole" in names and "destroyer" in names


def test_a_shelter_headcount_is_no_force_level():
    b = _briefing("Two drones struck the gas plant at dawn on Friday, injuring three workers. "
                  "The alarm sounded at 04:10 and the muster was complete at 04:25: 212 "
                  "personnel accounted for at the bunker.")
    assert not any(p.startswith("Force level") for p in b.narrative.key_points)


def test_troops_based_in_a_country_are_still_a_force_level():
    b = _briefing("Two drones struck the air base at dawn on Friday, injuring three soldiers. "
                  "About 2,500 U.S. troops are stationed in the country.")
    assert any(p.startswith("Force level: about 2,500") for p in b.narrative.key_points)


def test_a_count_an_earlier_issue_of_the_alert_gave_is_no_figure():
    figures = DRAFTS.figures("Four guards were hurt in the blast. Rev. 1 of this alert reported "
                             "three injured; the fourth was confirmed by the clinic.")
    assert (3.0, "injured") not in figures
    assert (4.0, "guards") in figures


def test_systems_a_report_must_count_are_not_deployed_by_those_words():
    facts = DRAFTS.facts("The Secretary shall submit a report on the number and type of air "
                         "defense systems deployed, including Patriot and THAAD systems.")
    postures = {s.name: s.posture for s in facts.systems}
    assert postures.get("THAAD") == "mentioned"


def test_a_system_said_to_be_deployed_still_is():
    facts = DRAFTS.facts("Two Patriot batteries are deployed at the air base, officials said.")
    assert {s.name: s.posture for s in facts.systems}.get("Patriot") == "deployed"


def test_a_battery_whose_deployment_was_ordered_is_arriving_not_at_its_home_base():
    facts = DRAFTS.facts("The minister approved the deployment of an additional Patriot battery "
                         "from Fort Bliss, Texas, to the region on Friday.")
    patriot = next(s for s in facts.systems if s.name == "Patriot")
    assert patriot.posture == "arriving" and patriot.place != "Fort Bliss"
