"""People and quote speakers: a younger sister by given name who then speaks, a US state after
its town, justice titles, grades in action-item brackets, a body mourning, sources placed in a
province, a rule's wording, a pool report's labels and a quote in a dash aside."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-12-01", "Local news")


def test_a_younger_sister_named_by_given_name_bears_the_family_name_and_speaks():
    facts = DRAFTS.facts(
        "Sgt. Owen Halloran was hurt in the attack, the Guard said. His younger sister, Maisie, "
        "said he had phoned home last week.\n\n"
        '"He sounded tired but happy," she said.')
    assert "Maisie Halloran" in {p.name for p in facts.people}
    assert {q.text[:12]: q.speaker for q in facts.quotes}["He sounded t"] == "Maisie Halloran"


def test_a_state_after_its_town_is_no_person_and_the_native_speaks():
    facts = DRAFTS.facts(
        "Staff Sgt. Ramon Quesada was decorated on Friday.\n\n"
        "Quesada, a native of Santa Fe, New Mexico, said he thought only of his crew. "
        '"I knew them all," he said.')
    assert "New Mexico" not in {p.name for p in facts.people}
    assert {q.text[:10]: q.speaker for q in facts.quotes}["I knew the"] == "Ramon Quesada"


def test_justice_titles_before_a_full_name_make_people():
    people = DRAFTS.people(
        '"Sanctions are law," U.S. Attorney Harriet Penrose for the District of Oregon said.\n\n'
        "Special Agent in Charge Dorian Fell of the FBI Portland Field Office said the case "
        "began with a tip.")
    assert people["Harriet Penrose"] == "U.S. Attorney"
    assert people["Dorian Fell"] == "Special Agent in Charge"


def test_grades_in_action_item_brackets_name_their_owners():
    people = DRAFTS.people(
        "Actions taken\n\n- A second radar arrived on 30 NOV (1LT Anya Varga, C/3-4 ADA).\n\n"
        "- Drill rehearsed nightly; next review 15 DEC (MAJ Tembo).")
    assert people["Anya Varga"] == "1LT"
    assert people["Tembo"] == "MAJ"


def test_a_body_mourning_says_the_words_it_mourns_with():
    speakers = DRAFTS.speakers(
        'In a statement, the Border Brigades Authority mourned "two martyrs who fell at dawn" '
        "and said a committee had been sent.")
    assert speakers["two martyrs who fell"] == "Border Brigades Authority"


def test_sources_placed_in_a_province_speak_not_the_province():
    speakers = DRAFTS.speakers(
        "Two security sources in Diyala told the agency that radars had tracked the drone for "
        '"less than five minutes".')
    assert speakers["less than five minute"[:20]].endswith("sources")


def test_a_rule_s_wording_is_no_ones_quote():
    quotes = DRAFTS.facts("Reporting. The first count was wrong. Initial reports must say "
                          '"at least".').quotes
    assert not any(q.text.startswith("at least") for q in quotes)


def test_a_pool_reports_time_stamped_labels_and_dash_asides():
    speakers = DRAFTS.speakers(
        '10:42 a.m. -- The senator on the vote: "We will pass it this week, I promise you."\n\n'
        "10:51 a.m. -- A pooler asked about the delay. Senator Ada Brightwater: "
        '"Patience. It is coming."\n\n'
        "Asked about the governor's reaction -- the governor's office overnight called the "
        'bill "a mistake for the state" -- Brightwater said, "I like the governor, but he is '
        'wrong."')
    assert speakers["Patience. It is comin"[:20]] == "Ada Brightwater"
    assert "governor" in speakers["a mistake for the st"]
    assert speakers["I like the governor, "[:20]] == "Ada Brightwater"


def test_a_courtesy_in_quotation_marks_is_no_quote():
    from briefdeck.extract import draft_briefing
    from briefdeck.ingest.article import Article

    text = ('The President took two questions. "Thank you, press," an aide called as the room '
            'was cleared. "We will answer any attack," he had said earlier.')
    quotes = [q.text for q in draft_briefing(Article(text=text)).facts.quotes]
    assert quotes == ["We will answer any attack,"] or quotes == ["We will answer any attack"]
