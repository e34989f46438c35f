"""What the deck and the one-pager say about the same facts: the report's own words for a
figure (never a value estimated from words), the clause a bare amount came from, one portion
mark per fact, a person's organization said once, a footer and sources lines a reader can use."""

from __future__ import annotations

from briefdeck.charts import BarSpec, ChartSet, MapSpec, TimelineSpec
from briefdeck.compose import select_facts
from briefdeck.compose.deck import compose_deck
from briefdeck.compose.page import page_outline
from briefdeck.model import Attribution, Briefing, Figure, Person, Place, Provenance, Source
from briefdeck.model.briefing import Meta, Narrative

NO_CHARTS = ChartSet(MapSpec("Places", (0, 0, 1, 1), ()), TimelineSpec("Timeline", ()),
                     BarSpec("Figures", (), ()))

TEXT = (
    "Two German soldiers suffered light injuries, the command confirmed. "
    "A port official said shipping agents had made \"a few dozen\" inquiries since Friday. "
    "At a unit cost of about US$4 million for each interceptor, the exchange is poor. "
    "Tal Tamr office: 6 of the 9 staff relocate to Hasakah today."
)


def _at(words: str, length: int | None = None) -> Provenance:
    start = TEXT.index(words)
    return Provenance(source="src-1", start=start, end=start + (length or len(words)))


def _briefing(classification: str = "UNCLASSIFIED", outlet: str = "Example Wire",
              headline: str = "Soldiers hurt in drone strike") -> Briefing:
    b = Briefing(
        meta=Meta(title="Drone strike", classification=classification,
                  as_of="2026-11-28T06:00:00+00:00"),
        sources=[Source(id="src-1", outlet=outlet, headline=headline, published="2026-11-28",
                        text=TEXT)],
        narrative=Narrative(bluf="Two soldiers were hurt."))
    b.facts.figures = [
        Figure(id="f-soldiers", status="accepted", value=2, unit="soldiers", text="Two",
               label="Two German soldiers", provenance=_at("Two", 3)),
        Figure(id="f-dozen", status="accepted", value=36, unit="inquiries", qualifier="about",
               text="a few dozen", label="a few dozen\" inquiries",
               provenance=_at("a few dozen")),
        Figure(id="f-cost", status="accepted", value=4_000_000, unit="USD", qualifier="about",
               text="about US$4 million", label="about US$4 million USD",
               provenance=_at("about US$4 million")),
        Figure(id="f-held", status="accepted", value=3, unit="batteries", label="Held batteries",
               marking="S"),
    ]
    b.facts.places = [Place(id="pl-1", status="accepted", name="Erbil", role="attack target",
                            lat=36.19, lon=44.01)]
    b.facts.people = [
        Person(id="pe-1", status="accepted", name="Salim al Ghaithi",
               title="a spokesman for the Royal Navy of Oman", organization="Royal Navy of Oman"),
        Person(id="pe-2", status="accepted", name="Dana Reyes", title="spokesperson",
               organization="Example Command"),
    ]
    b.facts.attributions = [
        Attribution(id="at-1", status="accepted", text="the command confirmed", kind="spokesperson",
                    count=1, provenance=_at("the command confirmed")),
        Attribution(id="at-2", status="accepted", text="three officials said",
                    kind="anonymous official", count=3),
        Attribution(id="at-3", status="accepted", text="Tal Tamr office: 6 of the 9 staff relocat",
                    kind="spokesperson", count=1,
                    provenance=_at("Tal Tamr office: 6 of the 9 staff relocat")),
    ]
    return b


def _deck(b: Briefing):
    sel = select_facts(b)
    return compose_deck(b, sel, NO_CHARTS)


def _bullets(b: Briefing) -> dict[str, tuple[str, str]]:
    """fact id -> (portion mark, words) of every fact bullet in the deck."""
    return {i: (x.mark, x.text) for s in _deck(b).slides for x in s.bullets for i in x.fact_ids}


def _lines(b: Briefing) -> dict[str, tuple[str, str, str]]:
    return {f.fact_id: (f.mark, f.lead, f.text)
            for f in page_outline(b, charts=NO_CHARTS).facts}


def test_a_figure_estimated_from_words_is_printed_in_its_words_on_both_products() -> None:
    b = _briefing()
    mark, bullet = _bullets(b)["f-dozen"]
    _, lead, text = _lines(b)["f-dozen"]
    assert "36" not in bullet and "36" not in lead + text
    assert lead == "a few dozen inquiries"
    assert "a few dozen" in bullet and "a few dozen" in text


def test_a_currency_written_in_the_amount_is_not_said_again() -> None:
    b = _briefing()
    _, bullet = _bullets(b)["f-cost"]
    _, lead, text = _lines(b)["f-cost"]
    assert lead == "about US$4 million"
    assert "USD" not in bullet and "USD" not in lead + text
    assert "4,000,000" not in bullet + lead + text


def test_a_lone_quote_mark_is_not_printed_and_a_pair_is_kept() -> None:
    b = _briefing()
    _, bullet = _bullets(b)["f-dozen"]
    _, lead, text = _lines(b)["f-dozen"]
    assert lead.count('"') == 0
    assert bullet.count('"') % 2 == 0 and text.count('"') % 2 == 0


def test_a_bare_amount_carries_the_clause_it_came_from_on_deck_and_page() -> None:
    b = _briefing()
    _, bullet = _bullets(b)["f-soldiers"]
    _, lead, text = _lines(b)["f-soldiers"]
    # (with who said so, after the comma: one side's count says whose it is)
    assert bullet == "Two German soldiers suffered light injuries, the command confirmed."
    assert (lead, text) == ("Two German soldiers",
                            "suffered light injuries, the command confirmed.")


def test_an_analysts_own_label_still_names_the_amount() -> None:
    b = _briefing()
    _, bullet = _bullets(b)["f-held"]
    _, lead, text = _lines(b)["f-held"]
    assert bullet == "Held batteries: 3 batteries"
    assert (lead, text) == ("3 batteries", "Held batteries")


def test_deck_and_page_give_each_fact_its_own_portion_mark_under_a_classified_banner() -> None:
    b = _briefing("CONFIDENTIAL")
    deck, page = _bullets(b), _lines(b)
    shared = set(deck) & set(page)
    assert {"f-soldiers", "f-dozen", "f-cost", "f-held"} <= shared
    for fact_id in shared:
        assert deck[fact_id][0] == page[fact_id][0], fact_id
    assert deck["f-soldiers"][0] == "U" and deck["f-held"][0] == "S"
    outline = _deck(b)
    facts_slide = next(s for s in outline.slides if s.kind == "facts")
    assert facts_slide.marking == "S"  # the slide's banner covers its highest portion
    actors = next(s for s in outline.slides if s.kind == "actors")
    assert actors.marking == "C"  # and never falls below the briefing's classification
    assert all(x.mark == "U" for x in actors.bullets)


def test_a_persons_organization_is_not_repeated_when_the_title_names_it() -> None:
    deck = _bullets(_briefing())
    assert deck["pe-1"][1] == "Salim al Ghaithi, a spokesman for the Royal Navy of Oman"
    assert deck["pe-2"][1] == "Dana Reyes, spokesperson, Example Command"


def test_the_footer_falls_back_to_the_headline_and_date_without_an_outlet() -> None:
    footer = _deck(_briefing(outlet="", headline="SECURITY UPDATE 25/11")).footer
    assert "not recorded" not in footer
    # (a heading in capitals shows as a title: "Security Update 25/11")
    assert "Security Update 25/11" in footer and "2026-11-28" in footer
    assert "Example Wire 2026-11-28" in _deck(_briefing()).footer
    assert "Source: not recorded" in _deck(_briefing(outlet="", headline="")).footer


def test_sources_lines_name_who_speaks_with_a_count_and_never_a_cut_claim() -> None:
    deck = _bullets(_briefing())
    assert deck["at-1"][1] == "Command (spokesperson)"
    assert deck["at-2"][1] == "Officials (3 anonymous officials)"
    assert deck["at-3"][1].startswith("Tal Tamr office (")


def test_a_monthly_issue_is_dated_by_its_month_on_the_footer_and_the_page() -> None:
    b = _briefing()
    b.sources[0].published, b.sources[0].issue_month = "", "2026-12"
    assert "Example Wire 2026-12" in _deck(b).footer
    assert page_outline(b, charts=NO_CHARTS).sources[0].published == "Dec 2026"
    b.sources[0].issue_month = ""
    assert "Example Wire |" in _deck(b).footer.replace(" | As of", " |")
    assert page_outline(b, charts=NO_CHARTS).sources[0].published == ""
