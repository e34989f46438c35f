"""bench/fact_changes.py: the comparison names each fact that came or went, per article."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from fact_changes import changes  # noqa: E402

BEFORE = {
    "wire.txt": {"places": ["Erbil", "Irbil airport"], "narrative": ["Two drones hit Erbil."]},
    "gone.txt": {"places": ["Tyre"]},
}
AFTER = {
    "wire.txt": {"places": ["Erbil", "Harir"], "narrative": ["Three drones hit Erbil."]},
    "new.txt": {"figures": ["3 drones"]},
}


def test_a_fact_that_went_and_one_that_came_are_both_listed():
    lines = changes(BEFORE, AFTER, kinds=None, only="wire")
    assert "== wire.txt [places] - Irbil airport" in lines
    assert "== wire.txt [places] + Harir" in lines
    assert not any("Erbil\n" in line or line.endswith("] - Erbil") for line in lines)


def test_the_narrative_is_compared_whole():
    lines = changes(BEFORE, AFTER, kinds={"narrative"}, only="")
    assert lines == [
        "== wire.txt [narrative]\n  - ['Two drones hit Erbil.']\n  + ['Three drones hit Erbil.']"
    ]


def test_articles_in_one_dump_only_show_all_their_facts():
    lines = changes(BEFORE, AFTER, kinds=None, only="")
    assert "== gone.txt [places] - Tyre" in lines
    assert "== new.txt [figures] + 3 drones" in lines


def test_identical_dumps_have_no_differences():
    assert changes(AFTER, AFTER, kinds=None, only="") == []
