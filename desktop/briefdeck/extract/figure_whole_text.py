"""Figures read over the whole text (tables, totals, ...), apart from figures.py's number loop."""

from __future__ import annotations

from briefdeck.extract.event_pipe_rows import pipe_rows
from briefdeck.extract.figure_amounts import ordinal_tallies
from briefdeck.extract.figure_cell_lines import corrected_cells
from briefdeck.extract.figure_flight_levels import flight_levels
from briefdeck.extract.figure_line_items import line_item_quantities
from briefdeck.extract.figure_measures import a_distances
from briefdeck.extract.figure_scaled_tables import scaled_table_figures
from briefdeck.extract.figure_tables import table_figures
from briefdeck.extract.figure_totals import labelled_totals
from briefdeck.model import Figure


def with_whole_text_figures(text: str, figures: list[Figure], quoted: list[tuple[int, int]],
                            skip: list[tuple[int, int]]) -> list[Figure]:
    """The sentence loop's figures with those read over the whole text, in text order."""
    extra = a_distances(text, quoted)
    if extra:  # "within one kilometre": read once, as a distance with its bound
        taken = {at for f in extra for at in range(f.provenance.start, f.provenance.end)}
        figures = [f for f in figures if f.provenance.start not in taken]
    extra += ordinal_tallies(text, skip)
    if "|" in text and (piped := pipe_rows(text)):
        # "| 7 | 2026-11-24 | al-Tanf | 5x rockets | 1 | 2 |": a bare cell counts what its
        # column's header names ("Wounded"), not the noun of the cell before it
        cells = table_figures(piped, set())
        at = {f.provenance.start for f in cells}
        figures = [f for f in figures if f.provenance.start not in at]
        extra += cells
    extra += table_figures(text, {f.provenance.start for f in figures},
                           frozenset(f.value for f in figures if f.value_high is None))
    extra += corrected_cells(text, {f.provenance.start for f in figures + extra})
    extra += labelled_totals(text, {f.provenance.start for f in figures + extra})
    extra += flight_levels(text, skip, {f.provenance.start for f in figures + extra})
    if "CLIN " in text:  # "CLIN 0002: stand-alone RF detection sensors, 18 each"
        extra += line_item_quantities(text, {f.provenance.start for f in figures + extra})
    if "housands" in text or "illions" in text:  # "[In thousands of dollars]": the cells
        scaled, tables = scaled_table_figures(text)  # in dollars, the line numbers no counts
        if tables:
            def inside(f: Figure) -> bool:
                return any(a <= f.provenance.start < b for a, b in tables)
            figures = [f for f in figures if not inside(f)]
            extra = [f for f in extra if not inside(f)] + scaled
    if extra:
        ordered = sorted(figures + extra, key=lambda f: f.provenance.start)
        figures = [f.model_copy(update={"id": f"fg-{n}"}) for n, f in enumerate(ordered, 1)]
    return figures
