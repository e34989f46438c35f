"""A briefing drafted from a marked document must not go out under a lower banner unnoticed:
the source's own markings are read and compared with the briefing's classification."""

from __future__ import annotations

import pytest

from briefdeck.model.marking import marking_warning, source_markings

DIGEST = """OFFICIAL-SENSITIVE
Press desk digest: northern Iraq
Officials said the convoy was not delayed.
OFFICIAL-SENSITIVE"""


def test_markings_on_their_own_lines_are_read_once_each():
    text = "SECRET//NOFORN\nBody text.\nTLP:AMBER\nSECRET//NOFORN"
    assert source_markings(text) == ["SECRET//NOFORN", "TLP:AMBER"]


@pytest.mark.parametrize("text", [
    "The secret talks continued.",  # the word inside a sentence is no marking
    "Officials said the plan was confidential.",
    "",
])
def test_prose_that_mentions_a_level_is_not_a_marking(text):
    assert source_markings(text) == []


def test_a_uk_marked_source_under_an_unclassified_briefing_is_flagged():
    warning = marking_warning(DIGEST, "UNCLASSIFIED")
    assert warning and "OFFICIAL-SENSITIVE" in warning and "UNCLASSIFIED" in warning


@pytest.mark.parametrize("text, banner, warned", [
    ("SECRET//REL TO USA, GBR\nText.", "CONFIDENTIAL", True),
    ("SECRET//REL TO USA, GBR\nText.", "SECRET", False),  # already as high
    ("CONFIDENTIAL\nText.", "TOP SECRET", False),
    ("UNCLASSIFIED\nText.", "UNCLASSIFIED", False),
    ("TLP:CLEAR\nText.", "UNCLASSIFIED", False),  # restricts nothing
    ("TLP:AMBER\nText.", "SECRET", True),  # another scheme: the analyst decides
    # a handling control the banner drops: the same level is not enough
    ("UNCLASSIFIED // FOR OFFICIAL USE ONLY // REL TO CLIENT\nText.", "UNCLASSIFIED", True),
    ("SECRET//NOFORN\nText.", "SECRET", True),
])
def test_warning_only_when_the_banner_does_not_cover_the_source(text, banner, warned):
    assert bool(marking_warning(text, banner)) is warned


def test_a_firms_handling_caveat_is_a_marking_the_analyst_is_told_of():
    text = "COMMERCIAL IN CONFIDENCE\nDaily security summary\nCOMMERCIAL IN CONFIDENCE\n"
    assert source_markings(text) == ["COMMERCIAL IN CONFIDENCE"]
    assert "COMMERCIAL IN CONFIDENCE" in (marking_warning(text, "UNCLASSIFIED") or "")
    assert source_markings("The report was shared in confidence with commercial clients.") == []


def test_a_caveat_in_a_running_header_is_a_marking_the_analyst_is_told_of():
    text = ("Answers for the record\nQ&A — Ms. Vance (DASD) — Committee Sensitive until Hearing\n"
            "1. What is your view of the posture?\n")
    assert source_markings(text) == ["COMMITTEE SENSITIVE UNTIL HEARING"]
    assert "COMMITTEE SENSITIVE" in (marking_warning(text, "UNCLASSIFIED") or "")


@pytest.mark.parametrize("text", [
    "Sensitive sites near the border were hit — officials said.",
    "The committee said the figures were sensitive.",
    "Embargoed goods — the customs office said — were seized.",
])
def test_a_caveat_word_inside_a_sentence_is_no_marking(text):
    assert source_markings(text) == []
