"""Quote speakers: a predicate that follows an appositive aside ("X, a coalition of groups,
claimed ..., calling ..."), a later clause with its own subject ("..., but an aide told ..."),
a complement clause that keeps the first subject, short scare quotes with the stop inside the
marks, and a prepositional phrase after a noun. Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2027-02-03", heading="Regional report")
_speakers = DRAFTS.speakers


def test_a_participle_after_an_aside_and_a_claim_goes_to_the_sentence_subject():
    text = ("The Tigris Brigades, a coalition of small armed groups, claimed the two raids in "
            'messages posted online, calling the airfield "a fair target while foreign troops '
            'stay."')
    assert _speakers(text) == {"a fair target while ": "Tigris Brigades"}


def test_a_denial_after_an_aside_lends_its_subject_to_the_describing_participle():
    text = ("A spokesman of the Northern Shield militia, the largest of the armed factions, "
            "denied in a statement that the group took part, describing the raid as "
            '"an attempt to stall the handover of the base."')
    speaker = _speakers(text)["an attempt to stall "]
    assert "Northern Shield" in speaker and "spokesman" in speaker.lower()


def test_the_clause_after_but_names_its_own_speaker():
    text = ("Ministry officials have not said how many advisers will stay, but a senior "
            'Iraqi government aide told reporters last week that the figure would be "well '
            'under two thousand".')
    assert _speakers(text) == {"well under two thous": "senior Iraqi government aide"}


def test_a_complement_clause_after_and_that_keeps_the_first_subject():
    text = ("The office of the governor said it had set up a panel of local officials, and "
            'that its findings would be published "within the week."')
    speaker = _speakers(text)["within the week."]
    assert "governor" in speaker


def test_short_words_quoted_mid_sentence_with_nobody_saying_them_are_left_out():
    text = ("Analysts expect the militias to strike once more so that the last troops are seen "
            'to withdraw "under pressure."')
    assert _speakers(text) == {}


def test_a_prepositional_phrase_quoted_after_a_noun_is_speech_not_a_label():
    text = ("Norway's government spokesperson condemned the raid \"in the harshest terms\" and "
            "said the country would not be drawn in.")
    assert _speakers(text) == {"in the harshest term": "Norway's government spokesperson"}
