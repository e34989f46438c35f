"""A dated attack given in a bracketed aside with no one hurt is drafted as that day's attack;
an aside with counts is left to prose reading."""

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article

_NOTE = ("Desk note: this is the second rocket attack on the port this month. "
         "The 3 March attack (3 rockets, no injuries) was never claimed by any group.\n")


def _attacks(text: str):
    events = draft_briefing(Article(text=text), published="2026-03-20").facts.events
    return [(e.date, e.killed, e.wounded) for e in events if e.kind in ("attack", "strike")]


def test_a_dated_aside_with_no_one_hurt_is_that_days_attack() -> None:
    assert ("2026-03-03", 0, 0) in _attacks(_NOTE)


def test_an_aside_with_counts_is_not_read_as_harmless() -> None:
    text = _NOTE.replace("no injuries", "two injured")
    assert ("2026-03-03", 0, 0) not in _attacks(text)
