"""A key fact read aloud is a whole statement or it is left out: a clause cut from its sentence
becomes the sentence (without its dateline, paragraph number or speaker label), a sentence too
long to read ends at the figure's clause, a table row's cells are no key fact, and a decimal
point ends no sentence."""

from __future__ import annotations

from briefdeck.compose.figure_words import figure_words
from briefdeck.model import Figure, Provenance


def _fig(text: str, words: str, unit: str, value: float, label: str = "") -> Figure:
    start = text.index(words)
    return Figure(id="f-1", status="accepted", value=value, unit=unit, text=words,
                  label=label or words,
                  provenance=Provenance(source="src-1", start=start, end=start + len(words)))


def test_a_clause_cut_from_a_short_sentence_becomes_the_sentence():
    text = ("Shelling resumed. Mortars hit the depot at Varna on Friday, wounding "
            "two guards and a cook, the garrison said. Repairs began.")
    bullet = figure_words(_fig(text, "two guards", "guards", 2), text).bullet
    assert bullet == ("Mortars hit the depot at Varna on Friday, wounding two guards and a "
                      "cook, the garrison said.")


def test_a_wire_dateline_and_a_paragraph_number_are_no_words_of_the_fact():
    text = "OSLOV, May 3 (Newswire) - A rocket fell near the port, killing three dockers."
    assert figure_words(_fig(text, "three dockers", "dockers", 3), text).bullet.startswith(
        "A rocket fell near the port, killing three dockers")
    text = ("Summary.\n2.3 Unknown gunmen hiding in the orchards beside the road fired on the "
            "convoy late on Tuesday night and killed four drivers.\n")
    assert figure_words(_fig(text, "four drivers", "drivers", 4), text).bullet == (
        "Unknown gunmen hiding in the orchards beside the road fired on the convoy late on "
        "Tuesday night and killed four drivers.")


def test_a_sentence_too_long_ends_after_the_figures_clause():
    filler = " ".join(["and the crews then moved on to the next site"] * 5)
    text = ("Mortars fired by the militia from the hills above the old town hit the depot at "
            f"Varna late on Friday and wounded two guards, {filler}.")
    bullet = figure_words(_fig(text, "two guards", "guards", 2), text).bullet
    assert bullet == ("Mortars fired by the militia from the hills above the old town hit the "
                      "depot at Varna late on Friday and wounded two guards…")


def test_a_clause_with_no_sentence_start_to_keep_is_no_key_fact():
    words = " ".join(["word"] * 60)
    text = f"{words}, with six trucks lost"
    said = figure_words(_fig(text, "six trucks", "trucks", 6), text)
    assert said.fragment and said.bullet == ""


def test_a_spreadsheet_rows_count_cell_is_no_key_fact_but_a_note_cell_that_says_it_is():
    row = ("| 4 | 2031-05-02 | Varna depot | Rocket attack | 3x rockets | 0 | 2 | "
           "2 guards wounded by shrapnel |")
    text = f"Tracker\n\n{row}\n"
    assert figure_words(_fig(text, "3x rockets", "rockets", 3), text).fragment
    note = figure_words(_fig(text, "2 guards", "guards", 2), text)
    assert note.bullet == "2 guards wounded by shrapnel"


def test_a_decimal_point_ends_no_clause():
    text = "On 3 May, two rockets landed in a field about 1.5 km south of the airport."
    bullet = figure_words(_fig(text, "two rockets", "rockets", 2), text).bullet
    assert "1.5 km south of the airport" in bullet


def test_a_question_put_to_a_witness_is_no_key_fact():
    text = "Chair: So four hurt in all?\n\nWitness: Four hurt, none killed."
    assert figure_words(_fig(text, "four hurt", "hurt", 4), text).fragment
    assert not figure_words(_fig(text, "Four hurt", "hurt", 4), text).fragment


def test_on_the_page_a_line_that_goes_on_from_its_lead_reads_as_one_sentence():
    from briefdeck.compose.page import _goes_on

    text = "Three crew members were hurt. The ship sailed on."
    said = figure_words(_fig(text, "Three", "crew members", 3, "Three crew members"), text)
    assert said.lead == "Three crew members" and _goes_on(said) == " "
    assert said.context.startswith("were hurt")
    listed = "Six killed, 11 wounded, the ministry says"
    said = figure_words(_fig(listed, "Six", "killed", 6, "Six killed"), listed)
    assert _goes_on(said) in (", ", " \u2014 ")
    place = figure_words(Figure(id="f-2", value=2, unit="drones", text="two",
                                label="two drones near the port"))
    assert _goes_on(place) == " \u2014 "  # a label's own words keep the dash
