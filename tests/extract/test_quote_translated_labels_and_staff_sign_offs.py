"""Quote speakers from a label with a bracketed note before its colon ('X (translated): "..."'),
from a capitalised body's name as a label, and "the company" after a company named behind its
role noun; people named with an undefined role and no article, after an adverb before the
verb, or in a report's staff lines with initials; companies ending in a trade word are no
people. Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2026-11-20", heading="Regional security report")
_speakers = DRAFTS.speakers
_people = DRAFTS.people


def test_a_body_label_with_a_translation_note_speaks():
    speakers = _speakers('Forwarded from Border Guard Command\n\nBorder Guard Command '
                         '(translated): "Our patrol stopped two trucks carrying mortar rounds '
                         'near the crossing."')
    assert speakers["Our patrol stopped t"] == "Border Guard Command"


def test_a_person_label_with_a_translation_note_speaks():
    speakers = _speakers('Militia commander Abu Yasir al-Tamimi, a senior official, spoke on '
                         'Monday.\n\nSenior commander Abu Yasir al-Tamimi (translated): "We '
                         'will answer every raid on our positions."')
    assert speakers["We will answer every"] == "Abu Yasir al-Tamimi"


def test_a_capitalised_body_name_as_a_label_speaks():
    speakers = _speakers('Provincial Civil Defence Directorate: "Three fires at the depot '
                         'were put out by dawn."')
    assert speakers["Three fires at the d"] == "Provincial Civil Defence Directorate"


def test_a_bare_body_noun_heading_a_pull_quote_names_no_one():
    speakers = _speakers('Directorate: "a blow to every family"\n\nThe Provincial Water '
                         'Directorate said the pumping station was hit. "It is a blow to every '
                         'family," the directorate said.')
    assert speakers.get("a blow to every fami") != "Directorate"


def test_the_company_is_the_one_named_after_its_role_noun():
    speakers = _speakers('The freighter was hit on Monday. Piraeus-based operator Meltemi '
                         'Bulk Carriers said the crew was safe.\n\n"All nineteen crew members '
                         'are accounted for," the company said.')
    assert speakers["All nineteen crew me"] == "Meltemi Bulk Carriers"


def test_a_company_ending_in_management_is_no_person():
    people = _people('Oslo-based manager Fjordline Vessel Management said the tanker would '
                     'head for Djibouti.')
    assert "Fjordline Vessel Management" not in people


def test_an_office_with_no_article_after_a_name_makes_a_person():
    people = _people('"The roads are empty at night," Samir Adel al-Rubaie, chairman of a '
                     'truckers\' union in Kut, told reporters.')
    assert "Samir Adel al-Rubaie" in people


def test_an_adverb_before_the_verb_still_makes_a_speaker():
    people = _people('Rojhat Amedi, a YPG press official, has repeatedly said the group '
                     'keeps its own radars.')
    assert "Rojhat Amedi" in people


def test_staff_lines_name_people_by_initials():
    people = _people('Movement on the airport road is not advised.\n\nCompiled by: Watch '
                     'Desk (K. Lindqvist, Senior Analyst). Approved: M. Farouk, Head of '
                     'Assessments.')
    assert set(people) >= {"K. Lindqvist", "M. Farouk"}


def test_a_staff_line_without_a_staff_role_names_no_one():
    people = _people('Approved: B. Station, Erbil.')
    assert "B. Station" not in people
