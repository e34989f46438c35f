"""People and quote speakers in formal registers: a Gulf officer's "Staff" grade after the
rank, an office whose name ends in "Relations" taken for no one, a letter's addressee and
"/s/" signers, a rank used as what a named expert is, a group that calls itself a name with
"al-" in it, a channel owner's plural channels, plural "say", "press reports" as a noun and a
report that "found that". Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2027-02-10", heading="Regional report")
_people = DRAFTS.people
_speakers = DRAFTS.speakers


def test_staff_after_the_rank_is_part_of_the_grade_not_the_name():
    text = ("Spokesman of the National Guard Colonel Staff Fahad Nasser Al-Otaibi told reporters "
            'that the crews were "ready for any task."')
    people = _people(text)
    assert "Fahad Nasser Al-Otaibi" in people
    assert not any(name.startswith("Staff") for name in people)


def test_an_office_ending_in_relations_is_not_a_person():
    text = ("Head of Media and Public Relations Ahmad Salem Al-Mutairi said the damage was "
            '"limited to a fence."')
    people = _people(text)
    assert "Public Relations" not in people


def test_a_letters_addressee_and_signers_are_people_with_their_typed_titles():
    text = ("The Honorable Jane Q. Ardmore\n\nSecretary of the Navy\n\nDear Secretary Ardmore:\n\n"
            "We write about recent attacks on our sailors.\n\nSincerely,\n\n/s/ Tomas B. Whitcombe"
            "\n\nTomas B. Whitcombe\n\nUnited States Senator\n")
    people = _people(text)
    assert "Jane Q. Ardmore" in people and "Ardmore" not in people
    assert people["Tomas B. Whitcombe"] == "United States Senator"


def test_a_rank_after_the_name_describes_a_quoted_expert():
    text = ('"Radar is the first thing to go," Rosa Delgado, a retired Army air defense colonel '
            "who now teaches at the Naval School, told me.")
    assert "Rosa Delgado" in _people(text)
    assert _speakers(text) == {"Radar is the first t": "Rosa Delgado"}


def test_a_group_calling_itself_an_al_name_keeps_the_whole_name():
    text = ("Drones struck a depot near the border on Monday, officials said.\n\nA group calling "
            "itself Ansar al-Difaa, which says it is part of a wider alliance, said in a post on "
            'Telegram that it had attacked "the depot of the occupiers" with drones in response to '
            '"crimes against '
            'our people." Reporters could not verify the claim.')
    assert _speakers(text)["crimes against our p"] == "Ansar al-Difaa"


def test_a_groups_own_channels_say_in_the_plural_is_the_group():
    text = ("The monitor counted six dead; Kataib Difaa's own channels say two "
            '"heroes."')
    assert _speakers(text)["heroes."] == "Kataib Difaa"


def test_press_reports_is_a_noun_and_a_report_that_found_speaks():
    text = ("Press reports suggest the battery left in May, and an inspector general review "
            'released the same week found that radars were "often switched off at night."')
    speaker = _speakers(text)["often switched off a"]
    assert "inspector general" in speaker.lower()
    assert "press" not in speaker.lower()
