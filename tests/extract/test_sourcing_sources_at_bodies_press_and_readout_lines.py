"""Sourcing shapes: an unnamed source at a named body, sources that reveal or "put it to us",
any country's press that admits, an acronym inside "according to", an official the press
quoted, a lower-case body's spokesperson, a role set before a name, a self-named group's
posted statement, a readout's "Attributed to" line and a statement pointed back to.
Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2026-04-02", heading="Regional security report")
_sources = DRAFTS.sources


def test_a_source_at_a_named_command_is_one_unnamed_official_not_the_command():
    found = _sources("A source at the General Staff of the Armed Forces said in a statement "
                     "that two drones were downed near the river crossing.")
    assert found == [("anonymous official", 1, "A source at the General Staff of the Armed "
                      "Forces said in a statement")]


def test_a_bare_back_reference_to_the_statement_is_not_a_second_source():
    found = _sources("A source at the Northern Command said in a statement that a patrol "
                     "was fired on. According to the statement, nobody was hurt.")
    assert [kind for kind, _, _ in found] == ["anonymous official"]


def test_a_statement_nobody_was_said_to_issue_is_still_counted():
    found = _sources("Two drones were downed. According to the statement, they carried "
                     "explosives.")
    assert found == [("spokesperson", 1, "According to the statement")]


def test_a_source_who_revealed_details_is_counted_once():
    found = _sources("A police source revealed, on Monday, the details of a mortar attack on "
                     "the port. The source said two shells hit a warehouse.")
    assert found == [("anonymous official", 1, "A police source revealed")]


def test_one_officer_who_put_it_to_the_authors_is_an_unnamed_official():
    found = _sources('As one Navy gunnery officer put it to me last month, "Every missile we '
                     'fire at a cheap drone is a missile we lack later."')
    assert found == [("anonymous official", 1, "one Navy gunnery officer put it to me")]


def test_a_countrys_media_that_admit_something_are_another_outlet():
    found = _sources("Turkish media admitted on Sunday that the convoy had been hit.")
    assert found == [("other outlet", None, "Turkish media admitted on Sunday")]


def test_an_acronym_in_brackets_stays_inside_the_source_cited():
    found = _sources("According to Department of Energy (DOE) officials, the plant reopened "
                     "on Friday.")
    assert found == [("anonymous official", None,
                      "According to Department of Energy (DOE) officials")]


def test_an_official_quoted_in_press_reports_is_the_source_not_the_press():
    found = _sources("Six sailors were hurt, according to a Navy official quoted in press "
                     "reports.")
    assert found == [("anonymous official", 1,
                      "according to a Navy official quoted in press reports")]


def test_a_spokesperson_for_a_body_named_in_lower_case_speaks_for_it():
    found = _sources('The mission did not reply, but a spokesperson for the embassy had said '
                     'in May that "the hosts must protect diplomatic sites."')
    assert [(kind, count) for kind, count, _ in found] == [("spokesperson", 1)]
    assert "a spokesperson for the embassy" in found[0][2]


def test_an_office_set_before_a_name_makes_a_named_official():
    found = _sources('Head of the party council in the north, Sheikh Omar Haddad, said the '
                     'movement "will answer every raid".')
    assert found == [("named official", 1, "Sheikh Omar Haddad, said")]


def test_a_clause_before_a_name_gives_no_office():
    found = _sources("After the storm passed, Leyla Stone, said the roads were open.")
    assert [kind for kind, _, _ in found] == ["other"]


def test_a_self_named_group_that_posted_a_statement_keeps_where_it_posted_it():
    found = _sources("A group calling itself Saraya al-Fajr posted a statement on Telegram "
                     "claiming the attack.")
    assert found == [("spokesperson", 1, "A group calling itself Saraya al-Fajr posted a "
                      "statement on Telegram")]


def test_a_readouts_attributed_to_line_sources_it_to_the_named_official():
    found = _sources("Attributed to Pentagon Press Secretary Jane Marlow:\n\n"
                     "Secretary of Defense John Doe spoke with his counterpart on Monday.")
    assert ("named official", 1, "Attributed to Pentagon Press Secretary Jane Marlow") in found


def test_officials_who_attributed_an_attack_are_no_readout_line():
    found = _sources("Officials attributed the attack to a militia.")
    assert all(not text.startswith("Attributed") for _, _, text in found)
