"""Quote speakers: a claimant called by the part alone ("Claimant testified ... he said"), a
witness who testified, a doctor's finding, an advisory's words, a quote split by its speaker,
owners named in a "whose" clause, and a body referred back to across a sentence's end."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-12-01", "Local news")

_CAPTION = ("In the Matter of:\n\nMARTA J. VELLACOTT,\n\nClaimant,\n\nv.\n\nHOLLOWAY FREIGHT, LLC,"
            "\n\nEmployer.\n\n")


def _speakers(text: str) -> dict[str, str]:
    return {q.text[:14]: q.speaker for q in DRAFTS.facts(text).quotes}


def test_the_claimant_called_by_the_part_speaks_as_the_captioned_person():
    speakers = _speakers(
        _CAPTION + "Claimant testified that she ran for the shelter. \"I could not hear a "
        "thing afterwards,\" she said.\n\nDr. Lionel Ashgrove, who has treated Claimant since "
        "May, diagnosed a concussion. \"The blast is the cause,\" he wrote.")
    assert speakers["I could not he"] == "Marta J. Vellacott"
    assert speakers["The blast is t"] == "Lionel Ashgrove"


def test_a_witness_who_testified_and_a_doctor_who_found_speak():
    speakers = _speakers(
        "Mr. Fenwick Dray, the depot manager, testified that the claimant \"was fine by "
        "Friday\" at work.\n\nDr. Agnes Polworth found \"no lasting damage\" on the scan.")
    assert speakers["was fine by Fr"] == "Fenwick Dray"
    assert speakers["no lasting dam"] == "Agnes Polworth"


def test_an_advisory_speaks_the_words_it_advised_its_citizens():
    speakers = _speakers(
        'The Embassy of Ruritania in Tall Harbour has advised its citizens to "stay off the '
        'coast road" until further notice.')
    assert "Embassy of Ruritania" in speakers["stay off the c"]


def test_the_second_half_of_a_quote_split_by_she_said_is_hers():
    speakers = _speakers(
        'Chief Steward Wilma Oduya was blunt. "The rules are plain. It says overtime," she '
        'said, "and Sunday was overtime."')
    assert speakers["and Sunday was"] == "Wilma Oduya"


def test_owners_named_in_a_whose_clause_speak_not_the_sentence_opener():
    speakers = _speakers(
        "Tallow camp, where 900 people still live, now sits beside a depot whose new "
        'owners have promised to "reopen the clinic" soon.')
    assert speakers["reopen the cli"] == "new owners"


def test_the_body_referred_back_is_not_a_run_across_a_sentence_end():
    speakers = _speakers(
        "According to the Harbour Safety Directorate, a drone fell near Tall Hill. "
        "The Directorate's first statement came at dawn.\n\n"
        'The Directorate called the attack "a reckless crime" on Monday.')
    assert "Hill" not in speakers["a reckless cri"]
    assert "Harbour Safety Directorate" in speakers["a reckless cri"]
