"""A notice whose drafted headline is one of its fields, or a line of its letterhead, is
titled by the subject it states."""

from briefdeck.extract.document_titles import own_title

_FORM = """HARBOUR BOARD OF PORT ELWIN | PILOTAGE OFFICE

NOTICE TO MARINERS No. 41/2031

Issued:

Friday, 3 March 2031

In force:

18:00 hrs local time, 4 March 2031, until cancelled

Subject:

Closure of the north channel after a mine was sighted near buoy N-7

1. The channel is closed to all traffic.
"""

_LETTERHEAD = """RIVERTON GAS SUPPLY COMPANY
Faults line 0800 555 0199
Supplying Riverton, Ashby Cross and the lower valley

CUSTOMER NOTICE No. 7/2031
Gas supply cut in Ashby Cross after shelling damaged the regulator station
Issued: Monday, 6 March 2031

Dear customers,
"""


def test_a_field_value_headline_gives_way_to_the_subject() -> None:
    headline = "18:00 hrs local time, 4 March 2031, until cancelled"
    assert own_title(_FORM, headline) == \
        "Closure of the north channel after a mine was sighted near buoy N-7"


def test_a_letterhead_line_gives_way_to_the_line_under_the_notice_number() -> None:
    headline = "Supplying Riverton, Ashby Cross and the lower valley"
    assert own_title(_LETTERHEAD, headline) == \
        "Gas supply cut in Ashby Cross after shelling damaged the regulator station"


def test_a_headline_of_its_own_is_kept() -> None:
    text = "Shelling cuts gas in Ashby Cross\n\nSubject: Gas supply cut in Ashby Cross town\n"
    assert own_title(text, "Shelling cuts gas in Ashby Cross") == ""
    # the subject names the notice only when its own headline is missing
    assert own_title(_LETTERHEAD, "Gas supply cut in Ashby Cross after shelling") == ""
