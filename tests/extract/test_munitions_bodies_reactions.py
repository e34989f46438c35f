"""Munitions named by designator and name, bodies that name themselves, reactions that quote.

A designator and the name it is known by are one system; a count word is no system's name;
headline verbs are no person; embassies, secretariats and self-named groups are bodies; a body
that condemns or rejects with its own quoted words is a source; a description set before a
body's name gives way to the name. Every sentence is our own.
"""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2026-11-20", heading="Regional report")
_systems = DRAFTS.systems
_organizations = DRAFTS.organizations
_people = DRAFTS.people
_speakers = DRAFTS.speakers
_sources = DRAFTS.sources


def _kinds(text: str) -> dict[str, tuple[str, int | None]]:
    return {words: (kind, count) for kind, count, words in _sources(text)}


# ------------------------------------------------------------------ systems


def test_a_munition_designator_and_its_name_are_one_system():
    names = _systems("Crews dropped GBU-38 Joint Direct Attack Munitions and AGM-65 "
                     "Mavericks on the depot at dawn.")
    assert "GBU-38 Joint Direct Attack Munition" in names
    assert "AGM-65 Maverick" in names
    assert not any(n in ("Laser", "Maverick", "Mavericks") for n in names)


def test_an_aircraft_nickname_after_its_designator_is_no_second_system():
    names = _systems("Two B-52H Stratofortress bombers and KC-135 Stratotankers flew over the "
                     "sea on Tuesday.")
    assert not any(n.startswith("Stratofortress") for n in names)
    assert any(n.startswith("B-52") for n in names)


def test_a_title_case_headline_word_after_a_designator_is_not_its_name():
    names = _systems("Pentagon Sends AGM-88 Missiles To Gulf Partners")
    assert "AGM-88 Missile" not in names


def test_precision_guided_munitions_are_a_class_of_weapon():
    names = _systems("The jets released 30 precision-guided munitions on the bunkers.")
    assert "precision-guided munitions" in names


def test_a_count_word_before_rockets_is_no_rocket_name():
    names = _systems("Feb. 3: Numerous rockets landed near the airfield without injury.")
    assert "Numerous" not in names
    assert "rockets" in names


# ------------------------------------------------------------------ people


def test_a_headline_verb_after_a_title_is_no_person():
    people = _people("Navy Commander Tours Bahrain, Meets Fleet Staff\n\nThe visit lasted "
                     "two days.")
    assert not any(name.startswith(("Tours", "Meets")) for name in people)


# ------------------------------------------------------------------ organizations


def test_an_embassy_with_its_nation_and_host_city_is_one_body():
    orgs = _organizations("The Brazilian Embassy in Amman said two of its citizens were "
                          "hurt in the blast.")
    assert "Brazilian Embassy in Amman" in orgs


def test_a_council_secretariat_and_a_communication_centre_are_bodies():
    orgs = _organizations("The attack was condemned by the ASEAN General Secretariat. Omar "
                          "Nasser, head of the Government Communication Center, spoke later.")
    assert "ASEAN General Secretariat" in orgs
    assert "Government Communication Center" in orgs


def test_a_group_named_by_what_it_calls_itself_is_a_body():
    orgs = _organizations("A shadowy faction calling itself Liwa Fajr Al Janub claimed the "
                          "rocket fire on Friday.")
    assert "Liwa Fajr Al Janub" in orgs


# ------------------------------------------------------------------ quotes and sourcing


def test_a_body_that_rejects_in_its_own_quoted_words_is_their_speaker_and_a_source():
    text = ("Oman's Ministry of Foreign Affairs rejected \"any attempt to drag the region into "
            "war\" and called for restraint.")
    assert _speakers(text)["any attempt to drag "] == "Oman's Ministry of Foreign Affairs"
    assert _kinds(text)["Oman's Ministry of Foreign Affairs rejected"] == ("spokesperson", 1)


def test_a_government_condemning_with_quoted_words_is_a_source():
    text = "The government condemned the raid as \"a reckless escalation\" on Monday night."
    assert ("spokesperson", 1) in _kinds(text).values()


def test_countries_condemning_without_quoted_words_are_no_source():
    text = "Norway and Denmark condemned the shelling of the port, as did several other states."
    assert not any("condemned" in words for words in _kinds(text))


def test_a_body_speaking_in_a_relative_clause_speaks_the_quote():
    text = ("Several capitals condemned the strike, as did the Arab League Council, which said "
            "the safety of the crossing was \"non-negotiable\" for the whole region.")
    assert _speakers(text)["non-negotiable"] == "Arab League Council"
    assert ("spokesperson", 1) in _kinds(text).values()


def test_words_after_a_quote_that_open_with_a_preposition_name_no_speaker():
    text = ("The ministry said the border was \"secure\" from the side of the other Baltic "
            "states.")
    assert _speakers(text)["secure"] != "Baltic"


def test_the_name_after_a_description_speaks_and_opens_the_sourcing():
    text = ("A Damascus-based militant coalition, the Northern Valley Front, claimed Friday's "
            "rocket fire in a post on Telegram, saying it had hit \"the enemy outpost\" there.")
    assert _speakers(text)["the enemy outpost"] == "Northern Valley Front"
    kinds = _kinds(text)
    assert any(words.startswith("the Northern Valley Front, claimed Friday's rocket fire in a post")
               for words in kinds)


def test_a_spokesperson_who_confirmed_a_short_quoted_phrase_said_it():
    text = ("An army spokeswoman, Maj. Hana Lindqvist, confirmed that \"routine rotations\" "
            "were under way.")
    assert _speakers(text)["routine rotations"] == "Hana Lindqvist"


def test_a_body_that_attributed_an_attack_quotes_its_own_words():
    text = ("The Border Media Office attributed the ambush to \"gangs crossing from the "
            "hills\" and sent patrols.")
    assert _speakers(text)["gangs crossing from "] == "Border Media Office"
    assert ("spokesperson", 1) in _kinds(text).values()


def test_damage_assessments_that_indicate_are_a_document_but_reports_are_hearsay():
    assert ("document", 1) in _kinds(
        "Early damage assessments indicate that both hangars were destroyed.").values()
    assert not _kinds("Initial reports indicated one guard was hurt at the gate.")


def test_a_local_health_committee_is_a_spokesperson():
    text = "Two farmers were hurt by a mine, according to the local health committee."
    assert _kinds(text)["according to the local health committee"] == ("spokesperson", 1)
