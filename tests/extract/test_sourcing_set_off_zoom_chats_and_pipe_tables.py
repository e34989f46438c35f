"""Sourcing rules found on round 44: sources set off from their verb (a toll credited to its
body, a body named between commas, "told me", a statement under a pronoun, a member of the
public the reporter spoke to, "the American account is"), a saved Zoom chat's shorthand, a
table's Source column between pipes, endnotes citing a story, and what is no sourcing (a
source's record of reliability, a numbered question's asker, a group's record of claims).
Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2026-12-02")
_sources = DRAFTS.sources


def test_a_toll_credited_to_its_body_is_the_body_and_its_later_word_the_same_source():
    sources = _sources(
        "The first toll from Oman's Health Ministry was three people killed.\n\n"
        "By noon the ministry said four people had died.\n")
    assert sources == [("spokesperson", 1, "The first toll from Oman's Health Ministry")]


def test_a_toll_from_an_attack_or_the_writers_own_count_is_no_source():
    assert _sources("The death toll from U.S. strikes rose to nine on Friday.\n") == []
    assert _sources("By our count from Army statements, there were 12 attacks.\n") == []


def test_a_body_named_between_commas_after_what_it_is_speaks():
    sources = _sources("The UN observer mission, UNDOF, said it was \"alarmed\" by the fire.\n")
    assert sources == [("spokesperson", 1, "The UN observer mission, UNDOF, said it was")]


def test_a_person_between_commas_after_an_office_is_no_body():
    sources = _sources("The head of the UN mission, Rosa Vandel, told the council it held.\n")
    assert not any(kind == "spokesperson" for kind, _, _ in sources)


def test_a_body_that_told_the_reporter_and_a_neighbour_the_reporter_spoke_to():
    sources = _sources(
        "The fire brigade told me the search would go on overnight.\n\n"
        "A shopkeeper I spoke to, who asked not to be named, said the blast shook the street.\n")
    assert ("spokesperson", 1, "The fire brigade told me") in sources
    assert ("other", 1, "A shopkeeper I spoke to, who asked not to be named, said") in sources


def test_a_statement_under_a_pronoun_is_a_source_unless_the_body_spoke_just_before():
    alone = _sources("The militia has not confirmed the raid. In a statement it called the strike "
                     "an outrage.\n")
    assert alone == [("spokesperson", 1, "In a statement it called")]
    again = _sources("The ministry said two were hurt. In a statement, it said one had died.\n")
    assert [w for _, _, w in again] == ["The ministry said"]


def test_a_partys_account_by_its_owners_name_is_a_spokesperson():
    sources = _sources("Two rockets hit the base; the Turkish account is that no one was hurt.\n")
    assert sources == [("spokesperson", 1, "the Turkish account is")]


def test_a_parliaments_written_evidence_is_a_document():
    sources = _sources("The Ministry's written evidence says the frigate fired twice.\n")
    assert sources == [("document", 1, "The Ministry's written evidence says")]


_ZOOM = ("09:00:01 From Ana Ruiz to Everyone:\n\tMorning, two minutes please\n"
         "09:01:10 From Ben Ode to Everyone:\n\tAttack was at 22:00, two drones per the YPG "
         "media centre, one hit the coalition fence. Coalition says no one hurt\n"
         "09:02:00 From Ana Ruiz to Everyone:\n\tRudaw had 2 wounded earlier\n"
         "09:03:00 From Ben Ode to Everyone:\n\tAlso CENTCOM put out a line: \"no damage\". "
         "Saraya Awliya al-Dam on Telegram at 06:10, says it hit the base\n"
         "09:04:00 From Ana Ruiz to Everyone:\n\tThat fits the Axios piece from Monday\n")


def test_a_zoom_chats_shorthand_names_its_sources():
    sources = {w: (k, c) for k, c, w in _sources(_ZOOM)}
    assert sources["per the YPG media centre"] == ("spokesperson", 1)
    assert sources["Coalition says"] == ("spokesperson", 1)
    assert sources["Rudaw had 2 wounded"] == ("other outlet", 1)
    assert sources["CENTCOM put out a line"] == ("spokesperson", 1)
    assert sources["Saraya Awliya al-Dam on Telegram"][0] == "spokesperson"
    assert sources["the Axios piece"] == ("other outlet", 1)


def test_a_spokesperson_who_would_only_say_is_a_source():
    assert _sources("A navy spokesperson would only say that the ship was safe.\n") == [
        ("spokesperson", 1, "A navy spokesperson would only say")]


def test_per_a_spokesman_or_officials_by_country_mid_clause():
    assert _sources("Two were killed per SDF spokesman Jane Roe.\n")[0][0] == "named official"
    assert _sources("The battery moved on 19 Nov per US officials quoted by Jo Bell.\n") == [
        ("anonymous official", None, "per US officials quoted by Jo Bell")]


def test_a_pipe_tables_source_column_is_a_source_per_cell():
    text = ("| 1 | Date | Place | Source | Notes |\n\n|---|---|---|---|---|\n\n"
            "| 2 | 2026-11-03 | Rutba | Anbar police | two rockets |\n\n"
            "| 3 | 2026-11-04 | Qaim | US official (anon.) | drone |\n")
    assert _sources(text) == [("spokesperson", 1, "Anbar police"),
                              ("anonymous official", 1, "US official (anon.)")]


def test_an_endnote_citing_a_story_names_its_outlet():
    text = ("The toll rose to 14.[2]\n\nEndnotes\n\n"
            "1. Oman News Agency, \"Toll rises to 14,\" 21 November 2026.\n")
    assert ("other outlet", 1, "Oman News Agency") in _sources(text)


def test_a_named_outlet_with_its_medium_after_a_comma_said():
    assert _sources("Three died, the Houthi-run Al Yaman television said.\n") == [
        ("other outlet", 1, "the Houthi-run Al Yaman television said")]


def test_a_political_bureau_member_is_an_official():
    sources = _sources("\"We will answer,\" political bureau member Jane Roe wrote on X.\n")
    assert sources[0][0] == "named official"


def test_a_sources_record_a_question_number_and_a_record_of_claims_are_no_sourcing():
    assert _sources("Source has reported reliably on movements before.\n") == []
    assert _sources("The group has claimed at least six attacks on bases since May.\n") == []
    assert _sources("The Houthis have claimed to have shot down more than 20 drones.\n") == []
