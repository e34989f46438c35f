"""Sourcing a briefer gives in passing ("that's from two separate sources"), a questioner's
label in a transcript, a group mourning or naming its dead, an arms-sale determination, a body
that acts and reports on it in one breath, a thing to watch that is no statement, a body's
second statement, the label a body gave ("what X called ..."), people and papers cited
together, anonymity explained at length, and an office written out before an honorific.
Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2026-03-10", heading="Test report")
_sources = DRAFTS.sources


def test_sources_a_briefer_says_a_claim_comes_from_are_counted():
    found = _sources("Maj. Lena Ortiz: The wreckage points to the militia, that's from three "
                     "separate police sources, so moderate confidence.")
    assert ("anonymous official", 3, "three separate police sources") in found


def test_a_questioners_label_is_no_part_of_the_source_it_cites():
    found = _sources("MS. HALE: Next question.\n"
                     "Q A senior official told us this morning that more strikes are coming. "
                     "Is that right?")
    assert ("anonymous official", 1, "A senior official told") in [
        (k, c, t[:22]) for k, c, t in found]


def test_a_group_mourning_one_of_its_own_is_its_statement_but_a_country_mourning_is_not():
    found = _sources("Two men died in the strike on the road. The Partisans later mourned one of "
                     "the two, a fighter from the village. Portugal mourned its soldiers.")
    assert [(k, t) for k, _, t in found] == [
        ("spokesperson", "The Partisans later mourned one of the two")]


def test_a_group_naming_its_dead_is_its_statement():
    found = _sources("Three men were killed in the car. The Valley Brigades later named the "
                     "three on their Telegram channel.")
    assert any(t.startswith("The Valley Brigades later named the three") for _, _, t in found)


def test_an_arms_sale_determination_is_the_departments_statement():
    found = _sources("The State Department has made a determination approving a possible "
                     "Foreign Military Sale to Ruritania of radars for an estimated $20 million.")
    assert found == [("spokesperson", 1, "The State Department has made a determination "
                      "approving a possible Foreign Military Sale")]


def test_a_body_that_acts_and_reports_is_the_source_of_its_report():
    found = _sources("Expect more launches after dark. SDF forces raided a farm near the river "
                     "on Saturday and reported detaining three men; we cannot confirm this.")
    assert found == [("spokesperson", 1, "SDF forces raided a farm near the river on Saturday "
                      "and reported detaining three men")]


def test_statements_in_a_list_of_things_to_watch_are_no_sourcing():
    found = _sources("Indicators to watch\n\nDrone teams moving towards the crossings\n"
                     "KH statements on Telegram naming coalition sites\n"
                     "Fewer flights over the valley\n")
    assert found == []


def test_a_bodys_second_statement_is_a_new_sourcing():
    found = _sources("The ministry said one worker was lightly hurt. A second statement issued "
                     "on Tuesday morning raised the number to two. The CTD said a drone fell. "
                     "A second CTD statement said a third had been found.")
    texts = [t for _, _, t in found]
    assert "A second statement issued on Tuesday morning raised the number" in texts
    assert "A second CTD statement said" in texts


def test_the_label_a_body_gave_belongs_to_its_sourcing():
    found = _sources("Jets struck what the command described as a drone workshop near the "
                     "river, south of the town.")
    assert found == [("spokesperson", 1, "what the command described as a drone workshop")]


def test_officials_and_papers_cited_together_are_two_sources():
    found = _sources("Two batteries moved north, according to three defense officials and Army "
                     "documents reviewed by the paper.")
    assert ("anonymous official", 3, "according to three defense officials") in found
    assert any(k == "document" and t.startswith("Army documents") for k, _, t in found)


def test_anonymity_explained_at_length_keeps_its_officials_counted():
    found = _sources("Two U.S. officials, speaking on condition of anonymity because they were "
                     "not authorized to discuss the inquiry, told us the drone flew in low.")
    assert [(k, c) for k, c, _ in found] == [("anonymous official", 2)]


def test_an_office_written_out_before_any_honorific_names_an_official():
    found = _sources("Official Spokesperson for the Ministry of Foreign Affairs Mr. Karim Haddad "
                     "said the talks would go on.")
    assert [(k, c) for k, c, _ in found] == [("named official", 1)]
    assert found[0][2].startswith("Official Spokesperson for the Ministry")


def test_a_bodys_own_losses_belong_to_its_sourcing_but_its_claims_do_not():
    found = _sources("The Valley Guard, a militia of the northern towns, said in a statement "
                     "that its fighters had been hit at the gate. The Partisans said their "
                     "fighters targeted the airfield.")
    texts = [t for _, _, t in found]
    assert "The Valley Guard, a militia of the northern towns, said in a statement that its " \
           "fighters had been hit" in texts
    assert not any("targeted" in t for t in texts)
