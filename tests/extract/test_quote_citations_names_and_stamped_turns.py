"""Quoted titles in a reference list, quoted names, the subject of a verb of naming, turns of a
time-stamped transcript, the next turn naming who spoke, and people named by a bio sentence or
a parliamentary record's "Asked by:" / "Answered by:" labels."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2027-02-10", "Notes")


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in DRAFTS.facts(text).quotes]


def _people(text: str) -> set[str]:
    return {p.name for p in DRAFTS.facts(text).people}


_BODY = ("A rocket struck an empty lot near the river port on Monday, officials said. Nobody "
         "was hurt, the provincial governor told reporters.\n\n")


def test_titles_in_a_wikipedia_style_reference_list_are_no_quotes():
    quotes = _quotes(_BODY + "## References\n\n"
                     '1. "Rocket lands near river port, none hurt". *Harbour Times*. '
                     "Retrieved 3 February 2027.\n"
                     '2. "Governor says port will stay open". *Coastal Wire*. 4 February 2027. '
                     "Retrieved 5 February 2027.\n")
    assert not any("river port, none" in t or "stay open" in t for _, t in quotes)


def test_titles_in_mla_and_chicago_style_notes_are_no_quotes():
    quotes = _quotes(_BODY + 'Lindqvist, Marta. "Why the port keeps getting hit." Harbour '
                     "Times, 6 Feb. 2027, https://example.org/port.\n\n"
                     'Obiora, Kelechi. "Rockets, ports and a quiet winter," Coastal Review, '
                     "February 7, 2027.\n")
    assert not any("keeps getting" in t or "quiet winter" in t for _, t in quotes)


def test_a_quote_followed_by_a_dated_sentence_with_a_speaker_is_still_a_quote():
    quotes = _quotes('"We will rebuild the quay before the summer." The governor said so '
                     "on 3 February 2027 at the port.\n")
    assert any(t.startswith("We will rebuild") for _, t in quotes)


def test_a_name_quoted_after_the_label_it_goes_by_is_no_quote():
    quotes = _quotes('Several armed groups operate under the banner "Guardians of the Delta," '
                     "which claimed the attack on the depot, the ministry said.\n")
    assert not any(t.startswith("Guardians") for _, t in quotes)


def test_whoever_calls_a_named_thing_something_says_it():
    quotes = _quotes('The port authority called the strike a "reckless act of sabotage". '
                     "Repairs began on Tuesday.\n")
    assert ("port authority", "reckless act of sabotage") in [
        (w.lower(), t) for w, t in quotes]


def test_the_subject_after_a_semicolon_and_a_note_mark_names_its_quote():
    quotes = _quotes("Police said two men were detained;[4] the Delta Guardians later named both "
                     'men "heroes of the river".[5]\n')
    said = dict((t, w) for w, t in quotes)
    assert said.get("heroes of the river", "").endswith("Delta Guardians")


_STAMPED = ("Station monitor: translated remarks of the port police spokesman, Col. Idris "
            "Walcott, at a news conference.\n\n"
            "[00:01:10] Walcott: Good morning. Our divers searched the quay all night and found "
            "no further explosives near the berths.\n\n"
            "[00:03:40] Reporter (Delta TV): Were any ships damaged?\n\n"
            "[00:03:52] Walcott: Two barges have minor damage to their hulls, nothing more "
            "serious than that.\n\n")


def test_time_stamped_turns_of_a_named_speaker_are_his_quotes():
    quotes = _quotes(_STAMPED)
    theirs = [t for w, t in quotes if w == "Idris Walcott"]
    assert any(t.startswith("Good morning. Our divers") for t in theirs)
    assert any(t.startswith("Two barges have minor damage") for t in theirs)
    assert not any(t.startswith("Were any ships") for _, t in quotes)


def test_time_stamped_labels_naming_no_one_are_no_turns():
    quotes = _quotes("[09:10] Update: the ferry service resumed after a short pause in the "
                     "morning.\n\n[09:40] Update: the second ferry also left the harbour on "
                     "time today.\n")
    assert not any(w == "Update" for w, _ in quotes)


def test_the_next_turn_can_say_who_spoke_a_loosely_attributed_quote():
    quotes = _quotes(
        "Guests: Marguerite Ohanian is a senior fellow at the Delta Policy Institute.\n\n"
        "HOST: The port side said the blast was \"an accident, not an attack.\"\n\n"
        "MARGUERITE OHANIAN: That was a harbour ministry official, and I believe him.\n\n"
        "HOST: Thank you for joining us on the programme this week.\n")
    said = dict((t.rstrip("."), w) for w, t in quotes)
    assert said.get("an accident, not an attack") == "harbour ministry official"


def test_upper_case_labels_of_a_guest_named_by_her_bio_are_her_turns():
    text = ("Guests: Marguerite Ohanian is a senior fellow at the Delta Policy Institute.\n\n"
            "HOST: What happened at the port?\n\n"
            "MARGUERITE OHANIAN: Two rockets came in from the south and one hit the quay.\n\n"
            "HOST: And since?\n\n"
            "MARGUERITE OHANIAN: The port reopened within a day, which tells you a lot.\n")
    assert "Marguerite Ohanian" in _people(text)
    theirs = [t for w, t in _quotes(text) if w == "Marguerite Ohanian"]
    assert len(theirs) == 2


def test_a_reporter_bio_is_no_expert_bio():
    assert "Tomas Reyes" not in _people("Rockets hit the port on Monday, officials said.\n\n"
                                        "Tomas Reyes is a correspondent at the Harbour "
                                        "Times.\n")


def test_members_and_ministers_of_a_written_answers_record_are_people():
    people = _people(
        "Port security\nQuestion for the Ministry of Transport\n\n"
        "To ask the Secretary of State, what measures protect the river ports.\n\n"
        "Asked by: Harriet Okonedo\nLabour, Riverside North\n\n"
        "Answered on 4 February 2027\n\n"
        "Patrols were increased at all river ports after the rocket attack.\n\n"
        "Answered by: Desmond Fairley\nMinister for Ports and Shipping\nMinistry of Transport\n")
    assert {"Harriet Okonedo", "Desmond Fairley"} <= people


def test_a_first_person_line_credited_with_a_name_and_year_stays_a_quote():
    quotes = _quotes("Rockets hit the port on Monday, officials said.\n\n"
                     '"We will hold this quay whatever it costs." Port Command, 4 February 2027\n')
    assert any(t.startswith("We will hold this quay") for _, t in quotes)


def test_a_sentence_case_headline_opening_a_numbered_note_is_no_quote():
    # (the note runs on into the next one, as a PDF's text often does)
    quotes = _quotes(_BODY + "Notes\n\n"
                     '7. "Rocket lands near the river port after dark," Harbour Times, '
                     "February 9, 2027, https://example.org/port 8. Provincial office, "
                     "press statements, several dates.\n")
    assert not any("river port after dark" in t for _, t in quotes)


def test_a_line_opening_quote_with_its_speaker_and_a_date_stays_a_quote():
    quotes = _quotes(_BODY + '"We will rebuild the pier within a month," Governor Lina Varga '
                     "said, February 9, 2027, at the port gate.\n")
    assert any(t.startswith("We will rebuild the pier") for _, t in quotes)


def test_an_episode_title_in_quotation_marks_is_no_quote():
    quotes = _quotes("HARBOUR WATCH\nEpisode 41: \"Cranes, Cargo and the Curfew\"\n\n" + _BODY)
    assert not any("Cranes, Cargo" in t for _, t in quotes)
