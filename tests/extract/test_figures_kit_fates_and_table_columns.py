"""Bare numbers telling the fate of kit counted just before, and cells of money tables."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-05-02", "Base defence note")


def test_a_bare_number_defeated_or_destroyed_counts_the_kit_before():
    figures = DRAFTS.figures(
        "The depot near Varnholt was targeted by four loitering munitions. Three were defeated "
        "by the garrison's jammers; the last one hit a fuel bladder.")
    assert (3.0, "munitions") in figures
    figures = DRAFTS.figures(
        "Raiders launched five rockets at the harbour. Two were destroyed in flight by the "
        "battery on the mole.")
    assert (2.0, "rockets") in figures


def test_a_gerund_between_two_nouns_stays_in_the_counted_compound():
    facts = DRAFTS.facts("The clinic has run from three mobile sleeping tents since the flood.")
    labels = [f.label for f in facts.figures]
    assert any("three mobile sleeping tents" in label for label in labels), labels
    facts = DRAFTS.facts("The camp kept two field cooking trailers.")
    assert [(f.value, f.unit) for f in facts.figures] == [(2.0, "trailers")]


_BUDGET = (
    "The grant for the Orlova shelters is revised as follows.\n\n"
    "Line\n\nItem\n\nEarlier figure\n\nAdjustment\n\nRevised figure\n\n"
    "01\n\nBlankets and cots\n\n$40,000.00\n\n-$2,500.00\n\n$37,500.00\n\n"
    "02\n\nWater trucking\n\n$12,000.00\n\n+$3,000.00\n\n$15,000.00\n\n"
    "Grant total\n\n$52,000.00\n\n+$500.00\n\n$52,500.00\n\n"
    "The grant runs until June.\n"
)


def test_each_amount_of_a_table_read_cell_by_cell_names_its_column():
    labels = {f.value: f.label for f in DRAFTS.facts(_BUDGET).figures}
    assert labels[40000.0].startswith("Blankets and cots (earlier figure):")
    assert labels[37500.0].startswith("Blankets and cots (revised figure):")
    assert labels[12000.0].startswith("Water trucking (earlier figure):")
    assert labels[52000.0].startswith("Grant total (earlier figure):")
    assert labels[52500.0].startswith("Grant total (revised figure):")


def test_an_amount_among_several_with_no_column_heads_takes_no_row_label():
    text = ("Costs so far.\n\nFuel\n\n$9,000.00\n\n$11,000.00\n\nFood\n\n$4,000.00\n\n"
            "$4,400.00\n\nThe audit follows.\n")
    labels = {f.value: f.label for f in DRAFTS.facts(text).figures}
    assert not labels[9000.0].startswith("Fuel"), labels
    assert not labels[4000.0].startswith("Food"), labels
