"""Sourcing rules found on a sixth round of unseen reporting: live blogs written in the present
("the hospital says"), people named in full once and then by surname, titles chained or set
after the office they belong to, bodies that speak through what they report, verify or assess,
"according to" read by the kind of source it names, text hard-wrapped from a PDF, and quotes
whose speaker is a pronoun, a body named just before, or the speaker of the sentence going on.
Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

PUBLISHED = "2025-06-02"


DRAFTS = Drafts(PUBLISHED)
_draft = DRAFTS.facts
_people = DRAFTS.people
_speakers = DRAFTS.speakers
_sources = DRAFTS.sources


# ------------------------------------------------------------------ live blogs, present tense


def test_bodies_and_unnamed_officials_speak_in_the_present():
    sources = _sources(
        "Three people were hurt in the blast, the clinic says.\n\n"
        "A senior police officer tells the Daily Ledger that the car was stolen.\n\n"
        "The town council names the driver as Omer Dayan.\n")
    assert ("spokesperson", 1, "the clinic says") in sources
    assert ("anonymous official", 1, "A senior police officer tells the Daily Ledger") in sources
    assert ("spokesperson", 1, "The town council names") in sources


def test_the_press_unnamed_or_by_its_kind_is_another_outlet():
    sources = _sources(
        "Local media reports say the bridge was closed. The government-run Harbour News "
        "Agency reports that two ferries were cancelled. The fire spread to a depot, "
        "according to Iranian media.\n")
    assert [kind for kind, _, _ in sources] == ["other outlet"] * 3


def test_a_live_blog_time_stamp_is_no_count_and_bodies_speak_in_the_plural():
    sources = _sources(
        "10:45 Medics at the district hospital say two of the wounded are children.\n\n"
        "11:20 The city police report that a second building caught fire.\n\n"
        "11:50 Rebel-appointed officials in occupied Horlivka say a market was shelled.\n")
    assert sources == [
        ("anonymous official", None, "Medics at the district hospital say"),
        ("spokesperson", 1, "The city police report"),
        ("anonymous official", None, "Rebel-appointed officials in occupied Horlivka say")]


def test_a_un_office_speaks_for_itself():
    assert _sources("The UN refugee office says 4,000 people crossed the border.\n") == [
        ("spokesperson", 1, "The UN refugee office says")]


def test_a_live_blog_headline_that_reports_is_no_source():
    sources = _sources("Coast monitor reports fire aboard tanker off Hodeidah\n\n"
                       "A fire broke out on a tanker, the monitor said on Friday.\n")
    assert [text for _, _, text in sources] == ["the monitor said on Friday"]


# ------------------------------------------------------------------ titles and names


def test_the_place_a_mayor_runs_is_part_of_the_title():
    text = "Port Haldane Mayor Irit Saban says a school roof was hit.\n"
    assert _people(text)["Irit Saban"] == "Port Haldane Mayor"
    assert ("named official", 1, "Port Haldane Mayor Irit Saban says") in _sources(text)


def test_a_body_and_a_job_before_the_name_describe_the_person():
    text = "\"He was still breathing when we reached him,\" said Red Cross paramedic Lena Brandt.\n"
    assert _people(text)["Lena Brandt"] == "Red Cross paramedic"
    assert _speakers(text) == {"He was still breathi": "Lena Brandt"}
    assert any("Red Cross paramedic Lena Brandt" in words for _, _, words in _sources(text))


def test_a_role_after_the_name_needs_no_article():
    text = "\"The shelter is full,\" said Tomas Reyes, head of the Varna district council.\n"
    assert ("named official", 1, "said Tomas Reyes, head of the Varna district council") in \
        _sources(text)


def test_a_role_someone_else_gives_makes_a_person():
    people = _people("The army says a strike killed Faris Odeh, whom it describes as a senior "
                     "commander in the Ridge Brigade.\n")
    assert people["Faris Odeh"].startswith("a senior commander in the Ridge Brigade")


def test_a_surname_alone_is_the_person_named_in_full_before():
    text = ("Two officials appeared before the panel: Laura Pike, deputy director of the "
            "national stockpile agency; and Colonel Amos Reed.\n\n"
            "Pike said the reserve would last until March.\n")
    assert _people(text)["Laura Pike"].startswith("deputy director of the national stockpile")
    assert ("named official", 1, "Pike said") in _sources(text)


def test_a_surname_that_is_a_place_is_no_one():
    people = _people("George Sutton visited Washington in May. Washington said the talks had "
                     "ended.\n")
    assert "George Washington" not in people


def test_two_titles_in_a_row_are_one_title():
    people = _people("Committee Chairman Sen. Ray Dunn said the vote would wait. Del. Maria "
                     "Santos asked why.\n")
    assert people["Ray Dunn"] == "Chairman Sen."
    assert people["Maria Santos"] == "Del."


def test_a_name_ending_like_a_place_is_no_person():
    people = _people("A farmer was shot near the village of Arpi, in Vayots Province, the head "
                     "of the Arpi community said.\n")
    assert people == {}


def test_an_outlet_that_quotes_someone_and_the_person_it_quotes_are_two_sources():
    text = ("The state news agency Kavkaz-Press quoted Rauf Aliyev, a security aide to the "
            "president, as saying that the talks were \"going nowhere.\"\n")
    assert _people(text)["Rauf Aliyev"].startswith("a security aide to the president")
    assert _speakers(text) == {"going nowhere.": "Rauf Aliyev"}
    kinds = [kind for kind, _, _ in _sources(text)]
    assert sorted(kinds) == ["named official", "other outlet"]


# ------------------------------------------------------------------ who speaks, how


def test_a_party_tag_after_the_name_keeps_the_sourcing():
    assert ("named official", 1, "Rep. Ann Cole (R-Texas) said") in _sources(
        "Rep. Ann Cole (R-Texas) said the budget was late.\n")


def test_the_subject_who_speaks_at_the_end_of_the_clause():
    sources = _sources(
        "Gen. Hana Voss declined to give a number in public but said the stocks were low.\n\n"
        "The Interior Ministry gave a different account, saying the guards fired first.\n")
    assert ("named official", 1,
            "Gen. Hana Voss declined to give a number in public but said") in sources
    assert ("spokesperson", 1, "The Interior Ministry gave a different account") in sources


def test_a_body_with_its_owner_keeps_the_owner():
    assert [text for _, _, text in _sources(
        "Georgia's Defence Ministry said a patrol was fired on. Later the army's Western "
        "Command said two soldiers were hurt.\n")] == [
        "Georgia's Defence Ministry said", "the army's Western Command said"]


def test_unnamed_office_holders_speak_for_their_office():
    sources = _sources("The head of the Arpi village council said the well was dry. Iran's "
                       "foreign minister said talks would resume.\n")
    assert [(kind, text) for kind, _, text in sources] == [
        ("spokesperson", "The head of the Arpi village council said"),
        ("spokesperson", "Iran's foreign minister said")]


def test_unnamed_staffers_are_counted():
    assert ("anonymous official", 2, "two committee staffers said") in _sources(
        "The figure was at least 30, two committee staffers said.\n")


def test_the_carrier_of_a_statement_is_part_of_the_sourcing():
    sources = _sources("The group claimed the attack in a statement carried by its Al-Nour "
                       "radio, saying its men hit a convoy.\n")
    assert sources == [("spokesperson", 1, "The group claimed the attack in a statement carried "
                                           "by its Al-Nour radio")]


def test_a_news_agency_described_before_its_name_is_an_outlet():
    assert _sources("Syria's state news agency Sham said four soldiers died.\n") == [
        ("other outlet", 1, "Syria's state news agency Sham said")]


def test_words_inside_a_quotation_are_no_sourcing_of_the_report():
    sources = _sources("\"The Americans told us nothing,\" Derya Kaplan said.\n")
    assert [text for _, _, text in sources] == ["Derya Kaplan said"]


def test_one_body_under_two_names_is_one_source():
    sources = _sources("U.S. Central Command said it struck two sites. CENTCOM said the strikes "
                       "hit depots.\n")
    assert [text for _, _, text in sources] == ["U.S. Central Command said"]


def test_the_same_words_twice_are_one_source():
    sources = _sources("Two died, according to local authorities. A third later died in "
                       "hospital, according to local authorities.\n")
    assert sources == [("spokesperson", 1, "according to local authorities")]


# ------------------------------------------------------------------ kinds of source


def test_according_to_reads_the_kind_of_source():
    sources = _sources(
        "Five people were hurt, according to the military. About 9,000 people left the "
        "town, according to IOM's Displacement Tracking Matrix. Two shops burned, according "
        "to the local council.\n")
    assert [kind for kind, _, _ in sources] == ["spokesperson", "document", "spokesperson"]


def test_aid_agencies_and_bodies_that_verify_speak_for_themselves():
    sources = _sources("MSF reported treating 40 people at its clinic. WHO has verified six "
                       "attacks on hospitals. Community sources reported more strikes.\n")
    assert sources == [("spokesperson", 1, "MSF reported"),
                       ("spokesperson", 1, "WHO has verified"),
                       ("anonymous official", None, "Community sources reported")]


def test_a_standing_assessment_is_a_document():
    sources = _sources(
        "The task force's first assessment is that no civilians were hurt. After a review, "
        "the Joint Task Force now assesses that four fighters died.\n")
    assert [kind for kind, _, _ in sources] == ["document", "document"]


def test_unnamed_residents_of_a_place_are_another_source():
    assert _sources("Residents of Arpi said the firing lasted an hour.\n") == [
        ("other", None, "Residents of Arpi said")]


# ------------------------------------------------------------------ quotes


def test_the_pronoun_just_before_the_verb_is_the_speaker():
    speakers = _speakers("Minister Dana Kerr said the aid had arrived. She thanked the "
                         "United Nations for what she called \"quick and quiet help.\"\n")
    assert speakers == {"quick and quiet help": "Dana Kerr"}


def test_it_is_the_body_that_opened_the_sentence_before():
    speakers = _speakers(
        "Georgia's Defence Ministry gave its own account of the clash. It denied firing first "
        "and called the report \"a fabrication.\"\n")
    assert speakers == {"a fabrication.": "Georgia's Defence Ministry"}


def test_the_ministry_is_the_ministry_named_last():
    speakers = _speakers(
        "Georgia's Defence Ministry said a patrol was attacked. \"We will answer,\" the "
        "ministry said.\n")
    assert speakers == {"We will answer": "Georgia's Defence Ministry"}


def test_a_speaker_goes_on_in_the_same_sentence():
    speakers = _speakers(
        "\"This was a provocation,\" the Interior Ministry said, warning it would respond "
        "\"firmly\" to any repeat.\n")
    assert speakers["firmly"] == speakers["This was a provocati"]


def test_an_unnamed_worker_is_described_as_the_speaker():
    speakers = _speakers("\"We have no fuel left,\" an aid worker in the camp said.\n")
    assert speakers == {"We have no fuel left": "aid worker"}


# ------------------------------------------------------------------ hard-wrapped text


_WRAPPED = (
    "Situation report\n\n"
    "Shelling hit the northern districts of the city on Monday and Tuesday, killing at least\n"
    "nine civilians and wounding 30 others, according to local authorities in the\n"
    "governorate. The main water station was damaged and has been out of service since\n"
    "Tuesday morning, leaving some 40,000 people without piped water in the heat.\n\n"
    "\"Families are drinking from canals and children are already falling ill. We need\n"
    "access now,\" said Ingrid Solberg, the Humanitarian Coordinator for the\n"
    "country. Partners are trucking water to the worst-affected areas and more than 2,000\n"
    "people have been treated for diarrhoea at mobile clinics since the weekend began.\n"
)


def test_a_hard_wrapped_quote_and_its_speaker_are_read_across_lines():
    assert _speakers(_WRAPPED) == {"Families are drinkin": "Ingrid Solberg"}
    assert _people(_WRAPPED)["Ingrid Solberg"] == "the Humanitarian Coordinator for the country"


def test_sourcing_broken_across_lines_is_read_whole():
    sources = _sources(_WRAPPED)
    assert ("spokesperson", 1, "according to local authorities in the governorate") in sources
    assert any(kind == "named official" and words.startswith("said Ingrid Solberg")
               for kind, _, words in sources)


def test_a_name_broken_across_lines_is_one_name():
    people = _people("Shelling hit the northern districts again on Monday night, and the\n"
                     "town's clinic was damaged for a second time this month, said Yusuf\n"
                     "Karimi, the director of the clinic. Staff moved patients to the school\n"
                     "and to a mosque nearby, while crews cleared the rubble from the main\n"
                     "road into the town, which had been closed to traffic since the weekend\n"
                     "when a convoy was hit.\n")
    assert people == {"Yusuf Karimi": "the director of the clinic"}


def test_text_written_one_paragraph_a_line_is_not_joined():
    speakers = _speakers("Talks resume on Monday\n\"We are ready,\" Amira Haddad said.\n")
    assert speakers == {"We are ready": "Amira Haddad"}
