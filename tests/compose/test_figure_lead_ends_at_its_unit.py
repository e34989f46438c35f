"""A figure's bold lead is the amount and its unit written out ("EST 40 PCT", "12 percent"):
the small word after it ("of") begins what is counted, it is no part of the unit."""

from __future__ import annotations

from briefdeck.compose.figure_words import counted_phrase
from briefdeck.model import Figure


def _share(text: str, label: str) -> Figure:
    return Figure(id="f-1", status="accepted", value=40, unit="%", text=text, label=label,
                  qualifier="about")


def test_a_small_word_after_a_unit_in_capitals_is_not_the_lead():
    lead, rest = counted_phrase(_share("EST 40 PCT", "EST 40 PCT OF HANGAR 7 BURNED"))
    assert lead == "EST 40 PCT"
    assert rest == "OF HANGAR 7 BURNED"


def test_a_small_word_after_a_written_out_percent_is_not_the_lead():
    lead, rest = counted_phrase(_share("40 percent", "40 percent of the ferry crews"))
    assert lead == "40 percent"
    assert rest == "of the ferry crews"


def test_a_unit_written_another_way_still_joins_the_lead():
    fig = Figure(id="f-2", status="accepted", value=9, unit="km", text="9",
                 label="9 kilometres from the harbour", qualifier="exact")
    assert counted_phrase(fig)[0] == "9 kilometres"
