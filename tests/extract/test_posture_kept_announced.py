"""A government's word, on a named day, that its forces' posture is unchanged: an
announcement of that day."""

from __future__ import annotations

try:
    from .drafting import Drafts
except ImportError:  # run without a package
    from drafting import Drafts  # type: ignore[no-redef]

_D = Drafts("2026-05-15", heading="Forces stay put")  # a Friday


def _announced(text: str) -> list[str]:
    return [e.date for e in _D.facts(text).events if e.kind == "announcement"]


def test_no_change_to_posture_said_on_a_day_is_news_of_that_day() -> None:
    text = (
        "Rockets hit a base in Iraq on Wednesday. The ministry said on Thursday there is "
        "no change to its force posture in Iraq."
    )
    assert _announced(text) == ["2026-05-14"]


def test_no_change_with_no_day_said_is_no_announcement() -> None:
    text = "Rockets hit a base in Iraq on Wednesday. There is no change to force posture there."
    assert _announced(text) == []
