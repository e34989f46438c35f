"""A toll only a party to the fight gives carries who gives it (Event.toll_claimed_by); a
toll told otherwise carries nobody's name."""

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _events(text: str):
    return draft_briefing(Article(text=text, path="t.txt", format="txt"),
                          published="2026-11-24").facts.events


def test_a_groups_own_dead_as_it_tells_them_are_its_claim():
    evs = _events("U.S. aircraft struck a militia depot near Al-Qaim on Monday night.\n\n"
                  "Kataib Hezbollah said in a statement that four of its members were killed "
                  "in the strike.")
    tolled = [e for e in evs if e.killed]
    assert tolled and tolled[0].killed == 4
    assert tolled[0].toll_claimed_by == "Kataib Hezbollah"


def test_a_claim_that_is_the_only_toll_names_the_group_that_made_it():
    evs = _events("Drones struck a border post near Al-Tanf on Monday. The Islamic Resistance "
                  "in Iraq claimed the attack, saying it had killed 12 soldiers.")
    tolled = [e for e in evs if e.killed]
    assert tolled and tolled[0].toll_claimed_by == "Islamic Resistance in Iraq"


def test_a_toll_told_by_officials_is_nobodys_claim():
    evs = _events("A drone struck a base near Erbil on Monday, wounding three U.S. soldiers, "
                  "officials said.")
    tolled = [e for e in evs if e.wounded]
    assert tolled and tolled[0].toll_claimed_by == ""


def test_a_government_telling_its_own_dead_is_no_militias_claim():
    # the militia is named in the clause before; the Pentagon is who tells the toll
    evs = _events("Kataib Hezbollah drones struck Tower 22 on Sunday; the Pentagon said three "
                  "of its personnel were killed.")
    assert all(e.toll_claimed_by != "Kataib Hezbollah" for e in evs)


def test_an_aside_between_the_group_and_its_verb_keeps_the_group_the_teller():
    evs = _events("U.S. aircraft struck a depot near Al-Qaim on Monday night. Kataib "
                  "Hezbollah, an Iran-backed militia, said four of its members were killed.")
    tolled = [e for e in evs if e.killed]
    assert tolled and tolled[0].toll_claimed_by == "Kataib Hezbollah"


def test_a_claim_by_unnamed_witnesses_names_no_claimant_rather_than_a_guess():
    from briefdeck.extract.toll_claims import claimant

    for text in ("Witnesses on Tuesday claimed that 12 civilians were killed.",
                 "Local media claimed that 12 civilians were killed."):
        verb = text.index("claimed")
        assert claimant(text, 0, verb) == "", text


def test_a_named_body_that_claims_a_toll_is_named_without_its_article():
    from briefdeck.extract.toll_claims import claimant

    text = "The Gaza Health Ministry claimed that 12 people were killed."
    assert claimant(text, 0, text.index("claimed")) == "Gaza Health Ministry"
