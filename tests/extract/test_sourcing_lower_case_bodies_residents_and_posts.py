"""Speakers and sourcing written in ways a twelfth round of unseen reporting showed: "It said"
after a body named in lower case, a resident known only by a first name, a quoted exercise
name, words after a quote that go on with the sentence, a statement recalled by a tail
attribution or opened with "In its statement", a post introduced by "posted ... on X:", a
spokesman named after "according to", a police force by its level, the unnamed press of a
country, a label a command gave, a claim made on a channel, an outlet's regular feature, a
retired officer, a budget request that asks, and a body named again by its initials.
Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2026-09-02", heading="Regional report")
_people = DRAFTS.people
_speakers = DRAFTS.speakers
_sources = DRAFTS.sources


def _kinds(text: str) -> dict[str, tuple[str, int | None]]:
    return {words: (kind, count) for kind, count, words in _sources(text)}


# ------------------------------------------------------------------ quotes


def test_it_after_a_lower_case_body_is_that_body_not_one_named_earlier():
    text = ("Jordan's Interior Ministry urged calm after the blasts. The Syrian army said in a "
            "statement that its gunners had hit \"launch positions\" near the border. It said "
            "the shelling was \"a measured reply to repeated provocations.\"")
    assert _speakers(text)["a measured reply to "] == "Syrian army"


def test_a_resident_known_only_by_a_first_name_is_a_person_who_speaks():
    text = ("Shops stayed shut on Monday. A shopkeeper who gave only her first name, Layla, said "
            "the blast shook the market. \"Nobody slept after that,\" she said.")
    assert "Layla" in _people(text)
    assert _speakers(text)["Nobody slept after t"] == "Layla"
    assert ("other", 1) in _kinds(text).values()


def test_a_quoted_exercise_name_in_capitals_is_no_quote():
    text = ("The navy began the \"Northern Shield 7\" exercise on Friday, a spokesman said, with "
            "twelve ships taking part.")
    assert not any(s.startswith("Northern Shield") for s in _speakers(text))


def test_words_after_a_quote_that_go_on_with_the_sentence_leave_the_speaker_to_the_tail():
    text = ("The rockets \"hit every target\" planted across the Great Sand Sea and the coastal "
            "flats, the Hamas statement said.")
    assert _speakers(text)["hit every target"] == "Hamas"


def test_the_statement_recalled_later_is_the_body_in_the_tail_attribution():
    text = ("Two guards were hurt in the ambush near the depot on Saturday night, the Border "
            "Brigade said in a statement. The statement said rifles and \"night-vision gear of "
            "foreign make\" were found.")
    assert _speakers(text)["night-vision gear of"] == "Border Brigade"


def test_in_its_statement_opens_a_sentence_whose_subject_speaks():
    text = ("In its statement, the Coastal Authority also warned fishermen to stay ashore.\n\n"
            "\"Boats found in the closed zone will be seized,\" the statement said.")
    assert _speakers(text)["Boats found in the c"] == "Coastal Authority"


def test_a_post_introduced_with_posted_on_x_speaks_for_its_author():
    text = ("The Northern Command posted about the incident on X:\n\n"
            "\"At about 3 a.m., two drones crossed the line and were shot down. No one was hurt.\"")
    assert _speakers(text)["At about 3 a.m., two"] == "Northern Command"


# ------------------------------------------------------------------ attributions


def test_a_spokesman_named_after_according_to_is_a_named_official():
    text = ("The drill runs for four days, according to the navy spokesman, Captain Omid "
            "Farahani.")
    assert _kinds(text)["according to the navy spokesman, Captain Omid Farahani"] == (
        "named official", 1)


def test_according_to_a_body_then_a_name_opening_the_clause_is_no_apposition():
    text = ("Rami Haddad was named commander in May. According to the army, Haddad planned the "
            "raid on the depot.")
    assert not any("According to the army, Haddad" in w for w in _kinds(text))


def test_a_police_force_named_by_its_level_is_a_spokesperson():
    text = "A guard was shot dead at a toll booth last week, district police said on Sunday."
    assert _kinds(text)["district police said on Sunday"] == ("spokesperson", 1)


def test_the_unnamed_press_of_a_country_is_another_outlet_uncounted():
    text = "Russian and Belarusian media have reported that the column turned back."
    assert _kinds(text)["Russian and Belarusian media have reported"] == ("other outlet", None)


def test_officials_who_initially_said_are_unnamed_officials():
    text = "Officials initially said two sailors were hurt; the count later rose to four."
    assert _kinds(text)["Officials initially said"] == ("anonymous official", None)


def test_a_label_a_command_gave_is_its_sourcing():
    text = ("Gunmen staged what the Joint Task Force described as \"a probing attack\" on the "
            "outpost overnight.")
    # (the label it gave, quoted, is part of the sourcing)
    assert _kinds(text)['what the Joint Task Force described as "a probing attack"'] == (
        "spokesperson", 1)


def test_a_claim_made_on_a_channel_is_the_claimant_speaking():
    text = ("No one was hurt. A faction calling itself the Dawn Battalions claimed the strike on "
            "Telegram.")
    assert _kinds(text)["claimed the strike on Telegram"] == ("spokesperson", 1)


def test_an_outlets_regular_feature_is_another_outlet():
    text = ("Two frigates were in the Aegean on Monday, according to the Harbor News Ship "
            "Monitor.")
    assert _kinds(text)["according to the Harbor News Ship Monitor"] == ("other outlet", 1)


def test_a_retired_officer_speaking_now_is_another_source():
    text = ("A former artillery officer, Maj. (ret.) Tomas Ekberg, now at a think tank in "
            "Oslo, told us the stocks are thin.")
    assert ("other", 1) in _kinds(text).values()
    assert ("named official", 1) not in _kinds(text).values()


def test_a_budget_request_that_asks_for_money_is_a_document():
    text = ("The Navy's Fiscal Year 2028 budget request, sent to Congress in March, asks for "
            "$2.1 billion for new radars.")
    assert ("document", 1) in _kinds(text).values()


def test_a_body_named_again_by_its_initials_is_not_a_new_source():
    text = ("The Federal Border Service (FBS) says two boats were stopped. Later the FBS said "
            "the crews had been released.")
    kinds = _kinds(text)
    assert kinds["The Federal Border Service (FBS) says"] == ("spokesperson", 1)
    assert not any(w.startswith("the FBS said") for w in kinds)


def test_a_named_official_after_according_to_is_not_counted_again_by_surname():
    text = ("The strike hit at dawn, according to ministry spokesperson Col. Irena Vasko. By "
            "noon Vasko said three were hurt.")
    kinds = _kinds(text)
    assert kinds["according to ministry spokesperson Col. Irena Vasko"] == ("named official", 1)
    assert "Vasko said" not in kinds
