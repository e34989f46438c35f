"""Sourcing a newscast voices its own way: a guest the anchor brings on, a statement the desk
received, a question the guest cuts off."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-11-17", "Evening news")

SHOW = (
    ">> Joining us now from Capitol Hill is Senator Ruth Calloway, who sits on the Armed "
    "Services Committee. Senator, thank you for being here.\n"
    ">> Thank you.\n"
    ">> Should these troops stay?\n"
    ">> They need every layer of air defense we can give them until they come home.\n"
    ">> But Senator, the Pentagon says --\n"
    ">> I know what they say. The families deserve answers.\n\n"
    ">>> Back now with more on the attack. We have just received a statement from the "
    "provincial governor's office, which calls the attack a cowardly act.\n")


def test_a_guest_the_anchor_brings_on_is_a_named_source_by_her_title():
    sources = DRAFTS.sources(SHOW)
    assert ("named official", 1, "Senator Ruth Calloway") in sources


def test_a_guest_without_an_office_is_another_source():
    sources = DRAFTS.sources("Joining me now is defense analyst Tom Rivers. Tom, how bad "
                             "was the drone attack on the base?\n")
    assert [k for k, _, t in sources if "Tom Rivers" in t] == ["other"]


def test_a_statement_the_desk_received_is_its_owners():
    sources = DRAFTS.sources(SHOW)
    assert ("spokesperson", 1,
            "a statement from the provincial governor's office") in sources


def test_a_question_cut_off_at_its_verb_names_no_source():
    assert not any("Pentagon says" in t for _, _, t in DRAFTS.sources(SHOW))

