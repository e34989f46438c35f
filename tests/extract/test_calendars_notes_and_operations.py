"""Other calendars' dates, clock minutes, notes sections, plans in phases, operation names,
regional bodies by their initials and the launchers militias leave behind."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2025-11-20", "Baghdad security roundup")


# ---------------------------------------------------------------- figures


def test_a_day_of_a_hijri_month_is_a_date_not_a_count():
    figures = DRAFTS.figures(
        "The militia fired on the depot on 14 Rabi al-Thani 1447 AH, and again on 3 Shawwal, "
        "when five mortar rounds landed near the gate.")
    assert [value for value, _ in figures] == [5.0]


def test_iranian_and_hebrew_month_days_are_dates_too():
    figures = DRAFTS.figures(
        "Tehran said the drill began on 12 Farvardin; the army said it ended on 9 Tishrei "
        "with 40 launchers on the range.")
    assert figures == [(40.0, "launchers")]


def test_the_minutes_of_a_clock_time_are_no_count():
    figures = DRAFTS.figures("Updated Monday 17 November 2025 - 09:35 | 26 Jumada al-Ula 1447\n\n"
                             "Seven trucks were stopped at the checkpoint.")
    assert figures == [(7.0, "trucks")]


def test_a_plan_carried_out_in_phases_is_no_figure():
    figures = DRAFTS.figures("The handover of the bases will take place in three phases "
                             "and two steps, officials said, and 300 advisers will stay.")
    assert figures == [(300.0, "advisers")]


def test_a_small_count_of_munitions_inside_a_quoted_statement_is_kept():
    figures = DRAFTS.figures(
        'The ministry said in a statement that "at dawn two Grad-type rockets landed in an '
        'empty field east of the base, causing no damage to property or people."')
    assert (2.0, "rockets") in figures


def test_a_hyphenated_noun_ending_in_wing_does_not_cut_the_counted_phrase():
    facts = DRAFTS.facts("Air defences downed three bomb-laden fixed-wing drones overnight.")
    assert [(f.value, f.unit) for f in facts.figures] == [(3.0, "drones")]
    assert "fixed-wing drones" in facts.figures[0].label


def test_part_of_a_later_number_borrows_that_numbers_noun():
    figures = DRAFTS.figures("The Pentagon confirmed only four of the nine claimed strikes.")
    assert (4.0, "strikes") in figures
    assert all(unit != "nine" for _, unit in figures)


def test_a_bare_number_after_the_refers_back_to_a_group_already_counted():
    figures = DRAFTS.figures(
        "Sources said six fighters of the group were killed in the raid, up from the four "
        "the group itself announced.")
    assert figures == [(6.0, "fighters")]


def test_a_force_cut_to_a_bare_number_counts_troops_not_the_sites_before_it():
    figures = DRAFTS.figures("The Pentagon said it would close three outposts in Anbar and "
                             "shrink its forces in the country to roughly 1,200.")
    assert (1200.0, "troops") in figures
    assert (1200.0, "outposts") not in figures


def test_numbers_opening_lines_under_a_notes_heading_are_note_markers():
    figures = DRAFTS.figures(
        "Four drones were shot down over the airport on Monday.\n\n"
        "Notes\n\n"
        "1 Ministry statement of 3 November (initial).\n\n"
        "2 Early local reporting: 2 KIA. 3 Single-source claim; not confirmed by the army.\n")
    assert figures == [(4.0, "drones")]


# ---------------------------------------------------------------- places


def test_operation_names_listed_with_their_years_are_no_places():
    places = [p.name for p in DRAFTS.facts(
        "Ankara has mounted several cross-border operations: Euphrates Shield (2016), "
        "Olive Branch (2018) and Claw-Lock (2022). Shelling hit Afrin on Sunday.").places]
    assert "Olive Branch" not in places
    assert "Afrin" in places


def test_a_region_before_a_bodys_initials_is_the_body_not_the_region():
    places = [p.name for p in DRAFTS.facts(
        "Two drones fell near Erbil airport, the Kurdistan CTD said on Monday.").places]
    assert "Kurdistan" not in places


def test_radwaniyah_and_the_militias_victoria_base_are_placed_near_baghdad_airport():
    places = {p.name: (p.lat, p.lon) for p in DRAFTS.facts(
        "Police found a launcher in the Radwaniyah area after the militia claimed a drone "
        "attack on the occupation's Victoria base.").places}
    lat, lon = places["Radwaniyah"]
    assert abs(lat - 33.22) < 0.1 and abs(lon - 44.2) < 0.1
    lat, lon = places["Victoria base"]
    assert abs(lat - 33.29) < 0.1 and abs(lon - 44.24) < 0.1


# ---------------------------------------------------------------- systems


def test_a_launch_rail_found_after_an_attack_is_a_system():
    assert "launch rails" in DRAFTS.systems(
        "Police later recovered two launch rails from a farm south of the airport.")


def test_a_launch_platform_for_something_is_a_metaphor_not_a_system():
    assert "launch platforms" not in DRAFTS.systems(
        "The prime minister said Iraq must never be a launch platform for attacks on "
        "its neighbours.")


def test_a_capital_opening_a_dated_list_item_is_no_system_name():
    systems = DRAFTS.systems("Nov. 3: Reported drone attack on the airport perimeter.\n"
                             "Nov. 4: Claimed rocket attack on the logistics hub.")
    assert "Reported" not in systems
    assert "Claimed" not in systems


# ---------------------------------------------------------------- organizations


def test_an_operations_zone_is_not_an_organization():
    organizations = DRAFTS.organizations(
        "Gunmen opened fire on a patrol in the Operation Euphrates Shield area on Friday.")
    assert not any(name.startswith("Operation") for name in organizations)


def test_syria_monitors_and_outlets_are_known_by_their_initials():
    organizations = DRAFTS.organizations(
        "SOHR said two fighters were killed, while North Press reported three.")
    assert "Syrian Observatory for Human Rights" in organizations
    assert "North Press Agency" in organizations


def test_the_kurdistan_counter_terrorism_directorate_by_its_initials():
    organizations = DRAFTS.organizations(
        "The Kurdistan CTD said air defences downed one drone near the city.")
    assert "Counter-Terrorism Directorate" in organizations


def test_a_small_militia_in_the_resistance_claims_is_known():
    organizations = DRAFTS.organizations(
        "The strike was claimed jointly by Kataib Hezbollah and Saraya Awliya al-Dam.")
    assert "Saraya Awliya al-Dam" in organizations


def test_bodies_named_inside_a_cited_documents_title_are_not_drafted():
    organizations = DRAFTS.organizations(
        'Officials pointed to the ministry paper, "Statement on the Future of the Allied '
        'Training Mission in Jordan," published in March.')
    assert not any("Training Mission" in name for name in organizations)


def test_a_verb_after_a_bare_number_is_not_what_it_counts():
    figures = DRAFTS.figures("Three were intercepted over the desert and one fell short; "
                             "the raids aim to make the remaining 2,000 feel unwelcome.")
    assert all(unit not in ("fell", "feel", "unwelcome") for _, unit in figures)


def test_the_kurdistan_directorate_written_in_lower_case_is_known():
    organizations = DRAFTS.organizations(
        "The Kurdistan region's counter-terrorism directorate said a drone was downed.")
    assert "Counter-Terrorism Directorate" in organizations
