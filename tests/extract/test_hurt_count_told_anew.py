"""A later telling that moves one of the hurt to the dead and gives the hurt's count with it
gives the whole new count of the hurt, not more of them.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from briefdeck.extract.casualties import find_casualties
from briefdeck.extract.toll_updates import merge_tolls


def _merged(first: str, later: str) -> list[tuple[str, int]]:
    known = find_casualties(first, 0, len(first))
    more = find_casualties(later, 0, len(later))
    merged = merge_tolls(known, more)
    return [(kind, sum(c.count or 0 for c in merged if c.kind == kind))
            for kind in ("killed", "wounded")]


def test_died_of_wounds_with_the_hurt_counted_again_replaces_the_hurt() -> None:
    assert _merged("The navy first said three sailors were wounded.",
                   "Later it said one sailor had died of his wounds and four were wounded.") == [
        ("killed", 1), ("wounded", 4)]


def test_more_hurt_still_add() -> None:
    assert _merged("The navy first said three sailors were wounded.",
                   "Later it said one sailor had died of his wounds and two more were "
                   "wounded.") == [("killed", 1), ("wounded", 4)]
