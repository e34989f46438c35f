"""Sourcing: where a sourcing's words end (its channel, listener and time, never the claim), the
title before a speaker's name, who a spokesperson speaks for, running tolls and data systems as
documents, passive sourcing, and a group's record of past claims."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2026-05-12", heading="Border report")
_sources = DRAFTS.sources


def _texts(text: str) -> list[str]:
    return [t for _, _, t in _sources(text)]


# ------------------------------------------------------------------ where the words end


def test_a_post_and_its_time_belong_to_the_sourcing_but_the_claim_does_not():
    assert _texts("The Hawk Brigades said in a Telegram post late on Saturday that they had "
                  "hit a depot.") == ["The Hawk Brigades said in a Telegram post late on Saturday"]


def test_an_office_speaking_on_a_day_ends_after_the_day():
    assert _texts("The governor's office said on Saturday it rejected the use of its land for "
                  "attacks.") == ["The governor's office said on Saturday"]


def test_told_reaches_the_outlet_or_the_reporters_and_their_day():
    assert _texts("Harbour master Ilan Voss told the Courier that the quay was closed.") == \
        ["Harbour master Ilan Voss told the Courier"]
    assert _texts("Port director Ilan Voss told reporters on Tuesday that the quay was shut.") \
        == ["Port director Ilan Voss told reporters on Tuesday"]


def test_a_statement_to_an_outlet_and_a_platform_are_the_channel():
    assert _texts("The depot was hit, the army said in a statement to the Courier.") == \
        ["the army said in a statement to the Courier"]
    assert _texts("The Hawk Brigades said on their Telegram channel that two drones hit.") == \
        ["The Hawk Brigades said on their Telegram channel"]


def test_at_the_time_and_by_telephone_close_the_sourcing():
    assert _texts("Two guards were hurt, the task force said at the time.") == \
        ["the task force said at the time"]


def test_a_day_that_owns_the_claim_stays_out_of_the_sourcing():
    assert _texts("The army said Friday's strike destroyed a depot.") == ["The army said"]
    assert _texts("The army said earlier strikes had missed the depot.") == ["The army said"]


def test_an_outlet_named_with_a_possessive_is_left_to_the_claim():
    assert _texts("A source told Harbour Radio's night desk that the quay was shut.") == \
        ["A source told"]


# ------------------------------------------------------------------ titles before names


def test_an_analysts_title_before_the_name_belongs_to_the_sourcing():
    assert _sources("Defence analyst Dr Mira Kestel, of the Lowland Institute, said the "
                    "shield was stretched.") == \
        [("other", 1, "Defence analyst Dr Mira Kestel, of the Lowland Institute, said")]


def test_an_office_written_in_lower_case_before_a_name_makes_a_named_official():
    assert _sources("Airport director general Tomas Brede told reporters that the runway "
                    "was closed.") == \
        [("named official", 1, "Airport director general Tomas Brede told reporters")]


def test_a_name_a_speaker_goes_by_keeps_what_they_are():
    assert _texts("A militia media figure who posts as Abu Tarek al-Nouri wrote on Telegram "
                  "that the truce held.") == \
        ["A militia media figure who posts as Abu Tarek al-Nouri wrote on Telegram"]


def test_whose_spokesman_speaks_starts_the_sourcing():
    assert _sources("The rebels' military spokesman claimed in a televised address that a "
                    "missile was fired.") == \
        [("spokesperson", 1, "The rebels' military spokesman claimed in a televised address")]
    assert _texts("A spokesman for the prime minister's office said the talks would go on.") \
        == ["A spokesman for the prime minister's office said"]


def test_a_spokesperson_for_a_division_is_a_spokesperson():
    assert _sources("A spokesperson for the division said the families had been told.") == \
        [("spokesperson", 1, "A spokesperson for the division said")]


# ------------------------------------------------------------------ documents and passives


def test_a_health_ministrys_toll_since_a_day_is_its_record():
    assert _sources("According to the Ministry of Health (MoH), 40 people have been killed and "
                    "90 injured since 3 May.") == \
        [("document", 1, "According to the Ministry of Health (MoH)")]
    assert _sources("Three people were killed in the strike, according to the Ministry of "
                    "Health.")[0][0] == "spokesperson"


def test_a_tracking_matrix_that_records_is_a_document():
    assert _sources("The agency's Displacement Tracking Matrix (DTM) recorded 9,000 people "
                    "displaced.") == \
        [("document", 1, "Displacement Tracking Matrix (DTM) recorded")]


def test_a_passive_official_and_a_body_that_shows_are_sources():
    assert _sources("The drone loss was confirmed by a US official to a wire agency.") == \
        [("anonymous official", 1, "confirmed by a US official to a wire agency")]
    assert _sources("The wreckage was shown by the Israeli military on Monday.") == \
        [("spokesperson", 1, "shown by the Israeli military")]


def test_a_groups_record_of_past_claims_is_no_sourcing():
    assert _sources("The Hawk Brigades, a coalition of militias, has claimed a string of "
                    "attacks on the border this month.") == []
    assert _texts("The Hawk Brigades claimed the attack in a statement.") == \
        ["The Hawk Brigades claimed the attack in a statement"]


def test_a_body_speaking_at_the_time_is_an_earlier_account_of_its_own():
    assert _texts("The task force said two guards were hurt on Monday. A drone was downed in "
                  "May, the task force said at the time.") == \
        ["The task force said", "the task force said at the time"]
    assert _texts("The task force said two guards were hurt. A drone was downed, the task "
                  "force said.") == ["The task force said"]
