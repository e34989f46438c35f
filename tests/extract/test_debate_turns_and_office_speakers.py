"""A parliamentary debate printed the House's way ("The Minister for X (Jane Roe):", "Mr John Doe
(Anytown) (Con):", then "Jane Roe:"): each paragraph of a member's turn is their quote, without
the opening courtesies, questions kept; the chair and the benches give none; each member is a
person titled by office or seat and sourced once. A person's office speaks as the office; a
statement that "did not ... but said" speaks on as the statement quoted before; a body's
abbreviation the text spells out elsewhere speaks under its full name."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-05-04", "Commons debate")

DEBATE = (
    "The Minister for Veterans (Alice Marlow): With permission, Madam Deputy Speaker, I will "
    "make a statement on the new garrison in Belize.\n\n"
    "Some 300 personnel arrived at the base last week, and a second company will follow in the "
    "spring once the barracks are finished.\n\n"
    "Mr Colin Barrow (Harrogate) (Con): I thank the Minister for her statement. The families "
    "of those soldiers still have no housing, and the contract is already eight months late. "
    "When will it be finished?\n\n"
    "Alice Marlow: The contract is late, and I have told the firm that we expect it to be "
    "finished by June. [Interruption.] Members opposite signed the original contract in 2019.\n\n"
    "Hon. Members: Hear, hear!\n\n"
    "Madam Deputy Speaker: Order. The Minister must be heard in silence, as Members know well.\n")


def test_debate_turns_are_quoted_paragraph_by_paragraph_without_courtesies():
    quotes = [(q.speaker, q.text) for q in DRAFTS.facts(DEBATE).quotes]
    starts = {text[:24]: who for who, text in quotes}
    assert starts["Some 300 personnel arriv"] == "Alice Marlow"
    assert starts["The families of those so"] == "Colin Barrow"  # the question kept
    assert starts["The contract is late, an"] == "Alice Marlow"
    assert not any(text.startswith(("With permission", "I thank", "Order", "Hear"))
                   for _, text in quotes)
    assert not any("[Interruption.]" in text for _, text in quotes)


def test_debate_members_are_people_titled_by_office_or_seat_and_sourced_once():
    facts = DRAFTS.facts(DEBATE)
    titles = {p.name: p.title for p in facts.people}
    assert titles["Alice Marlow"] == "Minister for Veterans"
    assert titles["Colin Barrow"] == "MP for Harrogate (Con)"
    labels = [a for a in facts.attributions if "(" in a.text]
    assert [a.kind for a in labels] == ["named official", "named official"]


def test_prose_with_a_bracketed_party_is_no_debate():
    prose = ("Jane Roe (Lab) said on Tuesday that the base would close. Officials at the "
             "ministry did not comment on the decision.\n")
    assert not [q for q in DRAFTS.facts(prose).quotes if q.speaker == "Jane Roe"]


OFFICES = (
    "The Ministry of Defence said two jets had been sent to the base on Friday.\n\n"
    "President Jane Roe's office said on Saturday it \"will not allow the country to become a "
    "battlefield for others.\"\n\n"
    "In a statement, the Northern Army's press office said \"any attack will be answered.\" "
    "The statement did not name the town but said the \"hostile presence of foreign troops\" "
    "was to blame.\n\n"
    "The MoD said its crews were \"alert and ready\" for further attacks.\n")


def test_a_persons_office_and_a_statement_speaking_on_keep_their_speakers():
    speakers = {q.text[:20]: q.speaker for q in DRAFTS.facts(OFFICES).quotes}
    assert speakers["will not allow the c"] == "office of Jane Roe"
    assert speakers["hostile presence of "].endswith("press office")


def test_an_abbreviation_spelled_out_elsewhere_speaks_under_its_full_name():
    speakers = {q.text[:14]: q.speaker for q in DRAFTS.facts(OFFICES).quotes}
    assert speakers["alert and read"].startswith("Ministry of Defence")
