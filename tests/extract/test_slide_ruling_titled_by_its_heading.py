"""A ruling under an office's letterhead is titled by its own heading, not by the office."""

from __future__ import annotations

from briefdeck.extract.document_titles import own_title

RULING = (
    "Marsh v. Copperline Haulage | Case No. 2026-XX-00012\n\n"
    "U.S. Department of Harbors\n\n"
    "Office of Hearing Examiners, 14 Quay Street, Portland, ME\n\n"
    "In the Matter of: ELLA MARSH, Claimant\n\n"
    "DECISION AND ORDER DENYING CLAIM\n\n"
    "I. STATEMENT OF THE CASE\n\n"
    "The claimant asks for benefits after a crane accident.\n"
)


def test_a_ruling_under_an_offices_letterhead_takes_its_heading():
    assert own_title(RULING, "U.S. Department of Harbors") == "DECISION AND ORDER DENYING CLAIM"


def test_a_headline_that_is_no_office_keeps_its_place():
    assert own_title(RULING, "Crane accident claim denied") == ""
