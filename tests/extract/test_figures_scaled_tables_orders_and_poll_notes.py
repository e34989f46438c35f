"""Budget tables in thousands, an order's tasks, a poll's margin and rounding note, corrections."""

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _figures(text: str) -> list[tuple[float, str]]:
    briefing = draft_briefing(Article(text=text), published="2026-12-01")
    return [(f.value, f.unit) for f in briefing.facts.figures]


_BUDGET = """\
 118th Congress                                      Rept. 118-200
 2d Session                                               Part 1

                   AIRCRAFT PROCUREMENT, NAVY

                   [In thousands of dollars]

------------------------------------------------------------------
                              Budget       Committee     Change from
  Line  Item                  request      recommended   request
------------------------------------------------------------------
   4    SEARCH RADAR .......   52,300        60,300        +8,000
   9    TRAINER JETS
        SPARES .............   14,250        14,250             0
------------------------------------------------------------------

   The Committee provides an additional $8,000,000 for search radars.
"""


def test_cells_of_a_table_in_thousands_are_read_in_dollars() -> None:
    got = _figures(_BUDGET)
    for value in (52_300_000.0, 60_300_000.0, 8_000_000.0, 14_250_000.0):
        assert (value, "USD") in got
    assert (52_300.0, "USD") not in got


def test_line_numbers_and_a_session_ordinal_are_no_counts() -> None:
    got = _figures(_BUDGET)
    assert not any(value in (2.0, 4.0, 9.0) for value, _ in got)


def test_a_task_that_opens_with_its_verb_keeps_its_count() -> None:
    got = _figures("Tasks to units.\n\nEmplace 8 concrete shelters near the motor pool.")
    assert (8.0, "shelters") in got


def test_unmanned_aircraft_systems_are_counted_as_such() -> None:
    got = _figures("Late on Monday four one-way attack unmanned aircraft systems approached.")
    assert (4.0, "one-way attack unmanned aircraft systems") in got


def test_model_names_with_digits_before_the_noun_both_count() -> None:
    got = _figures("Crews fired more than 30 PAC-2 GEM-T and PAC-3 MSE interceptors last year.")
    assert (30.0, "interceptors") in got


def test_a_polls_margin_is_kept_and_its_rounding_note_is_not() -> None:
    got = _figures(
        "The margin of error is plus or minus 2.8 percentage points. Figures may not add "
        "up to 100% because of rounding."
    )
    assert (2.8, "percentage points") in got
    assert not any(value == 100.0 for value, _ in got)


def test_a_possessive_before_a_bare_number_points_back() -> None:
    got = _figures("The army said four soldiers were hurt, but nobody mentioned our three.")
    assert not any(value == 3.0 for value, _ in got)


def test_a_toll_corrected_by_the_writer_drops_the_wrong_count() -> None:
    got = _figures("Two soldiers and one guard were wounded, not five Americans.")
    assert not any(value == 5.0 for value, _ in got)


def test_a_headline_in_capitals_counts_no_place() -> None:
    got = _figures("STRIKES KILL SIX IN GAZA CITY\n\nStrikes on the city killed six people.")
    assert not any("gaza" in unit for _, unit in got)


def test_an_ordinal_in_a_named_month_is_a_tally_and_this_month_is_not() -> None:
    assert (4.0, "attacks") in _figures(
        "It was the fourth attack on coalition positions in the region in October."
    )
    assert (4.0, "attacks") not in _figures("It was the fourth attack on the base this month.")


def test_a_possessive_plural_ends_the_counted_noun() -> None:
    got = _figures("The rest were sent home with three months' salary.")
    assert not any(unit == "salary" for _, unit in got)


def test_a_compound_noun_heads_a_list_of_the_counted() -> None:
    got = _figures("About 4,000 service members, civilians and contractors live on the base.")
    assert (4000.0, "service members, civilians and contractors") in got


def test_a_place_ending_an_orders_or_devotions_name_is_no_place() -> None:
    briefing = draft_briefing(
        Article(
            text="The Knights of Columbus and the Our Lady of Guadalupe guild packed boxes "
            "for soldiers wounded at al-Tanf in Syria."
        ),
        published="2026-12-01",
    )
    names = {p.name for p in briefing.facts.places}
    assert "Columbus" not in names and "Guadalupe" not in names
