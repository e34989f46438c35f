"""A drafted "Figure:" point left out of the one-pager's Situation because a key fact tells the
figure never leaves the figure nowhere: that fact is kept first when the page runs short of
room. The deck and the page compare the point with the figure's line built one way."""

from reportlab.lib.pagesizes import letter

from briefdeck.charts import build_charts
from briefdeck.compose.deck import compose_deck
from briefdeck.compose.page import MAP_ASPECT, page_outline
from briefdeck.compose.selection import select_facts
from briefdeck.export.pdf.layout import fit_page
from briefdeck.model import Briefing, Event
from briefdeck.model.facts import Figure


def _crowded() -> Briefing:
    b = Briefing()
    b.narrative.bluf = "Rocket fire on the northern outposts goes on."
    b.narrative.key_points = ["Rocket fire goes on nightly.", "Figure: about 1,800 sailors"]
    for i in range(40):
        b.facts.events.append(Event(
            id=f"ev-{i + 1}", kind="attack", date=f"2026-10-{i % 28 + 1:02d}",
            summary=f"Rockets hit guard post {i + 1} by the river, wounding men on watch",
            killed=i % 2, wounded=i % 4 + 1, status="accepted"))
    b.facts.figures.append(Figure(id="fg-1", value=1800, unit="sailors", qualifier="about",
                                  text="about 1,800", label="sailors", status="accepted"))
    return b


def test_a_figure_whose_point_was_dropped_is_kept_when_the_page_cuts_facts():
    outline = page_outline(_crowded())
    assert outline.key_points == ("Rocket fire goes on nightly.",)
    width, height = letter
    fitted = fit_page(outline, width - 72, height - 72, MAP_ASPECT)
    assert fitted.kept < fitted.total  # the page did cut facts for room
    assert "fg-1" in [f.fact_id for f in outline.facts[:fitted.kept]]


def test_the_deck_and_the_page_drop_the_same_figure_points():
    b = _crowded()
    selection = select_facts(b)
    deck = compose_deck(b, selection, build_charts(b, selection=selection))
    situation = [bullet.text for s in deck.slides if s.kind == "situation"
                 for bullet in s.bullets]
    assert situation == list(page_outline(b).key_points)
