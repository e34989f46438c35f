"""A relative named after whose kin they are speaks and is a person; an analyst named at the
sentence's end, a ministry's listed martyrs, a shared document's last editor and a correspondent
who reports are people; a ship named after someone is no person; a described speaker named in
the paragraph before is that person; a body placed in its capital speaks as the body; a
broadcast script's cue lines are no quotes and its voice piece speaks as its correspondent."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-03-02", "Families and scripts")


def test_a_brother_named_after_the_dead_man_speaks_and_is_a_person():
    text = ("A drone hit the freighter on Sunday. The dead deckhand was Omar Tariq, 29.\n\n"
            "At the family home, neighbours gathered. \"He phoned us on Friday,\" said his "
            "brother, Bilal Hassan. \"He wanted to come home.\"\n")
    facts = DRAFTS.facts(text)
    assert "Bilal Hassan" in [p.name for p in facts.people]
    speakers = {q.text[:12]: q.speaker for q in facts.quotes}
    assert speakers["He phoned us"] == "Bilal Hassan"
    assert speakers["He wanted to"] == "Bilal Hassan"


def test_an_analyst_named_at_the_end_of_the_sentence_is_a_person():
    text = ("Rockets hit the airport road. \"The government cannot move against them,\" said "
            "security analyst Fadhel Rubaie.\n")
    assert "Fadhel Rubaie" in DRAFTS.people(text)


def test_martyrs_listed_by_a_ministry_and_a_hero_who_died_of_wounds_are_people():
    text = ("Militants attacked a post near the river on Friday night.\n\n"
            "The martyrs are:\n1. Martyr Peshmerga Aram Kawa Salih\n"
            "2. Martyr Peshmerga Diyar Rauf Aziz\n\n"
            "Update: the Peshmerga hero Sirwan Jalal Amin, who was wounded in the attack, "
            "passed away in hospital.\n")
    people = DRAFTS.people(text)
    assert {"Aram Kawa Salih", "Diyar Rauf Aziz", "Sirwan Jalal Amin"} <= set(people)


def test_a_shared_documents_last_editor_is_a_person():
    text = ("Weekly militia activity note\n\nLast edited by Joan Mbeki on 3 March 2026, 10:02\n\n"
            "Two rockets struck near the airport on Monday.\n")
    assert DRAFTS.people(text).get("Joan Mbeki") == "last editor"


def test_a_warship_named_after_an_admiral_is_no_person():
    text = ("The frigate ITS Carlo Bergamini (F 590) shot down two drones on Monday. The navy "
            "said Carlo Bergamini engaged them with a missile and its gun.\n")
    assert "Carlo Bergamini" not in DRAFTS.people(text)


def test_a_person_with_an_age_in_brackets_is_still_a_person():
    text = ("The navy said Jane Wilkes (52) was hurt when the drone hit. \"We were lucky,\" "
            "said Jane Wilkes.\n")
    assert "Jane Wilkes" in DRAFTS.people(text)


def test_the_diplomat_named_in_the_paragraph_before_speaks_in_his_name():
    text = ("The attack shows the occupation has no future, Pavel Orlov, deputy head of the "
            "foreign ministry's Middle East department, told reporters on Thursday.\n\n"
            "\"Their presence provokes these incidents. We warned about it,\" the diplomat said."
            " \"They should leave.\"\n")
    speakers = DRAFTS.speakers(text)
    assert speakers["Their presence provo"] == "Pavel Orlov"


def test_a_diplomat_not_the_teller_before_stays_described():
    text = ("Pavel Orlov was appointed to the post last year.\n\n"
            "\"We warned about it many times,\" the diplomat said.\n")
    assert DRAFTS.speakers(text)["We warned about it m"] != "Pavel Orlov"


def test_the_ministry_in_its_capital_speaks_as_the_ministry_named_before():
    text = ("Two soldiers were hurt in the drone attack, Spain's defence ministry said on "
            "Monday.\n\nOn Tuesday, the ministry in Madrid said all troops were \"safe and "
            "accounted for\".\n")
    speaker = DRAFTS.speakers(text)["safe and accounted f"]
    assert "ministry" in speaker and speaker != "Madrid"


SCRIPT = (
    "NEWSROOM SCRIPT\n\n(READER:) Strikes hit villages in the south overnight. Our "
    "correspondent Tom Okafor reports from Tyre.\n\n"
    "CUE: ...Tom Okafor reports from Tyre.\n"
    "IN: \"The strikes began just before midnight...\"\n"
    "DUR: 0'40\"\n"
    "OUT: \"...Tom Okafor, Radio News, Tyre.\"\n\n"
    "(VOICE PIECE - OKAFOR:) \"The strikes began just before midnight, and families fled "
    "north along the coast road. Tom Okafor, Radio News, Tyre.\"\n")


def test_a_script_voice_piece_speaks_as_its_correspondent():
    facts = DRAFTS.facts(SCRIPT)
    assert "Tom Okafor" in [p.name for p in facts.people]
    piece = [q for q in facts.quotes if q.text.startswith("The strikes began just before "
                                                          "midnight, and")]
    assert piece and piece[0].speaker == "Tom Okafor"


def test_a_scripts_cue_lines_are_no_quotes_and_no_speakers():
    speakers = {q.speaker for q in DRAFTS.facts(SCRIPT).quotes}
    assert not speakers & {"IN", "OUT", "CUE", "DUR", ""}
