"""Sourcing in further shapes a thirty-seventh round showed: a dated statement whose body takes
a stance ("In a statement issued on Monday, the ministry considered ..."), a statement carried
by an agency that repeats a body already counted, a party and a lower-case title between
"said" and the name, an unnamed official in a province, a watch centre by its task, a body
that informed a committee, a summary drawn from advisories, an official's words fronted by
"what", an unnamed security coordinator, and two things that are no source: a first name in
a team chat and a team's own office at the head of a status line. Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2027-03-10", heading="Regional report")
_sources = DRAFTS.sources


def _kinds(text: str) -> dict[str, tuple[str, int | None]]:
    return {words: (kind, count) for kind, count, words in _sources(text)}


def test_a_dated_statement_lead_sources_the_bodys_stance():
    kinds = _kinds("In a statement issued on Monday, the Ministry of Interior considered the "
                   "shelling of the two farms a grave breach of the truce.")
    assert any(words.startswith("In a statement issued on Monday, the Ministry of Interior "
                                "considered") and kind == ("spokesperson", 1)
               for words, kind in kinds.items())


def test_a_statement_carried_by_an_agency_repeats_the_body_counted():
    text = ("Coastal guns downed two drones near the port on Sunday, the Ministry of Defence "
            "said.\n\nIn a statement carried by the Harbour News Agency, the ministry said the "
            "drones came from the south-west.")
    spokespeople = [words for kind, _count, words in _sources(text) if kind == "spokesperson"]
    assert len(spokespeople) == 1 and "Ministry of Defence said" in spokespeople[0]


def test_a_party_and_a_title_between_said_and_the_name():
    kinds = _kinds('"We were not told," said Green Alliance lawmaker Marta Velloni, a member '
                   "of the defence committee.")
    assert any(words.startswith("said Green Alliance lawmaker Marta Velloni") and
               kind == ("named official", 1) for words, kind in kinds.items())


def test_an_official_in_a_province_is_one_anonymous_official():
    kinds = _kinds("A local official in Zarand province told the agency that two villages had "
                   "been emptied.")
    assert ("anonymous official", 1) in kinds.values()
    assert any(words.startswith("A local official in Zarand province told") for words in kinds)


def test_a_watch_centre_named_by_its_task_speaks():
    kinds = _kinds("The Coastal Maritime Trade Operations centre reported on Friday that a "
                   "tanker had been hit.")
    assert any(words.startswith("The Coastal Maritime Trade Operations centre reported") and
               kind == ("spokesperson", 1) for words, kind in kinds.items())


def test_a_body_that_informed_a_committee_is_its_source():
    kinds = _kinds("The board was informed by the Regional Maritime Operations (RMO) centre that "
                   "incidents had doubled.")
    assert kinds.get("informed by the Regional Maritime Operations (RMO) centre") == (
        "spokesperson", 1)


def test_a_summary_drawn_from_advisories_is_a_document():
    kinds = _kinds("Annex B\n\nThe summary below is drawn from GSW advisories, Harbour Watch "
                   "(HW) notes and press reports. It has not been verified.")
    assert kinds.get("drawn from GSW advisories, Harbour Watch (HW) notes") == ("document", 1)
    assert not _kinds("The lesson was drawn from experience, the crew said later.").get(
        "drawn from experience")


def test_an_officials_words_fronted_by_what_count_one_official():
    kinds = _kinds('The navy has fired what one allied naval officer described to the Review '
                   'as "more than forty" interceptors.')
    assert ("anonymous official", 1) in kinds.values()
    assert not any(words.startswith("what") for words in kinds)


def test_an_unnamed_security_coordinator_speaks_for_the_office():
    kinds = _kinds("The UN area security coordinator told the weekly meeting that two agencies "
                   "are moving staff.")
    assert any(words.startswith("The UN area security coordinator told") and
               kind == ("spokesperson", 1) for words, kind in kinds.items())


_CHAT = """[03/03/27, 06:10] Lena K: Morning all, the road is shut again
[03/03/27, 06:12] Omar R: Interior MoD just put out a statement on the closure
[03/03/27, 06:20] Lena K: Karim says the convoy left at six, he thinks two trucks turned back
[03/03/27, 06:31] Omar R: ok thanks
"""


def test_a_first_name_in_a_chat_is_no_source():
    assert not any("Karim" in words for words in _kinds(_CHAT))


def test_a_teams_own_office_on_a_status_line_is_no_source():
    text = ("SECURITY UPDATE (valid until further notice)\n"
            "- Ridgeway office: 4 of the 7 staff move to the coast today, 3 stay\n"
            "- Curfew 19:00 for all staff\n"
            "- Health Ministry: two clinics closed in the north until Friday\n")
    kinds = _kinds(text)
    assert not any(words.startswith("Ridgeway office") for words in kinds)


def test_a_post_in_an_aid_group_is_no_office():
    kinds = _kinds('"The road is cut," said Paul Mbeki, a coordinator with a local aid group.')
    assert any(words.startswith("said Paul Mbeki") and kind == ("other", 1)
               for words, kind in kinds.items())


def test_two_joined_posts_at_a_firm_make_a_named_official():
    kinds = _kinds('"We will deliver on time," said Marcus Veld, president and chief executive '
                   "officer of Harrow Dynamics.")
    assert any(words.startswith("said Marcus Veld, president and chief executive officer") and
               kind == ("named official", 1) for words, kind in kinds.items())
