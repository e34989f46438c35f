"""A mail thread tells an attack, then a statement the next morning gives its toll again,
revised upward: one attack with the later toll, not a second, place-less one. A toll pair in
words after "says" ("our driver says one guard killed and two wounded") is read whole."""

from briefdeck.extract import draft_briefing
from briefdeck.extract.casualties import find_casualties
from briefdeck.ingest.article import Article


def _events(text: str, published: str = "2026-03-10"):
    return [(e.date, e.place, e.killed, e.wounded) for e in draft_briefing(
        Article(text=text, path="t.txt", format="txt"), published=published).facts.events]


def _toll(text: str):
    return sorted((c.kind, c.count) for c in find_casualties(text, 0, len(text)))


_FIRST = ("Lena Brook <lena.brook@example.org>\n\nMon, Mar 9, 2026 at 8:10 AM\n\n"
          "To: Desk <desk@example.org>\n\nTeam,\n\nA drone hit the Zarqa depot late on Sunday. "
          "Our driver says one guard killed and two wounded. No claim yet.\n\nLena\n\n")


def _reply(body: str) -> str:
    return (_FIRST + "Omar Hale <omar.hale@example.org>\n\nMon, Mar 9, 2026 at 11:05 AM\n\n"
            "To: Desk <desk@example.org>\n\n" + body + "\n\nOmar\n")


def test_a_toll_pair_in_words_after_says_counts_the_dead():
    assert _toll("Our driver says one guard killed and two wounded.") == [
        ("killed", 1), ("wounded", 2)]
    assert _toll("The police say a worker killed, three wounded.") == [
        ("killed", 1), ("wounded", 3)]


def test_a_lone_count_after_says_is_left_to_its_story():
    assert _toll("Rebels say four killed") == []


def test_statement_naming_the_attack_back_revises_its_toll():
    events = _events(_reply('The interior ministry statement just out: two killed, four '
                            'wounded, which it calls "a cowardly terrorist attack".'))
    assert events == [("2026-03-08", "Zarqa", 2, 4)]


def test_larger_toll_not_naming_the_attack_back_stays_apart():
    events = _events(_reply("The interior ministry statement just out: two killed, four "
                            "wounded in a separate incident."))
    assert ("2026-03-08", "Zarqa", 1, 2) in events
    assert len(events) == 2
