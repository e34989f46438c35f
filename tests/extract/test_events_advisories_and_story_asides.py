"""A media advisory's WHAT/WHEN/WHERE blocks as its coming event, and an editor's reply boxed
in an <aside> inside the article read as the story's own words (other asides stay dropped).

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from briefdeck.ingest.html import html_to_text

from .drafting import drafted_events

ADVISORY = """Guard engineers to hold send-off before overseas tour

WHAT:

A send-off ceremony for the company, which leaves for a year-long tour overseas.

WHEN:

Friday, March 12, 2027, 9 a.m. Media should arrive by 8:30 a.m.

WHERE:

Fort Dix parade ground, Building 5.

BACKGROUND

The company last deployed in 2019."""

SUMMARY = """Ops room note

WHAT: Rocket attack, 2 x rockets
WHERE: Fort Dix
WHEN: 2140 hrs, Monday 1 March 2027

NARRATIVE:
Two rockets struck Fort Dix on Monday, 1 March 2027, wounding one guard."""


def test_an_advisorys_blocks_give_its_coming_event_on_the_day_named() -> None:
    events = drafted_events(ADVISORY, "2027-03-08")
    assert [(e.date, e.kind) for e in events] == [("2027-03-12", "other")]


def test_an_incident_summarys_blocks_add_no_second_event() -> None:
    events = drafted_events(SUMMARY, "2027-03-02")
    assert [e.date for e in events] == ["2027-03-01"]


PAGE = """<html><head><title>Letters | The Test Gazette</title></head><body><main>
<h1>Letters: the depot fire</h1>
<p>The fire at the depot was the worst in years, and the county owes the crews its thanks.
Nobody I spoke to downtown could remember anything like it happening before.</p>
<p class="sig">A. Reader, Millbrook</p>
<aside class="editor-reply"><h3>Editor's reply</h3><p>According to the county, the fire
began late on Tuesday, Jan. 5, and two firefighters were hurt.</p></aside>
<aside class="related"><h3>More Opinion</h3><p>Why the bridge must be rebuilt now</p></aside>
</main></body></html>"""


def test_an_editors_reply_inside_the_article_is_kept_and_related_asides_are_not() -> None:
    text = html_to_text(PAGE, "letters.html").text
    assert "two firefighters were hurt" in text
    assert "bridge must be rebuilt" not in text


def test_a_planned_deployment_done_in_a_named_month_is_dated_then() -> None:
    text = ("Farewell remarks\n\nLast year the company was told it would deploy. In March of "
            "this year we did: some 200 Soldiers, spread across two bases.")
    events = drafted_events(text, "2027-09-01")
    assert [(e.date, e.kind) for e in events] == [("2027-03", "deployment")]


def test_a_plan_never_said_to_be_carried_out_is_no_event() -> None:
    text = ("Farewell remarks\n\nLast year the company was told it would deploy. In March "
            "the order was cancelled and nobody did.")
    assert [e.kind for e in drafted_events(text, "2027-09-01")] == []


def test_a_handover_told_as_today_takes_the_place_the_speech_header_names() -> None:
    text = ("Col. Ann Reyes, outgoing commander\nChange of Command Ceremony, Fort Bliss, Texas\n"
            "March 5, 2027\n\nThank you all for coming.\n\nTo Lt. Col. Omar Diaz, who takes "
            "command today: the brigade is yours.")
    events = drafted_events(text, "2027-03-05")
    assert [(e.date, e.kind, e.place) for e in events] == [
        ("2027-03-05", "handover", "Fort Bliss")]
