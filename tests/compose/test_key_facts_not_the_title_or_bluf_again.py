"""The Key facts do not open on the headline and the lede again: a whole sentence the title or
the BLUF already says is left out (its dateline aside); a short figure stays. Report written for
this test."""

from __future__ import annotations

from briefdeck.charts import build_charts
from briefdeck.compose.deck import compose_deck
from briefdeck.compose.page import page_outline
from briefdeck.compose.selection import select_facts
from briefdeck.compose.told_above import told_above
from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article

HEADLINE = "Lowford: two dockers killed, three wounded in rocket strike on container yard"
RELEASE = (
    f"{HEADLINE}\n\n"
    "Lowford, 5 May 2031 – The Harbour Workers' Union mourns two dockers killed and three "
    "wounded when rockets struck the Lowford container yard on Saturday night, and calls for "
    "shelters at every berth.\n\n"
    "The harbour police said four rockets were fired from the hills east of the town.\n\n"
    "The union has recorded 9 attacks on the port this year.\n")


def test_a_sentence_said_above_is_told_above_but_a_short_figure_is_not() -> None:
    assert told_above(f"Lowford, 5 May 2031 – {HEADLINE.split(': ')[1]}", [HEADLINE])
    assert not told_above("three wounded", ["Two killed and three wounded in Lowford."])


def test_key_facts_leave_out_the_headline_and_the_lede() -> None:
    briefing = draft_briefing(Article(text=RELEASE, headline=HEADLINE), published="2031-05-06")
    selection = select_facts(briefing, True)
    deck = compose_deck(briefing, selection, build_charts(briefing, True, selection=selection))
    facts = [b.text for s in deck.slides if s.kind == "facts" for b in s.bullets]
    page = page_outline(briefing, include_drafts=True)
    lines = [f"{f.lead}{f.joiner}{f.text}" for f in page.facts if f.kind == "figures"]
    assert facts and lines
    for line in facts + lines:
        assert "mourns two dockers" not in line
        assert "two dockers killed, three wounded in rocket strike" not in line
