"""A long run of events: the deck's timeline shows the heaviest and says how many it left off."""

from pptx import Presentation

from briefdeck.charts.build import TIMELINE_MAX
from briefdeck.export import write_pptx
from briefdeck.model import Briefing, Event, Source


def test_deck_timeline_says_how_many_events_it_left_off(tmp_path):
    b = Briefing()
    b.sources.append(Source(text="A month of rocket fire.", outlet="Test Wire"))
    for i in range(TIMELINE_MAX + 6):
        b.insert_fact("events", Event(id=f"ev-{i + 1}", date=f"2021-03-{1 + i % 28:02d}",
                                      kind="attack", summary=f"Rocket attack {i + 1}",
                                      wounded=i % 4, status="accepted"))
    write_pptx(b, tmp_path / "d.pptx")
    texts = [shape.text_frame.text for slide in Presentation(str(tmp_path / "d.pptx")).slides
             for shape in slide.shapes if shape.has_text_frame]
    assert any("6 lighter dated events not shown" in t for t in texts)
