"""A log's line in capitals shown in sentence case keeps the capitals of the briefing's drafted
names (places, organizations, people) and of countries, as the draft writes them. Texts
written for these tests."""

from __future__ import annotations

from briefdeck.compose.shouted_lines import drafted_names, sentence_cased
from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article

LOG = "0412  GUARDS REPORT 3 DRONES DOWNED OVER EASTERN OMAN, NO DAMAGE AT THE DEPOT\n"


def test_a_country_keeps_its_capital_in_a_shouted_line():
    said = sentence_cased("GUARDS REPORT 3 DRONES DOWNED OVER EASTERN OMAN, NO DAMAGE", LOG)
    assert "eastern Oman" in said
    assert said.startswith("Guards report 3 drones downed")


def test_a_drafted_name_keeps_its_form_in_a_shouted_line():
    line = "PATIENT MOVED BY ROAD TO SAINT BRIGID GENERAL HOSPITAL AT HARLOW CROSS, STABLE"
    said = sentence_cased(line, LOG, drafted=["Saint Brigid General Hospital", "Harlow Cross"])
    assert "to Saint Brigid General Hospital at Harlow Cross, stable" in said
    # (without the drafts the line's words are ordinary words)
    assert "saint brigid general hospital" in sentence_cased(line, LOG)


def test_the_briefings_drafted_names_are_offered():
    text = ("Officials in Muscat said on Monday that the Royal Guard of Oman had shot down "
            "three drones near the depot.\n")
    b = draft_briefing(Article(text=text, headline="Drones downed"), published="2026-12-02")
    names = drafted_names(b)
    assert "Muscat" in names
