"""A key fact's line says what is counted: a running total written 'Total US WIA since 14 SEP:
32' is never shown as a bare '32', and a paragraph's portion mark ('(U)') is the source's
marking, not part of the figure's words."""

from __future__ import annotations

from briefdeck.compose.figure_words import figure_words
from briefdeck.model import Figure, Provenance

TEXT = ("(U) 3. CASUALTIES. One soldier remains in hospital. Total WIA this rotation: 17. "
        "Total KIA: 1.\n\n(U) Two drones were shot down near the gate.")


def _fig(label: str, text: str, unit: str, value: float) -> Figure:
    start = TEXT.index(label) + label.index(text) if label in TEXT else TEXT.index(text)
    return Figure(id="f-1", status="accepted", value=value, unit=unit, text=text, label=label,
                  provenance=Provenance(source="src-1", start=start, end=start + len(text)))


def test_a_total_labelled_before_its_number_keeps_its_label():
    words = figure_words(_fig("Total WIA this rotation: 17", "17", "WIA", 17), TEXT)
    assert words.bullet == "Total WIA this rotation: 17"
    assert words.context == "Total WIA this rotation"


def test_a_bare_count_after_a_colon_says_what_it_counts():
    words = figure_words(_fig("Total KIA: 1", "1", "KIA", 1), TEXT)
    assert words.bullet == "Total KIA: 1" and words.context == "Total KIA"


def test_a_portion_mark_copied_into_a_label_is_not_part_of_the_line():
    fig = _fig("Total KIA: 1", "1", "KIA", 1)
    fig.label = "(U) Total KIA: 1"
    words = figure_words(fig, TEXT)
    assert words.bullet == "Total KIA: 1" and words.context == "Total KIA"


def test_a_clause_read_from_the_source_still_leads_with_its_count():
    words = figure_words(_fig("Two drones", "Two", "drones", 2), TEXT)
    assert words.bullet == "Two drones were shot down near the gate."
