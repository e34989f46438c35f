"""The building blocks: dates, quantities, sentences and boilerplate."""

from __future__ import annotations

from datetime import date

import pytest

from briefdeck.extract import draft_briefing
from briefdeck.extract.casualties import find_casualties
from briefdeck.extract.dates import find_dates
from briefdeck.extract.numbers import find_quantities
from briefdeck.extract.sentences import build_document
from briefdeck.ingest.article import Article

MONDAY = date(2020, 3, 16)


@pytest.mark.parametrize(
    "words, iso, precision",
    [
        ("hit the base on Wednesday evening", "2020-03-11", "day"),
        ("struck again Saturday", "2020-03-14", "day"),
        ("fired at the base in January", "2020-01", "month"),
        ("stormed it in late December", "2019-12", "month"),
        ("earlier this month", "2020-03", "month"),
        ("on March 11", "2020-03-11", "day"),
        ("on Dec. 27", "2019-12-27", "day"),
        ("last week", "2020-03", "month"),
        ("yesterday", "2020-03-15", "day"),
        ("in 2018", "2018", "year"),
    ],
)
def test_dates_resolve_against_publication(words, iso, precision):
    found = find_dates(words, MONDAY)
    assert [(d.iso, d.precision) for d in found] == [(iso, precision)]


def test_date_keeps_its_wording():
    (found,) = find_dates("rockets hit on Wednesday evening, killing", MONDAY)
    assert found.text == "on Wednesday evening"


def test_may_as_a_verb_is_not_a_date():
    assert find_dates("the troops may leave", MONDAY) == []


@pytest.mark.parametrize(
    "words, value, high, qualifier",
    [
        ("Twenty-five rockets", 25, None, "exact"),
        ("a dozen drones", 12, None, "about"),
        ("more than a dozen drones", 12, None, "more than"),
        ("hundreds of troops", 200, None, "at least"),
        ("several thousand troops", 2000, None, "at least"),  # several: at least two thousand
        ("as many as 30 ships", 30, None, "up to"),
        ("approximately 18 people", 18, None, "about"),
        ("between 10 and 20 km", 10, 20, "range"),
        ("$1 million", 1_000_000, None, "exact"),
    ],
)
def test_quantities(words, value, high, qualifier):
    q = find_quantities(words)[0]
    assert (q.value, q.value_high, q.qualifier) == (value, high, qualifier)


def test_from_to_is_two_figures_not_a_range():
    values = [q.value for q in find_quantities("cut from 5,200 to 3,000 troops")]
    assert values == [5200, 3000]


def test_k1_has_no_number():
    assert find_quantities("K-1 Air Base") == []


def test_casualty_list_is_split_by_party():
    text = "killing two American soldiers and a British medic"
    found = find_casualties(text, 0, len(text))
    assert [(c.kind, c.count, c.party) for c in found] == [
        ("killed", 2, "U.S."), ("killed", 1, "U.K.")]


def test_passive_casualties():
    text = "Three reservists are killed and more than 40 troops are wounded."
    found = find_casualties(text, 0, len(text))
    assert sorted((c.kind, c.count) for c in found) == [("killed", 3), ("wounded", 40)]


def test_sentences_keep_abbreviations_together():
    doc = build_document("Maj. Gen. Ann Lee spoke. The U.S. Army left. Then it rained.")
    assert [s.text for s in doc.sentences] == [
        "Maj. Gen. Ann Lee spoke.", "The U.S. Army left.", "Then it rained."]


def test_sentence_offsets_are_absolute():
    text = "First line here.\nSecond one. Third one."
    for sent in build_document(text).sentences:
        assert text[sent.start:sent.end] == sent.text


def test_place_inside_boilerplate_is_not_a_fact():
    body = "Rockets hit Camp Taji on Saturday, wounding two soldiers."
    junk = "\nMore stories: Mosul rebuilds its old city"
    text = body + junk
    article = Article(text=text, boilerplate=[(len(body), len(text))], published="2020-03-16")
    briefing = draft_briefing(article)
    names = {p.name for p in briefing.facts.places}
    assert "Camp Taji" in names and "Mosul" not in names
    assert briefing.sources[0].boilerplate[0].start == len(body)


def test_source_carries_the_article():
    article = Article(text="Rockets hit Camp Taji on Saturday.", headline="Taji hit",
                      outlet="Example News", published="2020-03-16", url="https://example.org/a")
    briefing = draft_briefing(article)
    source = briefing.sources[0]
    assert (source.outlet, source.headline, source.published) == (
        "Example News", "Taji hit", "2020-03-16")
    assert briefing.meta.title == "Taji hit"
    assert briefing.facts.events[0].date == "2020-03-14"


@pytest.mark.parametrize("headline, title", [
    ("EXCLUSIVE-Navy weighs second carrier for Gulf", "Navy weighs second carrier for Gulf"),
    ("UPDATE 2-Drone strikes fuel depot near Mosul", "Drone strikes fuel depot near Mosul"),
    ("F-35 deliveries resume after pause", "F-35 deliveries resume after pause"),
])
def test_title_drops_a_wire_desk_slug(headline, title):
    article = Article(text="Rockets hit Camp Taji on Saturday.", headline=headline,
                      published="2020-03-16")
    briefing = draft_briefing(article)
    assert briefing.meta.title == briefing.sources[0].headline == title


def test_published_argument_overrides_the_article():
    article = Article(text="Rockets hit Camp Taji on Saturday.", published="2020-03-16")
    briefing = draft_briefing(article, published="2020-03-23")
    assert briefing.facts.events[0].date == "2020-03-21"


def test_empty_article_gives_an_empty_briefing():
    briefing = draft_briefing(Article(text=""), published="2020-03-16")
    assert not list(briefing.all_facts())


def test_a_day_after_counts_from_the_event_before():
    text = ("Rockets hit Camp Taji on Wednesday, wounding two soldiers.\n\n"
            "It came a day after a roadside bomb struck a convoy near Basra.")
    dates = {e.date for e in draft_briefing(Article(text=text), "2020-03-16").facts.events}
    assert dates == {"2020-03-11", "2020-03-10"}


def test_the_day_something_was_said_is_not_the_event_date():
    text = "Rockets hit Camp Taji on Saturday, wounding two soldiers, officials said on Monday."
    (event,) = draft_briefing(Article(text=text), "2020-03-16").facts.events
    assert event.date == "2020-03-14"


def test_end_of_a_period_is_not_an_event_date():
    text = "Bases were attacked at least 16 times between Oct. 17 and Oct. 24."
    briefing = draft_briefing(Article(text=text), "2023-10-27")
    assert [e.date for e in briefing.facts.events] == []


def test_timeline_paragraph_date_covers_its_sentences():
    text = "Oct. 17: Two drones target Camp Taji. One soldier is wounded."
    (event,) = draft_briefing(Article(text=text), "2023-11-01").facts.events
    assert (event.date, event.wounded) == ("2023-10-17", 1)


def test_attacker_country_is_not_the_target():
    text = "Iran fired ballistic missiles at Ain al-Asad air base in January."
    briefing = draft_briefing(Article(text=text), "2020-03-16")
    roles = {p.name: p.role for p in briefing.facts.places}
    assert roles["Iran"] == "mentioned"
    assert roles["Ain al-Asad air base"] == "attack target"
    assert briefing.facts.events[0].place == "Ain al-Asad air base"


def test_a_post_on_x_ends_its_sentence_but_a_middle_initial_does_not():
    from briefdeck.extract.sentences import build_document

    text = "The envoy wrote in a post on X. She gave no details. Mary K. Hollis agreed."
    doc = build_document(text)
    assert [text[s.start:s.end] for s in doc.sentences] == [
        "The envoy wrote in a post on X.", "She gave no details.", "Mary K. Hollis agreed."]


def test_note_markers_after_a_full_stop_end_the_sentence():
    from briefdeck.extract.sentences import build_document

    text = "Rockets hit the base on May 2.[4] The group said it fired them.[5][6] Officials agreed."
    doc = build_document(text)
    assert [text[s.start:s.end] for s in doc.sentences] == [
        "Rockets hit the base on May 2.[4]", "The group said it fired them.[5][6]",
        "Officials agreed."]


def test_a_post_cut_short_is_not_taken_for_a_title():
    text = ("Rockets struck near the depot at 9 p.m. The second rocket landed inside the\n"
            "Show more\n\nNo one was hurt, the ministry said.")
    article = Article(text=text, boilerplate=[(text.index("Show more"),
                                               text.index("Show more") + 9)],
                      published="2024-02-01")
    assert draft_briefing(article).meta.title == "Untitled briefing"


def test_a_short_first_line_is_still_the_title_of_pasted_text():
    article = Article(text="Convoy ambushed near Tikrit\n\nGunmen fired on a fuel convoy on "
                      "Monday, police said.", published="2024-02-01")
    assert draft_briefing(article).meta.title == "Convoy ambushed near Tikrit"


@pytest.mark.parametrize("first_line, title", [
    ("Analysts: Jane Roe and John Doe", "Untitled briefing"),
    ("AIR DEFENSE", "Untitled briefing"),
    ("Why the quiet ended: a summer of fire", "Why the quiet ended: a summer of fire"),
])
def test_header_fields_and_kickers_are_no_title_but_a_headline_with_a_colon_is(first_line, title):
    article = Article(text=f"{first_line}\n\nRockets hit the base on Monday, police said.",
                      published="2024-02-01")
    assert draft_briefing(article).meta.title == title
