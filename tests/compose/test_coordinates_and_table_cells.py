"""A log's table row said as a key fact: the latitude and longitude are left out, and a figure
read in one cell is said with its cell's words, not the rest of the row. Written for these
tests."""

from __future__ import annotations

from briefdeck.compose.coordinates import without_coordinates
from briefdeck.compose.figure_words import source_clause


def test_a_latitude_longitude_pair_is_left_out_of_a_summary():
    said = without_coordinates("2026-10-03 Camp Example, Anbar 33.512 43.208 4 x 107mm rockets")
    assert "33.512" not in said and "43.208" not in said
    assert said == "2026-10-03 Camp Example, Anbar 4 x 107mm rockets"


def test_numbers_that_cannot_be_a_position_stay():
    assert without_coordinates("prices rose 12.50 to 140.25") == "prices rose 12.50 to 140.25"
    assert without_coordinates("grid 95.12 210.00") == "grid 95.12 210.00"


def test_a_figure_in_a_table_cell_is_said_with_its_cell_only():
    row = "2026-10-03\tCamp Example, Anbar\t33.512\t43.208\t4 x 107mm rockets\t0\t2\tCENTCOM"
    start = row.index("4 x")
    assert source_clause(row, start, start + 1, "4 rockets") == "4 x 107mm rockets"


def test_a_revision_number_does_not_start_a_figure_clause():
    text = "Rev. 0 of this bulletin reported two injured; a third was found later."
    start = text.index("two")
    assert source_clause(text, start, start + 3, "two injured").startswith("Rev. 0")
