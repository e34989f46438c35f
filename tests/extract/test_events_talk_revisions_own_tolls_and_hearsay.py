"""A talk page or a daybook gives a toll as a pair ("gave 21 killed and 64 wounded", "said the
same evening 17 killed and 46 wounded"): both halves are read, so a revision replaces the first
toll whole instead of leaving its dead beside the new wounded (a pair no source gave) and the
revision's day becomes no second attack. A body raising "its toll overnight" revises it too.
A rumour someone only heard ("Heard from someone that jets hit ...") is no event."""

from briefdeck.extract import draft_briefing
from briefdeck.extract.casualties import find_casualties
from briefdeck.ingest.article import Article


def _events(text: str, published: str = "2026-04-12"):
    return [
        (e.date, e.place, e.killed, e.wounded)
        for e in draft_briefing(
            Article(text=text, path="t.txt", format="txt"), published=published
        ).facts.events
    ]


def _toll(text: str):
    return sorted((c.kind, c.count, c.total) for c in find_casualties(text, 0, len(text)))


def test_a_toll_pair_after_a_giving_verb_reads_its_dead():
    assert _toll("The agency gave 9 killed and 30 wounded.") == [
        ("killed", 9, False),
        ("wounded", 30, False),
    ]
    assert _toll("The clinic said the same night 4 killed and 11 wounded.") == [
        ("killed", 4, False),
        ("wounded", 11, False),
    ]


def test_a_lone_killed_after_a_giving_verb_stays_unread():
    assert _toll("The agency gave 9 killed.") == []


def test_raising_its_own_toll_overnight_is_a_revision():
    assert _toll(
        "The provincial office raised its toll overnight to six killed and 15 "
        "wounded, up from four killed earlier."
    ) == [("killed", 6, True), ("wounded", 15, True)]
    assert _toll("The navy raised its alert level to three.") == []


def test_a_revised_pair_replaces_the_first_toll_on_the_same_strike():
    text = (
        "Casualty figures\n\n"
        "Jets struck the harbour at Mukalla on 10 April. The wire said at least 5 people "
        "were killed and dozens wounded. The local ministry said the same evening 8 killed "
        "and 22 wounded. Editor One (talk) 10:00, 10 April 2026 (UTC)\n\n"
        "- The ministry has since revised: its spokesman on 11 April gave 10 killed and 31 "
        "wounded. Editor Two (talk) 09:00, 11 April 2026 (UTC)\n"
    )
    events = _events(text)
    assert [e for e in events if e[2] or e[3]] == [("2026-04-10", "Mukalla", 10, 31)]
    assert not any(e[0] == "2026-04-11" for e in events)


def test_a_rumour_heard_second_hand_is_no_strike():
    text = (
        "Drones hit the garrison at al-Tanf late on Friday, wounding two soldiers.\n\n"
        "Heard from someone who should know that bombers already hit launch sites near "
        "Abu Kamal overnight.\n\n"
        "Also seeing on X that one of the wounded died.\n"
    )
    events = _events(text)
    assert [e[1] for e in events] == ["al-Tanf"]
    assert events[0][3] == 2


def test_a_blast_heard_is_still_told():
    text = "Residents heard a blast as a drone hit the depot at Zarqa on Friday."
    assert [e[1] for e in _events(text)] == ["Zarqa"]


def test_took_its_toll_is_an_idiom_not_a_count():
    assert _toll("The long deployment took its toll on the crews sent to three bases.") == []
