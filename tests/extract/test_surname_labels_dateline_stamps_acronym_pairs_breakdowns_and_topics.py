"""Fixes after review: a transcript's three-letter surname label ("KIM:") is the person the
text names, when no one has those initials; a live page's "City, Country 10:45" line is no
speaker; a draft reading the cached speaker lines gets its own text's; a second system spelled
out with its initials close after another; a toll's breakdown into parties of several words;
a speaker's topic lends its noun to bare counts only when it is a thing one counts; a bold
field's value wrapped onto the next line stays one paragraph. Sentences written for these
tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

from briefdeck.extract import own_line_speakers
from briefdeck.ingest.markdown import markdown_to_text

DRAFTS = Drafts("2026-11-24", "Regional security brief")


def test_a_three_letter_surname_label_is_the_person_named_with_it():
    got = DRAFTS.sources(
        "Ambassador Rana Kim met journalists at the consulate on Tuesday.\n\n"
        "HOST: Welcome, everyone. The ambassador has a few minutes for questions.\n\n"
        "KIM: Three rockets landed near the consulate's gate overnight.\n\n"
        "HOST: One more question, please.\n\n"
        "KIM: The staff are safe and the consulate stays open.\n")
    assert ("named official", 1, "KIM") in got


def test_a_live_pages_city_and_clock_lines_are_no_speakers():
    people = DRAFTS.people(
        "Live: rockets over the north\n\n"
        "Haifa, Israel 09:10\nSirens sounded in the bay area as rockets were fired.\n\n"
        "Sidon, Lebanon 09:32\nAn air strike hit a garage on the coastal road.\n")
    assert not any("Haifa" in name or "Sidon" in name for name in people)


def test_meeting_tool_speaker_lines_still_name_their_speakers():
    people = DRAFTS.people(
        "Sync-20261124_090000-Meeting Transcript\n\n"
        "Moreno, Lucia LTC USARMY TF-EAST (USA)   0:00:05\n\nMorning all, let's start.\n\n"
        "Haddad, Omar (Contractor) GULFLIFT (USA)   0:00:21\n\nTwo cranes are down.\n")
    assert people.get("Lucia Moreno") == "Lt. Col." and "Omar Haddad" in people


def test_a_draft_reading_the_cached_speakers_while_another_replaces_them_gets_its_own():
    mine = "Roe, Ann MAJ USARMY (USA)   0:00:01\nHi.\nDoe, Jon CPT USARMY (USA)   0:00:09\nYes.\n"
    other = "Poe, Kay MAJ USARMY (USA)   0:00:01\nHi.\nLo, Ben CPT USARMY (USA)   0:00:09\nNo.\n"
    expected = own_line_speakers._headers(mine)

    class Cache(list):  # another thread's draft runs just after this one checks the cache
        ran = False

        def __getitem__(self, i):
            got = super().__getitem__(i)
            if i == 0 and not Cache.ran:
                Cache.ran = True
                own_line_speakers.speaker_headers(other)
            return got

    saved = own_line_speakers._last
    own_line_speakers._last = Cache([mine, expected])
    try:
        assert own_line_speakers.speaker_headers(mine) == expected
    finally:
        own_line_speakers._last = saved


def test_a_second_system_spelled_out_with_initials_close_after_another():
    got = DRAFTS.systems(
        "Crews moved the Long Range Discrimination Radar (LRDR) system and two Ku-band "
        "Radio Frequency Sensor (KuRFS) radars to the airfield.")
    assert "Ku-band Radio Frequency Sensor" in got and "radars" not in got


def test_a_tolls_breakdown_into_parties_of_several_words_is_no_count():
    got = DRAFTS.figures(
        "Five were wounded (3 Iraqi army soldiers, 2 private security guards) when a drone "
        "hit the gate on Monday.")
    assert (5, "wounded") in got
    assert not any(value in (2, 3) for value, _unit in got)


def test_a_topic_that_is_no_countable_thing_lends_no_noun():
    got = DRAFTS.figures(
        "Santos, Rui MAJ USARMY (USA)   0:02:10\n\n"
        "The next point is delays. We've had nine this month and three more last week.\n\n"
        "Santos, Rui MAJ USARMY (USA)   0:02:40\n\nThat's it.")
    assert not any(unit == "delays" for _value, unit in got)


def test_a_bold_fields_value_wrapped_onto_the_next_line_stays_one_paragraph():
    text = markdown_to_text("A short intro.\n\n**Latest:** Officials said three rockets\n"
                            "struck the port's fuel depot overnight.\n").text
    assert "Latest: Officials said three rockets struck the port's fuel depot overnight." in text
    form = markdown_to_text("**Reference:** ABC/12\n**Issued:** 4 May\nThe brief follows.\n")
    assert form.text == "Reference: ABC/12\nIssued: 4 May\nThe brief follows.\n"


def test_a_live_pages_city_and_country_stamp_keeps_its_places():
    from briefdeck.extract.place_not_places import speaker_lines
    text = "Live updates\nBeirut, Lebanon 10:45\nA drone struck a car in the south.\n"
    assert speaker_lines(text) == []
    teams = "Okafor, Rachel MAJ USARMY CJTF-OIR (USA)   0:00:19\nYes sir.\n"
    assert speaker_lines(teams)
