"""Sourcing rules found on round 35: a body that owns up to or answers a claim ("acknowledged
that", "responded that"), a revised toll as a claim of its own, a plural group in the present,
a branch "of the ministry", a health ministry's figures as a document, and the "Source" column
of an exported incident table. Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2026-03-02")
_sources = DRAFTS.sources


def test_a_body_that_acknowledges_or_responds_that_is_a_spokesperson():
    sources = _sources(
        "The navy acknowledged that a patrol boat had run aground near Kilwa.\n\n"
        "The Kenyan Foreign Ministry responded that its patrols were lawful.\n")
    assert ("spokesperson", 1, "The navy acknowledged") in sources
    assert ("spokesperson", 1, "The Kenyan Foreign Ministry responded") in sources


def test_a_stance_acknowledged_without_a_claim_is_no_source():
    assert _sources("The garrison is shrinking faster than Washington has acknowledged.\n") == []


def test_a_revised_toll_is_a_new_claim_of_the_body():
    sources = _sources(
        "The Health Ministry said two people were killed in Tyre. By evening the ministry "
        "raised the toll to five.\n")
    assert ("spokesperson", 1, "the ministry raised the toll") in sources


def test_a_plural_group_claims_in_the_present_and_a_branch_of_the_ministry_says():
    sources = _sources(
        "The Houthis claim to have downed two more drones over Marib.\n\n"
        "The Joint Staff of the ministry says four fighters were scrambled.\n")
    assert ("spokesperson", 1, "The Houthis claim") in sources
    assert ("spokesperson", 1, "The Joint Staff of the ministry says") in sources


def test_a_mission_not_aware_of_injuries_sources_that():
    assert _sources("The U.S. Embassy in Nairobi is not aware of any injuries to its staff.\n") == [
        ("spokesperson", 1, "The U.S. Embassy in Nairobi is not aware of")]


def test_a_warning_with_its_words_after_is_a_spokesperson():
    sources = _sources("The Revolutionary Guards warned Washington against a reply, saying "
                       "it would be met in kind.\n")
    assert [kind for kind, _, _ in sources] == ["spokesperson"]


def test_health_ministry_figures_and_navy_figures_are_both_documents():
    sources = _sources(
        "At least 40 people have died in the shelling, according to Health Ministry figures.\n\n"
        "About 900 sailors are deployed, according to Navy figures.\n")
    assert sources == [("document", None, "according to Health Ministry figures"),
                       ("document", 1, "according to Navy figures")]


def test_analysts_who_estimate_are_another_source():
    assert _sources("Defence analysts estimate that each interceptor costs $4 million.\n") == [
        ("other", None, "Defence analysts estimate")]


def test_each_cell_of_a_tables_source_column_is_a_source_once():
    sources = _sources(
        "Date\tPlace\tKilled\tSource\tNotes\n"
        "2026-02-01\tKismayo\t2\tAMISOM\tmortar rounds near the port\n"
        "2026-02-03\tBaidoa\t0\tUS official (AP)\tdrone intercepted\n"
        "2026-02-04\tJowhar\t1\tAMISOM\tcar bomb\n"
        "2026-02-05\tAfgoye\t?\tOpen source (X)\tunverified\n"
        "2026-02-06\tMerca\t0\tn/a\t\n")
    assert sources == [("spokesperson", 1, "AMISOM"),
                       ("anonymous official", 1, "US official (AP)"),
                       ("other", 1, "Open source (X)")]
