"""A body that raises, revises or updates a toll is that toll's source: the BLUF says whose
count the raised toll is, as it did for the first count."""

from briefdeck.extract import draft_briefing
from briefdeck.extract.narrative_toll_sources import who
from briefdeck.ingest.article import Article


def _bluf(text: str) -> str:
    return draft_briefing(Article(text=text), published="2026-12-03").narrative.bluf


def test_the_verb_that_raises_or_revises_a_toll_is_no_part_of_the_name():
    assert (
        who("The rebel-run health ministry later raised the toll")
        == "the rebel-run health ministry"
    )
    assert (
        who("the provincial health ministry revised the death toll")
        == "the provincial health ministry"
    )
    assert who("Hospital officials updated the toll") == "Hospital officials"
    assert who("the ministry raised the toll") == ""  # names nobody one could cite
    assert who("Officials who raised concerns said") == ""


def test_a_raised_toll_keeps_its_source_on_the_bluf():
    text = (
        "PORTVILLE - Jets struck the port of Mukalla early on Thursday. The rebel-run "
        "health ministry said four people were killed and nine wounded.\n\n"
        "Later on Thursday the rebel-run health ministry raised the toll to seven killed "
        "and 15 wounded in Mukalla, most of them port workers.\n"
    )
    bluf = _bluf(text)
    assert "7 killed, 15 wounded (according to the rebel-run health ministry)" in bluf


def test_a_raised_toll_in_the_reports_own_voice_gets_no_source():
    text = (
        "PORTVILLE - Jets struck the port of Mukalla early on Thursday, killing seven "
        "people and wounding 15. Residents said the raid raised fears of more strikes.\n"
    )
    bluf = _bluf(text)
    assert "according to" not in bluf
