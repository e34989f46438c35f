"""Ranks written after a spokesperson's role, roles set after a name (co-chairs, company vice
presidents), statements read or briefings held by a named official, quote speakers behind
answers to questions, meetings and back-references to a group, listeners of "told" and an
intelligence agency's assessment. Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2025-06-02")
_people = DRAFTS.people
_speakers = DRAFTS.speakers
_sources = DRAFTS.sources


# ------------------------------------------------------------------ ranks after a role


def test_a_rank_after_a_spokesperson_role_is_the_rank_and_the_body_before_is_the_office():
    people = _people("Pentagon spokesperson Capt. Dana Fell told reporters the crew was safe.\n")
    assert people == {"Dana Fell": "Capt., Pentagon spokesperson"}


def test_a_service_spokesman_keeps_the_service_in_the_role():
    people = _people("Navy spokesman Cmdr. Ivo Brandt said the frigate returned to port.\n")
    assert people == {"Ivo Brandt": "Cmdr., Navy spokesman"}
    people = _people("On Monday army spokesman Brig. Gen. Lena Sorvik said the road was open.\n")
    assert people == {"Lena Sorvik": "Brig. Gen., army spokesman"}


def test_a_day_or_article_before_a_bare_role_is_no_office():
    people = _people("On Friday spokesman Maj. Rolf Keen said the drill was over.\n")
    assert people == {"Rolf Keen": "Maj., spokesman"}


def test_a_rank_before_a_role_is_left_as_it_was():
    people = _people("Col. Anja Pirk, a spokeswoman for the task force, said the patrols "
                     "resumed.\n")
    assert people["Anja Pirk"].startswith("Col.")


# ------------------------------------------------------------------ roles after a name


def test_a_co_chair_named_with_their_council_is_a_named_official():
    text = "Noor Halabi, the co-chair of the Tell Hamra Civil Council, condemned the shelling.\n"
    assert "Noor Halabi" in _people(text)
    assert _sources(text) == [("named official", 1, "Noor Halabi, the co-chair of the Tell "
                                                    "Hamra Civil Council, condemned")]


def test_a_company_vice_president_speaking_for_the_firm_is_a_named_official():
    text = ("Omar Vell, vice president for ZX-9 programs at Northline Avionics, said in a "
            "statement that deliveries would speed up.\n")
    facts = DRAFTS.facts(text)
    assert [(p.name, p.organization) for p in facts.people] == [("Omar Vell",
                                                                  "Northline Avionics")]
    assert _sources(text)[0][0] == "named official"


def test_a_statement_read_by_a_named_spokesman_is_his_sourcing_and_the_body_speaks_the_quote():
    text = ('In a statement read by its spokesman, Brig. Gen. Tom Vale, the Harbor Army said '
            'the drills were "purely defensive."\n')
    sources = _sources(text)
    assert ("named official", 1, "statement read by its spokesman, Brig. Gen. Tom Vale") in sources
    assert _speakers(text) == {"purely defensive.": "Harbor Army"}


def test_a_briefing_held_by_an_advisor_of_several_words_names_him():
    text = ("The monthly briefing was held at the ministry in the capital by Press and Media "
            "Advisor Rear Admiral Kemal Arin. Several topics were covered.\n")
    assert any(kind == "named official" and "Kemal Arin" in words
               for kind, _, words in _sources(text))


# ------------------------------------------------------------------ quote speakers


def test_an_answer_to_a_question_is_spoken_by_the_clause_after_it():
    text = ('In response to a question regarding reports of a strike near the river, defence '
            'sources stated that "every precaution is taken to spare civilians."\n')
    assert _speakers(text) == {"every precaution is ": "defence sources"}


def test_reports_after_a_preposition_is_a_noun_not_a_verb():
    text = ('Asked about claims of a raid, the ministry said it was "not aware of any '
            'operation."\n')
    assert _speakers(text) == {"not aware of any ope": "ministry"}


def test_a_body_holding_a_meeting_speaks_the_words_its_meeting_praised():
    text = ('The Higher Defence Council held a session in the capital on Monday chaired by '
            'President Jan Roe, which praised the "steadfast work of the brave troops" and '
            'affirmed its "firm position" on the border.\n')
    assert _speakers(text) == {"steadfast work of th": "Higher Defence Council",
                               "firm position": "Higher Defence Council"}


def test_a_meeting_without_a_relative_clause_leaves_the_chair_as_speaker():
    text = ('The Higher Defence Council held a session on Monday. Its chairman, Jan Roe, said '
            'the troops showed "steadfast work under fire."\n')
    assert _speakers(text) == {"steadfast work under": "Jan Roe"}


def test_a_group_described_by_nationality_goes_back_to_the_group_named_before():
    text = ('The Valley Resistance Front claimed a rocket attack on Tuesday.\n\n'
            'In a statement, the Syrian resistance group said its fighters used "heavy '
            'rockets" against the base.\n')
    assert _speakers(text) == {"heavy rockets": "Valley Resistance Front"}


def test_a_bare_footnote_number_after_a_quote_ends_its_sentence():
    text = ('The task force said the strikes were "a warning to the cells."4 The Joint '
            'Intelligence Office assessed that the cells had moved east.\n')
    assert _speakers(text) == {"a warning to the cel": "task force"}


# ------------------------------------------------------------------ told and assessed


def test_told_reaches_the_listener_and_the_written_answer():
    sources = _sources("The Ministry of Defence told the House in a written answer on 3 March "
                       "2025 that two crews were deployed.\n")
    assert sources == [("spokesperson", 1, "The Ministry of Defence told the House in a "
                                           "written answer on 3 March 2025")]
    sources = _sources("The task force told the DoD Inspector General that six soldiers were "
                       "hurt.\n")
    assert sources[0][2] == "The task force told the DoD Inspector General"


def test_an_intelligence_agency_that_assessed_gives_a_document_a_command_still_speaks():
    assert _sources("The Defense Intelligence Agency assessed that the group was rearming.\n") \
        == [("document", 1, "The Defense Intelligence Agency assessed")]
    assert _sources("The command assessed that the strike killed four fighters.\n")[0][0] == \
        "spokesperson"


def test_told_an_outlet_reaches_the_outlet_but_not_the_claim():
    assert _sources("A nurse at the clinic told Reuters that nine were hurt.\n")[0][2] == \
        "A nurse at the clinic told Reuters"
    assert _sources("A security source told the Kestrel Monitor that the base was hit.\n")[0][2] \
        == "A security source told the Kestrel Monitor"


def test_a_time_zone_before_a_bare_role_is_no_office():
    people = _people("09:40 UTC spokesman Brig. Gen. Omar Zayed said two drones were downed.\n")
    assert people == {"Omar Zayed": "Brig. Gen., spokesman"}


def test_said_in_the_same_answer_is_part_of_a_named_sourcing():
    sources = _sources("The Veterans Minister, Jo Parr, said in the same answer that the unit "
                       "would stay.\n")
    assert sources == [("named official", 1, "The Veterans Minister, Jo Parr, said in the same "
                                             "answer")]


def test_a_regional_government_is_no_person():
    text = ("The mission will stay as long as the Government of Iraq and the Kurdistan Regional "
            "Government welcomed it, the minister said. Later the Regional Government said it "
            "agreed.\n")
    assert "Regional Government" not in _people(text)
