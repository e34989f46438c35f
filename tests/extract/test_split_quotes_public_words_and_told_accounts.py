"""Quotes and sourcing in plain prose: a second quote after a speaker named mid-sentence is
still theirs; a report of a report gives the reporter's words; a guide's title is nobody's;
a body's "first word ... was that" speaks; office holders who speak in public (a speech, a
minister's recalled words) are spokespeople; a body's count, its description before "said",
its nationality before "broadcaster", a letter's readers, a survey's results, a neighbour and
a firm's program manager are each read as the source they are."""

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _draft(text: str):
    return draft_briefing(Article(text=text), published="2026-12-03")


def _said(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in _draft(text).facts.attributions]


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in _draft(text).facts.quotes]


def test_a_second_quote_after_a_speaker_and_an_initial_stays_with_the_speaker():
    text = (
        "A group calling itself the Northern Front claimed the strike on Telegram.\n\n"
        '"We left on time. It was the plan," said Maj. Tom Arkwright, who led Company B. '
        '"We kept the runway open."\n'
    )
    assert ("Tom Arkwright", "We kept the runway open.") in _quotes(text)


def test_a_report_of_a_report_gives_the_reporter_s_words():
    text = (
        "A ship was hit on Tuesday. A naval office called MTX, which tracks attacks on "
        'ships, said the master reported "a sharp bang" before the fire.\n'
    )
    assert _quotes(text) == [("master", "a sharp bang")]
    assert (
        "spokesperson",
        "MTX, which tracks attacks on ships, said the master reported",
    ) in _said(text)


def test_a_work_named_by_its_kind_is_no_quote():
    text = (
        'A drone hit the port on Monday, officials said. Our guide "Helping children with '
        'hard news" can help parents.\n'
    )
    assert _quotes(text) == []


def test_a_body_s_first_word_speaks_and_its_quoted_words_are_its_own():
    text = (
        "Drones hit the outpost late on Saturday. The Army's first word to families that "
        'night was that three soldiers had "minor injuries." By Monday the toll was five.\n'
    )
    assert ("Army", "minor injuries.") in _quotes(text)
    assert ("spokesperson", "The Army's first word to families that night was") in _said(text)


def test_office_holders_speaking_in_public_are_spokespeople():
    text = (
        "Strikes hit the port on Tuesday. Last week, a rebel leader said in a speech that "
        "attacks would go on.\n\n2. The Ministry recalls the words of the Minister of "
        'Foreign Affairs on 1 December: "No state will use our land."\n'
    )
    said = _said(text)
    assert ("spokesperson", "a rebel leader said in a speech") in said
    assert ("spokesperson", "recalls the words of the Minister of Foreign Affairs") in said


def test_a_body_s_count_its_statement_again_and_its_silence():
    text = (
        "1. The initial count of the Valley Health Directorate was two dead and four "
        "wounded.\n\n2. The Ministry notes the statement issued by the Joint Command on 30 "
        "November, which said, according to that statement, that one soldier was hurt.\n"
    )
    said = _said(text)
    assert ("spokesperson", "The initial count of the Valley Health Directorate") in said
    assert not any(t == "according to that statement" for _, t in said)


def test_a_letter_s_readers_and_a_broadcaster_s_nationality_are_part_of_the_sourcing():
    text = (
        "Drones hit the base on Saturday. The battalion commander, Lt. Col. Ann Prior, wrote "
        "to families last week that the unit was safe. Kurdish broadcaster Zagros, citing "
        "two security officials, reported that the drones came from the south.\n"
    )
    said = _said(text)
    assert (
        "named official",
        "The battalion commander, Lt. Col. Ann Prior, wrote to families last week",
    ) in said
    assert any(t.startswith("Kurdish broadcaster Zagros") for _, t in said)


def test_a_survey_s_results_are_a_document_counted_once():
    text = (
        "Strikes hit the town on Monday. Results of the anonymous staff survey show that "
        "90 of 120 staff answered. The survey found that most felt unsafe.\n"
    )
    assert _said(text) == [("document", "Results of the anonymous staff survey show")]


def test_a_neighbour_by_first_name_is_a_person_and_a_firm_s_manager_an_official():
    text = (
        "Rockets hit the town on Friday. My neighbor Dalia says the shelter was full. "
        '"We were back at work by morning," said Sam Ode, Norvell\'s program manager for '
        "the site.\n"
    )
    said = _said(text)
    assert ("other", "My neighbor Dalia says") in said
    assert ("named official", "said Sam Ode") in said


def test_a_wife_who_leads_a_family_group_speaks_for_herself():
    text = (
        'Two soldiers were wounded on Saturday. "He is walking now," said Jo Rae, Tim\'s '
        "wife and the leader of the company's family group.\n"
    )
    assert ("other", "said Jo Rae") in _said(text)


def test_a_survey_s_respondents_are_described_with_where_they_work():
    text = (
        "Staff answered the survey in November.\n\n"
        '"My children ask me why I still go," wrote a driver in Halba.\n'
    )
    assert _quotes(text) == [("driver in Halba", "My children ask me why I still go")]
