"""Slide and page text carries no pictograph the font cannot draw; a quoted fragment is shown
from where the report names its speaker, not with the writer's words before it; a toll's party
breakdown adds up; a source marked as a draft under review says so."""

from briefdeck.compose.printable_words import printable
from briefdeck.compose.quote_words import quote_words
from briefdeck.compose.source_status import source_status, status_words
from briefdeck.model import Briefing, Provenance, Quote, Source


def test_emoji_and_flags_go_but_words_and_drawable_symbols_stay():
    assert printable("\U0001f534 Two officials spoke") == "Two officials spoke"
    assert printable("Relayed from a desk \U0001f1ee\U0001f1f6") == "Relayed from a desk"
    assert printable("A channel \u2611\ufe0f (spokesperson)") == "A channel (spokesperson)"
    drawable = "Base \u2192 town, 3 \u00b1 1, 5\u00b0C"
    assert printable(drawable) == drawable
    assert printable("Mosul (\u0627\u0644\u0645\u0648\u0635\u0644)") == (
        "Mosul (\u0627\u0644\u0645\u0648\u0635\u0644)"
    )
    assert printable("plain words") == "plain words"


def test_the_deck_bullet_cleaner_drops_pictographs_too():
    from briefdeck.compose.notes import clean

    assert clean("\U0001f504 UPDATE: the toll rose") == "UPDATE: the toll rose"


def _quote(text: str, words: str, speaker: str) -> tuple[Briefing, Quote]:
    b = Briefing()
    b.sources.append(Source(text=text))
    start = text.index(words)
    quote = Quote(
        id="qu-1",
        speaker=speaker,
        text=words,
        provenance=Provenance(source="src-1", start=start, end=start + len(words)),
    )
    b.insert_fact("quotes", quote)
    return b, quote


def test_a_fragment_starts_where_its_speaker_is_named():
    b, q = _quote(
        'Also, the Northern Front claimed "three raids" on two posts that night.',
        "three raids",
        "Northern Front",
    )
    assert quote_words(b, q) == 'Northern Front claimed "three raids"\u2026'


def test_a_posts_label_and_an_earlier_remark_are_not_the_fragments_words():
    text = (
        "UPDATE, figures changed: spokesman Col. Dana Whitlow says four were treated for "
        'what he called "light wounds" overnight.\n\n"We will answer in our own time," '
        'Whitlow said, adding that the guns "did their job" in the end.'
    )
    b, q = _quote(text, "light wounds", "Dana Whitlow")
    assert quote_words(b, q) == (
        'Dana Whitlow says four were treated for what he called "light wounds"\u2026'
    )
    b, q = _quote(text, "did their job", "Dana Whitlow")
    assert quote_words(b, q) == 'Whitlow said, adding that the guns "did their job"\u2026'


def test_the_deck_does_not_name_the_speaker_twice():
    from briefdeck.charts import BarSpec, ChartSet, MapSpec, TimelineSpec
    from briefdeck.compose.deck import compose_deck
    from briefdeck.compose.page import page_outline
    from briefdeck.compose.selection import select_facts

    b, q = _quote(
        'Later the Northern Front claimed "three raids" on two posts.',
        "three raids",
        "Northern Front",
    )
    q.status = "accepted"
    no_charts = ChartSet(
        MapSpec("Places", (0, 0, 1, 1), ()),
        TimelineSpec("Timeline", ()),
        BarSpec("Figures", (), ()),
    )
    deck = compose_deck(b, select_facts(b), no_charts)
    words = [x.text for s in deck.slides if s.title.startswith("In their words") for x in s.bullets]
    assert words == ['Northern Front claimed "three raids"\u2026']
    line = [f for f in page_outline(b, charts=no_charts).facts if f.kind == "quotes"][0]
    assert (line.lead, line.joiner, line.text) == (
        "Northern Front",
        " ",
        'claimed "three raids"\u2026',
    )


def test_a_party_breakdown_of_killed_and_wounded_adds_up():
    from briefdeck.compose.page import _event
    from briefdeck.model import Casualties, Event

    ev = Event(
        id="ev-1",
        kind="attack",
        summary="Drone attack on the base",
        date="2026-01-05",
        killed=1,
        wounded=3,
        casualties=[
            Casualties(party="Kurdish", killed=1, wounded=1),
            Casualties(party="U.S.", killed=0, wounded=2),
        ],
    )
    _, text, _, _ = _event(ev)
    assert "1 killed and 3 wounded (Kurdish: 1 killed, 1 wounded; U.S.: 2 wounded)" in text


def test_a_draft_under_review_is_named_and_a_headline_in_capitals_is_not():
    doc = "DRAFT - FOR REVIEW ONLY - NOT FOR RELEASE\n\nAssessment of the week\n\nText."
    assert source_status(doc) == "DRAFT - FOR REVIEW ONLY - NOT FOR RELEASE"
    assert status_words(doc).startswith("the source is marked DRAFT")
    assert source_status("DRAFT BILL PASSES SENATE\n\nLawmakers voted.") == ""
    assert source_status("The draft is for review only, she said.") == ""
    assert source_status("NOT FOR PUBLICATION\n\nNotes.") == ""


def test_the_deck_sources_slide_and_the_page_say_the_source_is_a_draft():
    from briefdeck.charts import BarSpec, ChartSet, MapSpec, TimelineSpec
    from briefdeck.compose.deck import compose_deck
    from briefdeck.compose.page import page_outline
    from briefdeck.compose.selection import select_facts

    b = Briefing()
    b.sources.append(
        Source(text="PRE-DECISIONAL DRAFT\n\nA battery moved on Monday.", outlet="Desk")
    )
    no_charts = ChartSet(
        MapSpec("Places", (0, 0, 1, 1), ()),
        TimelineSpec("Timeline", ()),
        BarSpec("Figures", (), ()),
    )
    deck = compose_deck(b, select_facts(b, True), no_charts)
    sources = [x.text for s in deck.slides if s.title.startswith("Sources") for x in s.bullets]
    assert any("the source is marked PRE-DECISIONAL DRAFT" in t for t in sources)
    assert any("PRE-DECISIONAL DRAFT" in w for w in deck.warnings)
    page = page_outline(b, True, charts=no_charts)
    assert page.sources[0].status == "the source is marked PRE-DECISIONAL DRAFT"


def test_words_that_open_with_the_speakers_surname_already_say_who():
    from briefdeck.compose.quote_words import opens_with_speaker

    assert opens_with_speaker('Pellegrino said, adding "no change"', "Marcus Pellegrino")
    assert opens_with_speaker('Marcus Pellegrino said "no change"', "Marcus Pellegrino")
    # another word that merely starts like the name, a short surname, a bare role: not named
    assert not opens_with_speaker("Pellegrinos said", "Marcus Pellegrino")
    assert not opens_with_speaker("Li said", "Wei Li")
    assert not opens_with_speaker("Official said", "official")
    assert not opens_with_speaker('"No change," he said', "Marcus Pellegrino")
