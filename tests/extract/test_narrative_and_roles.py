"""Place roles (withdrawal, reinforcement, attack target, datelines) and the drafted narrative.

Every text here is written for these tests.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import pytest

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article

CORPUS = Path(__file__).resolve().parent / "corpus"
SEED = (Path(__file__).resolve().parents[2] / ".." / "shared" / "seed"
        / "iraq-troop-consolidation.txt")


def _draft(text: str, published: str = "2024-04-18"):
    return draft_briefing(Article(text=text), published=published)


def _roles(text: str) -> dict[str, str]:
    return {p.name: p.role for p in _draft(text).facts.places}


# -- withdrawal needs the place as what is left ------------------------------------------------
def test_leaving_forces_exposed_to_a_country_is_no_withdrawal_from_it():
    roles = _roles("Parking every jet on one ramp leaves them exposed to Iran and its missiles.")
    assert roles["Iran"] == "mentioned"


def test_withdrawal_from_a_named_base_is_a_withdrawal():
    roles = _roles("The battalion will withdraw its engineers from Al Taqaddum Air Base in May.")
    assert roles["Al Taqaddum Air Base"] == "withdrawal"


def test_working_closely_with_a_capital_is_no_withdrawal():
    roles = _roles("The minister said Amman was working closely with Washington on the inquiry.")
    assert "withdrawal" not in roles.values()


def test_a_demand_that_troops_leave_is_no_withdrawal():
    roles = _roles("The militias want all foreign troops to leave Iraq before the vote.")
    assert roles["Iraq"] == "mentioned"


def test_transferred_base_followed_by_another_both_withdrawals():
    roles = _roles("Al-Qaim was transferred on March 19, followed by Qayyarah Airfield West "
                   "on March 26.")
    assert roles["Al-Qaim"] == roles["Qayyarah Airfield West"] == "withdrawal"


# -- reinforcement: forces moved, rotated, stationed there -------------------------------------
def test_jets_rotating_between_bases_reinforce_every_base_listed():
    roles = _roles("Squadrons of F-16 jets will rotate between Al Udeid Air Base in Qatar, "
                   "Al Dhafra Air Base in the United Arab Emirates and Ali Al Salem Air Base.")
    for base in ("Al Udeid Air Base", "Al Dhafra Air Base", "Ali Al Salem Air Base"):
        assert roles[base] == "reinforcement", base
    assert roles["Qatar"] == "mentioned"  # only locates the base


def test_where_forces_were_previously_stationed_is_not_reinforced():
    roles = _roles("Marines previously stationed at Camp Taji have moved to Ain al-Asad air base.")
    assert roles["Camp Taji"] != "reinforcement"
    assert roles["Ain al-Asad air base"] == "reinforcement"


def test_an_attack_on_a_base_says_more_than_troops_based_there():
    roles = _roles("Some 300 soldiers are stationed at Tower 22. A drone struck Tower 22 on "
                   "Sunday.")
    assert roles["Tower 22"] == "attack target"


def test_troops_stationed_at_a_base_make_it_a_reinforcement():
    assert _roles("About 900 soldiers are stationed at Tower 22.")["Tower 22"] == "reinforcement"


def test_an_air_defence_battery_that_would_help_is_no_reinforcement():
    roles = _roles("\"A Patriot battery in Kharkiv would stop this within days,\" he said.")
    assert roles["Kharkiv"] == "mentioned"


# -- the attacker is not the target ------------------------------------------------------------
def test_possessive_attacker_is_neither_target_nor_event_place():
    briefing = _draft("The shift follows Iran's barrage of drones launched at Israel on "
                      "April 13.")
    roles = {p.name: p.role for p in briefing.facts.places}
    assert roles["Iran"] == "mentioned"
    assert roles["Israel"] == "attack target"
    (event,) = briefing.facts.events
    assert event.place == "Israel"


def test_country_that_may_attack_again_is_not_a_target():
    roles = _roles("Spreading the jets makes them harder to target if Iran or its partners "
                   "attack again.")
    assert roles["Iran"] == "mentioned"


def test_port_of_a_city_is_the_city_not_a_locator():
    roles = _roles("Russia struck the port of Odesa with ballistic missiles on Friday.")
    assert roles["Odesa"] == "attack target"
    assert roles["Russia"] == "mentioned"


# -- datelines ---------------------------------------------------------------------------------
def test_dateline_city_named_nowhere_else_is_no_place():
    text = ("Talks stall\n\nDOHA — Negotiators met for a third day without a deal on the "
            "hostages, two diplomats said.\n")
    assert "Doha" not in {p.name for p in _draft(text).facts.places}


def test_dateline_city_named_in_the_body_points_at_the_body():
    text = ("Blast at depot\n\nAMMAN, Jordan — A fuel depot burned for hours on Monday. "
            "Firefighters from Amman reached it before dawn.\n")
    briefing = _draft(text)
    amman = next(p for p in briefing.facts.places if p.name == "Amman")
    assert text[amman.provenance.start:amman.provenance.end] == "Amman"
    assert amman.provenance.start > text.index("Firefighters")


# -- narrative ---------------------------------------------------------------------------------
POSTURE = (
    "Navy spreads patrol jets across Gulf bases\n\n"
    "By A. Writer\n\n"
    "WASHINGTON — The Navy is spreading its patrol jets across at least three air bases in the "
    "Persian Gulf so that a single strike cannot ground them, two U.S. officials said.\n\n"
    "Under the plan, F-16 jets will rotate between Al Udeid Air Base in Qatar, Al Dhafra Air "
    "Base in the United Arab Emirates and Ali Al Salem Air Base in Kuwait.\n\n"
    "Rockets struck Tower 22 on April 2, wounding four soldiers.\n\n"
    "The U.S. has roughly 40,000 troops in the region, up from about 34,000 troops last "
    "year.\n\n"
    "The carrier will remain in the region until at least July.\n"
)


@lru_cache(maxsize=1)
def _posture():
    return _draft(POSTURE)


def test_bluf_leads_with_the_lede_without_dateline_or_sourcing():
    bluf = _posture().narrative.bluf
    assert bluf.startswith("The Navy is spreading its patrol jets across at least three")
    assert "WASHINGTON" not in bluf
    # (unnamed officials' word stays with what they say: the report gives it as theirs)
    assert "so that a single strike cannot ground them, two U.S. officials said." in bluf
    assert "attack or strike" not in bluf


def test_bluf_names_the_bases_the_lede_only_counts():
    bluf = _posture().narrative.bluf
    for base in ("Al Udeid", "Al Dhafra", "Ali Al Salem"):
        assert base in bluf


def test_key_points_cover_different_kinds_of_fact():
    points = _posture().narrative.key_points
    assert 3 <= len(points) <= 5
    starts = [p.split(":")[0] for p in points]
    assert "Reinforcement" in starts and "Force level" in starts
    attack = next(p for p in points if "Tower 22" in p)
    assert attack.startswith("2 Apr 2024") and "4" in attack and "wounded" in attack


def test_force_level_keeps_the_qualifier_and_the_change():
    level = next(p for p in _posture().narrative.key_points if p.startswith("Force level"))
    assert "roughly 40,000 troops" in level and "up from about 34,000" in level


def test_outlook_comes_from_what_the_report_expects():
    assert "until at least July" in _posture().narrative.outlook


def test_no_outlook_without_expectations():
    text = ("Rockets hit airport\n\nBAGHDAD (Wire) - Three rockets hit a military complex at "
            "Baghdad International Airport on Tuesday, wounding two guards, police said.\n")
    assert _draft(text, "2022-06-09").narrative.outlook == ""


def test_bluf_numbers_are_the_facts_numbers():
    briefing = _posture()
    numbers = set(re.findall(r"\d+(?:,\d{3})*", briefing.narrative.bluf + " ".join(
        briefing.narrative.key_points)))
    source = set(re.findall(r"\d+(?:,\d{3})*", POSTURE)) | {"2024"}
    words = {"three": "3", "four": "4"}
    source |= set(words.values())
    assert numbers <= source


def test_bluf_adds_air_defences_to_a_withdrawal_lede():
    text = (
        "Army to leave two bases\n\n"
        "The Army will remove troops from Al Taqaddum Air Base and Camp Taji in the spring, "
        "three defense officials said.\n\n"
        "The Army has already moved C-RAM systems into Iraq and plans to move Patriot "
        "batteries to Ain al-Asad air base in the coming days.\n"
    )
    bluf = _draft(text, "2020-03-16").narrative.bluf
    assert bluf.startswith("The Army will remove troops from Al Taqaddum Air Base")
    assert "Patriot" in bluf and "Ain al-Asad" in bluf


# -- the corpus report on Gulf air posture -----------------------------------------------------
@lru_cache(maxsize=1)
def _gulf():
    from briefdeck.ingest import article_from_text

    text = (CORPUS / "paste-gulf-air-posture.txt").read_text(encoding="utf-8")
    published = json.loads((CORPUS / "paste-gulf-air-posture.expected.json").read_text())
    return draft_briefing(article_from_text(text), published=published["published"])


def test_gulf_bluf_states_the_dispersal_and_its_bases():
    bluf = _gulf().narrative.bluf
    assert bluf.startswith("The Pentagon is spreading")
    assert all(base in bluf for base in ("Al Udeid", "Prince Sultan", "Al Dhafra",
                                         "Ali Al Salem"))
    assert "attack at Iran" not in bluf and "attack or strike" not in bluf


def test_gulf_bases_are_reinforced_and_iran_is_not_withdrawn_from():
    roles = {p.name: p.role for p in _gulf().facts.places}
    assert roles["Iran"] == "mentioned"
    assert {r for n, r in roles.items() if n.startswith(("Al Udeid", "Prince Sultan",
                                                         "Al Dhafra", "Ali Al Salem"))} == {
        "reinforcement"}
    assert "Washington" not in roles  # only the dateline names it


def test_gulf_attack_is_on_israel_not_at_iran():
    points = _gulf().narrative.key_points
    assert not any("Iran" in p and "attack" in p for p in points)
    april = next(e for e in _gulf().facts.events if e.date == "2024-04-13")
    assert april.place == "Israel"


# -- the seed ----------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _seed():
    if not SEED.exists():
        pytest.skip("seed article ../shared/seed/ not present")
    return draft_briefing(Article(text=SEED.read_text(encoding="utf-8")), published="2020-03-16")


def test_seed_bluf_keeps_withdrawal_places_and_air_defence_arrivals():
    bluf = _seed().narrative.bluf
    for name in ("al-Qaim", "Qayyarah Airfield West", "K-1 Air Base", "Al Taqaddum",
                 "C-RAM", "Patriot", "Ain al Asad Air Base", "Irbil Air Base"):
        assert name in bluf, name
    assert len(re.findall(r"[.!?](?:\s+[A-Z]|$)", bluf)) <= 2  # one or two sentences


def test_seed_outlook_is_drafted_from_its_expectations():
    outlook = _seed().narrative.outlook
    assert outlook and ("coming days" in outlook or "next week" in outlook)


def test_scene_setting_lede_under_a_question_headline_gives_way_to_the_facts():
    text = (
        "Why the quiet ended: a season of militia fire\n\n"
        "For most of last summer, the soldiers at the desert camps played cards and waited for "
        "news from home.\n\n"
        "On Oct. 18, drones struck Tower 22, wounding six soldiers. On Nov. 2, rockets hit "
        "Ain al-Asad air base, killing one contractor.\n"
    )
    bluf = _draft(text, "2023-12-01").narrative.bluf
    assert "played cards" not in bluf
    assert "2 attacks" in bluf and "1 killed" in bluf and "6 wounded" in bluf


def test_statement_headline_without_a_toll_gets_the_worst_recent_attack():
    text = (
        "Militias step up pressure on U.S. bases in eastern Syria\n\n"
        "Militias have stepped up pressure on the remote bases this winter.\n\n"
        "On Jan. 3, a drone struck Green Village, wounding five soldiers.\n"
    )
    bluf = _draft(text, "2024-01-10").narrative.bluf
    assert "3 Jan 2024" in bluf and "Green Village" in bluf and "5 wounded" in bluf


def test_pasted_note_without_headline_leads_with_its_first_sentence():
    text = "By A. Writer\n\nApril 1, 2024\n\nKuwait will host two more Patriot batteries.\n"
    assert _draft(text).narrative.bluf.startswith("Kuwait will host two more Patriot")


def test_a_casualty_count_is_no_force_level():
    text = ("Drones hit outpost\n\nOn Oct. 18, drones struck Tower 22, wounding six soldiers, "
            "officials said.\n")
    points = _draft(text, "2023-12-01").narrative.key_points
    assert not any(p.startswith("Force level") for p in points)


def test_bluf_drops_a_dateline_written_in_title_case():
    text = ("Drone strikes desert garrison, wounding nine\n\n"
            "Amman — Nine soldiers were wounded when an explosive drone hit a desert garrison "
            "near the Syrian border before dawn on Tuesday, the army said.\n\n"
            "The army said the drone was launched from inside Syria.\n")
    bluf = _draft(text).narrative.bluf
    assert bluf.startswith("Nine soldiers were wounded when an explosive drone hit")
    assert "Amman —" not in bluf


def test_a_country_set_off_by_an_aside_is_not_taken_for_a_dateline():
    text = ("Iran denies arming militias behind garrison drone attack\n\n"
            "Iran — which arms several militias in the region — denied on Tuesday that it had "
            "supplied the drone that wounded nine soldiers at a desert garrison.\n")
    bluf = _draft(text).narrative.bluf
    assert bluf.startswith("Iran — which arms several militias")


def test_bluf_drops_an_agency_dateline_in_title_case_with_its_brackets():
    text = ("Militia drones shot down near border town\n\n"
            "Mosul, March 3 (Wire) -- Air defences shot down two militia drones near the "
            "border town of Rabia on Monday night, security officials said.\n")
    bluf = _draft(text).narrative.bluf
    assert bluf.startswith("Air defences shot down two militia drones near the border town")


def test_a_release_titled_in_capitals_is_briefed_from_its_first_sentence():
    text = ("DOD Names Soldiers Killed In Desert Attack\n\n"
            "The Department of Defense announced today the deaths of two soldiers who were "
            "supporting operations against the Islamic State group in eastern Syria.\n\n"
            "The soldiers died when their vehicle was struck by an explosive device.\n")
    bluf = _draft(text).narrative.bluf
    assert bluf.startswith("The Department of Defense announced today the deaths of two soldiers")


def test_names_header_fields_and_transcript_openers_are_not_ledes():
    text = ("Weekly Militia Activity Review\n\n"
            "Analysts: Priya Oduya, Tomas Brandt and Lena Kovac\n\n"
            "MAJ. GEN. ROLF ANDERS: Good afternoon, everyone. I'll start with the week.\n\n"
            "Militia groups launched six drone attacks on coalition sites in Iraq this week, "
            "the most since the spring.\n")
    bluf = _draft(text).narrative.bluf
    assert bluf.startswith("Militia groups launched six drone attacks on coalition sites")


def test_a_bulleted_first_line_is_briefed_without_its_bullet():
    text = ("Frontline Summary, 4 June\n\n"
            "- Government troops retook three villages east of the river on Tuesday after two "
            "days of fighting, local officials said.\n")
    assert _draft(text).narrative.bluf.startswith("Government troops retook three villages")


# -- forces based somewhere are where they are, not a move ---------------------------------------
BASED_AND_MOVED = (
    "Militia drones struck a supply depot in eastern Syria on Sunday, wounding two soldiers.\n\n"
    "About 2,000 airmen are stationed at Al Dhafra Air Base in the Emirates, officials said. "
    "Separately, the Army moved a company of engineers to Erbil Air Base last week.")


def test_forces_based_at_a_base_are_not_told_as_moving_there():
    narrative = _draft(BASED_AND_MOVED, "2026-02-10").narrative
    everything = " ".join([narrative.bluf, *narrative.key_points])
    assert "move to Al Dhafra" not in everything and "moves to Al Dhafra" not in everything
    assert "Posture: forces based at Al Dhafra Air Base." in narrative.key_points


def test_a_company_moved_to_a_base_is_told_as_a_move():
    narrative = _draft(BASED_AND_MOVED, "2026-02-10").narrative
    assert "Reinforcement: forces move to Erbil Air Base." in narrative.key_points
