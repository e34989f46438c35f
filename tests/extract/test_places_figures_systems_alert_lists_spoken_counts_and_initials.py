"""Alert-list communities, transcript speaker lines, a firm's chalet; spoken counts ("a hundred
and forty", "more than a dozen times", seconds of warning), a call's length; systems named
with their initials, a missile variant, counter-drone defences.
Sentences written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-11-24", "Regional security brief")


def _places(text: str) -> set[str]:
    return {p.name for p in DRAFTS.facts(text).places}


def test_small_border_communities_in_an_alert_list_are_places():
    names = _places(
        "Sirens sounded across northern Israel on Tuesday morning.\n\n"
        "Upper Galilee: Metula, Ramot Naftali\n\n"
        "Eilat and Arava: Eilat, Eilot\n\n"
        "In Lebanon, a drone hit a car on the Bint Jbeil - Ainata road."
    )
    assert {"Metula", "Ramot Naftali", "Eilot", "Ainata"} <= names


def test_the_presidential_palace_and_dover_are_placed():
    places = DRAFTS.facts(
        "President Aoun received the army commander at Baabda Palace in Lebanon on Wednesday. "
        "The fallen soldier's remains will arrive at Dover on Thursday."
    ).places
    assert "Baabda Palace" in {p.name for p in places}
    dover = [p for p in places if p.name.startswith("Dover")]
    assert dover and round(dover[0].lat) == 39 and round(dover[0].lon) == -75  # the base


def test_a_meeting_transcripts_speaker_line_names_no_place():
    names = _places(
        "Rockets hit Erbil Air Base in Iraq overnight.\n\n"
        "Pereira, Joana CPT USARMY CJTF-OIR (USA)   0:02:41\n\n"
        "We have enough interceptors at Erbil for now.\n\n"
        "Pereira, Joana CPT USARMY CJTF-OIR (USA) stopped transcription"
    )
    assert "Pereira" not in names and "United States" not in names


def test_a_firms_chalet_at_an_air_show_is_not_its_home_town():
    names = _places("The deal was signed at the Kongsberg chalet in Bahrain on Wednesday.")
    assert "Kongsberg" not in names


def test_a_hundred_and_forty_is_one_number():
    figures = DRAFTS.figures("The night shift at the yard is about a hundred and forty people.")
    assert figures == [(140.0, "people")]


def test_more_than_a_dozen_times_is_a_bounded_tally():
    facts = DRAFTS.facts("The base has been hit more than a dozen times this year.")
    assert [(f.value, f.unit, f.qualifier) for f in facts.figures] == [(12.0, "times",
                                                                        "more than")]


def test_the_warning_an_attack_gave_is_a_figure_other_seconds_are_not():
    assert DRAFTS.figures("The siren gave about forty seconds of warning before it hit.") == [
        (40.0, "seconds")]
    assert DRAFTS.figures("The warning came 35 seconds before impact.") == [(35.0, "seconds")]
    assert DRAFTS.figures("The video lasts 35 seconds.") == []


def test_a_calls_length_and_a_coachs_seasons_and_paragraph_numbers_are_not_figures():
    assert DRAFTS.figures("Call length: 6m 12s") == []
    assert DRAFTS.figures("He coached the wrestling team for three seasons.") == []
    assert DRAFTS.figures("This excerpt reproduces paragraphs 41 to 47 of the report.") == []


def test_drones_shot_down_in_a_table_row_are_no_count_of_shots():
    figures = DRAFTS.figures("Outcome: 4 x OWA UAS, 3 shot down, 1 impact near the gate.")
    assert all(unit != "shot" for _, unit in figures)


def test_a_system_spelled_out_with_its_initials_is_named_not_a_class():
    systems = DRAFTS.systems(
        "The package includes four Long Range Discrimination Radar (LRDR) radars and spares."
    )
    assert "Long Range Discrimination Radar" in systems and "radars" not in systems


def test_initials_that_do_not_spell_the_name_make_no_system():
    systems = DRAFTS.systems("Hezbollah (Lebanon) missiles hit the town.")
    assert all("Hezbollah" not in s for s in systems)


def test_the_extended_range_amraam_is_its_own_missile():
    assert "AMRAAM-ER" in DRAFTS.systems("Bahrain ordered NASAMS with AMRAAM-ER missiles.")


def test_counter_drone_defences_are_a_system():
    assert "counter-drone systems" in DRAFTS.systems(
        "A second drone was shot down by the base's counter-drone defences.")


def test_one_way_attack_drones_opening_a_headline_keep_their_kind():
    systems = DRAFTS.systems("One-way attack drone threat grows in the east\n\n"
                             "Militias launched two drones at the base on Monday.")
    assert "one-way attack drones" in systems


def test_usa_after_a_generals_name_in_capitals_is_the_army():
    names = _places("STATEMENT OF BRIGADIER GENERAL MAREN HOLT, USA, DEPUTY DIRECTOR\n\n"
                    "Rockets struck Erbil Air Base in Iraq last week.")
    assert "United States" not in names and "USA" not in names
