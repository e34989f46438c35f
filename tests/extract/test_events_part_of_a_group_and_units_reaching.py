"""Two shapes of incident telling: "two of the 30 crew were hurt" counts the two hurt, not the
whole crew; "a Patriot battery reached Camp Redwood on 4 March" is the battery's deployment
there (not "talks reached Geneva")."""

from briefdeck.extract import draft_briefing
from briefdeck.extract.casualties import find_casualties
from briefdeck.ingest.article import Article


def _events(text: str, published: str = "2026-03-06"):
    return [(e.date, e.kind, e.place, e.killed or 0, e.wounded or 0) for e in draft_briefing(
        Article(text=text, path="t.txt", format="txt"), published=published).facts.events]


def _counts(sentence: str):
    return [(c.kind, c.count) for c in find_casualties(sentence, 0, len(sentence))]


def test_the_count_before_of_the_group_is_the_toll_not_the_group():
    assert _counts("Three of the 30 crew were hurt, the owner said.") == [("wounded", 3)]
    assert _counts("one of the 12 passengers was killed") == [("killed", 1)]


def test_a_group_counted_alone_keeps_its_count():
    assert _counts("Three of the crew were hurt.") == [("wounded", 3)]
    assert _counts("Twelve sailors were hurt.") == [("wounded", 12)]


def test_a_ship_hit_with_part_of_its_crew_hurt_carries_that_part():
    text = ("A cargo ship was struck by a drone in the Gulf of Aden on Wednesday. "
            "Four of the 21 crew were injured, the operator said.\n")
    assert [e[4] for e in _events(text)] == [4]


def test_a_unit_that_reached_a_named_place_is_deployed_there():
    text = ("Notes from the week.\n\nA Patriot battery reached Camp Redwood on 4 March, "
            "local staff said.\n")
    assert ("2026-03-04", "deployment") in [(e[0], e[1]) for e in _events(text)]


def test_talks_that_reached_a_city_deploy_nothing():
    text = "The talks reached Geneva on 4 March after a week in Doha.\n"
    assert all(e[1] != "deployment" for e in _events(text))
