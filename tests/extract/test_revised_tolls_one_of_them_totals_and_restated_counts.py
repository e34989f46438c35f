"""Revised tolls: a death told of "one of them", a summed-up "total", a group's count restated
by another source, a tally "since" a day, and a move still to come after "once"."""

from datetime import date

from briefdeck.extract import draft_briefing
from briefdeck.extract.casualties import find_casualties
from briefdeck.ingest.article import Article


def _events(text: str, pub: date = date(2026, 11, 20)):
    return draft_briefing(
        Article(text=text, path="t.txt", format="txt"), published=pub.isoformat()
    ).facts.events


def _tolls(events):
    return sorted(
        (e.date, e.killed or 0, e.wounded or 0) for e in events if e.kind in ("attack", "strike")
    )


def test_one_of_them_died_moves_a_wounded_man_to_the_dead():
    text = (
        "A missile hit the tanker ORCHID BAY late Tuesday west of Hodeidah, its operator "
        "said. The operator said four sailors had been hurt.\n\n"
        "One of them, a cook from Goa, died on Wednesday in hospital. The other three were "
        "stable, the operator said."
    )
    assert _tolls(_events(text)) == [("2026-11-17", 1, 3)]


def test_one_of_them_without_a_count_of_hurt_is_no_death_moved():
    text = "Police detained five men on Tuesday. One of them later died in custody."
    assert not any(
        c.kind == "killed" and c.from_wounded for c in find_casualties(text, 0, len(text))
    )


def test_a_death_told_twice_in_one_sentence_moves_one_man_only():
    text = (
        "Two guards were injured in the blast. One of them, a local hire, died of his "
        "injuries on Friday."
    )
    start = text.index("One of them")
    moved = [c for c in find_casualties(text, start, len(text)) if c.from_wounded]
    assert [c.count for c in moved] == [1]


def test_the_total_is_now_reads_both_kinds_as_the_whole_toll():
    text = "So the total for the night is now 2 killed (police) and 7 wounded (4 police, 3 others)."
    got = [(c.kind, c.count, c.total) for c in find_casualties(text, 0, len(text))]
    assert ("killed", 2, True) in got and ("wounded", 7, True) in got


def test_a_total_naming_the_night_revises_that_nights_attack_not_the_reprisal():
    text = (
        "Rockets hit the outpost late Thursday, wounding two soldiers, the army said.\n\n"
        "On Friday, jets struck a depot near the border. The militia said three of its men "
        "were killed.\n\n"
        "UPDATE: the army revised its figure. So the total for Thursday night is now 1 killed "
        "and 5 wounded."
    )
    tolls = _tolls(_events(text, date(2026, 12, 5)))
    assert ("2026-12-03", 1, 5) in tolls
    assert ("2026-12-04", 3, 0) in tolls


def test_raised_this_to_a_named_group_keeps_the_other_groups_hurt():
    text = (
        "A drone hit the outpost late on 22 NOV, the first report listing two U.S. wounded. "
        "The casualty update raised this to four U.S. service members wounded. One Jordanian "
        "soldier was also hurt, the report said."
    )
    tolls = _tolls(_events(text, date(2026, 11, 27)))
    assert tolls == [("2026-11-22", 0, 5)]


def test_weapons_counted_since_a_day_are_a_tally_not_an_attack_that_day():
    text = (
        "Nine drones and three rockets have been launched at the two sites since 1 NOV. "
        "One drone struck the outpost late on 22 NOV, wounding two soldiers."
    )
    dates = {e.date for e in _events(text, date(2026, 11, 27))}
    assert "2026-11-01" not in dates


def test_a_move_after_once_is_still_to_come():
    text = (
        "On Sunday night a drone hit the base. The question is what air defence will remain "
        "at the garrison once U.S. forces withdraw."
    )
    assert not [e for e in _events(text, date(2026, 11, 27)) if e.kind == "withdrawal"]


def test_handed_a_site_named_in_three_words_is_a_handover():
    text = "U.S. forces handed the Omar gas field site to the SDF on Nov. 18, officials said."
    assert [(e.kind, e.date) for e in _events(text, date(2026, 12, 5))] == [
        ("handover", "2026-11-18")
    ]
