"""An army's "neutralized" told actively ("troops neutralized five insurgents") counts the
dead as the passive form already does; a perfect-tense verb before a count with "since" after
it ("forces have neutralized 52 militants since March") is a running tally, no one attack's
toll; an age ("a man in his 40s") between a counted person and the verb keeps the count.
Every sentence is our own.
"""

from __future__ import annotations

from briefdeck.extract.casualties import find_casualties

from .drafting import day_tolls, drafted_events

PUBLISHED = "2026-07-09"  # a Thursday


def _tolls(sentence: str) -> list[tuple[str, int | None]]:
    return sorted((c.kind, c.count) for c in find_casualties(sentence, 0, len(sentence)))


def test_neutralized_in_the_active_voice_counts_the_dead():
    assert _tolls("Commandos neutralized six insurgents near the ridge.") == [("killed", 6)]
    assert _tolls("The unit returned fire, neutralising two gunmen.") == [("killed", 2)]


def test_an_active_neutralized_after_an_attack_gives_that_attack_its_toll():
    events = drafted_events(
        "Border post attacked\n\n"
        "Militants fired mortars at an army outpost near Kilis late on Tuesday, the ministry "
        "said.\n\n"
        "Soldiers returned fire and neutralized four of the attackers, it added.",
        PUBLISHED)
    assert ("2026-07-07", 4, 0) in day_tolls(events)


def test_a_perfect_tense_count_since_a_date_is_a_running_tally():
    assert _tolls("The spokesman said forces had neutralized 52 militants since March 3.") == []
    assert _tolls("Security forces have killed 30 fighters since January, officials say.") == []


def test_a_count_since_a_weekday_is_still_the_happening_of_that_day():
    assert _tolls("The offensive has killed 12 people since Tuesday.") == [("killed", 12)]


def test_a_running_tally_adds_nothing_to_the_day_s_attack():
    events = drafted_events(
        "Soldier hurt\n\n"
        "A soldier was lightly wounded near the town of Kilis on Wednesday, the ministry "
        "said.\n\n"
        "Its spokesman also said troops had neutralized 52 militants since March 3.",
        PUBLISHED)
    assert day_tolls(events) == [("2026-07-08", 0, 1)]


def test_an_age_between_the_person_and_the_verb_keeps_the_count():
    assert _tolls("A woman in her 70s was slightly hurt when debris fell.") == [("wounded", 1)]
    assert _tolls("Two men in their early twenties were killed.") == [("killed", 2)]
    assert _tolls("A farmer in his mid-50s was wounded.") == [("wounded", 1)]
