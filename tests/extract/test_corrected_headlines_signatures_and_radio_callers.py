"""A corrections column's headlines of earlier stories, a courtesy surname named in full before,
a chaplain's bracketed grade, a letter's and a rule's signature blocks, a form's signature
cell, a radio call's operator, a body's own warning, a claim relayed with "saying", a plural
"they", a verse cited after its words, NGO initials and firms named by role or trade."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-12-02", "Test report")


def test_an_earlier_storys_headline_with_where_it_ran_is_no_quote():
    facts = DRAFTS.facts(
        'Port fire\n\n"Blaze shuts the northern quay for a week" (published Nov. 20, page B3)\n\n'
        "An article on Friday misstated the cost of the repairs.\n\n"
        'Obituary\n\n"Helen Okafor, nurse, 91" (published Nov. 22, page B6)\n\n'
        "An obituary on Sunday misspelled the name of Ms. Okafor's son."
    )
    assert not facts.quotes
    names = [p.name for p in facts.people]
    assert "Okafor" not in names and "Helen Okafor" in names


def test_a_courtesy_surname_takes_the_full_name_written_before():
    people = DRAFTS.people(
        "Helen Okafor ran the clinic for thirty years. Ms. Okafor's daughter spoke at the wake."
    )
    assert "Helen Okafor" in people and "Okafor" not in people


def test_a_chaplain_with_his_grade_in_brackets_is_a_person():
    people = DRAFTS.people("The prayer was led by Chaplain (Maj.) Tobias Lindqvist at noon.")
    assert people.get("Tobias Lindqvist", "").startswith("Chaplain")


def test_signature_blocks_under_a_closing_line_name_their_signer():
    letter = DRAFTS.people(
        "We found two pages that answer your request.\n\nSincerely,\n\nOrla M. Brennan\n\n"
        "Records Release Officer\n"
    )
    assert letter.get("Orla M. Brennan") == "Records Release Officer"
    rule = DRAFTS.people(
        "This rule takes effect today.\n\nIssued in Springfield under the authority of the "
        "act.\n\nKwame Asante,\nDeputy Director, Airspace Office.\n"
    )
    assert rule.get("Kwame Asante") == "Deputy Director, Airspace Office"


def test_a_forms_signature_cell_is_neither_a_name_nor_part_of_a_title():
    people = DRAFTS.people(
        "Reviewed by:\tIngrid Solberg, Regional Safety Manager\tSignature: I. Solberg\n"
        "Approved by\tDr. Omar Haidari, Country Director\tSignature: pending\n"
    )
    assert people.get("Ingrid Solberg") == "Regional Safety Manager"
    assert "Signature" not in people
    assert "Counsel" not in DRAFTS.people("Write to the Office of the General Counsel by May.")


def test_the_operator_of_a_radio_call_speaks_for_the_calling_station():
    speakers = DRAFTS.speakers(
        "At 0210 a station calling itself Allied Patrol 14 called us on channel 16. "
        '"Harbour Queen, turn north now," the operator said. "We have the contact."'
    )
    assert speakers["Harbour Queen, turn "] == "Allied Patrol 14"
    assert speakers["We have the contact."] == "Allied Patrol 14"


def test_a_bodys_own_warning_speaks_for_it():
    speakers = DRAFTS.speakers(
        "The Foreign Ministry logged our call at 0300. Its first notice to shipping "
        'described "a surface contact nearby" and said no one was hurt.'
    )
    assert speakers["a surface contact ne"] == "Foreign Ministry"


def test_words_after_saying_are_the_claimants_and_joined_predicates_share_them():
    speakers = DRAFTS.speakers(
        "In the morning the Owners told me that the rebels' spokesman had claimed the strike "
        'in a broadcast, saying the ship served "the enemy ports" and had been hit "by three '
        'drones at once". The Owners reject this. In their letter of 3 May they said the ship '
        '"has never carried cargo for that country".'
    )
    assert speakers["the enemy ports"] == "rebels' spokesman"
    assert speakers["by three drones at o"] == "rebels' spokesman"
    assert speakers["has never carried ca"] == "Owners"


def test_a_verse_with_its_book_chapter_and_verse_is_no_quote():
    facts = DRAFTS.facts(
        'The service closed with a reading.\n\n"The Lord is my shepherd; I shall '
        'not want." Psalm 23:1\n'
    )
    assert not facts.quotes


def test_initials_an_ngo_defines_and_uses_make_it_a_body():
    orgs = DRAFTS.organizations(
        "TIGRIS WATER ALLIANCE (TWA)\n\nIncident form. The TWA pump crew was hit. "
        "TWA staff were treated.\n"
    )
    assert orgs.get("Tigris Water Alliance") == ["TWA"]


def test_firms_named_by_their_role_or_trade_are_bodies():
    orgs = DRAFTS.organizations(
        "One worker (Brightwater Logistics, an Indian national) was hurt, according to the "
        "ship's manager, Saronic Marine of Piraeus; the crew were safe.\n\n"
        "Owner/operator: Hawler Air Cargo\n"
    )
    assert {"Brightwater Logistics", "Saronic Marine", "Hawler Air Cargo"} <= set(orgs)


def test_a_us_commands_operations_centre_and_a_logs_name_are_no_bodies():
    orgs = DRAFTS.organizations(
        "Page one of the Night Staff Journal is enclosed. Report sent to the ARCENT JOC at 2100."
    )
    assert "Joint Operations Command" not in orgs and "Night Staff" not in orgs
