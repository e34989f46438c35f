"""A fault in one drafting stage costs that kind of fact, not the analyst's whole draft.

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest

import briefdeck.extract as extract
from briefdeck.batch import briefing_warnings
from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article

TEXT = ("Drone hits airfield near Erbil\n\n"
        "A drone struck the airfield near Erbil on Monday, wounding two soldiers, the "
        "regional security council said in a statement.\n")


def _broken(*_args, **_kwargs):
    raise ValueError("a shape of report never met before")


@pytest.fixture
def lenient(monkeypatch):
    monkeypatch.setenv("BRIEFDECK_STRICT_DRAFT", "0")
    monkeypatch.setattr(extract, "draft_events", _broken)


def test_a_failing_stage_leaves_the_other_facts_and_says_what_is_missing(lenient):
    briefing = draft_briefing(Article(text=TEXT), published="2025-03-04")
    assert briefing.facts.events == []
    assert any(p.name == "Erbil" for p in briefing.facts.places)
    assert len(briefing.drafting_problems) == 1
    problem = briefing.drafting_problems[0]
    assert problem.startswith("events could not be drafted (ValueError: a shape of report")
    assert problem in briefing_warnings(briefing)


def test_the_problem_is_not_saved_with_the_briefing(lenient, tmp_path):
    from briefdeck.model import io

    briefing = draft_briefing(Article(text=TEXT), published="2025-03-04")
    io.save(briefing, tmp_path / "b.briefing.json")
    assert "could not be drafted" not in (tmp_path / "b.briefing.json").read_text()
    assert io.load(tmp_path / "b.briefing.json").drafting_problems == []


def test_in_strict_mode_the_fault_is_raised(monkeypatch):
    monkeypatch.setenv("BRIEFDECK_STRICT_DRAFT", "1")
    monkeypatch.setattr(extract, "draft_events", _broken)
    with pytest.raises(ValueError, match="never met before"):
        draft_briefing(Article(text=TEXT), published="2025-03-04")


def test_a_clean_draft_has_no_problems():
    briefing = draft_briefing(Article(text=TEXT), published="2025-03-04")
    assert briefing.drafting_problems == [] and briefing.facts.events
