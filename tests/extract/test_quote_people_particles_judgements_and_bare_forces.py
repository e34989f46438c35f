"""Quote speakers and people in shapes a thirty-seventh round of reporting showed: a Gulf name
written with "al " and a space, a long research title between a quote and its verb, a role in
lower case straight before a name, a body judging something in quoted words ("considered ...
'a flagrant violation'"), "in the words of" and "as X put it" after a quote, a speaker label
naming the platform it posted on, and "the military said" after the army was named. Sentences
are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2026-12-01", heading="Regional report")
_people = DRAFTS.people
_speakers = DRAFTS.speakers


def test_a_gulf_name_with_a_spaced_article_is_one_person_and_speaker():
    text = ('Boat crews stayed in port. "We lost a week of catch," said Hamdan al Roeiri, a '
            'trader at the fish market. "Nobody will insure us now."')
    assert "Hamdan al Roeiri" in _people(text)
    assert set(_speakers(text).values()) == {"Hamdan al Roeiri"}


def test_the_spaced_article_keeps_a_surname_from_being_a_person_of_its_own():
    text = ("Commander Nasser bin Saif al Doeri, a spokesman for the coast guard, said the crew "
            "was safe.")
    assert list(_people(text)) == ["Nasser bin Saif al Doeri"]


def test_a_long_research_title_between_quote_and_verb_names_the_speaker():
    text = ('"Strikes have not solved the problem," Liu Chenfeng, a research fellow at the '
            "Institute of Regional Studies of the Northern Foreign Languages University, told "
            'the paper on Monday. "The root is elsewhere."')
    assert "Liu Chenfeng" in _people(text)
    assert set(_speakers(text).values()) == {"Liu Chenfeng"}


def test_a_lower_case_role_right_before_a_name_makes_a_person():
    text = "ok noted. our head of mission Greta Halvard will decide after the evening meeting."
    assert _people(text) == {"Greta Halvard": "head of mission"}


def test_a_role_of_a_country_is_no_person():
    text = "The representative of the Slovak Republic said the presence was unlawful."
    assert _people(text) == {}


def test_a_body_judging_in_quoted_words_is_their_speaker():
    text = ("In a statement on Tuesday, the Ministry of Foreign Affairs considered the shelling "
            'of the two villages "a grave breach of the ceasefire and of international law."')
    assert _speakers(text) == {"a grave breach of th": "Ministry of Foreign Affairs"}


def test_in_the_words_of_names_the_speaker_of_the_quote():
    text = ('The mission remains, in the words of one diplomat in Cairo, "modest, useful and '
            'exposed." The flights will go on.')
    assert _speakers(text) == {"modest, useful and e": "diplomat in Cairo"}


def test_as_someone_put_it_after_a_quote_names_the_speaker():
    text = ('The militias were told to "keep the border busy," as one Egyptian official put it, '
            "while talks went on.")
    assert _speakers(text) == {"keep the border busy": "Egyptian official"}


def test_a_label_naming_its_platform_gives_the_body_that_posted():
    text = ("ops.desk  7:05 AM\n"
            "CENTCOM on X: two drones targeted the base this morning, both shot down, "
            '"no injuries and no damage to equipment"\n')
    assert _speakers(text) == {"no injuries and no d": "U.S. Central Command (CENTCOM)"}


def test_the_military_said_after_the_army_was_named_is_that_army():
    text = ("The IDF said jets had struck launchers near the border.\n\n"
            '"The group chose to fire at homes," the military said in a statement.')
    assert _speakers(text) == {"The group chose to f": "Israel Defense Forces"}


def test_a_commander_named_after_his_force_with_a_place_after_is_a_person():
    text = ("The missiles came days after a drone strike killed Revolutionary Guards commander "
            "Hamid Rostami in Damascus.")
    assert "Hamid Rostami" in _people(text)


def test_a_resident_who_gives_only_a_given_name_is_a_person_and_speaker():
    text = ('"We heard two bangs and then nothing," said Yusuf, a resident of the port district, '
            "who asked that his family name not be used.")
    assert "Yusuf" in _people(text)
    assert _speakers(text) == {"We heard two bangs a": "Yusuf"}
