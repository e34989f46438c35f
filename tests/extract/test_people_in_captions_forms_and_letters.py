"""People a document names in its furniture or by their work: a decision's caption and judge,
a form's signer boxes, a letter signed after "With kind regards,", a worker opening a sentence
with the job, a union's "Brother"/"Sister", a "Chief Steward"; and offices that are no one
("General Manager", "Minister of Public Communication")."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-12-01", "Local news")


def _people(text: str) -> dict[str, str]:
    return {p.name: p.title for p in DRAFTS.facts(text).people}


def test_a_decision_caption_names_the_claimant_and_the_judge():
    people = _people(
        "In the Matter of:\n\nMARTA J. VELLACOTT,\n\nClaimant,\n\nv.\n\nHOLLOWAY FREIGHT, LLC,"
        "\n\nEmployer.\n\nBefore: OSWIN P. TREMAYNE, Administrative Law Judge\n\n"
        "Claimant was hurt at a depot near Basra in March.\n\nSO ORDERED.\n\n"
        "OSWIN P. TREMAYNE\n\nAdministrative Law Judge\n")
    assert people.get("Marta J. Vellacott") == "Claimant"
    assert people.get("Oswin P. Tremayne") == "Administrative Law Judge"
    assert not any("Holloway" in name for name in people)


def test_a_form_names_its_signers_in_the_name_and_title_boxes():
    people = _people(
        "15A. NAME AND TITLE OF SIGNER (Type or print)\nBertram Q. Oakes, Director, Contracts\n"
        "16A. NAME AND TITLE OF CONTRACTING OFFICER (Type or print)\n"
        "Felicity Arden, Contracting Officer\n15B. CONTRACTOR /s/ Bertram Q. Oakes\n")
    assert people.get("Bertram Q. Oakes") == "Director, Contracts"
    assert people.get("Felicity Arden") == "Contracting Officer"


def test_a_letter_signed_after_with_kind_regards_or_with_gratitude_names_its_signer():
    people = _people(
        "Dear Guest,\n\nThe pool is closed today for repairs.\n\nWith kind regards,\n\n"
        "Tobias Wrenfield\n\nFront Office Manager\n")
    assert people.get("Tobias Wrenfield") == "Front Office Manager"
    people = _people(
        "Dear Friend,\n\nYour gift fed forty families this week.\n\nWith gratitude,\n"
        "Imogen Castleby\nChief Executive, Harbour Aid\n")
    assert people.get("Imogen Castleby") == "Chief Executive, Harbour Aid"


def test_a_general_manager_is_an_office_not_a_man_named_manager():
    people = _people("Our General Manager, Tobias Wrenfield, stayed on site all night.")
    assert "Manager" not in people


def test_a_ministry_of_communication_is_no_one_named_communication():
    facts = DRAFTS.facts(
        'The Minister of Public Communication said on Monday that talks were "going well".')
    assert "Communication" not in {p.name for p in facts.people}
    assert "Communication" not in {q.speaker for q in facts.quotes}


def test_a_worker_opening_a_sentence_with_the_job_is_a_person():
    people = _people(
        "Two of our staff were hurt. Perpetua Lindqvist, a laundry supervisor from Cebu, was "
        "taken to hospital. Anselm Garrow, a forklift operator, went home the same night.")
    assert people.get("Perpetua Lindqvist") == "laundry supervisor"
    assert people.get("Anselm Garrow") == "forklift operator"


def test_a_union_names_its_members_brother_and_sister():
    people = _people(
        "Two members were hurt. Brother Caspar Ellery, a pipefitter with nine years on the "
        "contract, was treated for burns. Sister Odile Marchbank, a fuel clerk, was released.")
    assert "Caspar Ellery" in people and "Odile Marchbank" in people


def test_a_chief_steward_is_titled_by_the_job():
    facts = DRAFTS.facts('"We will file today," Chief Steward Wilma Oduya said.')
    assert {p.name: p.title for p in facts.people}.get("Wilma Oduya") == "Chief Steward"
    assert [q.speaker for q in facts.quotes] == ["Wilma Oduya"]


def test_a_nationality_after_a_word_is_who_someone_is_not_a_surname():
    people = _people(
        "I grew up in Dearborn. I am Lebanese American, and I still hear the drones. "
        "-- Samira Haddow")
    assert "Lebanese American" not in people


def test_a_month_abbreviated_in_a_table_opens_no_name():
    people = _people(
        "Corrected rows (strikes, 1-31 October 2026)\n\nRow\tDate\tLocality (district)\tType\t"
        "Killed\tStatus\n\n9\t14 Oct\tBrindlemoor (Brindlemoor)\tAirstrike on a house\t1\t"
        "As printed\n\n9\t13 Oct\tBrindlemoor (Brindlemoor)\tAirstrike on a house\t1\t"
        "Corrected (date)\n\nRow 9. The strike in Brindlemoor took place on 13 October.\n")
    assert not any(name.startswith("Oct") for name in people)


def test_a_no_reply_sender_is_a_machine_not_a_person():
    people = _people(
        "From: Voice Relay <vm-noreply@relay.example.net>\nTo: desk@example.org\n"
        "Subject: New voicemail\n\nYou have a new message from an unknown number.\n")
    assert "Voice Relay" not in people


def test_a_message_signed_with_the_name_over_the_office_names_its_signer():
    people = _people(
        "Please keep staff away from the north gate until further notice.\n\n"
        "Hollis Arkwright\nRegional Security Officer\nConsulate of Ruritania\n")
    assert people.get("Hollis Arkwright") == "Regional Security Officer"


def test_a_heading_over_a_described_witness_is_no_name():
    people = _people(
        "Witness Statements\n\nKarim, 41, a farmer who sold melons, said he heard a jet.")
    assert "Witness Statements" not in people
