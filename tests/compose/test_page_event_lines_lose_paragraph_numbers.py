"""An intelligence summary numbers its paragraphs ("1.4 A Kurdish security official said ..."):
the number is the document's furniture, not words of the event, so the page's event line and
the timeline's label read without it."""

from __future__ import annotations

from briefdeck.charts import build_charts
from briefdeck.compose.page import page_outline
from briefdeck.model import Briefing, Event, Provenance, Source
from briefdeck.model.briefing import Meta

TEXT = ("1.3 Harbor Point. On 28 Nov two rockets struck an empty lot near the airfield.\n\n"
        "1.4 A port security officer said two suspects were held after the rocket attack.\n")
SUMMARY = "1.4 A port security officer said two suspects were held after the rocket attack"


def _briefing() -> Briefing:
    start = TEXT.index(SUMMARY)
    b = Briefing(meta=Meta(title="INTSUM 12-31", as_of="2031-12-01T06:00:00+00:00"),
                 sources=[Source(id="src-1", outlet="Desk", headline="INTSUM 12-31",
                                 published="2031-12-01", text=TEXT)])
    b.facts.events = [Event(id="ev-1", status="draft", date="2031-11-28", date_precision="day",
                            kind="attack", summary=SUMMARY, place="Harbor Point",
                            weapons=["rockets"],
                            provenance=Provenance(source="src-1", start=start,
                                                  end=start + len(SUMMARY)))]
    return b


def test_the_pages_event_line_reads_without_the_paragraph_number():
    page = page_outline(_briefing(), include_drafts=True)
    lines = [f.text for f in page.facts if "suspects" in f.text]
    assert lines and all(line.startswith("A port security officer") for line in lines)


def test_the_timeline_label_reads_without_the_paragraph_number():
    labels = [item.label for item in build_charts(_briefing(), include_drafts=True).timeline.items]
    assert labels and not any(label.startswith("1.4") for label in labels)
