"""Quote speakers in shapes a eighteenth round of reporting showed: a naval rank written "Cdr.",
a second ministry speaking in the clause after ", and" once a first quote has closed, a body
that "expressed its" words, a phrase after the quote that is no speaker ("without saying"), and
a pull quote repeating words the body quotes in full. Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2027-01-21", heading="Regional report")
_speakers = DRAFTS.speakers


def test_a_naval_rank_with_a_full_stop_keeps_the_speaker_named_after_the_quote():
    text = ('"The ship was never at risk, but we kept watch," Cdr. Paul Ashby, a spokesman '
            'for the task group, said on Friday. "We are staying."')
    speakers = _speakers(text)
    assert speakers["The ship was never a"] == "Paul Ashby"
    assert speakers["We are staying."] == "Paul Ashby"


def test_the_clause_after_and_names_the_second_quotes_speaker():
    text = ("Qatar's foreign ministry voiced its \"deep concern\" over the raids, and Oman's "
            "foreign ministry said it backed Doha \"in every step it takes to defend itself\".")
    speakers = _speakers(text)
    assert speakers["deep concern"] == "Qatar's foreign ministry"
    assert speakers["in every step it tak"] == "Oman's foreign ministry"


def test_without_saying_after_a_quote_names_no_speaker():
    text = ("The Pentagon said on Friday that two more batteries had been sent \"to protect the "
            "forces there\", without saying where from.")
    assert _speakers(text)["to protect the force"] == "Pentagon"


def test_a_pull_quote_repeating_the_body_is_not_a_quote_of_its_own():
    text = ('Strikes on militias\n\n"Our restraint has limits"\n\n"The groups should '
            'understand that our restraint has limits," a senior defense official told '
            'reporters. "We will answer."')
    speakers = _speakers(text)
    assert "Our restraint has li" not in speakers
    assert speakers["The groups should un"] == "senior defense official"
