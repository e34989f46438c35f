"""Club officers speak as private people; a family is told apart by given names; a review's
title, a reading list's headline and words marked for a memo line are nobody's speech."""

from __future__ import annotations

from .drafting import article_facts

_CLUB = (
    'Two members of the post were hurt in the attack on the base. "Both are recovering," said '
    "Post Commander Walt Kessing, who has led the post since 2020. League National Commander "
    "Irene Solberg praised the members in a statement. Grand Knight Otto Varga says the council "
    'will send parcels; donors may write "holiday parcels" on the memo line.\n'
)

_FAMILY = (
    "Pvt. Nils Arnqvist, the son of Gus and Hedda Arnqvist, was hurt in the rocket attack on "
    'the camp on Monday. "He phoned us from the clinic," Hedda told me. "That\'s Nils," she '
    "said.\n"
)

_REVIEWS = (
    '"Fair pay, but nobody tells us anything"\n\n'
    "2.0 ★★☆☆☆ · Dec 4, 2026 · Current Employee · Cook in Erbil, Iraq\n\n"
    "Pros\n\nGood crew.\n\nCons\n\nRockets hit the camp on Tuesday and two cooks were hurt.\n"
)

_READINGS = (
    "Required readings\n\n"
    '- Gazette, "Militia drones strike remote base; army says attack failed," 3 May 2026.\n\n'
    "The case\n\nOn 2 May 2026 drones struck the base. Officials said no one was hurt.\n"
)


def test_club_officers_are_titled_and_speak_as_private_people() -> None:
    facts = article_facts(_CLUB, "2026-12-01")
    people = {p.name: p.title for p in facts.people}
    assert people.get("Walt Kessing") == "Post Commander"
    assert people.get("Irene Solberg") == "National Commander"
    assert people.get("Otto Varga") == "Grand Knight"
    assert not any(n.startswith("Post ") for n in people)
    kinds = {a.text: a.kind for a in facts.attributions}
    assert kinds.get("said Post Commander Walt Kessing") == "other"
    assert all(k == "other" for t, k in kinds.items() if "Solberg" in t or "Varga" in t)
    assert [q.text for q in facts.quotes] == ["Both are recovering"]


def test_a_family_named_together_is_told_apart_by_given_names() -> None:
    facts = article_facts(_FAMILY, "2026-12-01")
    names = {p.name for p in facts.people}
    assert {"Gus Arnqvist", "Hedda Arnqvist"} <= names
    quotes = [(q.speaker, q.text) for q in facts.quotes]
    assert ("Hedda Arnqvist", "He phoned us from the clinic") in quotes
    assert ("Hedda Arnqvist", "That's Nils") in quotes


def test_a_review_title_beside_its_rating_is_no_quote() -> None:
    assert not article_facts(_REVIEWS, "2026-12-05").quotes


def test_a_reading_lists_headline_is_no_quote() -> None:
    assert not article_facts(_READINGS, "2026-05-04").quotes
