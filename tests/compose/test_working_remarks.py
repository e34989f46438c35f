"""A writer's remark about their own work in a mail, a chat or notes ("Quick recap on the strike
for the morning note", "I'd go with 3 dead for the flash") is no happening: it labels no event
on the timeline or the page, and gives no key fact. Sentences that tell what happened stay, even
when they name the product later, and so does a speaker's own proposal or request."""

from __future__ import annotations

from briefdeck.charts import build_charts
from briefdeck.compose import select_facts
from briefdeck.compose.page import page_outline
from briefdeck.compose.working_remarks import working_remark
from briefdeck.model import Briefing, Event, Figure, Provenance, Source
from briefdeck.model.briefing import Meta

MAIL = (
    "Team,\n\nQuick recap on the overnight rocket attack on Camp Dorval for the morning note.\n\n"
    "- Three rockets struck the fuel yard at about 02:10; 3 guards were killed.\n\n"
    "I'd go with 3 dead / 6 hurt for the 09:00 flash.\n\n"
    "Updated count for tonight's update, per the camp doctor: 7 hurt.\n"
)


def _at(words: str) -> Provenance:
    start = MAIL.index(words)
    return Provenance(source="src-1", start=start, end=start + len(words))


def _briefing(summary: str) -> Briefing:
    b = Briefing(meta=Meta(title="Camp Dorval", as_of="2031-03-02T06:00:00+00:00"),
                 sources=[Source(id="src-1", outlet="Desk mail", headline="Re: Dorval",
                                 published="2031-03-02", text=MAIL)])
    b.facts.events = [Event(id="ev-1", status="draft", date="2031-03-01", date_precision="day",
                            kind="attack", summary=summary, place="Camp Dorval",
                            weapons=["rockets"], killed=3, provenance=_at(summary[:20]))]
    b.facts.figures = [
        Figure(id="f-told", status="draft", value=3, unit="guards", text="3 guards",
               label="3 guards", provenance=_at("3 guards")),
        Figure(id="f-chosen", status="draft", value=3, unit="dead", text="3 dead",
               label="3 dead", provenance=_at("3 dead")),
        Figure(id="f-hurt", status="draft", value=7, unit="hurt", text="7 hurt",
               label="7 hurt", provenance=_at("7 hurt")),
    ]
    return b


RECAP = "Quick recap on the overnight rocket attack on Camp Dorval for the morning note"


def test_a_recap_line_labels_no_event_on_the_timeline():
    charts = build_charts(_briefing(RECAP), include_drafts=True)
    labels = [item.label for item in charts.timeline.items]
    assert labels and not any("recap" in label.casefold() for label in labels)
    assert "Rocket attack on Camp Dorval" in labels


def test_a_recap_line_is_no_event_line_on_the_page():
    page = page_outline(_briefing(RECAP), include_drafts=True)
    lines = [f"{f.lead} {f.text}" for f in page.facts]
    assert not any("recap" in line.casefold() for line in lines)
    assert any("Rocket attack on Camp Dorval" in line for line in lines)


def test_a_summary_that_tells_the_happening_stays_the_label():
    told = "Three rockets struck the fuel yard at about 02:10"
    charts = build_charts(_briefing(told), include_drafts=True)
    assert [item.label for item in charts.timeline.items] == [told]


def test_the_number_a_writer_picks_for_their_product_is_no_key_fact():
    kept = [f.id for f in select_facts(_briefing(RECAP), include_drafts=True).of("figures")]
    assert "f-chosen" not in kept
    # the happening's own sentence, and one naming the product after the news, stay
    assert "f-told" in kept and "f-hurt" in kept


def test_working_remarks_are_told_from_news_and_requests():
    for remark in ("Could fold into the weekly.", "Okay to use unattributed.",
                   "> Short update on the strike on the port for the client brief",
                   "I've asked our local contact whether the battery fired",
                   "We'll update when the ministry says more."):
        assert working_remark(remark), remark
    for news in ("I'd ask for eight more bunkers, so twenty in all",
                 "We have asked our partners to leave one battery behind",
                 "I can confirm two soldiers were killed",
                 "We will send 2,000 more troops",
                 "I saw two drones hit the hangar",
                 "Revised toll for today's update, per the ministry: two killed"):
        assert not working_remark(news), news
