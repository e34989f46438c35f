"""Speaker turns without quotation marks, in each shape transcripts use: "NAME:", "FULL NAME:",
"[00:12:31] Full Name:", "Speaker 1:" (named later in the text, or left as the label), a printed
hearing's "Mr. NAME." with its courtesies set aside; a host who only asks is no source, and
ordinary prose with "Note:" or "Update:" gives no turns."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-04-02", "Transcript")


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in DRAFTS.facts(text).quotes]


def test_a_surname_label_in_capitals_is_the_named_speakers_turn():
    text = ("Hanna Weiss, the director of the port authority, spoke to the station on Tuesday.\n\n"
            "HOST: What happened at the harbour overnight?\n\n"
            "WEISS: Two cargo cranes burned and one berth stays shut until Friday.\n\n"
            "HOST: Will ships be delayed?\n\n"
            "WEISS: Most ships will use the northern terminal, so the delays should be short.\n")
    quotes = _quotes(text)
    assert [who for who, _ in quotes] == ["Hanna Weiss", "Hanna Weiss"]
    assert quotes[0][1].startswith("Two cargo cranes burned")


def test_a_full_name_label_in_capitals_is_a_turn_and_a_reporter_is_not():
    text = ("Transport Minister Jane Roe spoke to reporters on Wednesday. A transcript follows.\n\n"
            "JANE ROE: The island ferries will sail again on Thursday once the piers are "
            "cleared.\n\n"
            "REPORTER: How many travellers were stuck?\n\n"
            "JANE ROE: About three hundred people slept at the terminal, and all are home now.\n")
    quotes = _quotes(text)
    assert [who for who, _ in quotes] == ["Jane Roe", "Jane Roe"]
    assert not any(text.endswith("?") for _, text in quotes)


def test_a_stamped_turn_with_a_name_in_sentence_case_is_that_persons():
    text = ("Podcast transcript. Retired Colonel Oren Malik talked about supply runs.\n\n"
            "[00:01:05] Oren Malik: A convoy needs two days, or a week when the rains wash the "
            "roads out.\n\n"
            "[00:02:47] Oren Malik: Fuel runs short first, then tyres for the heavy trucks.\n")
    assert [who for who, _ in _quotes(text)] == ["Oren Malik", "Oren Malik"]


def test_a_host_whose_turns_are_questions_is_no_source():
    text = ("Mayor Dana Kovac questioned Colonel Oren Malik at a town meeting on Friday.\n\n"
            "[00:01:05] Dana Kovac: Welcome. Colonel, how long does a convoy take to reach "
            "the outpost?\n\n"
            "[00:01:12] Oren Malik: A convoy needs two days, or a week when the rains wash the "
            "roads out.\n\n"
            "[00:02:40] Dana Kovac: And what runs short first?\n\n"
            "[00:02:47] Oren Malik: Fuel runs short first, then tyres for the heavy trucks.\n\n"
            "[00:03:30] Dana Kovac: Thank you, Colonel. That was a useful talk for everyone.\n")
    assert {who for who, _ in _quotes(text)} == {"Oren Malik"}


def test_numbered_speakers_are_turns_named_as_the_text_gives_them():
    text = ("Recording of a residents' meeting in Brindle about the flood wall.\n\n"
            "Speaker 1: The wall gave way at the east gate near midnight and water reached "
            "the market.\n\n"
            "Speaker 2: We were promised new pumps last year and nothing was done.\n\n"
            "Speaker 1: Engineers from the council will inspect the damage on Monday.\n")
    assert [who for who, _ in _quotes(text)] == ["Speaker 1", "Speaker 2", "Speaker 1"]


def test_a_numbered_speaker_resolves_to_the_name_given_later():
    text = ("Speaker 1: Good evening. The Route 9 bridge closes for repairs from Monday for "
            "three weeks.\n\n"
            "Speaker 2: Will the buses go through the old town?\n\n"
            "Speaker 1: Yes, two bus lines will use the old town streets, with extra runs at "
            "rush hour.\n\n"
            "Speaker 1 was later identified as Ines Farrow, the city's transport director.\n")
    quotes = _quotes(text)
    assert [who for who, _ in quotes] == ["Ines Farrow", "Ines Farrow"]


def test_a_printed_hearing_turn_starts_where_its_substance_starts():
    text = ("The committee met at 9:30 a.m. Testifying was Colonel Ruth Abara, Commander of "
            "the depot.\n\n"
            "Mr. ROE. Thank you, Madam Chair. I share the worry. Our shipyards are two years "
            "behind on submarine repairs, and the delay keeps growing.\n\n"
            "Colonel ABARA. Chairwoman Lind, Ranking Member Roe, thank you for having me. I will "
            "summarize my written statement. The depot rebuilt 40 engines last quarter, ten more "
            "than planned.\n\n"
            "Mr. ROE. Colonel, how many engines are still waiting?\n\n"
            "Colonel ABARA. Congressman, about 120 engines are in the queue, and we need another "
            "shift of mechanics.\n\n"
            "Chairwoman LIND. Thank you. We are joined next by two officials from the Navy "
            "yards in Virginia and Maine.\n\n"
            "Chairwoman LIND. Thank you. The committee stands adjourned.\n")
    starts = [(who, words[:24]) for who, words in _quotes(text)]
    assert starts == [("Roe", "Our shipyards are two ye"),
                      ("Ruth Abara", "The depot rebuilt 40 eng"),
                      ("Ruth Abara", "Congressman, about 120 e")]


def test_notes_and_updates_in_prose_are_no_turns():
    text = ("Note: This story was updated to correct the date of the vote.\n\n"
            "Update: The ministry later said the convoy had reached the border town safely.\n\n"
            "UPDATE: A second convoy of 40 trucks left the capital at noon on Thursday.\n\n"
            "NOTE: Reporting was contributed by staff in the capital and at the border.\n\n"
            "Correction: An earlier version misspelled the name of the border town.\n")
    assert not _quotes(text)


def test_the_host_who_welcomes_listeners_is_no_source_even_when_numbered():
    text = ("HARBOUR WATCH, episode 41. Transcript generated automatically.\n\n"
            "[00:00:03] Speaker 1: Hello all, welcome back to Harbour Watch, recorded on a "
            "windy Tuesday.\n\n"
            "[00:00:09] Speaker 1: This week is sponsored by a chart shop down the quay.\n\n"
            "[00:00:15] Speaker 2: Two cargo cranes burned at the east berth and one stays shut "
            "until Friday.\n\n"
            "[00:00:30] Speaker 2: Most ships will use the northern terminal for now.\n")
    assert {who for who, _ in _quotes(text)} == {"Speaker 2"}


def test_a_guest_welcoming_a_new_state_of_affairs_stays_a_source():
    text = ("Speaker 1: Where do things stand at the port tonight?\n\n"
            "Speaker 2: Welcome to the new normal: two cranes burned and one berth is shut "
            "until Friday.\n\n"
            "Speaker 2: Most ships will use the northern terminal for the rest of the week.\n")
    assert {who for who, _ in _quotes(text)} == {"Speaker 2"}
