"""Hand-checked facts of the test articles in tests/extract/articles.py, one style each."""

from __future__ import annotations

import pytest

from .conftest import STYLES, drafted, event_on, km, place_named


# -- wire story ---------------------------------------------------------------------------
def test_wire_weekday_resolves_to_the_tuesday_before_publication():
    event = event_on(drafted("wire"), "2021-09-14")
    assert event.kind == "attack"
    assert event.date_precision == "day"
    assert "Tuesday" in event.date_text


def test_wire_wounded_are_counted_by_party():
    event = event_on(drafted("wire"), "2021-09-14")
    assert event.wounded == 3
    by_party = {c.party: c.wounded for c in event.casualties}
    assert by_party == {"U.S.": 2, "Iraq": 1}


def test_wire_month_day_date_without_casualties():
    event = event_on(drafted("wire"), "2021-09-04")
    assert not event.killed and not event.wounded
    assert "Ain al-Asad" in event.place


def test_wire_places_are_placed_near_the_real_bases():
    briefing = drafted("wire")
    erbil = place_named(briefing, "Erbil air base")
    assert km(erbil.lat, erbil.lon, 36.237, 43.963) < 25
    asad = place_named(briefing, "Ain al-Asad air base")
    assert km(asad.lat, asad.lon, 33.786, 42.441) < 25
    assert erbil.role == "attack target"


def test_wire_figures_keep_qualifier_and_unit():
    figures = {(f.value, f.unit, f.qualifier) for f in drafted("wire").facts.figures}
    assert (40, "km", "about") in figures
    assert (12, "rockets", "at least") in figures
    assert (2500, "troops", "about") in figures


def test_wire_quotes_name_the_spokeswoman():
    quotes = drafted("wire").facts.quotes
    assert len(quotes) == 2
    assert {q.speaker for q in quotes} == {"Harriet Vale"}


def test_wire_attributions_count_anonymous_officials():
    attributions = drafted("wire").facts.attributions
    two = [a for a in attributions if "two Kurdish security officials" in a.text]
    assert two and two[0].kind == "anonymous official" and two[0].count == 2
    statement = [a for a in attributions if "according to a statement" in a.text]
    assert statement and statement[0].kind == "spokesperson"


# -- press release --------------------------------------------------------------------------
def test_press_release_handover_is_dated_and_placed():
    event = event_on(drafted("press"), "2022-02-09")
    assert event.kind == "handover"
    assert event.place == "Camp Taji"
    assert place_named(drafted("press"), "Camp Taji").role == "withdrawal"


def test_press_release_money_and_personnel_figures():
    figures = {(f.value, f.unit, f.qualifier) for f in drafted("press").facts.figures}
    assert (3_000_000, "USD", "about") in figures
    assert (600, "personnel", "about") in figures


def test_release_number_and_phone_number_are_not_figures():
    values = {f.value for f in drafted("press").facts.figures}
    assert not values & {22, 31, 202, 555, 147}


def test_press_release_organizations_merge_acronyms():
    orgs = {o.name: o.aliases for o in drafted("press").facts.organizations}
    assert "Iraqi Security Forces" in orgs
    assert "Combined Joint Task Force Operation Inherent Resolve" in orgs


def test_press_release_person_with_rank_and_role():
    people = {p.name: p.title for p in drafted("press").facts.people}
    assert "Maj. Gen." in people["Oscar Lindqvist"]
    assert "deputy commander" in people["Oscar Lindqvist"]


# -- timeline ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "iso, killed, wounded",
    [("2023-05-02", 0, 0), ("2023-05-14", 0, 4), ("2023-05-20", 5, 0), ("2023-06-01", 1, 2)],
)
def test_timeline_entries_have_dates_and_tolls(iso, killed, wounded):
    event = event_on(drafted("timeline"), iso)
    assert (event.killed or 0, event.wounded or 0) == (killed, wounded)


def test_timeline_locator_city_is_not_the_event_place():
    assert event_on(drafted("timeline"), "2023-05-02").place == "Union III"


def test_timeline_systems_are_merged_by_kind():
    names = [s.name for s in drafted("timeline").facts.systems]
    assert "F-15E" in names  # (the variant letter is kept)
    assert len(names) == len(set(names))


# -- quote-heavy piece ----------------------------------------------------------------------
def test_quotes_speakers_by_surname_pronoun_and_twitter():
    speakers = [q.speaker for q in drafted("quotes").facts.quotes]
    assert speakers == ["Celia Marsh", "Celia Marsh", "senior Pentagon official", "Martin Hale"]


def test_quotes_vague_and_capped_figures():
    figures = {(f.value, f.unit, f.qualifier) for f in drafted("quotes").facts.figures}
    assert (12, "missiles", "more than") in figures
    assert (30, "ships", "up to") in figures


def test_other_outlet_is_an_attribution():
    kinds = {a.kind for a in drafted("quotes").facts.attributions}
    assert "other outlet" in kinds


def test_fleet_is_not_a_person():
    assert all("Fleet" not in p.name for p in drafted("quotes").facts.people)


# -- web page with navigation -----------------------------------------------------------------
def test_navigation_and_related_links_are_not_facts():
    briefing = drafted("web")
    names = {p.name for p in briefing.facts.places}
    assert "Mosul" not in names  # only in a "Read more" link
    assert briefing.meta.title == "Rocket fire targets Baghdad airport"


def test_web_page_event_on_sunday():
    event = event_on(drafted("web"), "2022-03-20")
    assert event.wounded == 3


# -- every style ------------------------------------------------------------------------------
@pytest.mark.parametrize("style", sorted(STYLES))
def test_every_fact_points_at_its_words(style):
    briefing = drafted(style)
    text = briefing.sources[0].text
    for kind, fact in briefing.all_facts():
        prov = fact.provenance
        assert prov is not None and prov.source == "src-1"
        words = text[prov.start : prov.end]
        assert words.strip(), (kind, fact.id)
        assert fact.status == "draft"
        if kind == "figures":
            assert words == fact.text
        if kind == "quotes":
            assert words == fact.text
        if kind == "attributions":
            assert words == fact.text


@pytest.mark.parametrize("style", sorted(STYLES))
def test_narrative_has_a_bluf_and_three_to_five_points(style):
    narrative = drafted(style).narrative
    assert narrative.bluf
    assert 1 <= len(narrative.key_points) <= 5


@pytest.mark.parametrize("style", sorted(STYLES))
def test_fact_ids_are_unique_per_kind(style):
    briefing = drafted(style)
    for kind in ("places", "figures", "events", "quotes"):
        ids = [f.id for f in briefing.facts_of(kind)]
        assert len(ids) == len(set(ids))


# -- wire story with a dateline -----------------------------------------------------------------
def test_dateline_is_not_the_event_date_nor_its_words():
    event = event_on(drafted("dateline"), "2025-03-31")  # Monday night, said on Tuesday
    words = drafted("dateline").span_text(event)
    assert words.startswith("Mortar rounds hit")
    assert {c.party: c.wounded for c in event.casualties} == {"U.S.": 1, "SDF": 2}
    assert "Green Village" in event.place and "Syria" not in event.place


def test_last_month_is_the_month_before_publication():
    event = event_on(drafted("dateline"), "2025-03")
    assert event.killed == 3
    assert event.date_precision == "month"


def test_mortars_and_himars_are_separate_systems():
    names = {s.name for s in drafted("dateline").facts.systems}
    assert {"mortars", "HIMARS"} <= names


def test_rounds_are_counted_not_timed():
    figures = {(f.value, f.unit, f.qualifier) for f in drafted("dateline").facts.figures}
    assert (12, "rounds", "about") in figures
    assert (500, "troops", "up to") in figures


def test_institution_statement_is_a_spokesperson_attribution():
    attributions = drafted("dateline").facts.attributions
    sdf = [a for a in attributions if "Syrian Democratic Forces" in a.text]
    assert sdf and sdf[0].kind == "spokesperson" and sdf[0].count == 1
    two = [a for a in attributions if "two defense officials" in a.text]
    assert two and two[0].count == 2
