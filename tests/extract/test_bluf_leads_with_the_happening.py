"""A BLUF leads with the report's main happening and its own toll: not the scene the writer
caught it in (a match, a wedding), nor a group's claim of the act before the act itself."""

from __future__ import annotations

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article

# A sports page: the headline teases the game, the dateline stands over a scene with names.
MOMENT_SCENE = (
    "Rovers 1-1 Harbour Town: alarms, a long delay and a late equaliser\n\n"
    "By Tam Orrin\n\n"
    "PORT ELLEN -- The players of Harbour Town were lining up for a corner when the alarm "
    "sounded over the Quayside Ground. Within minutes the stands were empty.\n\n"
    "Militants fired about 20 rockets at Port Ellen on Saturday evening, the army said. "
    "Medics said two people were wounded in the town.\n\n"
    "A day earlier, an air strike on the village of Dunmore killed four people and wounded "
    "five, the village council said.\n\n"
    "Play resumed an hour later, and the visitors equalised late on.\n"
)

# A duty log: the claim is the first sentence past its furniture that names the task group.
CLAIM_FIRST = (
    "UNCLASSIFIED\n"
    "TASK GROUP NORTH - DUTY OFFICE\n"
    "DUTY LOG - PUBLIC RELEASE VERSION\n"
    "Camp Redbrook | Reporting period: 1-7 DEC 2026\n"
    "Names are withheld. An entry records what was reported to the desk; it is not a finding.\n"
    "All times local.\n"
    "=====================\n\n"
    "MONDAY, 01 DEC 2026\n\n"
    "0930 | FOUND PROPERTY | Gym\n"
    "A wallet was handed in at the front desk. It was returned at 1015.\n\n"
    "1120 | TRAFFIC ACCIDENT, NO INJURIES | Gate 2\n"
    "A truck reversed into a barrier. Damage to the tailgate estimated at $900.\n\n"
    "TUESDAY, 02 DEC 2026\n\n"
    "2310 | HOSTILE ACT - UAS ATTACK | Motor pool\n"
    "Two drones struck the motor pool on 02 DEC. Three soldiers were wounded.\n\n"
    "1400 | PUBLIC AFFAIRS NOTE\n"
    "The Northern Brigades claimed the attack in a post online; the claim has not been "
    "confirmed by the task group.\n\n"
    "SUMMARY\n"
    "The drone attack was the second on the task group's camp this month.\n"
)


def test_a_scene_caught_in_its_moment_does_not_lead_the_bluf():
    bluf = draft_briefing(Article(text=MOMENT_SCENE), published="2026-12-06").narrative.bluf
    assert not bluf.startswith("The players")
    assert bluf.startswith("Militants fired about 20 rockets at Port Ellen")


def test_the_bluf_gives_the_toll_of_the_act_it_leads_with():
    bluf = draft_briefing(Article(text=MOMENT_SCENE), published="2026-12-06").narrative.bluf
    assert "2 wounded" in bluf
    assert "4 killed" not in bluf


def test_a_claim_of_the_act_does_not_lead_the_bluf():
    bluf = draft_briefing(Article(text=CLAIM_FIRST), published="2026-12-08").narrative.bluf
    assert not bluf.startswith("The Northern Brigades claimed")
    assert "attack" in bluf.split(".")[0]
