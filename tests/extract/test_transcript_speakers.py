"""Speakers of meeting-tool transcripts and Q&A pages: a Teams or Zoom header line of its own
names who speaks in the paragraphs below (given name first, rank as a title), a guest labelled
by initials is the person the text names with them, a labelled turn runs on into unlabelled
paragraphs, and a turn's quote starts after its greetings."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-05-12", "Transcript")


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in DRAFTS.facts(text).quotes]


_TEAMS = ("Harbour sync-20260512_080000-Meeting Transcript\n\n"
          "May 12, 2026, 8:00AM\n\n"
          "Lindqvist, Petra COL USARMY TF-HARBOR (USA)   0:00:04\n\n"
          "OK, morning everyone, this is the harbour sync. Ops, over to you.\n\n"
          "Brennan, Tomas MAJ USARMY TF-HARBOR (USA)   0:00:15\n\n"
          "Yes ma'am. Good morning. Two things overnight. A patrol boat ran aground near the "
          "north mole and was towed off at first light. Nobody was hurt and the hull is sound.\n\n"
          "Brennan, Tomas MAJ USARMY TF-HARBOR (USA)   0:00:41\n\n"
          "Second, the fuel barge is two days late because of the weather in the strait.\n\n"
          "Okonjo, Ada (Contractor) SEALINK (USA)   0:01:02\n\n"
          "Sorry, Ada from Sealink. Our crane crew can work nights from Thursday if that helps "
          "the schedule. We have six operators cleared for it.\n\n"
          "Lindqvist, Petra COL USARMY TF-HARBOR (USA) stopped transcription\n")


def test_a_teams_header_line_names_the_speaker_of_the_paragraphs_below():
    quotes = _quotes(_TEAMS)
    assert ("Tomas Brennan", "Second, the fuel barge is two days late because of the weather in "
            "the strait.") in quotes
    assert {who for who, _ in quotes} >= {"Tomas Brennan", "Ada Okonjo"}


def test_a_turns_quote_starts_after_its_greetings_and_self_introduction():
    quotes = _quotes(_TEAMS)
    assert any(who == "Tomas Brennan" and t.startswith("Two things overnight.")
               for who, t in quotes)
    assert any(who == "Ada Okonjo" and t.startswith("Our crane crew") for who, t in quotes)


def test_teams_headers_give_people_with_ranks_and_a_named_official_each():
    facts = DRAFTS.facts(_TEAMS)
    people = {p.name: p.title for p in facts.people}
    assert people.get("Tomas Brennan") == "Maj."
    assert people.get("Petra Lindqvist") == "Col."
    assert "USA" not in {p.name for p in facts.places}
    kinds = {a.text.split(",")[0]: a.kind for a in facts.attributions}
    assert kinds.get("Brennan") == "named official"
    assert kinds.get("Okonjo") == "other"


def test_a_zoom_header_with_a_plain_name_and_stamp_is_a_turn():
    text = ("Recording of the relief call, May 11.\n\n"
            "Miriam Osei  00:00:05\n\n"
            "We moved forty tonnes of flour to the camp on Monday and the road stayed open.\n\n"
            "Karl Jensen  00:00:31\n\n"
            "The second convoy leaves on Wednesday with water and tents for about 900 people.\n")
    quotes = _quotes(text)
    assert [who for who, _ in quotes] == ["Miriam Osei", "Karl Jensen"]


def test_initials_labels_are_the_guest_the_text_names_and_the_interviewer_asks():
    text = ("Col. Ines Varga commands the coastal radar group. Lena Hart spoke to her last "
            "week.\n\n"
            "Lena Hart: How many radars do you run?\n\n"
            "IV: We run seven radars along the coast, and two more arrive in June.\n\n"
            "Lena Hart: What is the hardest part?\n\n"
            "IV: Spares. A single missing board can keep a radar dark for a month.\n")
    facts = DRAFTS.facts(text)
    quotes = [(q.speaker, q.text) for q in facts.quotes]
    assert [who for who, _ in quotes] == ["Ines Varga", "Ines Varga"]
    assert quotes[1][1].startswith("Spares.")
    assert any(a.text == "IV" and a.kind == "named official" for a in facts.attributions)


def test_a_labelled_turn_runs_on_into_unlabelled_paragraphs_until_a_question():
    text = ("Press briefing by Deputy Spokesperson Alan Mercer\n\n"
            "MR. MERCER: Hello, everyone. Just one thing at the top today.\n\n"
            "The minister met the port workers this morning and agreed to reopen the east dock "
            "by Friday.\n\n"
            "Q Will the dock open for tankers too?\n\n"
            "MR. MERCER: Not at first. Tankers will wait for the new fenders to arrive.\n\n"
            "Q One more on the strike. Is it over?\n\n"
            "MR. MERCER: The unions have called it off, and pay talks resume next week.\n")
    quotes = _quotes(text)
    assert ("Alan Mercer", "The minister met the port workers this morning and agreed to reopen "
            "the east dock by Friday.") in quotes
    assert not any(t.startswith("Will the dock") or "Is it over" in t for _, t in quotes)
    assert any(t.startswith("Not at first.") for _, t in quotes)


def test_a_short_answer_word_stays_at_the_head_of_the_quote():
    text = ("GEN. ROSS: Sure. The new radar arrived on Tuesday and was working by the evening. "
            "It covers the whole bay.\n\n"
            "Q: And the old one?\n\n"
            "GEN. ROSS: Right. It goes back to the depot for repairs next month, then south.\n")
    quotes = [t for _, t in _quotes(text)]
    assert quotes[0].startswith("Sure. The new radar")


def test_a_live_pages_time_stamped_lines_are_no_speakers():
    text = ("Port strike live updates\n\n"
            "Posted Sunday 10:45\n\n"
            "Dock workers walked out at dawn and the container terminal is closed.\n\n"
            "BREAKING NEWS 11:20\n\n"
            "The port authority says talks with the union will resume on Monday.\n")
    facts = DRAFTS.facts(text)
    assert not [q for q in facts.quotes if q.speaker in ("Posted Sunday", "Breaking News")]
    assert not [p for p in facts.people if p.name in ("Posted Sunday", "BREAKING NEWS")]
