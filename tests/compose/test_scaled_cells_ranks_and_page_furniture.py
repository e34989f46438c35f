"""How compose says a table cell in thousands of dollars (by its value, never its bare words
with the unit), and where its sentences end: not after a rank before a name ("Spc."), but
after a date's month ("since 1 Nov."), and never across a rule line."""

from __future__ import annotations

from briefdeck.compose.abbreviations import abbreviated
from briefdeck.compose.figure_words import counted_phrase, figure_words, scaled_amount
from briefdeck.compose.notes import split_sentences
from briefdeck.compose.wrapped_lines import wrapped_break
from briefdeck.model import Figure, Provenance

TABLE = "   3    WIDGET ROUNDS ......    1,500      +250,000\n"


def _cell(text: str, value: float, label: str) -> Figure:
    start = TABLE.index(text)
    return Figure(
        id="f-1",
        status="accepted",
        value=value,
        unit="USD",
        text=text,
        label=label,
        provenance=Provenance(source="src-1", start=start, end=start + len(text)),
    )


def test_a_scaled_cell_is_said_by_its_value():
    fig = _cell("+250,000", 250_000_000, "+$250,000,000 WIDGET ROUNDS (Change)")
    assert scaled_amount(fig) == "+$250,000,000"
    lead, rest = counted_phrase(fig)
    assert lead == "+$250,000,000" and rest == "WIDGET ROUNDS (Change)"
    words = figure_words(fig, TABLE)
    assert "250,000 USD" not in words.bullet + words.lead + words.context
    assert not words.rest.startswith("000")


def test_a_cell_without_a_sign_keeps_no_thousands_in_its_label():
    lead, rest = counted_phrase(_cell("1,500", 1_500_000, "$1,500,000 WIDGET ROUNDS (Request)"))
    assert lead == "$1,500,000" and rest == "WIDGET ROUNDS (Request)"


def test_a_figure_whose_words_are_its_value_is_not_rescaled():
    fig = Figure(id="f-2", status="accepted", value=12, unit="drones", text="12", label="12 drones")
    assert scaled_amount(fig) == ""


def test_a_rank_before_a_name_ends_no_sentence():
    assert split_sentences("Spc. Ana Lind was hurt. She is stable.") == [
        "Spc. Ana Lind was hurt.",
        "She is stable.",
    ]


def test_a_month_after_a_day_ends_its_sentence_before_a_capital():
    text = "It is the fifth attack since 1 Nov.\n      Next: Weather 150"
    assert not abbreviated(text, text.index("Nov.") + 3)
    text = "The attack on Nov. 5 was the fifth."
    assert abbreviated(text, text.index("Nov.") + 3)


def test_a_rule_line_is_no_wrapped_line():
    text = (
        "HEADLINE OVER THE STORY\n" + "-" * 40 + "\nShips were hit off the coast today "
        "and crews were hurt in the attack.\n"
    )
    assert not wrapped_break(text, text.index("\nShips"))
