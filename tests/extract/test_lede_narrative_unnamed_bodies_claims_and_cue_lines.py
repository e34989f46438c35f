"""A claim resting on officials of a named body ("two White House officials") keeps its
sourcing in the BLUF, as a named person's does not; a summed toll says whose word it is as the
rest of the app does ("according to X", "some" only when not every toll is X's); a script's
blank lines between a super and its bite are read in linear time; the captions read once a
text are handed out so that no caller can change them."""

from __future__ import annotations

import time

from tests.extract.drafting import Drafts

from briefdeck.extract.lede import clean_clause
from briefdeck.extract.named_captions import _CUE_LINES, captions
from briefdeck.extract.narrative import _attacks_summary
from briefdeck.model import Event

CLAIM = "The drones used in the raid came from Testland"


def test_officials_of_a_named_body_stay_with_the_claim_they_make():
    for tail in (", according to two White House officials",
                 ", according to State Department officials",
                 ", two U.S. Central Command officials said",
                 ", according to officials at the Defense Ministry"):
        assert clean_clause(CLAIM + tail + ".") == CLAIM + tail + "."


def test_a_named_persons_attribution_is_still_cut_from_the_claim():
    for tail in (", according to John Kirby", ", officials including John Kirby said",
                 ", Pentagon spokesman John Kirby told reporters"):
        assert clean_clause(CLAIM + tail + ".") == CLAIM + "."


def _attack(eid: str, day: str, place: str, claimant: str = "", **toll: int) -> Event:
    return Event(id=eid, kind="attack", date=f"2026-03-{day}", place=place,
                 toll_claimed_by=claimant, **toll)


def test_a_summed_toll_all_one_partys_claim_says_according_to_it_without_some():
    summary = _attacks_summary([_attack("e1", "02", "Erbil", "Kataib Hezbollah", killed=4),
                                _attack("e2", "03", "Tanf", "Kataib Hezbollah", killed=6)], [])
    assert summary.endswith("10 killed in all (according to Kataib Hezbollah)")
    assert "claimed by" not in summary and "some" not in summary


def test_a_summed_toll_partly_a_partys_claim_says_some_according_to_it():
    summary = _attacks_summary([_attack("e1", "02", "Hasakah", "SDF", killed=4),
                                _attack("e2", "03", "Tanf", wounded=3)], [])
    assert summary.endswith("4 killed and 3 wounded in all (some according to SDF)")
    assert "claimed by" not in summary


def test_an_attack_without_a_toll_does_not_make_the_claimed_tolls_some():
    summary = _attacks_summary([_attack("e1", "02", "Erbil", "Kataib Hezbollah", killed=4),
                                _attack("e2", "03", "Tanf")], [])
    assert summary.endswith("4 killed in all (according to Kataib Hezbollah)")


def _script(blank_lines: int, between: str) -> str:
    return ("Two drones hit the north field late Monday, the army said.\n\n"
            "SUPER: COL. RAFI OSTEN / SPOKESMAN, TESTLAND ARMY\n"
            + "        \n" * blank_lines + between
            + "\"We brought both drones down before dawn,\" he said.\n")


def test_blank_lines_after_a_super_then_no_bite_are_read_in_well_under_a_second():
    # (40 lines keep the bite within a super's reach; 200 are read by the cue lines' pattern)
    started = time.perf_counter()
    said = Drafts("2026-11-27").speakers(_script(40, "Reporter: the field stays shut.\n"))
    assert time.perf_counter() - started < 1.0
    assert said["We brought both dron"] != "Rafi Osten"  # the reporter's line stands between
    started = time.perf_counter()
    assert not _CUE_LINES.fullmatch("        \n" * 200 + "Reporter: the field stays shut.\n")
    assert _CUE_LINES.fullmatch("        \n" * 200 + "  (SOT)  \n  ")
    assert time.perf_counter() - started < 0.1


def test_a_bite_below_blank_lines_and_a_bracketed_cue_keeps_its_super_speaker():
    said = Drafts("2026-11-27").speakers(_script(3, "(SOT)   \n"))
    assert said["We brought both dron"] == "Rafi Osten"


def test_the_captions_read_once_a_text_cannot_be_changed_by_a_caller():
    text = "Drone hits field\n\nSUPER: COL. RAFI OSTEN / SPOKESMAN, TESTLAND ARMY\n\n\"Hi.\"\n"
    first = captions(text)
    assert first and isinstance(first, tuple)
    assert captions(text) == first
