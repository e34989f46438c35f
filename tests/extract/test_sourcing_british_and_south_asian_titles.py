"""Sourcing, people and figures rules found on an eighth round of unseen reporting: British and
South Asian styles of titles (no full stops, Ms/Shri/Smt, Naik, an office and its district
before the name), a role set after a name, hyphenated given names, press wings that "allege",
material gathered rather than said ("radio intercepts"), determiners that are no source, and
numbers that name a unit or a clock time rather than count anything. Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2025-06-02")
_people = DRAFTS.people
_speakers = DRAFTS.speakers
_sources = DRAFTS.sources
_figures = DRAFTS.figures


# ------------------------------------------------------------------ people and titles


def test_an_office_joined_by_hyphens_is_no_name():
    people = _people("Lt Gen Omar Falkirk, General Officer Commanding-in-Chief, Eastern "
                     "Command, toured the border posts on Tuesday.\n")
    assert people.get("Omar Falkirk") == "Lt Gen"
    assert not any("Chief" in name for name in people)


def test_south_asian_grades_and_honorifics_open_a_name():
    people = _people("Havildar Ravi Sandhu was wounded by a splinter. A shell hit a house, "
                     "killing Smt Kamla Devi. Shri Arjun Bedi, a shopkeeper, was hurt.\n")
    assert {"Ravi Sandhu", "Kamla Devi", "Arjun Bedi"} <= set(people)
    assert people["Ravi Sandhu"] == "Havildar"


def test_an_office_and_its_district_before_an_honorific_name_it():
    sources = _sources("The District Magistrate, Sorbury, Ms Anita Rawal, said that relief "
                       "would be paid to families.\n")
    assert sources == [("named official", 1, "The District Magistrate, Sorbury, Ms Anita "
                                              "Rawal, said")]


def test_a_lower_case_governor_before_a_name_is_his_title():
    assert _people("Kursk regional governor Ivan Morozov said on Telegram that a drone hit "
                   "a car.\n") == {"Ivan Morozov": "governor"}
    assert _sources("Kursk regional governor Ivan Morozov said on Telegram that a drone hit "
                    "a car.\n")[0][0] == "named official"


def test_a_representative_set_after_a_name_is_an_official():
    sources = _sources('"They are tired," Petro Marchuk, a GUR representative, said in a '
                       "televised interview.\n")
    assert sources[0][:2] == ("named official", 1)


def test_a_hyphenated_given_name_with_a_deputy_director_general_role_speaks():
    text = ('"We held the line," Lin Yu-ting, deputy director-general of the Harbour '
            "Authority, said at a briefing.\n")
    assert _people(text) == {"Lin Yu-ting": "deputy director-general of the Harbour Authority"}
    assert _speakers(text) == {"We held the line": "Lin Yu-ting"}
    assert _sources(text)[0][0] == "named official"


# ------------------------------------------------------------------ sources


def test_a_press_wing_that_alleged_is_the_speaker_of_its_quoted_words():
    speakers = _speakers('The Directorate of Public Affairs (DPA) issued a release on Monday. '
                         'The DPA had alleged that its troops had "hit back hard" and '
                         '"silenced several enemy guns".\n')
    assert set(speakers.values()) == {"Directorate of Public Affairs (DPA)"}


def test_a_body_that_alleged_is_a_source():
    sources = _sources("The statements issued by the Directorate of Public Affairs (DPA) on "
                       'Monday are untrue. The DPA had alleged that "reckless shelling" near '
                       "the dam had killed a farmer.\n")
    assert ("spokesperson", 1, "The DPA had alleged") in sources


def test_the_one_praising_says_the_quoted_quality():
    speakers = _speakers("The mayor, Jane Roe, visited the shelters. She thanked the "
                         'volunteers for their "tireless work" during the night.\n')
    assert speakers == {"tireless work": "Jane Roe"}


def test_a_un_mission_with_a_capitalised_name_speaks_for_itself():
    sources = _sources("The UN Assistance Mission in Somalia (UNSOM) said it was alarmed by "
                       "the fighting.\n")
    assert sources[0][0] == "spokesperson"


def test_material_gathered_is_a_document():
    sources = _sources("According to radio intercepts, at least four soldiers were killed. "
                       "According to satellite imagery, the depot burned.\n")
    assert [kind for kind, _, _ in sources] == ["document", "document"]


def test_people_familiar_with_assessments_are_unnamed_officials():
    sources = _sources("According to two people familiar with U.S. intelligence assessments, "
                       "the drills were rehearsals.\n")
    assert sources[0][:2] == ("anonymous official", 2)


def test_a_determiner_before_a_plural_noun_is_no_source():
    sources = _sources("Such claims are made to hide losses. Initial reports on Monday put "
                       "the toll at three.\n")
    assert sources == []


# ------------------------------------------------------------------ figures


def test_a_unit_number_before_its_formation_is_no_count():
    values = _figures("Fighters of the 512 Brigade detained an officer. A 73 Battalion "
                      "patrol was hit and 4 soldiers were hurt.\n")
    assert (512.0, "brigade") not in values and (73.0, "battalion") not in values
    assert any(value == 4 for value, _ in values)


def test_a_clock_time_with_its_zone_is_no_count():
    values = _figures("The alert came at 06:45 KST and 14 ships sailed.\n")
    assert all(value != 45 for value, _ in values)


def test_a_small_number_in_a_ranking_is_no_count():
    values = _figures("Fighting broke out between two of the strongest militias in the port.\n")
    assert values == []


def test_a_family_name_written_first_is_the_one_used_later():
    speakers = _speakers("Senior Col. Wang Deshan, a spokesperson for the Southern Theater "
                         'Command, spoke on Tuesday. "The patrols will go on," Wang said.\n')
    assert list(speakers.values()) == ["Wang Deshan"]


def test_authorities_without_an_article_speak_for_their_office():
    sources = _sources("A missile struck a school on Tuesday, killing two people, regional "
                       "authorities said on Wednesday.\n")
    assert ("spokesperson", 1, "regional authorities said on Wednesday") in sources


def test_residents_described_by_a_population_with_a_thousands_comma_speak():
    sources = _sources("Residents of Kherson, a city of about 300,000 people, said the "
                       "sirens came too late.\n")
    assert sources and sources[0][0] == "other"


def test_a_small_group_named_again_is_no_new_count():
    assert _figures("Last year the same two militias fought around the port.\n") == []
    assert _figures("One guard and two drivers were hurt. All three have been taken to "
                    "hospital.\n") == [(2.0, "drivers")]


def test_an_official_who_lists_the_damage_is_a_source():
    sources = _sources("In her evening update on Telegram, Olena Vasko, head of the Kherson "
                       "Regional Military Administration, listed the damage village by "
                       "village.\n")
    assert sources and sources[0][:2] == ("named official", 1)
    assert _sources("Jane Roe, 34, was listed as missing.\n") == []
