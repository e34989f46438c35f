"""Without a publication date, relative dates are kept as written but not turned into dates."""

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article

TEXT = (
    "Rockets strike Camp Taji\n\n"
    "Rockets struck Camp Taji north of Baghdad on Wednesday, killing two soldiers, officials said. "
    "Militants also shelled the base on March 3, 2019, wounding four contractors, the army said."
)


def test_weekday_without_publication_date_is_left_undated_with_a_note():
    briefing = draft_briefing(Article(text=TEXT))
    wednesday = [e for e in briefing.facts.events if e.date_text.endswith("Wednesday")]
    assert wednesday and wednesday[0].date is None
    assert "publication date unknown" in wednesday[0].note


def test_explicit_dates_still_resolve_without_publication_date():
    briefing = draft_briefing(Article(text=TEXT))
    assert "2019-03-03" in {e.date for e in briefing.facts.events}


def test_weekday_resolves_once_the_publication_date_is_given():
    briefing = draft_briefing(Article(text=TEXT), published="2020-03-16")
    assert "2020-03-11" in {e.date for e in briefing.facts.events}


def test_a_separate_attack_does_not_add_its_toll_to_the_last_one():
    text = (
        "Drone hits base\n\n"
        "A drone struck the Shaddadi base on Monday, wounding two soldiers, officials said.\n\n"
        "In a separate attack, militants fired rockets at a patrol, killing four contractors."
    )
    briefing = draft_briefing(Article(text=text), published="2024-02-07")
    monday = [e for e in briefing.facts.events if e.date == "2024-02-05"]
    assert monday and monday[0].wounded == 2 and not monday[0].killed
