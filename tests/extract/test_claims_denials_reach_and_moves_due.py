"""A party's claimed toll says whose it is; a claimed downing is no attack; a place within
reach is not hit; a move ordered or due by a deadline is still to come; our own missiles are
never the adversary's weapon; a deadline does not push the report's news into the past."""

from __future__ import annotations

from tests.extract.drafting import Drafts

from briefdeck.extract import draft_briefing
from briefdeck.extract.event_claim_tellers import office_teller
from briefdeck.extract.moves_due import move_due
from briefdeck.extract.place_role_reach import only_within_reach
from briefdeck.ingest.article import Article
from briefdeck.model.tolls import event_toll

DRAFTS = Drafts("2026-06-12", "Regional security note")


def _briefing(text: str, published: str = "2026-06-12"):
    return draft_briefing(
        Article(text=f"Regional security note\n\n{text}\n", headline="Regional security note"),
        published=published,
    )


# --- a toll a described office claims is shown as its claim


def test_a_toll_claimed_by_a_described_ministry_names_it():
    facts = DRAFTS.facts(
        "Coalition jets struck a port in Yemen on Tuesday. The rebel-run "
        "interior ministry claimed on Wednesday that the raids killed four "
        "people and wounded 11 in Hodeidah."
    )
    tolled = [e for e in facts.events if e.killed or e.wounded]
    assert tolled, facts.events
    assert tolled[0].toll_claimed_by == "rebel-run interior ministry"
    assert "according to rebel-run interior ministry" in event_toll(tolled[0])


def test_the_office_teller_reads_a_description_and_leaves_unnamed_people_unnamed():
    assert office_teller("The rebel-run interior ministry ") == "rebel-run interior ministry"
    assert office_teller("In a note, the militia's press office ") == "militia's press office"
    assert office_teller("The ministry ") == ""  # names no one a reader can place
    assert office_teller("Witnesses on Tuesday ") == ""
    assert office_teller("x" * 5000 + " the health ministry ") == "health ministry"


# --- a claimed downing is a claim, and its place no target


def test_a_claimed_shootdown_told_with_claimed_that_is_no_attack():
    facts = DRAFTS.facts(
        "U.S. jets struck radar sites near Hodeidah in Yemen on Tuesday. "
        "A rebel spokesman claimed on the group's TV channel that rebel air "
        "defences shot down a U.S. MQ-9 Reaper over Marib on Tuesday. No "
        "U.S. aircraft was lost, officials said."
    )
    over_marib = [e for e in facts.events if "Marib" in e.place]
    assert all(e.kind not in ("attack", "strike") for e in over_marib), over_marib
    roles = {p.name: p.role for p in facts.places}
    assert roles.get("Marib") != "attack target"


def test_a_shootdown_officials_report_is_still_drafted():
    facts = DRAFTS.facts(
        "Officials said rebel air defences shot down a U.S. MQ-9 Reaper over "
        "Marib in Yemen on Tuesday."
    )
    assert facts.events  # (told by our side: no claim words, nothing held back)


# --- a place within reach is not hit


def test_a_base_within_reach_of_the_attackers_is_not_an_attack_target():
    roles = {
        p.name: p.role
        for p in DRAFTS.facts(
            "The question is who carried out the attack on Tower 22 on Sunday night and whether "
            "the same group can reach Muwaffaq Salti Air Base (MSAB) in Jordan."
        ).places
    }
    assert roles.get("Muwaffaq Salti Air Base") != "attack target"
    assert roles.get("Tower 22") == "attack target"


def test_within_reach_reads_modal_reach_not_a_past_hit():
    text = "whether that group can reach Muwaffaq Salti Air Base (MSAB)"
    assert only_within_reach(text, 0, text.index("Muwaffaq"))
    assert only_within_reach(text, 0, text.index("MSAB"))
    hedged = "rockets may have hit Xtown"
    assert not only_within_reach(hedged, 0, hedged.index("Xtown"))
    long = "can reach " + "Aa " * 40 + "Xtown"
    assert not only_within_reach(long, 0, long.index("Xtown"))


# --- a move ordered or due by a deadline is still to come


def test_a_withdrawal_due_by_a_deadline_is_told_as_to_come():
    briefing = _briefing(
        "Drones struck Tower 22 in Jordan on 2 June, wounding three soldiers. "
        "The transition order directs U.S. forces to leave al-Tanf by 31 "
        "January and hand the garrison to partner forces."
    )
    words = " ".join([briefing.narrative.bluf, *briefing.narrative.key_points])
    assert "troops leave al-Tanf" not in words.lower()
    assert "are to leave al-Tanf" in words


def test_move_due_tells_orders_and_deadlines_from_moves_done():
    def due(text: str) -> bool:
        at = text.index("Xtown")
        return move_due(text, 0, at, at + 5)

    assert due("The order directs the battalion to leave Xtown by 31 JAN 27.")
    assert due("After the withdrawal from Xtown, which is to be complete by March, none stay.")
    assert due("Forces are to leave Xtown by the end of September.")
    assert not due("Troops left Xtown by March.")
    assert not due("The handover of Xtown by Iraqi forces went smoothly.")
    assert not due("Troops began to withdraw from Xtown by road.")
    assert not due("The withdrawal from Xtown was completed on Monday.")


def test_a_base_hit_lately_and_reinforced_is_red_and_its_arrival_still_told():
    briefing = _briefing(
        "One drone struck Tower 22 in Jordan on 3 June, wounding four "
        "soldiers. An Avenger air defence section arrived at Tower 22 on 6 "
        "June. U.S. forces are to leave al-Tanf in Syria by 31 January."
    )
    roles = {p.name: p.role for p in briefing.facts.places}
    assert roles.get("Tower 22") == "attack target"
    assert "Tower 22" in " ".join([briefing.narrative.bluf, *briefing.narrative.key_points])


# --- our own missiles


def test_tomahawks_fired_from_a_us_destroyer_are_not_the_adversarys():
    facts = DRAFTS.facts(
        "U.S. forces struck 12 targets in Yemen on Tuesday. Tomahawk "
        "land-attack missiles from a U.S. destroyer were used."
    )
    postures = {s.name: s.posture for s in facts.systems}
    assert postures.get("Tomahawk") not in (None, "used by adversary"), postures


def test_a_rebel_missile_still_is_the_adversarys():
    facts = DRAFTS.facts(
        "A rebel anti-ship cruise missile struck a container ship off Mokha in Yemen on Tuesday."
    )
    assert "used by adversary" in {s.posture for s in facts.systems}
