"""A key fact reads as a whole statement: the extractor's label (amount, where, when) gives way
to the clause that says it, a breakdown line keeps what happened, a clause keeps a subject set
off by an aside, and a distance that only says where something is, is no key fact."""

from __future__ import annotations

from briefdeck.compose.figure_words import figure_words
from briefdeck.compose.situation_points import says_nothing_alone
from briefdeck.model import Figure, Provenance


def _fig(text: str, words: str, label: str, unit: str, value: float) -> Figure:
    start = text.index(words)
    return Figure(id="f-1", status="accepted", value=value, unit=unit, text=words, label=label,
                  provenance=Provenance(source="src-1", start=start, end=start + len(words)))


def test_a_label_of_amount_and_date_gives_way_to_the_clause_that_says_it():
    text = "The garrison grew. About 900 troops were posted in Harbin in 2031, officials said."
    fig = _fig(text, "About 900", "About 900 troops in Harbin, 2031", "troops", 900)
    assert figure_words(fig, text).bullet == ("About 900 troops were posted in Harbin in 2031, "
                                              "officials said.")  # (with who said so)


def test_a_label_naming_a_place_the_clause_leaves_out_is_kept():
    text = "Aid went out. 30 shelters opened in Alba, Brin and Cova on Monday."
    fig = _fig(text, "30", "30 shelters in Alba, Brin and Cova", "shelters", 30)
    assert figure_words(fig, text).bullet == "30 shelters in Alba, Brin and Cova"


def test_a_distance_that_only_locates_an_event_is_no_key_fact():
    text = "A freighter was hit about 40 miles northwest of Port Vell on Friday."
    fig = _fig(text, "about 40", "about 40 miles", "miles", 40)
    fig.qualifier = "about"
    assert says_nothing_alone(figure_words(fig, text).bullet)
    fig = _fig(text.replace("40 miles", "40 nautical miles"), "about 40",
               "about 40 nautical miles", "nautical miles", 40)
    fig.qualifier = "about"
    assert says_nothing_alone(figure_words(fig, text.replace("40 miles",
                                                             "40 nautical miles")).bullet)


def test_a_distance_that_measures_something_stays():
    text = "The exclusion zone now reaches 30 miles around the terminal."
    fig = _fig(text, "30", "30 miles", "miles", 30)
    assert not says_nothing_alone(figure_words(fig, text).bullet)


def test_a_breakdown_line_keeps_what_happened():
    text = "Breakdown:\n- killed: 4 farm hands (night shift)\n- wounded: 2 guards"
    fig = _fig(text, "4", "4 farm hands", "hands", 4)
    assert figure_words(fig, text).bullet == "killed: 4 farm hands"


def test_a_clause_keeps_its_subject_across_an_aside():
    text = ("Two rockets came in. The gun crews, including a Phalanx, Goalkeeper and Skyshield "
            "battery, destroyed three of them.")
    fig = _fig(text, "three", "three", "rockets", 3)
    bullet = figure_words(fig, text).bullet
    assert bullet.startswith("The gun crews, including") and bullet.endswith("three of them.")


def test_a_key_fact_that_is_a_whole_sentence_ends_with_its_stop():
    text = "The clinic said four people were killed and 9 wounded in Taldor. Others fled."
    fig = _fig(text, "four", "four people", "people", 4)
    assert figure_words(fig, text).bullet == (
        "The clinic said four people were killed and 9 wounded in Taldor.")
    text = "The militia says it has downed more than 30 drones since 2024; the army denies it."
    fig = _fig(text, "more than 30", "more than 30 drones", "drones", 30)
    assert figure_words(fig, text).bullet == (
        "The militia says it has downed more than 30 drones since 2024.")


def test_a_clause_cut_before_its_sentence_ends_gets_no_stop():
    text = ("Guards said two drones were shot down over the northern perimeter fence of the "
            "airfield near the old control tower and the fuel farm before dawn on Friday.")
    fig = _fig(text, "two", "two drones", "drones", 2)
    assert figure_words(fig, text).bullet.endswith("near…")


def test_an_amount_cell_without_its_row_head_says_nothing_alone():
    # a flattened table's amount, or a head cell cut inside its bracket
    assert says_nothing_alone("1,150,000")
    assert says_nothing_alone("1,150,000 USD")
    assert says_nothing_alone("Plant (2 forklifts")
    assert not says_nothing_alone("USD 14,500,000 any one occurrence")
    assert not says_nothing_alone("Two forklifts (both electric) were damaged.")
    assert not says_nothing_alone("5 wounded")
