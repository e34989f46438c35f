"""People: a monarch or heir named with a father's name ("King X bin Y Al Z"), a Gulf family
name written with a separate "Al", a police force after a title not read as a name, and a
memo's signature block under "//SIGNED//". Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2027-02-03", heading="Regional report")
_people = DRAFTS.people


def test_a_king_named_with_his_fathers_name_and_family_is_one_person():
    text = ("His Majesty King Fahad bin Jasim Al Nuaimi received the defence minister at the "
            "palace on Tuesday.")
    assert "Fahad bin Jasim Al Nuaimi" in _people(text)


def test_a_crown_prince_with_a_fathers_name_is_a_person():
    text = ("Crown Prince Majid bin Fahad Al Nuaimi chaired a meeting of the security council "
            "on Wednesday.")
    assert "Majid bin Fahad Al Nuaimi" in _people(text)


def test_a_base_named_after_a_prince_is_no_person():
    text = "Two tankers landed at Prince Khalid Air Base on Monday, a spokesman said."
    assert _people(text) == {}


def test_a_separate_al_before_a_family_name_stays_in_the_name():
    text = ("Colonel Yaqub Isa Al Ghanem, the director of the command's media office, said the "
            "debris had been removed.")
    assert "Yaqub Isa Al Ghanem" in _people(text)


def test_a_police_force_after_an_office_is_not_a_name():
    text = ("Brigadier Nasser Ali Al Hamdan, Director-General of the Northern Governorate "
            "Police, said patrols had been stepped up.")
    people = _people(text)
    assert "Governorate Police" not in people
    assert "Nasser Ali Al Hamdan" in people


def test_a_memo_signature_block_names_its_signer_and_office():
    text = ("1. Patrols will be doubled at the north gate until further notice.\n\n"
            "//SIGNED//\n\nMARGARET T. OKAFOR\n\nCOL, MP\n\nChief, Base Security Office\n")
    assert _people(text) == {"Margaret T. Okafor": "Chief, Base Security Office"}
