"""A UN verbatim record ("The President:", "Mr. Doe (Chile) (spoke in Spanish):", an invited
briefer's "Ms. Roe:"): each speaker's turn is their quote from its substance, the President's
turns none; delegates are people titled by their delegation, the cover's President too, and
every speaker's first label is a named official's sourcing. Also: a relative named before a
"whose son ..." clause speaks in her own name; "It described ..." after "..., X said" is X's;
quotes in another script, or a verse cited by its book, are nobody's statement; a quote pasted as
a line of its own is spoken by the body the next line says spoke."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-03-04", "Council record")

RECORD = (
    "Security Council\n\n"
    "President: Mr. Valdis . . . . . . . . . . . . . (Estonia)\n\n"
    "The meeting was called to order at 3.05 p.m.\n\n"
    "The President: In accordance with rule 39, I invite Ms. Petra Lindholm, Assistant "
    "Secretary-General for Peace Operations, to participate in this meeting. I give the floor "
    "to Ms. Lindholm.\n\n"
    "Ms. Lindholm: Since the last briefing, four rockets have struck the airport near the "
    "border, wounding three peacekeepers.\n\n"
    "The President: I thank Ms. Lindholm for her briefing.\n\n"
    "Mr. Okonjo (Kenya): Thank you, Mr. President. Kenya condemns the rocket attacks on the "
    "airport and calls for the perpetrators to be found.\n\n"
    "Mrs. Ferreira (Brazil) (spoke in Portuguese): Brazil is deeply worried by the attacks on "
    "peacekeepers and asks all parties to respect the ceasefire line.\n\n"
    "The President: There are no more names inscribed on the list of speakers.\n")


def test_a_verbatim_records_turns_are_quoted_from_their_substance():
    quotes = {q.text[:20]: q.speaker for q in DRAFTS.facts(RECORD).quotes}
    assert quotes["Since the last brief"] == "Petra Lindholm"
    assert quotes["Kenya condemns the r"] == "Okonjo"
    assert quotes["Brazil is deeply wor"] == "Ferreira"
    assert not any(text.startswith(("In accordance", "I thank", "There are", "Thank you"))
                   for text in quotes)


def test_a_verbatim_records_speakers_are_people_and_sourced_by_their_labels():
    facts = DRAFTS.facts(RECORD)
    titles = {p.name: p.title for p in facts.people}
    assert titles["Okonjo"] == "representative of Kenya"
    assert titles["Ferreira"] == "representative of Brazil"
    assert titles["Valdis"] == "President of the Security Council (Estonia)"
    assert titles["Petra Lindholm"] == "Assistant Secretary-General for Peace Operations"
    kinds = {a.text: a.kind for a in facts.attributions}
    assert kinds["Ms. Lindholm"] == "named official"
    assert kinds["Mr. Okonjo (Kenya)"] == "named official"
    assert kinds["Mrs. Ferreira (Brazil)"] == "named official"


def test_prose_naming_a_president_and_a_delegate_is_no_record():
    prose = ("The President: a new film about the White House opens on Friday.\n\n"
             "Mr. Okonjo (Kenya): the envoy arrived in Nairobi late on Tuesday after talks.\n")
    assert not any(q.speaker == "Okonjo" for q in DRAFTS.facts(prose).quotes)


FAMILY = (
    "Three soldiers were wounded when a drone struck the base, the Army said in a statement "
    "on Sunday. It described the attack as \"a reckless escalation by the militias.\"\n\n"
    "Janet Kowalski of Dubuque, whose son serves in the battalion, said she spoke to him on "
    "Monday. \"He sounded tired but calm,\" she said.\n\n"
    "The ministry's statement in Arabic read: \"لن يمر هذا الاعتداء من دون حساب.\"\n\n"
    "\"And do not despair of relief.\" (Holy Quran, Surah Yusuf, verse 87) opened the "
    "group's message.\n")


def test_a_relative_named_before_whose_clause_speaks_in_her_own_name():
    facts = DRAFTS.facts(FAMILY)
    speakers = {q.text[:12]: q.speaker for q in facts.quotes}
    assert speakers["He sounded t"] == "Janet Kowalski"
    assert speakers["a reckless e"] == "Army"
    assert "Janet Kowalski" in {p.name for p in facts.people}


def test_quotes_in_another_script_or_from_scripture_are_no_statement():
    texts = [q.text for q in DRAFTS.facts(FAMILY).quotes]
    assert not any("لن" in t for t in texts)
    assert not any(t.startswith("And do not despair") for t in texts)


def test_a_quote_pasted_as_a_line_is_spoken_by_the_body_the_next_line_names():
    notes = ("Strike notes\n"
             "\"Our forces struck three depots near the border overnight.\"\n"
             "CENTCOM says two F-15Es were used.\n")
    speakers = {q.text[:10]: q.speaker for q in DRAFTS.facts(notes).quotes}
    assert speakers["Our forces"] == "CENTCOM"
