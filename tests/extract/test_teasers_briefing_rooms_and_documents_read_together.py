"""Three ways one thing was read as another: a page's full story was swapped for the shorter
teaser in its JSON-LD when the two wrote their quote marks differently; a briefing's
"Location:" header placed the attack told under it in the briefing room's town; and a count's
"(3)" echo was blanked in a cache shared by every document, so a document drafted while
another was read could be read through the other's text."""

import json
import sys

from briefdeck.extract import casualties, draft_briefing
from briefdeck.extract.casualties import find_casualties
from briefdeck.ingest.article import Article
from briefdeck.ingest.html import html_to_text
from briefdeck.ingest.script_stories import shown

_PARAS = [
    "The port authority’s director said on Friday that a missile struck a grain carrier "
    "off the coast overnight, setting its engine room on fire.",
    "“We are treating this as a deliberate attack on civilian shipping,” the director told "
    "reporters at the harbour, adding that the crew of nineteen had been taken off.",
    "A coalition frigate in the area said it had shot down a second missile fired at the same "
    "vessel about an hour later, the third such attempt this month.",
    "Insurers said premiums for the route would rise again next week.",
] * 2


def _page(body: str) -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Carrier hit",
          "articleBody": body, "datePublished": "2026-11-20"}
    paras = "".join(f"<p>{p}</p>" for p in _PARAS)
    return (f"<html><head><title>Carrier hit</title><script type='application/ld+json'>"
            f"{json.dumps(ld)}</script></head><body><article><h1>Carrier hit</h1>{paras}"
            f"</article></body></html>")


def test_a_shown_story_with_other_quote_marks_is_not_swapped_for_its_teaser():
    flat = " ".join(_PARAS).replace("’", "'").replace("“", '"').replace("”", '"')
    page = html_to_text(_page(flat[:420] + "..."), "p.html")
    assert "Insurers said premiums" in page.text
    assert not any("JavaScript" in w for w in page.warnings)


def test_a_script_story_no_longer_than_the_visible_body_is_never_read_instead():
    page = html_to_text(_page("A missile struck a carrier, the authority said. " * 12), "p.html")
    assert "Insurers said premiums" in page.text
    assert not any("JavaScript" in w for w in page.warnings)


def _events(text: str):
    return [(e.kind, e.place, e.wounded or 0) for e in draft_briefing(
        Article(text=text, path="t.txt", format="txt"), published="2026-11-20").facts.events]


def test_a_briefings_location_header_does_not_place_its_attack():
    text = ("Department of Defense Press Briefing\n\nDate: November 20, 2026\n\n"
            "Location: Pentagon Briefing Room, Arlington, Virginia\n\n"
            "GEN. MARSH: Good afternoon. Overnight a drone attack wounded three U.S. service "
            "members. They are in stable condition.\n")
    assert _events(text) == [("attack", "", 3)]


def test_a_location_field_without_an_incident_form_around_it_places_nothing():
    text = ("Weekly newsletter\n\nLocation: Kirkuk\n\nThis week a rocket attack wounded two "
            "workers. Both were treated and released.\n")
    assert _events(text) == [("attack", "", 2)]


def test_an_incident_forms_location_field_still_places_its_incident():
    text = ("SECURITY INCIDENT REPORT\n\nIncident No.: SR-2026-0031\n\nDate/Time: 19-Nov-2026 "
            "22:10\n\nLocation: Taji, Baghdad Governorate\n\nClassification: Hostile act\n\n"
            "What happened\n\nOn Wednesday night a rocket struck the site near the fuel store. "
            "Two guards were injured.\n")
    assert _events(text) == [("attack", "Taji", 2)]


def test_two_documents_read_in_turn_each_keep_their_own_counts():
    one = "Debris injured three (3) residents. " * 3 + "The blast killed one (1) worker."
    two = "Some words of filler. " * 30 + "A rocket wounded two (2) guards and killed four (4)."

    def counts(text):
        return [(c.kind, c.count) for c in find_casualties(text, 0, len(text))]

    alone = counts(one), counts(two)
    # read the second document at every step of reading the first, as another thread may
    busy = []

    def tracer(frame, event, arg):
        if frame.f_code.co_filename != casualties.__file__:
            return None
        if event == "line" and not busy:
            busy.append(1)
            sys.settrace(None)
            counts(two)
            sys.settrace(tracer)
            busy.pop()
        return tracer

    sys.settrace(tracer)
    try:
        interleaved = counts(one)
    finally:
        sys.settrace(None)
    assert (interleaved, counts(two)) == alone


def test_the_story_is_seen_on_the_page_whatever_its_quote_marks_and_entities():
    script = ('"We will respond," the ministry\'s spokesman said of the attack on the port '
              "of Hodeidah & its cranes.\n\nA second paragraph.")
    page = ("Port hit\n\n“We will respond,” the ministry’s spokesman said of the attack on the "
            "port of Hodeidah &amp; its cranes.")
    assert shown(script, page)
