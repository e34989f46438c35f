"""A body's word in shapes with no 'said' after a single name."""

from briefdeck.extract import draft_briefing
from briefdeck.extract.sourcing_bodies_word import bodies_word
from briefdeck.ingest.article import Article


def _sources(text: str) -> list[tuple[str, str]]:
    facts = draft_briefing(Article(text=text), published="2026-03-04").facts
    return [(f.kind, f.text) for f in facts.attributions]


def test_un_agencies_estimating_a_count_are_a_source():
    text = ("Families left the hill villages on Monday. UN agencies estimate that about 3,000 "
            "people have fled since the weekend.")
    assert ("spokesperson", "UN agencies estimate") in _sources(text)


def test_intelligence_agencies_are_no_body_on_record():
    text = "Western intelligence agencies say the plant was hit twice."
    assert bodies_word(text) == []


def test_an_embassy_advising_its_citizens_speaks():
    text = ('The Canadian Embassy in Riga has advised its citizens to "stay indoors" until '
            "further notice. Flights resumed in the afternoon.")
    assert ("spokesperson", "The Canadian Embassy in Riga has advised its citizens") in \
        _sources(text)


def test_the_first_word_from_a_service_is_its_account():
    text = ('The first word from the Navy on Friday was that two sailors had "minor injuries." '
            "A later count was higher.")
    assert ("spokesperson", "The first word from the Navy on Friday") in _sources(text)


def test_the_first_word_from_a_person_is_left_to_other_rules():
    assert bodies_word("The first word from Jane Roe was that all was well.") == []
