"""Tolls told party by party and then summed up ("That makes five wounded"), a count of one
side's dead given by officials beside the side's own smaller count, a revision read twice."""

from briefdeck.extract import draft_briefing
from briefdeck.extract.casualties import find_casualties
from briefdeck.ingest.article import Article


def _events(text: str, published: str = "2026-10-15"):
    return draft_briefing(
        Article(text=text, path="t.txt", format="txt"), published=published
    ).facts.events


def _tolled(text: str):
    return [e for e in _events(text) if e.killed or e.wounded]


def test_a_summing_sentence_is_the_whole_toll():
    found = find_casualties("That makes five wounded and no deaths.", 0, 38)
    assert [(c.kind, c.count, c.total) for c in found] == [("wounded", 5, True)]
    text = "The toll we report is therefore two killed and seven wounded."
    found = find_casualties(text, 0, len(text))
    assert [(c.kind, c.count) for c in found] == [("killed", 2), ("wounded", 7)]
    assert all(c.total for c in found)


def test_no_sum_without_its_words():
    text = "That makes the base a target for more drones."
    assert find_casualties(text, 0, len(text)) == []


def test_parties_counted_apart_then_summed_give_one_toll():
    tolled = _tolled(
        "Late on 12 October, a drone struck the Rukban outpost near the border. Army "
        "Central said three U.S. soldiers were hurt.\n\n"
        "A local police statement said two guards at a nearby checkpoint were also lightly "
        "wounded by debris. That makes five wounded and no deaths."
    )
    assert [(e.date, e.killed or 0, e.wounded) for e in tolled] == [("2026-10-12", 0, 5)]


def test_hurt_at_a_post_are_counted():
    text = "Two guards at a nearby checkpoint were also wounded by debris."
    found = find_casualties(text, 0, len(text))
    assert [(c.count, c.added) for c in found] == [(2, True)]


def test_a_sides_own_smaller_count_beside_officials_is_not_more_dead():
    tolled = _tolled(
        "On Oct. 13, U.S. jets hit two depots of Kataib Hezbollah near Abu Kamal. Local "
        "officials said five militia members were killed; Kataib Hezbollah said three of its "
        "fighters died."
    )
    assert [(e.date, e.killed) for e in tolled] == [("2026-10-13", 5)]
    assert tolled[0].toll_claimed_by == ""


def test_a_sides_own_dead_alone_stays_its_claim_and_adds_to_other_parties():
    tolled = _tolled(
        "On Oct. 13, U.S. jets hit two depots near Abu Kamal. The Pentagon said no "
        "Americans were hurt. Kataib Hezbollah said three of its fighters died."
    )
    assert [(e.killed, e.toll_claimed_by) for e in tolled] == [(3, "Kataib Hezbollah")]


def test_a_toll_raised_in_the_sentence_that_tells_it_is_counted_once():
    tolled = _tolled(
        "Late on 12 October, two drones flew at the Rukban outpost. One was downed; the other "
        "hit a fuel store.\n\n"
        "The command's first statement gave two wounded; it raised the figure to three that "
        "evening."
    )
    assert [(e.date, e.wounded) for e in tolled] == [("2026-10-12", 3)]


def test_the_hospital_a_teller_speaks_from_is_not_where_the_attack_was():
    evs = _events(
        "Late on 12 October, drones hit the Rukban outpost. Three U.S. soldiers were hurt, "
        "officials said.\n\n"
        "A guard was also wounded by shrapnel, a doctor at Ruwaished hospital told us."
    )
    assert all("Ruwaished" not in e.place for e in evs)
