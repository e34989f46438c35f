"""Vague plural amounts, capped gatherings and hedged totals; weapons named as the text names
them, by make before a tank or cannon, and not by an air force's initials."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-04-14", "Border update")


def test_a_bare_plural_amount_of_things_is_a_sense_of_scale_not_a_figure():
    assert DRAFTS.figures("Observers have logged thousands of breaches of the truce.") == []
    assert DRAFTS.figures("Gunmen fired dozens of shells at the village on Friday.") == []


def test_a_bare_plural_amount_of_a_force_is_still_its_size():
    assert (200.0, "troops") in DRAFTS.figures("Hundreds of troops crossed into the valley.")


def test_a_counted_amount_is_kept_whatever_it_counts():
    assert (1300.0, "breaches") in DRAFTS.figures("Observers logged 1,300 breaches of the truce.")


def test_a_cap_on_gatherings_is_briefed_as_its_limit():
    # (the corpus asks civil-defence caps since round 37: "up to 30 people")
    figures = DRAFTS.figures(
        "Gatherings are restricted to 50 people in the open and 150 people under a roof.")
    assert figures == [(50.0, "people"), (150.0, "people")]


def test_an_adverb_after_people_is_not_what_they_are_counted_as():
    assert (400.0, "people") in DRAFTS.figures("Medics treated 400 people outdoors on Monday.")


def test_a_part_of_a_hedged_total_counts_the_total_noun():
    figures = DRAFTS.figures("Air defences downed 9 of the roughly 14 rockets fired at the port.")
    assert (9.0, "rockets") in figures
    assert (14.0, "rockets") in figures


def test_the_text_own_words_for_a_drone_name_the_system_once():
    systems = DRAFTS.systems("Officials said an unmanned aerial vehicle struck the depot. "
                             "More drones were seen later.")
    assert systems == ["unmanned aerial vehicle"]


def test_an_anti_tank_missile_keeps_its_written_name():
    assert DRAFTS.systems("Militants fired an anti-tank missile at a patrol near the fence.") == \
        ["anti-tank missile"]


def test_a_make_before_a_tank_or_a_cannon_names_the_system():
    assert "Leopard" in DRAFTS.systems("The brigade lost a Leopard tank near the river.")
    assert "GAU-8" in " ".join(DRAFTS.systems("The jet strafed the column with its GAU-8 cannon."))


def test_a_store_or_a_ship_class_is_no_tank():
    assert DRAFTS.systems("Crews refilled the Water tank at the outpost.") == []
    assert DRAFTS.systems("A Cold War-era tank landing ship sat off the reef.") == []


def test_a_compound_adjective_between_a_make_and_its_rockets_is_skipped():
    text = "The group fired three Zelzal long-reach rockets at the hill."
    assert "Zelzal" in DRAFTS.systems(text)


def test_a_type_suffix_is_not_part_of_a_drone_name():
    assert "Arash" in DRAFTS.systems("Radar tracked several Arash-type aircraft over the gulf.")


def test_an_air_force_by_its_initials_is_no_system():
    systems = DRAFTS.systems("Overnight, RJAF aircraft and USAF jets hit the smugglers' trucks.")
    assert "RJAF" not in systems and "USAF" not in systems


def test_a_guided_missile_of_no_named_kind_is_a_system():
    assert DRAFTS.systems("Fighters hit an armoured bulldozer with a guided missile.") == \
        ["guided missiles"]
