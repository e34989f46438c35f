"""What the first slide calls news: not a newscast anchor's lead-in, not an air defence that
arrived before the attack, not a tour the speaker looks back on, and not the troops "left in"
(still in) a country read as a pull-out."""

from __future__ import annotations

from briefdeck.extract import draft_briefing
from briefdeck.extract.lede_filters import anchor_lead_in
from briefdeck.ingest.article import Article


def _draft(text: str, title: str = ""):
    return draft_briefing(Article(text=text, headline=title), published="2026-11-17")


def test_an_anchors_lead_in_is_not_the_lede():
    assert anchor_lead_in("We begin tonight in northern Syria, where soldiers came under fire.")
    assert anchor_lead_in(">>> Turning now to the weather on the coast.")
    assert not anchor_lead_in("We shot down two drones over the base on Monday night.")
    text = (">>> Good evening. We begin tonight in eastern Syria, where American troops were "
            "targeted once more. The Pentagon says two U.S. soldiers were wounded in a rocket "
            "attack on the Green Village base late Sunday night. Officials say a militia "
            "claimed it.\n")
    bluf = _draft(text).narrative.bluf
    assert bluf.startswith("The Pentagon says two U.S. soldiers were wounded"), bluf


def test_a_battery_that_arrived_weeks_before_the_attack_is_not_arriving_news():
    text = ("Mortar and drone attack on Tower West base wounds two U.S. soldiers\n\n"
            "Two U.S. soldiers were wounded when three mortar rounds and a drone struck the Tower "
            "West base in Syria late on Monday, 16 November, officials said. The attack comes "
            "weeks after a Patriot battery arrived there in October. A militia claimed it.\n")
    drafted = _draft(text, "Mortar and drone attack on Tower West base wounds two U.S. soldiers")
    narrative = drafted.narrative
    assert "arrive" not in narrative.bluf, narrative.bluf
    assert not any("arriving" in k for k in narrative.key_points), narrative.key_points
    # the fact itself says so too: the page's key facts and the fact table agree with the BLUF
    patriot = next(s for s in drafted.facts.systems if s.name == "Patriot")
    assert patriot.posture == "deployed"


def test_a_finished_tour_recalled_in_a_speech_is_no_move_now():
    text = ("Remarks at the Change of Command Ceremony, Fort Hood, Texas\n\n"
            "November 17, 2026\n\n"
            "Thank you all for coming out this morning to see the colours pass. Last year this "
            "battalion was told it would deploy. In March of this year we did: some 500 "
            "Soldiers and three Patriot batteries, deployed to Al Dhafra Air Base in the UAE "
            "and Muwaffaq Salti Air Base in Jordan. Every one of them came home. Today I hand "
            "the battalion to Lt. Col. Dana Price, who takes command today.\n")
    narrative = _draft(text, "Remarks at the Change of Command Ceremony, Fort Hood, "
                             "Texas").narrative
    assert "Al Dhafra" not in narrative.bluf, narrative.bluf  # (the map keeps it)
    assert not any(k.startswith("Reinforcement") for k in narrative.key_points)


def test_troops_left_in_a_country_are_still_there():
    text = ("Q: What does this mean for the troops?\n\n"
            "A: There are roughly 2,000 U.S. troops left in Syria, and the drones that hit the "
            "base on Tuesday wounded three of them, officials said.\n")
    places = _draft(text).facts.places
    assert not any(p.name == "Syria" and p.role == "withdrawal" for p in places), places


def test_no_forces_left_in_a_place_is_still_a_withdrawal():
    text = ("The coalition handed the last base in Diyala to the Iraqi army on Tuesday after "
            "its troops withdrew. \"There are no foreign combat forces left in Diyala,\" a "
            "commander told reporters at the ceremony.\n")
    places = _draft(text).facts.places
    assert any(p.name == "Diyala" and p.role == "withdrawal" for p in places), places
