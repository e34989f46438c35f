"""Sourcing: a state named in two words speaks as its government, and a body's office named
after its owner ("the army's media center", "the Ministry of the Interior's press department")
speaks for it."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-05-14", "Regional security update")


def test_a_two_word_state_speaks_as_its_government_not_as_a_person():
    sources = DRAFTS.sources(
        "Rockets were fired at the border on Monday. South Korea said its radar had tracked "
        "two of them.")
    assert ("spokesperson", 1, "South Korea said") in sources


def test_an_office_named_after_its_owner_speaks_for_the_owner():
    sources = DRAFTS.sources(
        "Drones crossed the border on Monday. For its part, the Ministry of the Interior's "
        "Public Relations Department said debris fell on empty farmland. The Front's media "
        "centre said two fighters were hurt.")
    texts = {text for kind, _, text in sources if kind == "spokesperson"}
    assert "the Ministry of the Interior's Public Relations Department said" in texts
    assert "The Front's media centre said" in texts


def test_a_release_that_indicates_or_updates_speaks_like_one_that_says():
    sources = DRAFTS.sources(
        "A drone struck the base on Monday. The Armed Forces Headquarters indicates that no "
        "soldier was hurt. The Regional Rescue Service updated that a third person was hurt.")
    texts = {text for kind, _, text in sources if kind == "spokesperson"}
    assert "The Armed Forces Headquarters indicates" in texts
    assert "The Regional Rescue Service updated" in texts


def test_a_notes_statement_of_a_body_by_its_initials_speaks_once():
    sources = DRAFTS.sources(
        "- Drones hit the base (per the Regional Border Directorate). Two hurt; RBD statement "
        "said only damage.\n- Rockets hit the airport. JAF statement says the rockets came "
        "from the east.")
    texts = [text for _, _, text in sources]
    assert "JAF statement says" in texts
    assert not any(text.startswith("RBD") for text in texts)


def test_a_ship_manager_named_after_its_role_speaks_for_the_ship():
    sources = DRAFTS.sources(
        "A bulk carrier was hit off the coast on Monday. Her manager, Piraeus-based Example "
        "Bulk Management, said the crew had put out the fire.")
    assert ("spokesperson", 1, "Piraeus-based Example Bulk Management, said") in sources


def test_a_press_source_opening_a_sentence_keeps_its_first_letter():
    from briefdeck.extract import draft_briefing
    from briefdeck.ingest import article_from_text

    text = ("Two drones were downed near the border overnight.\n\nThe state news agency Petra "
            "quoted a military source as saying the drones carried drugs.")
    texts = [a.text for a in draft_briefing(article_from_text(text)).facts.attributions]
    assert any(t.startswith("The state news agency Petra") for t in texts), texts
    assert not any(t.startswith("he state") for t in texts)
