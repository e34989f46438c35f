"""People titled as clerics, victims listed one a line with their age or "named locally as",
and an outlet whose name looks like a person's."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-05-04", "Regional roundup")


def test_a_clerics_title_opens_a_name():
    people = DRAFTS.people("Hojjatoleslam Reza Farahani, a member of the assembly, told the "
                           "agency the talks had failed. Grand Ayatollah Hassan Moradi urged "
                           "calm.")
    assert "Reza Farahani" in people
    assert "Hassan Moradi" in people


def test_a_list_of_victims_with_ages_names_each_person():
    people = DRAFTS.people("Those killed\n\nLayla Hamid Saeed, 34\nYasin Karim Nouri, 7\n"
                           "Adnan Fares al-Jubouri, 58, shepherd\n\nTwo more were hurt.")
    assert {"Layla Hamid Saeed", "Yasin Karim Nouri", "Adnan Fares al-Jubouri"} <= set(people)


def test_a_single_name_with_a_number_is_no_list():
    people = DRAFTS.people("Supply Depot North, 12\n\nThe depot held fuel for the convoy.")
    assert people == {}


def test_named_locally_as_gives_a_name():
    people = DRAFTS.people("A shopkeeper, named locally as Faris Dawood, was among the injured.")
    assert "Faris Dawood" in people


def test_an_outlets_short_name_is_not_a_person():
    people = DRAFTS.people("Nour Halab News Agency\n\nA police source told (Nour Halab) that two "
                           "suspects were held. The officer said to (Nour Halab) that more "
                           "arrests were likely.")
    assert "Nour Halab" not in people
