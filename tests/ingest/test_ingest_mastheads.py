"""A research project's update: its name printed over the story, its credits and headings."""

from __future__ import annotations

from briefdeck.ingest import article_from_text

UPDATE = """SAHEL SECURITY TRACKER
Weekly Brief: Border Districts of Niger and Mali, March 6, 2026

By Ana Ruiz and Omar Diallo

Key Takeaways

- Militants ambushed an army convoy near the border on March 4, the army said.
- Two bridges on the main supply road were damaged by explosives.

Army units withdrew from two forward posts on March 5 after days of fighting, according to
local officials, who said supply convoys had been cut for a week.

Maps by Ruiz. Contributors: Ken Okafor.

This brief is published by the Sahel Security Tracker, an independent research group. Write to
us to receive it by email.
"""


def _flagged(article) -> list[str]:
    return [article.text[s:e] for s, e in article.boilerplate]


def test_the_publishers_name_over_the_story_is_its_outlet_not_its_headline():
    article = article_from_text(UPDATE)
    assert article.outlet == "Sahel Security Tracker"
    assert article.headline.startswith("Weekly Brief: Border Districts")


def test_the_masthead_line_is_flagged_as_page_furniture():
    flagged = _flagged(article_from_text(UPDATE))
    assert any(text.strip() == "SAHEL SECURITY TRACKER" for text in flagged)


def test_a_maps_and_contributors_credit_is_flagged_but_the_story_is_not():
    flagged = " ".join(_flagged(article_from_text(UPDATE)))
    assert "Maps by Ruiz. Contributors: Ken Okafor." in flagged
    assert "withdrew from two forward posts" not in flagged


def test_a_key_takeaways_heading_is_flagged_but_its_bullets_are_kept():
    flagged = " ".join(_flagged(article_from_text(UPDATE)))
    assert "Key Takeaways" in flagged
    assert "ambushed an army convoy" not in flagged


def test_a_story_whose_first_line_is_its_headline_keeps_it():
    article = article_from_text("Drone strike hits fuel depot near the coast\n\n"
                                "A drone struck a fuel depot on Monday, officials said.\n")
    assert article.headline == "Drone strike hits fuel depot near the coast"
    assert _flagged(article) == []


def test_a_watch_live_promotion_over_the_story_is_flagged_and_not_the_headline():
    article = article_from_text(
        "Kurdish Daily\nHome | World | Video\nWatch Kurdish Daily TV live\n\n"
        "Drone strike hits a car in the mountains\n\n"
        "A drone struck a car near the border on Tuesday, killing two, officials said.\n")
    assert article.headline == "Drone strike hits a car in the mountains"
    flagged = " ".join(article.text[s:e] for s, e in article.boilerplate)
    assert "Watch Kurdish Daily TV live" in flagged


def test_a_sentence_about_watching_is_not_flagged():
    article = article_from_text("Strikes go on\n\nResidents said they watch the sky every night "
                                "now, officials said on Monday.\n")
    assert article.boilerplate == []
