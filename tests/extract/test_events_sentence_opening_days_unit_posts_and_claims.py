"""Three ways a slide could get a wrong place or an attack too many:

- "The March 3 attack" opening a sentence is a day (as "the March 3 attack" mid-sentence is),
  while "The March 14 Front" stays a name;
- the post of a person's unit, named in the aside that says who they are, is not where "the
  base" they were at was hit;
- a group's claim of "an attack" posted the day after the attack is that attack, not another.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from datetime import date

from briefdeck.extract.dates import find_dates
from briefdeck.extract.event_unit_home_posts import unit_home

from .drafting import drafted_events

PUBLISHED = "2026-12-09"  # a Wednesday


def _days(text: str) -> list[str]:
    return [m.text for m in find_dates(text, date(2026, 12, 9))]


def test_a_month_and_day_after_a_sentence_opening_article_is_a_day():
    assert _days("The March 3 attack left two guards hurt.") == ["March 3"]
    assert _days("Rain fell. A May 9 raid followed.") == ["May 9"]


def test_a_month_and_day_inside_a_name_after_the_article_stays_a_name():
    assert _days("The March 14 Front said it would talk.") == []
    assert _days("The trawler Sandpiper May 2 docked.") == []


def test_a_unit_post_in_a_persons_aside_is_their_home():
    text = "Sgt. Lia Norwood, a medic with the 2nd Signal Battalion clinic at Fort Quill"
    assert unit_home(text, text.index("Fort Quill"))
    plain = "A rocket struck the clinic at Fort Quill"
    assert not unit_home(plain, plain.index("Fort Quill"))


def test_the_base_hit_is_not_the_home_post_of_the_hurt_soldiers_unit():
    text = ("Medic hurt in rocket attack\n\n"
            "A soldier was hurt in a rocket attack on Al Asad Air Base in western Iraq on "
            "Monday.\n\n"
            "Sgt. Lia Norwood, a medic with the 2nd Signal Battalion clinic at Fort Bliss, "
            "Texas, was crossing the yard late on Monday when a rocket struck near the base's "
            "north gate, wounding her.\n")
    places = [e.place for e in drafted_events(text, PUBLISHED) if e.kind == "attack"]
    assert places and "Fort Bliss" not in places


def test_a_claim_of_an_attack_posted_the_next_day_is_no_second_attack():
    text = ("Drones hit base in Kuwait\n\n"
            "Drones struck Camp Arifjan, Kuwait, late Monday night, wounding three soldiers.\n\n"
            "A militia calling itself the Dawn Brigades claimed an attack on \"an American base "
            "in Kuwait\" in a post on its channel early Tuesday.\n")
    attacks = [(e.date, e.place) for e in drafted_events(text, PUBLISHED) if e.kind == "attack"]
    assert attacks == [("2026-12-07", "Camp Arifjan")]
