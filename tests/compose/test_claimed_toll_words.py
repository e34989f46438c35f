"""A toll only a party to the fight gives is never stated as fact: the one-pager's event line,
the speaker notes, the charts and the narrative all say whose word it is ("according to":
the claimant may be telling its own dead, which "claimed by" would misread as a killing claimed)."""

from briefdeck.charts.build import figures_spec, timeline_spec
from briefdeck.compose.notes import describe
from briefdeck.compose.page import _event
from briefdeck.extract.narrative_phrases import _toll
from briefdeck.model import Event

CLAIMED = Event(id="ev-1", date="2026-11-23", date_precision="day", kind="strike",
                summary="U.S. strikes near Al-Qaim", place="Al-Qaim", killed=4,
                toll_claimed_by="Kataib Hezbollah")


def test_the_page_line_says_whose_claim_the_toll_is():
    assert _event(CLAIMED)[1].endswith("4 killed (according to Kataib Hezbollah)")


def test_speaker_notes_say_whose_claim_the_toll_is():
    # the notes put the toll in brackets after the summary, so the claimant joins it there
    assert describe("events", CLAIMED).endswith("(4 killed; according to Kataib Hezbollah)")


def test_the_narrative_toll_says_whose_claim_it_is():
    assert _toll(CLAIMED) == "4 killed (according to Kataib Hezbollah)"


def test_the_charts_mark_a_claimed_toll():
    item = timeline_spec([CLAIMED]).items[0]
    assert item.toll == "4 killed (according to Kataib Hezbollah)"
    assert "according to Kataib Hezbollah" in figures_spec([CLAIMED], []).categories[0]


def test_a_toll_nobody_claims_carries_no_mark():
    plain = CLAIMED.model_copy(update={"toll_claimed_by": ""})
    assert "according" not in _event(plain)[1] and "according" not in _toll(plain)


def test_a_group_telling_its_own_dead_is_not_said_to_claim_them():
    own = CLAIMED.model_copy(update={"toll_claimed_by": "SDF"})
    assert _event(own)[1].endswith("4 killed (according to SDF)")
    assert "claimed by SDF" not in _event(own)[1]
