"""Numbers an analyst would copy wrongly: a first count the story says was revised, a price
for each one read as a total, a vague "hundreds" turned into a number, a gas rate cut to
"feet"."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2027-03-04", "Force protection note")


def _figures(text: str) -> list[tuple[float, str]]:
    return DRAFTS.figures(text)


def test_a_first_count_later_raised_in_the_same_sentence_is_dropped():
    figures = _figures("The navy first reported three sailors hurt but later raised the "
                       "number to six sailors, a spokesman said.")
    assert (3.0, "sailors") not in figures
    assert (6.0, "sailors") in figures


def test_an_earlier_figure_called_wrong_is_dropped():
    figures = _figures("Update from the port: 2 dockers killed, 7 hurt. The earlier figure "
                       "of 4 dockers hurt was wrong.")
    assert [v for v, _ in figures].count(4.0) == 0
    assert (7.0, "hurt") in figures or any(v == 7.0 for v, _ in figures)


def test_a_count_named_after_a_revising_clause_is_dropped():
    figures = _figures("Eight guards were hurt, the ministry said on Friday, raising an "
                       "earlier count that had listed five guards.")
    assert not any(v == 5.0 for v, _ in figures)
    assert any(v == 8.0 for v, _ in figures)


def test_an_initial_count_revised_in_the_next_sentence_is_dropped():
    figures = _figures("The agency initially said four guards had been hurt. By evening the "
                       "number had risen to nine guards.")
    assert not any(v == 4.0 for v, _ in figures)
    assert (9.0, "guards") in figures


def test_the_revised_count_before_a_revising_clause_stays():
    figures = _figures("The blast killed six workers and hurt 15 workers, the governor said, "
                       "revising an earlier toll.")
    assert any(v == 6.0 for v, _ in figures) and any(v == 15.0 for v, _ in figures)


def test_a_first_phase_with_no_revision_stays():
    figures = _figures("Initially, 300 engineers will move to the depot, the ministry said.")
    assert (300.0, "engineers") in figures


def test_a_price_for_each_one_says_so_in_its_unit():
    figures = dict((v, u) for v, u in _figures(
        "The shells cost about $9,000 each, and the launchers six million dollars apiece, "
        "the report said."))
    assert figures[9000.0] == "USD each"
    assert figures[6e6] == "USD each"


def test_a_price_per_round_keeps_its_round():
    assert (2.5e6, "USD per round") in _figures("Each sale is priced at $2.5 million per round.")


def test_a_sum_a_year_ago_is_no_yearly_rate():
    assert (3e9, "USD") in _figures("Exports reached $3 billion a year ago, the bank said.")


def test_a_vague_garrison_a_base_hosts_is_no_figure():
    assert _figures("The airfield hosts U.K. transport aircraft and hundreds of foreign "
                    "personnel, the ministry said.") == []


def test_a_gas_rate_keeps_its_whole_unit():
    figures = _figures("The operator said output of about 250 million standard cubic feet of "
                       "gas per day was cut off after the strike.")
    assert figures == [(250e6, "standard cubic feet of gas per day")]


def test_a_count_opening_a_clause_said_first_is_dropped_but_its_distance_stays():
    figures = _figures("Two pilots were initially reported hurt at the airfield, about 30 "
                       "miles south of the port. By night the count had risen to four pilots.")
    assert not any(v == 2.0 for v, _ in figures)
    assert any(v == 30.0 for v, _ in figures) and (4.0, "pilots") in figures


def test_the_count_a_correction_gives_stays():
    figures = _figures("Later the colonel corrected his earlier figure, saying the battery "
                       "had fired 37 interceptors, not 50.")
    assert (37.0, "interceptors") in figures


def test_a_revised_count_still_borrows_the_noun_of_the_dropped_first_count():
    figures = _figures("The navy initially said two divers were hurt. By evening the number "
                       "had risen to six.")
    assert figures == [(6.0, "divers")]
