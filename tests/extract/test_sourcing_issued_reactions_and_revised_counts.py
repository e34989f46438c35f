"""Sourcing of a body's reaction issued in a statement or a post (with what it reacted to), of
a body revising its count in any words ("revised this to four", "raised that number", a
headline's "revises toll"), and of a clause joined on by "as", which names no body. Sentences
are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2027-02-10", heading="Regional report")


def _kinds(text: str) -> dict[str, tuple[str, int | None]]:
    return {words: (kind, count) for kind, count, words in DRAFTS.sources(text)}


def test_a_reaction_issued_in_a_post_is_a_source_with_what_it_reacted_to():
    text = "The Dutch embassy in Amman condemned the shelling in a post on X on Monday."
    assert _kinds(text) == {
        "The Dutch embassy in Amman condemned the shelling in a post on X on Monday":
            ("spokesperson", 1)}


def test_a_bare_reaction_stays_a_stance():
    assert _kinds("The Dutch embassy in Amman condemned the shelling.") == {}
    assert _kinds("Oman and Qatar condemned the raid.") == {}


def test_a_reaction_before_its_own_words_keeps_what_it_reacted_to():
    text = ('The Tribal Council, an alliance of clans in Anbar, condemned the raid as '
            '"an insult to the province".')
    sources = _kinds(text)
    assert any(words.endswith("condemned the raid") for words in sources)


def test_a_body_revising_its_count_in_other_words_is_a_source():
    assert _kinds("The navy first reported two sailors hurt; the Pentagon revised this to "
                  "three a day later.").get("the Pentagon revised this to three a day later") == \
        ("spokesperson", 1)
    assert "Southern Command raised that number" in " ".join(_kinds(
        "By noon, Southern Command raised that number to five, saying two were evacuated."))


def test_a_headline_style_revision_names_its_body():
    assert _kinds("AFRICOM revises toll from the weekend raid: four soldiers hurt, not two.") \
        == {"AFRICOM revises toll": ("spokesperson", 1)}


def test_a_clause_joined_by_as_names_no_body():
    text = "Storms hit the coast, Tyre as ministry raises toll\n\nThe ministry said six died."
    assert not any("Tyre" in words for words in _kinds(text))
