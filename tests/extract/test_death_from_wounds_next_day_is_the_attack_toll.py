"""A death from wounds told on a later day ("died of his wounds early on Sunday") counts the
attack told before it: never a second attack dated by the death."""

from __future__ import annotations

from .drafting import drafted_events

# a knowledge-base item: statements, each with its quoted source
_ITEM = (
    "Harlow Point depot drone attack\n\n"
    "drone attack on the Harlow Point naval depot on 6 March 2027\n\n"
    "number of deaths\n\n1\n\napplies to part\n\nnight watchman\n\n"
    "point in time\n\n7 March 2027\n\n"
    "stated in\n\nHarlow Point Health Office\n\n"
    "title\n\nStatement on the drone attack on the depot\n\n"
    "quotation\n\n"
    "A night watchman died of his wounds in hospital early on Sunday, and four people are "
    "receiving treatment.\n\n"
    "number of injured\n\n4\n\n"
    "stated in\n\nCoast News\n\n"
    "title\n\nOne dead, four wounded in Saturday's drone attack on Harlow Point\n"
)


def _tolled(text: str, published: str) -> list[tuple[str, int | None, int | None]]:
    return [(e.date, e.killed, e.wounded) for e in drafted_events(text, published)
            if e.killed or e.wounded]


def test_a_later_death_from_wounds_is_no_attack_of_its_day() -> None:
    assert _tolled(_ITEM, "2027-03-09") == [("2027-03-06", 1, 4)]

