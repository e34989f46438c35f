"""An emergency service's update page: patients counted by condition are the wounded; "since
the impact" counts the toll of that one blast, no running tally; a hospital announcing a death
tells a toll, no announcement of its own; a day of the month is no count of the people after
it."""

from briefdeck.extract import draft_briefing
from briefdeck.extract.casualties import find_casualties
from briefdeck.ingest.article import Article


def _events(text: str, published: str = "2026-03-11"):
    return [(e.date, e.kind, e.killed, e.wounded) for e in draft_briefing(
        Article(text=text, path="t.txt", format="txt"), published=published).facts.events]


def _counts(sentence: str):
    return [(c.kind, c.count) for c in find_casualties(sentence, 0, len(sentence))]


def test_patients_by_condition_are_the_wounded():
    assert _counts("Paramedics are treating 3 in serious condition, 2 moderately hurt and "
                   "5 lightly hurt at the scene.") == [("wounded", 3), ("wounded", 2),
                                                       ("wounded", 5)]
    assert _counts("Crews took 14 injured people to two hospitals.") == [("wounded", 14)]


def test_a_breakdown_of_the_injured_adds_nobody():
    assert _counts("Of the injured, two are in serious condition and eight were lightly "
                   "hurt.") == []


def test_an_ambulance_hit_by_shrapnel_and_its_hurt_driver_are_an_attack():
    assert _events("On 2 March, an ambulance was damaged by shrapnel near the town, and its "
                   "driver was wounded.") == [("2026-03-02", "attack", None, 1)]


def test_the_dead_on_arrival_and_those_who_died_in_surgery_are_the_dead():
    assert _events("Airstrikes hit the port late on Saturday. The hospital received 40 "
                   "wounded patients. Six people were dead on arrival, and two more died in "
                   "surgery on Sunday morning.", "2026-03-10") == [
        ("2026-03-07", "attack", 8, 40)]


def test_a_force_named_with_its_initials_in_brackets_is_still_counted():
    assert _counts("Two Jordan Armed Forces (JAF) soldiers were killed late Monday.") == [
        ("killed", 2)]


def test_a_day_of_the_month_is_no_count():
    assert _counts("On March 4 a woman in Holon was lightly hurt by shrapnel.") == [
        ("wounded", 1)]
    assert _counts("On 4 March a woman was lightly hurt by shrapnel.") == [("wounded", 1)]
    assert _counts("Two Marines were wounded.") == [("wounded", 2)]


def test_the_toll_since_one_impact_is_that_impacts():
    assert _events("Since the impact late on Monday night, one woman has died of her wounds "
                   "and medics have evacuated 12 injured people to hospitals.") == [
        ("2026-03-09", "attack", 1, 12)]


def test_a_missile_impact_with_its_patients_is_an_attack():
    assert _events("A missile impact in Ashdod on Tuesday left 1 in serious condition and 4 "
                   "lightly hurt.") == [("2026-03-10", "attack", None, 5)]


def test_a_hospital_announcing_a_death_is_no_announcement():
    assert _events("Barzilai Medical Center announced on Wednesday the death of a man who "
                   "was hurt in the attack.") == []
