"""Figures, systems and organizations as wider reporting writes them.

Tolls kept in the report's own word, days of a month and decades that are no counts, speakers
and arguments counted, nouns named after the number or earlier in the sentence; ships by their
navy's prefix, hull number or nation, programme names, classes of weapon; relief bodies, wire
agencies, a report's own initials, hospitals that speak, outlets, numbered and regional units.
Every sentence is our own.
"""

from __future__ import annotations

import pytest

from .drafting import Drafts

PUBLISHED = "2025-03-03"


DRAFTS = Drafts(PUBLISHED, heading="Update")
_facts = DRAFTS.facts
_figures = DRAFTS.figures
_systems = DRAFTS.systems
_organizations = DRAFTS.organizations


# ------------------------------------------------------------------ figures


@pytest.mark.parametrize("sentence, expected", [
    ("Shelling killed four people and injured 17 others in the market.",
     [(4, "people"), (17, "injured")]),
    ("The clinic said 8 were wounded and 30 injured by glass.", [(8, "wounded"), (30, "injured")]),
])
def test_tolls_keep_the_reports_word(sentence, expected):
    assert _figures(sentence) == expected


@pytest.mark.parametrize("text", [
    # a hard line break (text pasted from a PDF) between the day and its month
    "The camp has taken in 3,100 families since 4\nMarch, the agency said.",
    "Aid reached the town between 6 and 9\nApril, the agency said.",
    "A woman in her 70s and a man in his 30s were treated at the scene.",
    "The depot had been built in the 1980s.",
])
def test_days_of_a_month_and_decades_are_no_counts(text):
    assert all(value not in (4, 6, 9, 70, 30, 1980) for value, _ in _figures(text))


def test_the_second_day_of_a_pair_is_no_count():
    assert _figures("The group claimed four raids on June 3 and 4 near the port.") == [
        (4, "raids")]


def test_two_sums_joined_by_and_are_two_figures():
    assert _figures("The fund asked for $300 million and 120 million more.") == [
        (300e6, "USD"), (120e6, "USD")]


def test_a_bare_number_never_borrows_a_currency():
    figures = _figures("The regional appeal, which seeks $2.8 billion, is 31\npercent funded.")
    assert (2.8e9, "USD") in figures and all(value != 31 for value, _ in figures)


def test_a_quoted_number_takes_the_noun_after_the_quote():
    assert _figures('The crews launched "more than 60" interceptors in a week.') == [
        (60, "interceptors")]


@pytest.mark.parametrize("sentence, expected", [
    ("The strike raised to 21 the number of medics killed this year.", [(21, "medics")]),
    ("The navy's count of missiles fired in May was 48, officials wrote.", [(48, "missiles")]),
    ("Nobody would say how many SM-6s were fired, but the total was at least 19.",
     [(19, "SM-6s")]),
])
def test_the_counted_noun_named_before_or_after_the_number(sentence, expected):
    assert _figures(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Two congressional aides said the vote would slip.",
    "Three residents, speaking by phone, said the bridge was down.",
    "The panel wrestled with three questions about the budget.",
])
def test_speakers_and_arguments_are_no_figures(sentence):
    assert _figures(sentence) == []


def test_a_count_described_is_still_a_figure():
    assert _figures("Seven Marines described as lightly hurt were flown out.") == [
        (7, "marines")]


def test_a_dozen_without_its_article():
    assert _figures("The post is held by the roughly dozen soldiers left there.") == [
        (12, "soldiers")]


def test_a_vague_stockpile_in_quotes_is_no_figure():
    assert _figures('Officials said the group still holds "a few hundred" drones.') == []


def test_a_rate_counts_what_a_named_programme_makes():
    assert _figures("Output of Javelin missiles will rise to about 70 a month.") == [
        (70, "missiles a month")]


# ------------------------------------------------------------------ systems


@pytest.mark.parametrize("sentence, name", [
    ("The cutter BRP Teresa Magbanua (MRRV-9701) was rammed.", "BRP Teresa Magbanua"),
    ("The destroyer JS Kongo (DDG-173) joined the drill.", "JS Kongo"),
    ("The frigate HMCS Ville de Montréal sailed north.", "HMCS Ville de Montréal"),
    ("The freighter MV True Confidence was hit by a missile.", "MV True Confidence"),
    ("Coast Guard vessel 3306 blocked the supply run.", "Coast Guard vessel 3306"),
    ("Later the Russian carrier Admiral Kuznetsov left port.", "Admiral Kuznetsov"),
    ("They sprayed the supply boat Lapu Lapu 2 for an hour.", "Lapu Lapu 2"),
])
def test_ships_by_prefix_hull_number_or_nation(sentence, name):
    assert name in _systems(sentence)


@pytest.mark.parametrize("sentence", [
    "The carrier Lufthansa cancelled its flights to Beirut.",
    "The ship 300 km offshore radioed for help.",
    "A boat 100 yards from the pier capsized.",
])
def test_no_ship_without_a_ships_shape(sentence):
    assert not any(s in ("Lufthansa", "ship 300", "boat 100") for s in _systems(sentence))


@pytest.mark.parametrize("sentence, name", [
    ("Funding for the Hawaii Missile Defense System doubled.", "Hawaii Missile Defense System"),
    ("The Army wants more Enduring Fires Capability launchers.", "Enduring Fires Capability"),
    ("The ships carry SM-6 Block IA interceptors.", "SM-6 Block IA"),
    ("The order covers 300 PAC-2 GEM-T missiles.", "PAC-2 GEM-T"),
])
def test_programme_names_blocks_and_variants(sentence, name):
    assert name in _systems(sentence)


def test_a_civil_system_is_no_weapon():
    assert _systems("The Global Positioning System was jammed near the port.") == []


@pytest.mark.parametrize("sentence, wanted", [
    ("Police turned water cannons on the crowd.", "water cannon"),
    ("Gunmen opened fire with small arms near the gate.", "small arms"),
    ("A soldier threw a grenade into the trench.", "grenades"),
    ("The strike destroyed a technical vehicle carrying a heavy gun.", "technicals"),
    ("Fighter jets struck depots in the valley overnight.", "fighter jets"),
    ("The country has bought artillery and air-defence systems abroad.",
     "air defence systems"),
])
def test_classes_of_weapon_without_a_model(sentence, wanted):
    assert wanted in _systems(sentence)


def test_a_class_names_nothing_new_beside_a_named_system():
    assert _systems("Israeli fighter jets, including F-35s, hit the site.") == ["F-35"]
    assert _systems("The Iron Dome air defence system engaged the salvo.") == ["Iron Dome"]


@pytest.mark.parametrize("sentence", [
    "About 30 rockets were fired at the town overnight.",
    "Nearly 12 drones crossed the border before dawn.",
])
def test_a_qualifier_opening_a_sentence_names_no_system(sentence):
    assert not any(s[0].isupper() for s in _systems(sentence))


def test_a_place_before_the_noun_names_no_system():
    assert "Odesa" not in _systems("Rescuers cleared the rubble after the Odesa drone strike.")


def test_a_name_ending_like_a_nationality_still_names_a_rocket():
    assert "Toufan" in _systems("The group said it fired Toufan heavy rockets at the base.")


def test_a_general_class_stays_when_two_named_kinds_share_it():
    systems = _systems("They fired Katyusha rockets and Falaq heavy rockets. "
                       "About 50 rockets fell in open ground.")
    assert {"Katyusha rockets", "Falaq", "rockets"} <= set(systems)


# ------------------------------------------------------------------ organizations


@pytest.mark.parametrize("sentence, name", [
    ("WHO said two clinics had closed.", "World Health Organization"),
    ("Médecins Sans Frontières (MSF) treated 40 people.", "Médecins Sans Frontières"),
    ("The Rapid Support Forces shelled the camp again.", "Rapid Support Forces"),
    ("An affiliate of al-Qaeda claimed the raid.", "al-Qaeda"),
    ("The toll rose to 91, according to an AFP count.", "AFP"),
    ("Two officials told Reuters the talks had stalled.", "Reuters"),
])
def test_relief_bodies_armed_groups_and_wire_agencies(sentence, name):
    assert name in _organizations(sentence)


def test_the_reports_own_initials_win_over_the_table():
    orgs = _organizations("The Maritime Security Force (MSF) boarded the dhow. "
                          "MSF officers seized the cargo.")
    assert orgs.get("Maritime Security Force") == ["MSF"]
    assert "Médecins Sans Frontières" not in orgs


def test_initials_defined_as_another_body_are_not_the_tables():
    orgs = _organizations("Reporters Without Borders (RSF) counted 9 dead reporters. "
                          "RSF asked for an inquiry.")
    assert "Rapid Support Forces" not in orgs


def test_a_branch_of_a_global_group_is_its_own_group():
    assert "ISIS-Mozambique" in _organizations("ISIS-Mozambique claimed the ambush.")


@pytest.mark.parametrize("sentence, name", [
    ("He testified before the Seapower Subcommittee on Tuesday.", "Seapower Subcommittee"),
    ("A researcher at the Caucasus Conflict Lab said so.", "Caucasus Conflict Lab"),
    ("The Joint Staff Office said the jets were scrambled.", "Joint Staff Office"),
    ("The NATO Maritime Command said the frigate was escorting.", "NATO Maritime Command"),
    ("Georgia's Interior Ministry said three were held.", "Georgia's Interior Ministry"),
])
def test_named_bodies_of_wider_reporting(sentence, name):
    assert name in _organizations(sentence)


def test_a_hospital_is_a_body_when_it_speaks():
    orgs = _organizations("The wounded were flown to Rambam Medical Center in Haifa, the "
                          "hospital said. He was treated at Barzilai Medical Center later.")
    assert "Rambam Medical Center" in orgs and "Barzilai Medical Center" not in orgs


@pytest.mark.parametrize("sentence, name", [
    ("The claim was aired by its Al-Aqsa television.", "Al-Aqsa"),
    ("The Kommersant newspaper reported the figure.", "Kommersant"),
])
def test_outlets_named_before_what_they_are(sentence, name):
    assert name in _organizations(sentence)


@pytest.mark.parametrize("sentence, name", [
    ('The 36th "Bashan" Division moved north.', "36th Bashan Division"),
    ("Carrier Air Wing 9 flew from the deck.", "Carrier Air Wing 9"),
    ("Combined Task Force 151 escorted the convoy.", "Combined Task Force 151"),
])
def test_units_with_nicknames_and_trailing_numbers(sentence, name):
    assert name in _organizations(sentence)


def test_a_regions_forces_but_not_a_countrys():
    orgs = _organizations("Fighting pitted Puntland forces against militants, while "
                          "Russian forces and Iran forces stayed out.")
    assert "Puntland forces" in orgs
    assert not any("Russian" in n or "Iran" in n for n in orgs)


@pytest.mark.parametrize("sentence", [
    "The jets flew from Dover Air Force Base overnight.",
    "By Foreign Staff\nThe strikes went on.",
    "The Chief of the General Staff toured the front.",
    "The Joint Battle Command System will be fielded next year.",
])
def test_places_bylines_titles_and_programmes_are_no_bodies(sentence):
    assert _organizations(sentence) == {}


def test_prose_crowded_with_names_is_no_headline():
    orgs = _organizations("Experts at the Tbilisi-based Caspian Policy Centre and the "
                          "Atlantic Council's Europe Center disagreed.")
    assert "Atlantic Council" in orgs
