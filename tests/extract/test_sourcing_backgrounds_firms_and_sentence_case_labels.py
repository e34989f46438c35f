"""Sourcing: a source marked as speaking on background is an unnamed official, a known maritime
risk firm is an outside analyst, a notebook's own contact is an unnamed source, a source denied
is none, a capital "STATES" after "UNITED" is no verb, a press office holder's body opens the
sourcing, a footnote number after the full stop keeps a sentence a sentence, and a transcript
in sentence case sources each named speaker at their first label."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2026-12-01")
_sources = DRAFTS.sources


def test_a_source_on_background_is_an_unnamed_official_with_the_mark():
    got = _sources("Tue 1 Dec\n - per PAO (on bg): two UAS downed, one hit a hangar.\n")
    assert ("anonymous official", 1, "per PAO (on bg)") in got


def test_a_known_maritime_risk_firm_speaks_as_an_outside_analyst():
    got = _sources("The bulk carrier was struck off Mokha. Dryad Global first reported a fire "
                   "in the hold.")
    assert ("other", 1, "Dryad Global first reported") in got


def test_a_reporters_own_contact_is_one_unnamed_source():
    got = _sources("The depot was hit overnight. Our police contact says three guards were "
                   "wounded.")
    assert ("anonymous official", 1, "Our police contact says") in got


def test_radio_contact_is_no_source():
    got = _sources("The patrol lost radio contact reported by the base at dawn.")
    assert not any("contact" in t for _, _, t in got)


def test_a_source_denied_is_no_source():
    got = _sources("Militia claims that no other source confirms are shown in grey.")
    assert not any(t.startswith("no other source") for _, _, t in got)


def test_united_states_in_a_court_caption_is_no_source():
    got = _sources("UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF COLUMBIA\n\n"
                   "1. The attack killed a contractor.\n")
    assert not any("UNITED" in t for _, _, t in got)


def test_a_press_secretarys_body_opens_the_sourcing():
    got = _sources("The battery will deploy within days, Pentagon deputy press secretary Ann "
                   "Carrow told reporters.")
    assert any(kind == "named official" and t.startswith("Pentagon deputy press secretary Ann "
                                                         "Carrow")
               for kind, _, t in got)


def test_a_footnote_number_after_the_full_stop_keeps_the_sourcing():
    got = _sources("10. The wreckage was of an Iranian-designed drone, according to two U.S. "
                   "officials quoted in press reports.5\n\n11. The attack was one of many.\n")
    assert ("anonymous official", 2,
            "according to two U.S. officials quoted in press reports") in got


def test_a_sentence_case_transcripts_named_speaker_is_sourced_at_the_first_label():
    text = ("Spokesperson Omar Khalil: Good afternoon. I have one announcement.\n\n"
            "Reuters: Was the base hit on Sunday?\n\n"
            "Spokesperson Omar Khalil: Two drones approached it, and one was downed.\n\n"
            "AFP: Who launched them?\n\n"
            "Spokesperson Omar Khalil: The investigation continues.\n")
    got = _sources(text)
    assert ("named official", 1, "Spokesperson Omar Khalil") in got
    assert sum(1 for _, _, t in got if "Omar Khalil" in t) == 1
