"""Places an analyst would see wrongly coloured on the map: a rumour under a hedged heading, an
attack on a country's sovereignty, a tally of attacks across a country, a unit's home post, a
base's abbreviation, and an incursion told as the time of another happening."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-12-03", "Working notes")


def _roles(text: str) -> dict[str, str]:
    return {p.name: p.role for p in DRAFTS.facts(text).places}


def test_a_heading_marked_rumours_keeps_the_place_below_mentioned():
    roles = _roles("Tower 22 quiet all week.\n\nStrike on Tabqa Air Base? rumours only\n"
                   "Two channels said a drone hit Tabqa Air Base on Monday night. Hold.")
    assert roles.get("Tabqa Air Base") == "mentioned"


def test_a_plain_heading_leaves_the_attack_below_a_target():
    roles = _roles("Tabqa\n\nA drone hit Tabqa Air Base on Monday night, officials said.")
    assert roles.get("Tabqa Air Base") == "attack target"


def test_an_attack_on_a_countrys_sovereignty_attacks_no_country():
    roles = _roles("Any strike on a base where our forces serve is an attack on Jordan's "
                   "sovereignty, the minister said on Tuesday.")
    assert roles.get("Jordan") != "attack target"


def test_a_tally_of_attacks_on_forces_across_countries_marks_neither_country():
    roles = _roles("The raid was one of 14 attacks on U.S. forces in Iraq and Syria since "
                   "September, officials said.")
    assert roles.get("Iraq") != "attack target"
    assert roles.get("Syria") != "attack target"


def test_a_units_home_post_gets_no_move_and_places_no_deployment():
    facts = DRAFTS.facts("Patriot: two batteries from 3rd Battalion, 43rd Air Defense "
                         "Artillery Regiment, Fort Bliss, Texas, in place since October 2026.")
    assert {p.name: p.role for p in facts.places}.get("Fort Bliss") != "reinforcement"
    assert all("Fort Bliss" not in e.place for e in facts.events)


def test_a_notebooks_base_abbreviation_places_the_attack_at_the_base():
    facts = DRAFTS.facts("Mon 30 Nov\n~0140L -> impacts AAAB. sirens heard in town\n"
                         " - per PAO: 3x OWA UAS. 1x UAS downed by C-RAM on Monday. other 2 -> "
                         "near flightline + 1 near LSA housing\n")
    assert {p.name: p.role for p in facts.places}.get("AAAB") == "attack target"
    assert [e.place for e in facts.events if e.kind == "attack"] == ["AAAB"]


def test_a_notes_check_still_to_make_sets_no_role():
    roles = _roles("?? confirm Patriot or NASAMS at Erbil Air Base -- PAO won't say.")
    assert roles.get("Erbil Air Base") == "mentioned"


def test_an_incursion_told_as_the_time_of_an_announcement_is_not_placed_at_its_place():
    facts = DRAFTS.facts(
        "Norway will send a NASAMS unit to protect the airport in Rzeszow, the ministry "
        "announced on Wednesday, a day after a Russian drone entered Polish airspace near the "
        "border with Ukraine.")
    others = [e for e in facts.events if e.kind == "other"]
    assert all("Ukraine" not in e.place and "Rzesz" not in e.place for e in others)
