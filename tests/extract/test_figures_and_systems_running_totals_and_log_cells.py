"""Running totals written as labelled fields, tallies counted from a start, market moves,
and the systems of a log's terse cells. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-12-03", "Weekly note")


def test_a_labelled_running_total_is_a_figure_of_what_its_label_names():
    figures = DRAFTS.figures("The wounded medic is stable. Total US WIA since 2 OCT: 17. "
                             "Total US KIA: 2.")
    assert (17.0, "US WIA") in figures
    assert (2.0, "US KIA") in figures


def test_a_total_of_money_or_a_bare_total_is_no_count():
    figures = DRAFTS.figures("Total cost: 40. Total: 9.")
    assert all(value not in (40.0, 9.0) for value, _ in figures)


def test_an_unhedged_ordinal_counted_since_a_start_is_a_tally():
    figures = DRAFTS.figures("Officials said it was the sixth attack on the airfield since "
                             "early August.")
    assert (6.0, "attacks") in figures


def test_an_ordinal_without_a_start_says_which_attack_not_how_many():
    figures = DRAFTS.figures("The second attack on the convoy came at dawn.")
    assert all(unit != "attacks" for _, unit in figures)


def test_a_count_of_times_after_a_named_country_is_a_tally_of_attacks():
    figures = DRAFTS.figures("Since July, the groups have attacked coalition troops in Iraq "
                             "and Syria 23 times.")
    assert (23.0, "attacks") in figures


def test_a_small_count_paired_with_another_in_a_quoted_statement_is_kept():
    figures = DRAFTS.figures('The statement read: "Our aircraft struck nine targets at two '
                             'sites near the river used by the militia."')
    assert (2.0, "sites") in figures


def test_a_price_move_in_cents_is_a_figure():
    figures = DRAFTS.figures("Brent futures were up $2.05, or 2.6%, at $81.10 a barrel.")
    assert any(value == 2.05 for value, _ in figures)


def test_a_vague_claimed_toll_of_a_force_is_no_count():
    figures = DRAFTS.figures("Scores of enemy soldiers were killed or wounded, the group said.")
    assert figures == []


def test_rocket_calibres_in_an_indirect_fire_cell_are_systems():
    systems = DRAFTS.systems("Camp Taji\tIDF x4 122mm\tNIL\t3 impacts outside the wall.")
    assert "122mm rockets" in systems


def test_a_mortar_calibre_in_an_indirect_fire_cell_is_no_rocket():
    systems = DRAFTS.systems("Camp Taji\tIDF x4 82mm\tNIL\t3 impacts outside the wall.")
    assert not any("rockets" in s for s in systems)


def test_coyote_listed_after_c_ram_is_the_interceptor():
    systems = DRAFTS.systems("Engagements by C-RAM and Coyote defeated two of three drones.")
    assert "Coyote" in systems


def test_an_anti_drone_system_is_a_counter_drone_system():
    systems = DRAFTS.systems("An anti-drone system brought down the last drone.")
    assert "anti-drone system" in systems


def test_bracketed_figures_set_against_each_other_count_no_side():
    figures = DRAFTS.figures("Reconcile the monitor's toll (9) vs the militia's (6) later.")
    assert all(unit not in ("the", "militia's") and value not in (9.0, 6.0)
               for value, unit in figures)
