"""The deck's Key facts and the one-pager show a dispatch log's capitals in sentence case.
A log written for this test."""

from __future__ import annotations

from briefdeck.charts import build_charts
from briefdeck.compose.deck import compose_deck
from briefdeck.compose.page import page_outline
from briefdeck.compose.selection import select_facts
from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article

LOG = ("LOWFORD FIRE RESCUE - DISPATCH LOG\n"
       "Reported: 05/02/2031 01:10   Source: harbour police line\n"
       "NARRATIVE\n"
       "01:10:00  ROCKET IMPACT AT LOWFORD CONTAINER YARD, FIRE VISIBLE\n"
       "02:40:00  E-4 FIRE OUT. EST 40 PCT OF WAREHOUSE 7 DESTROYED\n"
       "03:15:00  HARBOUR POLICE STATEMENT: \"THREE DOCKERS WERE WOUNDED AND ARE RECEIVING "
       "CARE.\"\n")


def test_key_facts_from_a_log_in_capitals_are_not_shouted() -> None:
    briefing = draft_briefing(Article(text=LOG, headline="LOWFORD FIRE RESCUE - DISPATCH LOG"),
                              published="2031-05-02")
    selection = select_facts(briefing, True)
    deck = compose_deck(briefing, selection, build_charts(briefing, True, selection=selection))
    facts = [b.text for s in deck.slides if s.kind == "facts" for b in s.bullets]
    page = page_outline(briefing, include_drafts=True)
    lines = [f"{f.lead}{f.joiner}{f.text}" for f in page.facts if f.kind in ("figures", "quotes")]
    assert facts and lines
    for line in facts + lines:
        assert "WAREHOUSE" not in line and "DESTROYED" not in line and "DOCKERS" not in line
