"""Speakers never taken from a date, read from a translator's lead line, a relative clause or
a 'so-called' body; people named in header fields, contact lines and offices after a title."""

from .drafting import Drafts

DRAFTS = Drafts("2026-11-20", heading="Weekly monitor")


def test_a_date_before_the_subject_is_no_speaker():
    said = DRAFTS.speakers('At 03:10 UTC on November 17, Amaq stated that a sniper "hit a guard" '
                           "near the town.")
    assert said == {"hit a guard": "Amaq"}


def test_a_digest_date_between_subject_and_verb_is_set_aside():
    said = DRAFTS.speakers("The envoy's office 24 Nov warned that \"talks are failing\" again.")
    assert said == {"talks are failing": "envoy's office"}


def test_a_translators_lead_line_names_the_speaker_below_it():
    said = DRAFTS.speakers(
        "Interior Ministry spokesman Brig. Gen. Omar Kadhim al-Tahir, on state TV (our "
        "translation):\n\n\"The suspects were caught within hours.\"\n\n"
        "UPDATE | Second statement from the Joint Media Cell, issued this afternoon (our "
        "translation):\n\n\"Our forces found the launch rails.\"")
    assert said == {"The suspects were ca": "Omar Kadhim al-Tahir",
                    "Our forces found the": "Joint Media Cell"}


def test_a_relative_clause_with_its_own_subject_names_the_speaker():
    said = DRAFTS.speakers("Troops remain at two bases near the city, which Washington says "
                           'are now "advisory" sites.')
    assert said == {"advisory": "Washington"}


def test_the_body_a_hostile_outlet_calls_so_called_speaks():
    said = DRAFTS.speakers("The occupation's so-called Central Command claimed that its jets "
                           'carried out "precise strikes" on "arms depots" used by what it '
                           'called "proxy groups".')
    assert said == {"precise strikes": "Central Command", "arms depots": "Central Command",
                    "proxy groups": "Central Command"}


def test_a_body_described_at_length_speaks_not_the_member_it_includes():
    said = DRAFTS.speakers(
        "The Popular Mobilization Forces (PMF) buried their dead.\n\nThe PMF, a "
        "state-sanctioned umbrella of mostly Shia armed groups that includes Kataib Hezbollah, "
        'condemned the raid as "a violation of sovereignty."')
    assert "Kataib" not in said["a violation of sover"]


def test_a_governors_engineer_title_does_not_cut_the_name():
    people = DRAFTS.people("Governor of Deir Ezzor Eng. Samir Khalil al-Hadi visited the "
                           "wounded in hospital.")
    assert people == {"Samir Khalil al-Hadi": "Governor of Deir Ezzor"}


def test_a_notes_owner_and_a_messages_point_of_contact_are_people():
    people = DRAFTS.people("owner: T. Mensah\nstatus: draft\n\n"
                           "9. (U) POC: MAJ L. BRANDT, JOC BATTLE CAPTAIN, DSN 318-555-0100.//")
    assert people == {"T. Mensah": "owner", "L. Brandt": "JOC battle captain"}


def test_an_office_set_off_after_the_name_titles_the_person():
    people = DRAFTS.people("Tom Arkwright, the Defence Secretary, is understood to have "
                           "approved four more jets.")
    assert people == {"Tom Arkwright": "Defence Secretary"}


def test_an_adviser_and_a_countrys_general_before_a_full_name():
    people = DRAFTS.people("The meeting was chaired by Deputy National Security Adviser Kim "
                           "Do-yeon, officials said. A strike killed the Iranian general Reza "
                           "Tavakoli in 2020.")
    assert people == {"Kim Do-yeon": "Deputy National Security Adviser",
                      "Reza Tavakoli": "Iranian general"}
