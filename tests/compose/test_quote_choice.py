"""'In their words' holds what speakers assert: no question put to them, no sentence whose
speaker a redaction code hides, and no transcriber's marks inside the words."""

from briefdeck.compose.quote_choice import briefable, without_transcript_marks
from briefdeck.compose.quote_words import quote_words
from briefdeck.compose.selection import select_facts
from briefdeck.model import Briefing, Provenance, Quote, Source


def _briefing(text: str, quotes: list[tuple[str, str]]) -> Briefing:
    b = Briefing()
    b.sources.append(Source(text=text))
    for n, (speaker, words) in enumerate(quotes, 1):
        start = text.index(words)
        b.insert_fact("quotes", Quote(id=f"qu-{n}", speaker=speaker, text=words,
                                      provenance=Provenance(source="src-1", start=start,
                                                            end=start + len(words))))
    return b


def _shown(b: Briefing) -> list[str]:
    return [q.text for q in select_facts(b, include_drafts=True).of("quotes")]


def test_an_analysts_question_on_a_call_is_not_shown_as_their_words():
    ask = "Thanks. On margins: is the night shift permanent?"
    answer = "The night shift is permanent. Margins recover next year."
    b = _briefing(f"ANALYST: {ask}\nCFO: {answer}", [("Ann Analyst", ask), ("Cy Fo", answer)])
    assert _shown(b) == [answer]


def test_a_remark_with_a_question_inside_but_ending_in_a_statement_stays():
    said = "Anything else? No. We move the battery on Monday."
    assert briefable(Quote(id="qu-1", speaker="Col. Roe", text=said))


def test_a_speakers_own_question_about_others_stays():
    for said in ("This is a home. There are children here. Why do they strike here?",
                 "We are asking the state, where is the protection?"):
        assert briefable(Quote(id="qu-1", speaker="resident", text=said))


def test_a_question_naming_the_next_asker_is_not_shown():
    assert not briefable(Quote(id="qu-1", speaker="briefer", text="I'll take questions. Tom?"))


def test_a_sentence_whose_speaker_is_redacted_is_not_shown():
    text = ("Air Force Commander Major General (b)(6) told the attache that radars track "
            "\u201cfive or six\u201d flights a week. The minister said \u201cwe will defend "
            "every meter.\u201d")
    b = _briefing(text, [("Air Force Commander", "five or six"),
                         ("the minister", "we will defend every meter.")])
    assert _shown(b) == ["we will defend every meter."]


def test_a_transcribers_mark_inside_a_quote_shows_as_an_elision():
    words = "We are holding [CROSSTALK] the south gate and [INAUDIBLE] the road."
    b = _briefing(f"MAJ. KIM: {words}", [("Maj. Kim", words)])
    quote = b.facts.quotes[0]
    assert quote_words(b, quote) == (
        "\u201cWe are holding [...] the south gate and [...] the road.\u201d")


def test_transcribers_marks_at_the_edges_of_a_quote_are_dropped():
    assert without_transcript_marks("[CROSSTALK] We stay. [INAUDIBLE]") == "We stay."
    assert without_transcript_marks("Fine. (Laughter.)") == "Fine."
    plain = "a plain remark (with an aside)"
    assert without_transcript_marks(plain) == plain


def test_a_transcript_speaker_label_is_not_part_of_the_quoting_sentence():
    text = "JO REED: The ministry called it \u201ca message, not an attack.\u201d Then we left."
    b = _briefing(text, [("ministry official", "a message, not an attack.")])
    shown = quote_words(b, b.facts.quotes[0])
    assert shown.startswith("The ministry called it") and "REED" not in shown


def test_a_statement_followed_by_a_rhetorical_question_stays():
    said = "We will answer at a moment we pick. Does anybody doubt it?"
    assert briefable(Quote(id="qu-1", speaker="the minister", text=said))


def test_an_askers_courtesies_before_a_question_do_not_make_it_a_statement():
    for said in ("Thank you. Are the launchers moving north?",
                 "Hi, Dana. Two questions, if I may. Will the base reopen this week?"):
        assert not briefable(Quote(id="qu-1", speaker="reporter", text=said))


def test_a_quote_the_analyst_accepted_is_never_dropped_as_a_question():
    b = Briefing()
    for n, said in enumerate(("Should our soldiers keep dying for this?", "Enough?",
                              "We hold the line."), 1):
        b.insert_fact("quotes", Quote(id=f"qu-{n}", speaker="senator", text=said,
                                      status="accepted"))
    assert [q.text for q in select_facts(b).of("quotes")] == [
        "Should our soldiers keep dying for this?", "Enough?", "We hold the line."]


def test_the_deck_says_how_many_drafted_quotes_it_left_out_as_questions():
    from briefdeck.charts import build_charts
    from briefdeck.compose.deck import compose_deck

    ask, answer = "Thanks. Will the ferry run tomorrow?", "The ferry runs at dawn."
    b = _briefing(f"Q: {ask}\nA: {answer}", [("reporter", ask), ("captain", answer)])
    selection = select_facts(b, include_drafts=True)
    assert selection.questions == 1
    deck = compose_deck(b, selection, build_charts(b, True, selection=selection))
    assert any("1 drafted quote left out as a question" in w for w in deck.warnings)
