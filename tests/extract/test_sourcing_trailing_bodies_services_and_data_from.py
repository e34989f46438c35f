"""Sourcing shapes from reporting on strikes, airports and casualties: a body named again at
the close of a sentence ("..., the ministry said."), unnamed officials of a service written in
lower case, officials who "now say", a casualty's family and traders who speak, an official
and a resident joined before one verb, data named by where it comes from, early reports from
a country's press or from local authorities, a source line that points at a paper's annex,
and what is merely "known so far". Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2026-10-14", heading="Regional report")
_sources = DRAFTS.sources


def _found(text: str) -> list[tuple[str, int | None, str]]:
    return _sources(text)


def _with(text: str, words: str) -> list[tuple[str, int | None]]:
    return [(kind, count) for kind, count, said in _found(text) if words in said]


# ------------------------------------------------------------ a body named again at the end


def test_a_body_closing_a_later_sentence_sources_that_claim_too():
    text = ("Jets hit nine depots in the hills over the weekend, the Interior Ministry said on "
            "Monday. Farther east, patrols seized a truck carrying mortar rounds, the ministry "
            "said.")
    found = _found(text)
    assert any("Interior Ministry said" in said for _, _, said in found)
    assert ("spokesperson", 1) in _with(text, "the ministry said")


def test_a_body_named_again_mid_sentence_is_still_the_same_source():
    text = ("The Interior Ministry said nine depots were hit. The ministry said that patrols "
            "would continue through the week.")
    assert _with(text, "The ministry said") == []


# ------------------------------------------------------------ unnamed officials


def test_officials_of_a_service_named_in_lower_case_are_counted():
    text = ("By Saturday, three officials with the Jordanian border police told the paper that "
            "the convoy had turned back.")
    assert _with(text, "three officials with the Jordanian border police told") == [
        ("anonymous official", 3)]


def test_officials_who_now_say_give_a_revised_account():
    text = "Provincial officials now say four people died in the blast, not two."
    assert _with(text, "officials now say") == [("anonymous official", None)]


def test_officials_who_now_expect_something_are_no_source():
    text = "Planners now expect the move to finish in May. Officials now expect delays."
    assert _with(text, "now expect") == []


def test_an_official_and_a_resident_before_one_verb_are_two_sources():
    text = ("The shell hit a bakery and wounded its owner, a municipal official and a "
            "shopkeeper said.")
    assert _with(text, "a municipal official") == [("anonymous official", 1)]


# ------------------------------------------------------------ the public


def test_a_casualty_s_family_speaks_for_itself():
    text = "The corporal was moved to a hospital in Germany on Friday, her family said."
    assert [kind for kind, _ in _with(text, "her family said")] == ["other"]


def test_traders_and_motorists_speak_for_themselves():
    text = ("Market traders in Basra told the paper that fuel prices doubled. Motorists "
            "reported queues of an hour at the checkpoint.")
    kinds = [kind for kind, _, _ in _found(text)]
    assert kinds == ["other", "other"]


# ------------------------------------------------------------ data, press and documents


def test_data_from_a_named_tracker_that_shows_something_is_a_document():
    text = "Data from a flight-tracking site showed 14 departures were scrapped on Monday."
    assert _with(text, "Data from a flight-tracking site showed") == [("document", 1)]


def test_data_from_somewhere_that_shows_nothing_is_no_source():
    text = "Data from the sensors was lost when the mast fell."
    assert _found(text) == []


def test_early_reports_from_a_country_s_press_are_another_outlet():
    text = "In early reports from Lebanese media, five people had been hurt."
    assert [kind for kind, _, said in _found(text) if "Lebanese media" in said] == [
        "other outlet"]


def test_an_earlier_report_from_local_authorities_is_theirs():
    text = "An earlier report from local authorities had given three wounded."
    assert _with(text, "report from local authorities") == [("spokesperson", 1)]


def test_a_source_line_pointing_at_an_annex_is_a_document():
    text = ("Table 4: Units deployed\nTyphoon squadron 1\n"
            "Source: Department of Transport (TRN004), Annex B\nThe inquiry then heard from "
            "pilots.")
    assert _with(text, "Source: Department of Transport") == [("document", 1)]


def test_what_is_known_so_far_is_no_source():
    text = "According to present knowledge, no soldiers were hurt in the blast."
    assert _found(text) == []


def test_information_from_a_command_is_still_a_source():
    text = "According to initial information from the regional command, two rockets fell."
    assert _found(text)
