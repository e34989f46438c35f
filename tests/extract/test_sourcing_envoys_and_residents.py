"""Sourcing by go-betweens and by people who live where it happened: an unnamed envoy,
mediator or negotiator is an anonymous official; residents, witnesses or farmers whom the report
quotes through a relative clause ("some of whom said", "who said") are another source, counted
as the text counts them. Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2027-02-03", heading="Regional report")


def _kinds(text: str) -> dict[str, tuple[str, int | None]]:
    return {words: (kind, count) for kind, count, words in DRAFTS.sources(text)}


def test_an_unnamed_envoy_after_said_is_an_anonymous_official():
    text = ("Talks stalled again on Thursday. \"Neither side has moved an inch,\" said a U.N. "
            "envoy, who was not authorised to speak publicly.")
    assert _kinds(text) == {"said a U.N. envoy": ("anonymous official", 1)}
    assert DRAFTS.speakers(text)["Neither side has mov"] == "U.N. envoy"


def test_mediators_and_negotiators_who_speak_are_anonymous_officials():
    kinds = _kinds("A Qatari mediator said the next round would open in Doha. "
                   "Three negotiators told reporters the text was almost agreed.")
    assert kinds["A Qatari mediator said"] == ("anonymous official", 1)
    assert kinds["Three negotiators told reporters"] == ("anonymous official", 3)


def test_residents_quoted_through_some_of_whom_are_another_source_of_unknown_count():
    text = ("A local radio station aired interviews with residents of the town's northern "
            "Karmel quarter, some of whom said the drones came in low before dawn.")
    kinds = _kinds(text)
    assert kinds == {"residents of the town's northern Karmel quarter, some of whom said":
                     ("other", None)}


def test_witnesses_who_said_are_another_source_without_the_words_before_them():
    kinds = _kinds("Our reporter spoke to two witnesses who said the lorry burned for an hour.")
    assert kinds == {"two witnesses who said": ("other", 2)}
    kinds = _kinds("The broadcaster carried remarks by farmers who said the canal was cut.")
    assert kinds == {"farmers who said": ("other", None)}
