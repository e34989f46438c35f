"""Sourcing in message traffic written all in capitals (a unit, office or channel whose clause
ends on a reporting verb speaks; a person noun last makes an unnamed insider; a passive or a
count is no source), an article that opens an unnamed source's words (not the word before it),
and a count kept by unnamed officials (their number untold). Sentences are our own."""

from __future__ import annotations

from briefdeck.extract.attribution_kinds import classify
from briefdeck.extract.sourcing_caps import caps_sources

from .drafting import Drafts

DRAFTS = Drafts("2027-03-04", heading="Field report")


def _kinds(text: str) -> dict[str, tuple[str, int | None]]:
    return {words: (kind, count) for kind, count, words in DRAFTS.sources(text)}


def _caps(text: str) -> dict[str, tuple[str, int | None]]:
    return {text[s:e]: (kind, count) for s, e, kind, count in caps_sources(text)}


def test_a_unit_or_channel_ending_on_a_reporting_verb_in_capitals_is_a_spokesperson():
    text = ("2. (U) AT 0300Z, CP NORTH TOC REPORTS SMALL ARMS FIRE VIC CHECKPOINT 4; "
            "MILITIA MEDIA CHANNEL POSTED VIDEO OF LAUNCH.\n")
    assert _caps(text) == {"CP NORTH TOC REPORTS": ("spokesperson", 1),
                           "MILITIA MEDIA CHANNEL POSTED": ("spokesperson", 1)}


def test_a_person_noun_last_in_capitals_is_an_unnamed_insider():
    text = "3. (U) TRIBAL LIAISON REPORTS TWO VEHICLES LEFT VILLAGE BEFORE DAWN.\n"
    assert _caps(text) == {"TRIBAL LIAISON REPORTS": ("anonymous official", 1)}


def test_passives_counts_and_negations_in_capitals_are_no_source():
    text = ("4. (U) THREE UAS DETECTED AT LOW ALTITUDE. DEBRIS CONFIRMED AS ROCKET MOTOR. "
            "CLAIM NOT CONFIRMED. NO DAMAGE REPORTED.\n")
    assert _caps(text) == {}


def test_mixed_case_lines_are_left_to_the_ordinary_patterns():
    assert _caps("The QRF REPORTS section was closed.\n") == {}


def test_capitals_sourcing_reaches_the_drafted_facts():
    text = ("1. (U) SITUATION: AT 0415Z, FOB DELTA TOC DETECTED ONE UAS OVER THE AIRFIELD. "
            "UAS DEFEATED BY C-UAS.\n2. (U) HOST NATION POLICE REPORTS ONE SUSPECT DETAINED.\n")
    kinds = _kinds(text)
    assert kinds["FOB DELTA TOC DETECTED"] == ("spokesperson", 1)
    assert kinds["HOST NATION POLICE REPORTS"] == ("spokesperson", 1)


def test_an_unnamed_official_after_a_time_of_day_starts_at_the_article():
    kinds = _kinds("Late on Friday night a British official told reporters the ship was safe.")
    assert kinds == {"a British official told reporters": ("anonymous official", 1)}


def test_a_count_kept_by_unnamed_officials_leaves_their_number_untold():
    assert classify("a count by local officials", None) == ("anonymous official", None)
    assert classify("figures from three health officials", None) == ("anonymous official", 3)
    assert classify("a senior official", None) == ("anonymous official", 1)
