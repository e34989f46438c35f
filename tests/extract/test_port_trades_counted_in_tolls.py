"""The trades of a port or an airport's cargo side ("a cargo handler", "two stevedores") are
people a toll counts.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from briefdeck.extract.casualties import find_casualties


def _counts(text: str) -> list[tuple[str, int | None]]:
    return [(c.kind, c.count) for c in find_casualties(text, 0, len(text))]


def test_a_cargo_handler_killed_is_counted() -> None:
    assert _counts("Officials said a baggage handler had been killed.") == [("killed", 1)]


def test_stevedores_hurt_are_counted() -> None:
    assert _counts("Two stevedores were hurt by falling glass.") == [("wounded", 2)]
