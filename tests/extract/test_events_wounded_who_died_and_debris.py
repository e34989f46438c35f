"""Two shapes of statements and wires: someone counted hurt who later died ("one of the drivers
who was badly injured died overnight", "a sailor wounded in the blast was martyred on Monday")
moves from the wounded to the dead; and debris of an intercepted weapon that hurts people
where it falls is the toll of the interception told before, not an undated happening."""

from briefdeck.extract import draft_briefing
from briefdeck.extract.casualties import find_casualties
from briefdeck.ingest.article import Article


def _events(text: str, published: str = "2026-05-20"):
    return [(e.date, e.kind, e.killed, e.wounded) for e in draft_briefing(
        Article(text=text, path="t.txt", format="txt"), published=published).facts.events]


def test_one_of_those_who_was_injured_dying_moves_to_the_dead():
    events = _events(
        "A drone struck a fuel depot near Kirkuk on the evening of 18 May. One driver was "
        "killed and three others were injured in the attack.\n\n"
        "The agency said on Wednesday that one of the drivers who was badly injured died "
        "overnight in hospital, bringing the number killed to two.")
    assert ("2026-05-18", "attack", 2, 2) in events


def test_a_soldier_wounded_in_a_clash_who_died_moves_to_the_dead():
    events = _events(
        "Two soldiers were wounded when militants fired on an army post near Zakho on "
        "Monday, the ministry said.\n\n"
        "A soldier wounded in the clash near Zakho later died in hospital, it said.")
    assert ("2026-05-18", "attack", 1, 1) in events


def _moved(sentence: str):
    return [(c.kind, c.count) for c in find_casualties(sentence, 0, len(sentence))
            if c.from_wounded]


def test_a_man_wounded_who_was_martyred_is_one_moved_to_the_dead():
    assert _moved("A policeman wounded in the ambush was martyred on Friday.") == [
        ("killed", 1)]


def test_one_hurt_and_another_dead_are_two_people():
    assert _moved("A guard was hurt and a cook died, police said.") == []
    assert _moved("A guard who was hurt in the blast and a cook later died.") == []
    # a weapon that wounded people is no one hurt
    assert _moved("A shell wounded two soldiers who later died.") == []


def test_debris_hurting_people_is_the_toll_of_the_interception():
    events = _events(
        "Air defences shot down two drones approaching the Ras Tanura terminal late on "
        "Sunday, the defence ministry said.\n\n"
        "The launch was detected shortly before midnight. Crews tracked both drones.\n\n"
        "No damage was reported at the terminal.\n\n"
        "The interior ministry said later that debris from one of the downed drones fell on "
        "a farm in the Safwa area, injuring two farm workers.")
    assert ("2026-05-17", "attack", None, 2) in events
    assert not any(e[0] == "" for e in events)


def test_debris_told_without_an_interception_before_drafts_no_toll_for_it():
    events = _events(
        "The governor said on Sunday that the market would reopen next week.\n\n"
        "Residents said debris from a rocket fell on a farm in the valley, injuring two "
        "workers.")
    assert not any(e[3] == 2 and e[0] == "2026-05-17" for e in events)


def _claimed_on(day: str):
    return _events(
        "Event\n\nA counter-drone gun at the airport base engaged several drones, two "
        "officials said.\n\n"
        "The army said in a statement on 17 May that two guards had been lightly wounded. "
        "In a second statement later that day it raised the figure to three wounded.\n\n"
        "Images shared online showed debris of a delta-wing drone. A group calling itself "
        f"the Guardians of Blood said it had launched five drones at the base on {day} May.",
        published="2026-05-19")


def test_toll_told_with_the_day_it_was_said_is_that_days_attack():
    assert ("2026-05-17", "attack", None, 3) in _claimed_on("17")


def test_toll_said_on_another_day_is_not_folded_into_an_attack():
    assert not any(e[3] for e in _claimed_on("16"))


def _harm(sentence: str):
    return sorted((c.kind, c.count) for c in find_casualties(sentence, 0, len(sentence)))


def test_second_harm_of_a_translated_statement_is_read_too():
    assert _harm("The exchange of fire resulted in the killing of one gunman and the injury "
                 "of two policemen.") == [("killed", 1), ("wounded", 2)]


def test_and_the_death_of_without_a_cause_word_is_no_toll():
    assert _harm("The ministry mourned the general and the death of two of his ideas.") == []
