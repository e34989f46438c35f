"""A printed hearing's turns ("Chairwoman VANCE. ...", "Mr. DELL. ..."): each speaker's own words
without the hearing's machinery, questions left out, the speaker named in full, each label
counted once as sourcing, a prepared statement as a document, and prose left alone."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-03-02", "Hearing record")

HEARING = (
    "The subcommittee met at 2:00 p.m., Hon. Irene Vance (chairwoman of the subcommittee) "
    "presiding. Testifying was Colonel Peter Q. Dell, Director of Logistics, Army Materiel "
    "Command.\n\n"
    "Chairwoman VANCE. The subcommittee will come to order. Our depots are short of spare "
    "parts for the trucks we sent abroad, and the backlog has doubled since the autumn. "
    "Mr. OSEI. Thank you, Madam Chair. I agree. Contractors tell us the delays come from a "
    "single supplier that cannot hire welders fast enough.\n\n"
    "Chairwoman VANCE. Thank you. Colonel Dell, you are recognized for 5 minutes.\n\n"
    "Colonel DELL. The backlog stands at 412 vehicles this week, and we expect to clear half of "
    "it by the summer once the second plant opens.\n\n"
    "Mr. OSEI. Colonel, how many of those vehicles are needed overseas now?\n\n"
    "Colonel DELL. About a third of them are waiting for units deployed in the Pacific.\n\n"
    "Mr. OSEI. I will come back to that. I yield back.\n\n"
    "Prepared Statement of Colonel Peter Q. Dell, Director of Logistics\n\n"
    "The command has repaired more vehicles this year than in any year before.\n")


def test_hearing_turns_are_quoted_without_courtesies_or_questions():
    quotes = [(q.speaker, q.text) for q in DRAFTS.facts(HEARING).quotes]
    starts = {text[:24]: who for who, text in quotes}
    assert starts["Our depots are short of "] == "Irene Vance"
    assert starts["Contractors tell us the "].endswith("Osei")
    assert starts["The backlog stands at 41"] == "Peter Q. Dell"
    assert starts["About a third of them ar"] == "Peter Q. Dell"
    assert not any("recognized" in text or text.endswith("?") or "yield back" in text
                   for _, text in quotes)


def test_each_hearing_speaker_is_sourced_once_and_the_prepared_statement_as_a_document():
    sourcing = [(a.kind, a.text) for a in DRAFTS.facts(HEARING).attributions]
    assert ("named official", "Chairwoman VANCE") in sourcing
    assert sum("Dell" in text or "DELL" in text for kind, text in sourcing
               if kind == "named official") == 1
    assert sum(text == "Mr. OSEI" for _, text in sourcing) == 1
    assert any(kind == "document" and text.startswith("Prepared Statement of Colonel")
               for kind, text in sourcing)


def test_an_office_addressed_is_no_person():
    people = [p.name for p in DRAFTS.facts(HEARING).people]
    assert "Chair" not in people and "Chairman" not in people


def test_prose_with_a_capitalised_word_and_a_stop_is_no_hearing():
    text = ("Officials said the alliance moved radars east. NATO. The word was on every banner "
            "at the summit. The mission is known as SHIELD. It began in May.\n")
    quotes = DRAFTS.facts(text).quotes
    assert not quotes
