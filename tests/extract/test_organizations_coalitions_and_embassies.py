"""Organizations: the anti-ISIS coalition however reports name it, Iraq's ruling alliance,
and an embassy that speaks. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _orgs(text: str) -> dict[str, list[str]]:
    facts = draft_briefing(Article(text=text), published="2025-05-02").facts
    return {o.name: o.aliases for o in facts.organizations}


@pytest.mark.parametrize("text", [
    "Advisers of the U.S.-led coalition left the base in April.",
    "Officials said the coalition's withdrawal from Baghdad would finish in September.",
    "A roadside bomb hit a coalition supply convoy near Samawah.",
    "The international coalition handed the airfield to Iraqi forces.",
])
def test_the_military_coalition_is_an_organization(text):
    assert "Coalition" in _orgs(text)


@pytest.mark.parametrize("text", [
    "The coalition government in Baghdad faces a budget vote next week.",
    "Lawmakers said the coalition talks had stalled over the ministries.",
])
def test_a_coalition_of_parties_is_not_the_military_coalition(text):
    assert "Coalition" not in _orgs(text)


def test_the_written_form_is_kept_as_an_alias():
    assert "U.S.-led coalition" in _orgs("The U.S.-led coalition said two drones were downed.")[
        "Coalition"]


def test_iraqs_ruling_alliance_is_an_organization():
    orgs = _orgs("A lawmaker from the Coordination Framework rejected the timetable on Monday.")
    assert "Coordination Framework" in orgs


@pytest.mark.parametrize("text, name", [
    ('US Embassy Baghdad (X, 3 May): "We are following the reports closely."',
     "US Embassy Baghdad"),
    ("The U.S. Embassy in Baghdad said it had suspended visa services.",
     "U.S. Embassy in Baghdad"),
])
def test_an_embassy_that_speaks_is_an_organization(text, name):
    assert name in _orgs(text)


def test_an_embassy_only_hit_is_not_drafted_as_an_organization():
    orgs = _orgs("Rockets landed near the U.S. Embassy in Baghdad on Sunday night.")
    assert not any("Embassy" in name for name in orgs)


def test_a_body_name_does_not_run_across_the_cells_of_a_table_row():
    orgs = _orgs("12 May\tRaqqa\tTabqa\tSecurity\tIED on a patrol road\t1\t2\n\n"
                 "The Tabqa Military Council said one fighter was killed.")
    assert not any("\t" in name for name in orgs)
    assert "Tabqa Military Council" in orgs
