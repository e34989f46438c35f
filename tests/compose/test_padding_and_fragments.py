"""The Situation is not padded with a drafted "Figure:" point the slides already say, and the
key facts are not bare amounts or clauses cut at a page break."""

from briefdeck.compose.figure_words import source_clause
from briefdeck.compose.situation_points import says_nothing_alone, situation_points


def test_a_figure_point_repeating_another_point_is_dropped():
    points = ["Force level: about 3,000 U.S. troops based in Jordan.",
              "Figure: About 3,000 U.S. troops based in Jordan."]
    assert situation_points(points, []) == points[:1]


def test_a_figure_point_the_key_facts_already_tell_is_dropped():
    points = ["28 Nov 2026: strike; 11 killed.", "Figure: 160 local staff."]
    facts = ["11 international and 160 local staff, since 2015"]
    assert situation_points(points, facts) == points[:1]


def test_an_analysts_own_point_is_kept_even_when_the_facts_repeat_it():
    points = ["About 3,000 U.S. troops based in Jordan."]
    assert situation_points(points, ["About 3,000 U.S. troops based in Jordan"]) == points


def test_a_figure_point_nothing_else_says_stays():
    points = ["28 Nov 2026: strike.", "Figure: 53 wounded patients."]
    assert situation_points(points, ["two operating theatres"]) == points


def test_an_amount_with_only_a_measure_word_says_nothing_alone():
    assert says_nothing_alone("5 miles") and says_nothing_alone("60 basis")
    assert not says_nothing_alone("60 Coyote interceptors, before March")


def test_a_count_that_names_what_it_counts_stays():
    assert not says_nothing_alone("three wounded, now")
    assert not says_nothing_alone("$20,000 drone") and not says_nothing_alone("5 wounded")


def _clause(text: str, figure: str) -> str:
    start = text.index(figure)
    return source_clause(text, start, start + len(figure), figure)


def test_a_clause_cut_by_a_page_break_does_not_end_on_and():
    text = ("A missile struck the carrier, killing two crew members and\n\nPage 2 of 3\n\n"
            "wounding three.")
    assert _clause(text, "two crew members") == "…killing two crew members…"


def test_a_wrapped_line_does_not_end_the_clause():
    text = "Drones struck the depot at night and wounded\nfour guards at the gate."
    assert _clause(text, "four guards") == (
        "Drones struck the depot at night and wounded four guards at the gate.")


def test_a_scope_opener_keeps_the_clause_it_scopes():
    text = "The ward took 53 wounded. Of the 53 wounded, 36 were men."
    assert _clause(text, "53 wounded, 36").startswith("Of the 53 wounded, 36 were men")


def test_a_joining_word_left_at_the_start_of_a_cut_clause_goes():
    text = "Nine people were dead on arrival, and two more died in surgery."
    assert _clause(text, "two more") == "…two more died in surgery"


def test_a_short_trailing_aside_keeps_the_clause_it_qualifies():
    text = "Operating margin was 12.4%, down 60 basis points, mainly from overtime."
    assert _clause(text, "60 basis points") == "Operating margin was 12.4%, down 60 basis points"


def test_so_far_at_the_start_of_a_cut_clause_is_not_a_joining_word():
    text = "Rockets have hit the port since May; so far 45 dockers have been hurt, police said."
    # (with who said so, after the comma)
    assert _clause(text, "45 dockers") == "…so far 45 dockers have been hurt, police said"


def test_a_name_ending_in_a_capital_letter_is_not_a_dangling_word():
    assert _clause("Two guards were hurt at Gate A. The rest were unharmed.",
                   "Two guards") == "Two guards were hurt at Gate A."
    assert _clause("Three medics serve with Company A. They are safe.", "Three medics") == (
        "Three medics serve with Company A.")
