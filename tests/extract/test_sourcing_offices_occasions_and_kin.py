"""Sourcing: officials named after a long office, relatives,
the parties' own exchanges, a court's papers, blame that names the culprit, counts kept, and
sources cited through another outlet."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-11-13", "Press release")


def test_an_office_before_a_name_makes_a_named_official():
    sources = DRAFTS.sources(
        "A broker was charged on Thursday with shipping pumps to a militia.\n\n"
        '"The law is clear," said Deputy Assistant Attorney General Ruth Calloway of the '
        "Justice Department's Criminal Division.\n\n"
        "U.S. Attorney Martin Ebele for the District of Maryland said the pumps were seized.\n\n"
        "Special Agent in Charge Dora Lindqvist of the FBI Baltimore Field Office said the case "
        "began with a tip.\n")
    named = [text for kind, _, text in sources if kind == "named official"]
    assert any(t.startswith("said Deputy Assistant Attorney General Ruth Calloway")
               for t in named)
    assert any(t.startswith("U.S. Attorney Martin Ebele for the District of Maryland")
               for t in named)
    assert any(t.startswith("Special Agent in Charge Dora Lindqvist") for t in named)


def test_the_indictment_is_a_document_and_one_defendant_telling_another_no_source():
    sources = DRAFTS.sources(
        "Jon Varga, 51, of Paramus, and Emil Ostrow, 46, of Dubai, were charged on Thursday.\n\n"
        "Parts bearing the same serial numbers were found in the wreckage, according to the "
        "indictment. In messages quoted in the indictment, Jon Varga told Emil Ostrow that the "
        "buyers wanted the same engine.\n")
    assert ("document", 1, "according to the indictment") in sources
    assert not any("told Emil" in text for _, _, text in sources)


def test_a_relative_named_after_the_kinship_is_one_other_source():
    sources = DRAFTS.sources(
        "Sgt. Owen Pryce, 24, was hurt in the attack, according to his mother, Ilse Pryce. "
        "She said he was hit in the arm.\n")
    assert ("other", None, "according to his mother, Ilse Pryce") in sources
    assert not any(kind == "named official" and "Ilse" in text for kind, _, text in sources)


def test_blame_that_names_the_culprit_and_a_count_officials_put():
    sources = DRAFTS.sources(
        "No group claimed the attack. U.S. officials have blamed recent strikes on militias "
        "in Iraq.\n\nThe blast wounded five people. Defense officials later put the wounded "
        "at four.\n")
    texts = [text for kind, _, text in sources if kind == "anonymous official"]
    assert "U.S. officials have blamed" in texts
    assert "Defense officials later put" in texts


def test_officials_quoted_by_an_outlet_are_counted_with_their_number():
    sources = DRAFTS.sources(
        "Reuters, quoting two U.S. officials, reported that jets based in Jordan helped.\n")
    assert ("anonymous official", 2, "quoting two U.S. officials") in sources


def test_a_tally_kept_by_a_ministry_and_officials_joined_to_a_source():
    sources = DRAFTS.sources(
        "By a tally kept by the Pentagon, militias have attacked bases 40 times.\n\n"
        "A strike killed four people, local officials and a health source said on Monday.\n")
    assert ("document", 1, "By a tally kept by the Pentagon") in sources
    assert ("anonymous official", None, "local officials and a health source said on Monday") \
        in sources


def test_a_pool_report_president_and_a_ministry_speaking_overnight():
    sources = DRAFTS.sources(
        "Asked about Iraq's reaction -- Baghdad's foreign ministry overnight called the "
        'strikes "a violation" -- POTUS said, "We get along."\n')
    assert any(kind == "spokesperson" and text.startswith("Baghdad's foreign ministry "
                                                          "overnight called")
               for kind, _, text in sources)


def test_a_spokesman_calling_it_something_speaks_quoted_or_not():
    sources = DRAFTS.sources(
        "HOST: Coalition officials have said the forces will stay. The Iraqi government's "
        "spokesman has called the drawdown a sign of sovereignty.\n")
    assert ("spokesperson", 1, "The Iraqi government's spokesman has called") in sources


def test_said_before_a_name_that_opens_the_reported_clause_is_no_sourcing_of_it():
    sources = DRAFTS.sources(
        "Cmdr. Ada Lowry, a Pentagon spokeswoman, said the base was hit. Lowry said President "
        "Ezra Vance had been briefed.\n")
    assert not any(text.startswith("said President") for _, _, text in sources)
