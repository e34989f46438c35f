"""British ranks, appointments and numbered units; quotes set as their own paragraph; speakers
relayed by an agency; bodies named inside a war's name or a glossary."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-03-10", "Forces update")


def _orgs(text: str) -> list[str]:
    return [o.name for o in DRAFTS.facts(text).organizations]


def test_an_appointment_after_a_british_rank_is_the_title_not_a_name():
    people = DRAFTS.people(
        "Group Captain Ruth Ellery, Officer Commanding No. 9 Squadron, said the crews were "
        "ready. Major Colin Pratt, Commanding Officer of 4th Regiment Royal Artillery, said the "
        "guns had arrived.")
    assert set(people) == {"Ruth Ellery", "Colin Pratt"}
    assert "Officer Commanding No. 9 Squadron" in people["Ruth Ellery"]
    assert "Commanding Officer of 4th Regiment Royal Artillery" in people["Colin Pratt"]


def test_an_air_officer_commanding_names_no_person_commanding():
    people = DRAFTS.people(
        "Air Vice-Marshal Tessa Gorman, Air Officer Commanding 85 Expeditionary Air Wing, "
        "visited the station on Monday.")
    assert list(people) == ["Tessa Gorman"]


def test_a_paragraph_after_said_colon_without_marks_is_the_speakers_quote():
    speakers = DRAFTS.speakers(
        "Wing Commander Ruth Ellery, Officer Commanding No. 9 Squadron, said:\n\n"
        "Our engineers worked through the night to have the jets ready for the first patrol.")
    assert speakers["Our engineers worked"] == "Ruth Ellery"


def test_a_first_person_paragraph_after_an_officer_speaks_is_their_quote():
    speakers = DRAFTS.speakers(
        "Lieutenant Colonel Owen Hart, Commanding Officer of 7th Regiment Royal Artillery, "
        "said the move had gone \"smoothly\".\n\n"
        "We have trained for this task all year and the battery is ready.")
    assert speakers["We have trained for "] == "Owen Hart"


def test_a_plain_paragraph_after_a_speaker_is_no_quote_unless_in_the_first_person():
    speakers = DRAFTS.speakers(
        "Major Colin Pratt, Commanding Officer of 4th Regiment Royal Artillery, said the move "
        "had gone \"smoothly\".\n\n"
        "The regiment returns home in the spring after six months in the region.")
    assert not any(s.startswith("The regiment returns") for s in speakers)


def test_british_numbered_squadrons_groups_and_regiments_are_units():
    orgs = _orgs(
        "Jets from No. 9 Squadron and 31 Squadron flew with tankers of 101 Squadron, under "
        "85 Expeditionary Air Wing, while gunners from III Squadron RAF Regiment guarded the "
        "airfield.")
    for unit in ("No. 9 Squadron", "31 Squadron", "101 Squadron", "III Squadron RAF Regiment"):
        assert unit in orgs


def test_an_aircraft_type_before_squadron_is_no_numbered_unit():
    orgs = _orgs("The Pentagon said an F-35 Squadron would follow the carrier group.")
    assert "35 Squadron" not in orgs


def test_the_same_squadron_with_and_without_no_is_one_unit():
    orgs = _orgs("No. 9 Squadron arrived on Monday. The pilots of 9 Squadron flew on Tuesday.")
    assert sum("9 Squadron" in o for o in orgs) == 1


def test_typhoon_with_its_mark_and_the_voyager_tanker_are_systems():
    systems = DRAFTS.systems(
        "Four RAF Typhoon FGR4 fighters landed at the base, refuelled by a Voyager tanker.")
    assert "Typhoon" in systems and "Voyager" in systems


def test_a_storm_named_typhoon_is_no_aircraft():
    systems = DRAFTS.systems("Typhoon Mawar closed the port for two days, officials said.")
    assert "Typhoon" not in systems


def test_a_lower_case_ministry_of_affairs_speaks_in_full():
    speakers = DRAFTS.speakers(
        "The regional government's ministry of veterans affairs said in a statement that the "
        "camp had been hit by \"a rocket fired from across the river.\"")
    assert speakers["a rocket fired from "].endswith("ministry of veterans affairs")


def test_a_group_that_vowed_a_quote_speaks_it():
    speakers = DRAFTS.speakers(
        "Saraya Harith, in its statement, vowed that \"the answer to this attack will be "
        "swift,\" without naming a target.")
    assert speakers["the answer to this a"] == "Saraya Harith"


def test_the_agency_that_reported_a_quote_relays_it_and_the_subject_speaks():
    speakers = DRAFTS.speakers(
        "Turkey's foreign ministry spokesman denounced the raid as \"a grave violation of "
        "sovereignty\", state news agency Anadolu reported.")
    assert speakers["a grave violation of"] == "Turkey's foreign ministry spokesman"


def test_he_after_an_unnamed_ministry_spokesman_is_that_spokesman():
    speakers = DRAFTS.speakers(
        "A police officer said the road was closed.\n\n"
        "Egypt's foreign ministry spokesman rejected the charge, the agency reported. \"Cairo "
        "has no part in this dispute,\" he was quoted as saying.")
    assert speakers["Cairo has no part in"] == "Egypt's foreign ministry spokesman"


def test_the_statement_read_after_a_telegram_claim_is_the_claimants():
    speakers = DRAFTS.speakers(
        "US Central Command said two drones were shot down.\n\n"
        "The Northern Brigades said on its Telegram channel that it had struck \"the enemy "
        "camp\" with drones. \"We will strike again,\" the statement said.")
    assert speakers["We will strike again"] == "Northern Brigades"


def test_a_named_body_after_an_owners_possessive_speaks_not_the_owner():
    speakers = DRAFTS.speakers(
        "Ankara stayed silent, but the Turkish government's Border Security Command said that "
        "all crossings were \"closed until further notice.\"")
    assert speakers["closed until further"] == "Border Security Command"


def test_a_countrys_army_and_its_armed_forces_are_one_organisation():
    orgs = _orgs(
        "The Jordanian Armed Forces said a drone fell near Mafraq.\n\n"
        "Jordan's army said later that nobody was hurt.")
    assert "Jordan's army" not in orgs and "Jordanian Armed Forces" in orgs


def test_a_unit_named_after_its_weapon_is_no_unit_name():
    orgs = _orgs("The officer once led a Patriot battalion in Kuwait, he said.")
    assert "Patriot battalion" not in orgs


def test_a_system_and_a_bare_service_joined_by_and_are_no_one_name():
    orgs = _orgs("The command moved Iron Dome and Navy destroyer cover to the south, it said.")
    assert not any(o.endswith("and Navy") for o in orgs)


def test_a_party_named_only_in_a_wars_name_is_no_organisation_of_the_report():
    orgs = _orgs("Attacks on the base have grown since the Israel-Hamas war began, officials "
                 "said.")
    assert "Hamas" not in orgs


def test_initials_a_glossary_spells_out_in_common_words_are_no_organisation():
    orgs = _orgs("Two rounds of IDF hit the camp at dawn.\n\n"
                 "Abbreviations: KIA killed in action; IDF indirect fire; LN local national.")
    assert "Israel Defense Forces" not in orgs


def test_counter_rocket_artillery_and_mortar_with_its_initials_is_c_ram():
    systems = DRAFTS.systems(
        "The base relied on its Counter-Rocket, Artillery and Mortar, or C-RAM, systems.")
    assert "C-RAM" in systems and "mortars" not in systems


def test_one_way_attack_uas_keeps_the_military_term():
    systems = DRAFTS.systems("Two one-way attack UAS approached the base from the north.")
    assert "one-way attack UAS" in systems


def test_a_countrys_unnamed_spokesman_who_denies_is_a_source_with_the_country():
    sources = DRAFTS.sources("Qatar's foreign ministry spokesman denied any part in the talks, "
                             "the agency reported.")
    assert any(text.startswith("Qatar's foreign ministry spokesman denied")
               for _, _, text in sources)


def test_officials_condemning_without_their_words_are_no_source():
    sources = DRAFTS.sources("Two regional officials condemned the strike on the market.")
    assert not any("condemned" in text for _, _, text in sources)


def test_a_capitalised_office_after_a_ranked_name_is_part_of_the_title():
    people = DRAFTS.people(
        "The minister met Staff Major General Karim Nouri al-Hassan, Deputy Commander of "
        "Border Operations, at the ministry on Sunday.")
    assert "Deputy Commander of Border Operations" in people["Karim Nouri al-Hassan"]
