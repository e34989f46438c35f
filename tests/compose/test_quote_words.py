"""A quoted fragment is shown in the sentence the report quotes it in; a whole remark as said."""

from briefdeck.compose.quote_words import quote_words
from briefdeck.model import Briefing, Provenance, Quote, Source

TEXT = ("The President spoke for ten minutes. He said he had \u201cno interest\u201d in "
        "\u201ca long war over there\u201d but would keep troops in place. \u201cIf they stop, "
        "we stop,\u201d he said.")


def _quote(words: str) -> tuple[Briefing, Quote]:
    b = Briefing()
    b.sources.append(Source(text=TEXT))
    start = TEXT.index(words)
    quote = Quote(id="qu-1", speaker="POTUS", text=words,
                  provenance=Provenance(source="src-1", start=start, end=start + len(words)))
    b.insert_fact("quotes", quote)
    return b, quote


def test_a_fragment_is_shown_in_the_sentence_that_quotes_it_up_to_its_end():
    b, quote = _quote("a long war over there")
    assert quote_words(b, quote) == ("He said he had \u201cno interest\u201d in \u201ca long war "
                                     "over there\u201d\u2026")


def test_another_speakers_words_after_the_fragment_are_left_out():
    text = ("Asked about it -- the ministry called the strikes \u201ca violation\u201d -- the "
            "President said, \u201cI like the prime minister.\u201d")
    b = Briefing()
    b.sources.append(Source(text=text))
    start = text.index("a violation")
    quote = Quote(id="qu-1", speaker="the ministry", text="a violation",
                  provenance=Provenance(source="src-1", start=start, end=start + 11))
    # (and the writer's 'Asked about it --' before the speaker's name is not shown)
    assert quote_words(b, quote) == "the ministry called the strikes \u201ca violation\u201d\u2026"


def test_a_whole_remark_is_shown_as_said():
    b, quote = _quote("If they stop, we stop,")
    assert quote_words(b, quote) == "\u201cIf they stop, we stop,\u201d"


def test_a_fragment_without_its_source_text_is_shown_alone():
    b, quote = _quote("no interest")
    b.sources[0].text = ""
    assert quote_words(b, quote) == "\u201cno interest\u201d"


def test_fragments_of_one_sentence_make_one_key_fact_and_one_bullet():
    from briefdeck.charts import BarSpec, ChartSet, MapSpec, TimelineSpec
    from briefdeck.compose.deck import compose_deck
    from briefdeck.compose.page import page_outline
    from briefdeck.compose.selection import select_facts

    b, _ = _quote("no interest")
    start = TEXT.index("a long war over there")
    b.insert_fact("quotes", Quote(id="qu-2", speaker="POTUS", text="a long war over there",
                                  provenance=Provenance(source="src-1", start=start,
                                                        end=start + 21)))
    for fact in b.facts.quotes:
        fact.status = "accepted"
    no_charts = ChartSet(MapSpec("Places", (0, 0, 1, 1), ()), TimelineSpec("Timeline", ()),
                         BarSpec("Figures", (), ()))
    whole = "He said he had \u201cno interest\u201d in \u201ca long war over there\u201d\u2026"
    page = [f.text for f in page_outline(b, charts=no_charts).facts if f.kind == "quotes"]
    assert page == [whole]
    deck = compose_deck(b, select_facts(b), no_charts)
    words = [x.text for s in deck.slides if s.title.startswith("In their words")
             for x in s.bullets]
    assert words == [whole + " (POTUS)"]


def _one(text: str, words: str, speaker: str = "Smith") -> tuple[Briefing, Quote]:
    b = Briefing()
    b.sources.append(Source(text=text))
    start = text.index(words)
    quote = Quote(id="qu-1", speaker=speaker, text=words,
                  provenance=Provenance(source="src-1", start=start, end=start + len(words)))
    b.insert_fact("quotes", quote)
    return b, quote


def test_a_fragment_closed_after_its_comma_keeps_its_closing_mark():
    b, quote = _one("He said he had shown \u201cno interest,\u201d and left.", "no interest")
    assert quote_words(b, quote) == "He said he had shown \u201cno interest,\u201d\u2026"


def test_a_sentence_that_opens_inside_another_quote_shows_the_fragment_alone():
    text = ("\u201cThe talks are over. They are not,\u201d Smith said, calling them "
            "\u201ca sad day\u201d for the region.")
    b, quote = _one(text, "a sad day", speaker="the envoy")
    assert quote_words(b, quote) == "\u201ca sad day\u201d"


def test_a_sentence_that_opens_inside_another_quote_starts_at_the_speakers_name():
    text = ("\u201cThe talks are over. They are not,\u201d Smith said, calling them "
            "\u201ca sad day\u201d for the region.")
    b, quote = _one(text, "a sad day")
    assert quote_words(b, quote) == "Smith said, calling them \u201ca sad day\u201d\u2026"


def test_two_speakers_fragments_in_one_sentence_stay_two_key_facts():
    from briefdeck.charts import BarSpec, ChartSet, MapSpec, TimelineSpec
    from briefdeck.compose.page import page_outline

    text = "Smith called it \u201ca farce\u201d while Jones called it \u201ca fair start\u201d."
    b, _ = _one(text, "a farce")
    start = text.index("a fair start")
    b.insert_fact("quotes", Quote(id="qu-2", speaker="Jones", text="a fair start",
                                  provenance=Provenance(source="src-1", start=start,
                                                        end=start + 12)))
    for fact in b.facts.quotes:
        fact.status = "accepted"
    no_charts = ChartSet(MapSpec("Places", (0, 0, 1, 1), ()), TimelineSpec("Timeline", ()),
                         BarSpec("Figures", (), ()))
    leads = [f.lead for f in page_outline(b, charts=no_charts).facts if f.kind == "quotes"]
    assert sorted(leads) == ["Jones", "Smith"]


def test_a_chat_quote_keeps_to_its_own_message_without_header_or_next_message():
    text = ("10:06:30 From Ana Ruiz to Everyone:\n\tWho claimed it?\n"
            "10:07:11 From Bo Lind (Varna) to Everyone:\n\tThe Front on its channel, says "
            "\"a swarm of hornets\" hit the depot. Usual wording\n"
            "10:07:40 From Cy Moss to Everyone:\n\thttps://t.example/4471\n")
    b = Briefing()
    b.sources.append(Source(text=text))
    start = text.index("a swarm of hornets")
    quote = Quote(id="qu-1", speaker="the Front", text="a swarm of hornets",
                  provenance=Provenance(source="src-1", start=start, end=start + 18))
    said = quote_words(b, quote)
    assert said.startswith("The Front on its channel, says") and said.endswith("\u2026")
    assert "From" not in said and "10:0" not in said and "https" not in said


def test_a_paragraph_number_opens_no_quote():
    text = "3.2 The Front claimed its fighters had \"won the night\" at Varna."
    b = Briefing()
    b.sources.append(Source(text=text))
    start = text.index("won the night")
    quote = Quote(id="qu-1", speaker="the Front", text="won the night",
                  provenance=Provenance(source="src-1", start=start, end=start + 13))
    assert quote_words(b, quote).startswith("The Front claimed")
