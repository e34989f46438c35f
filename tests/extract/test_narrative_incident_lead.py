"""A report with no usable lede that tells of one dated attack with a toll is an incident
report: its BLUF leads with that attack, not with posture it mentions on the way."""

from __future__ import annotations

from briefdeck.extract import draft_briefing
from briefdeck.ingest import article_from_text

NOTE = (
    "FW: Site update for crews\n\n"
    "Please read the summary below and confirm your headcounts by noon.\n\n"
    "On Monday night three rockets struck Camp Falcon near Baghdad, wounding four "
    "contractors, the operations room said. Staff moved to Camp Falcon's bunkers.\n\n"
    "Two weeks earlier a drone was shot down over the same camp without causing injuries.\n\n"
    "The road to the airport stays closed to all traffic until Friday.\n"
)


def test_an_incident_report_without_a_lede_leads_its_bluf_with_the_attack_and_toll():
    bluf = draft_briefing(article_from_text(NOTE), "2026-06-09").narrative.bluf
    assert bluf.startswith("Attack")
    assert "4 contractors wounded" in bluf.split(".")[0]
    assert "8 Jun 2026" in bluf


def test_a_toll_of_one_named_party_reads_in_the_plural_when_more_than_one_is_hurt():
    points = draft_briefing(article_from_text(NOTE), "2026-06-09").narrative.key_points
    assert any("4 contractors wounded" in p for p in points)
    assert not any("4 contractor wounded" in p for p in points)
