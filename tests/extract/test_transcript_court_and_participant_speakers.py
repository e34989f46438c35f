"""Who speaks a court transcript's role labels, ranks in a participants table, and turns
that only run the proceedings (short texts of our own)."""

from briefdeck.extract.court_people import court_people, court_role
from briefdeck.extract.tabled_people import tabled_people
from briefdeck.extract.transcript_turns import _procedure

_CAPTION = """UNITED STATES OF AMERICA,   )
v.   )
JOHN Q. SMITH,   )   January 2, 2025
Defendant.   )   10:00 a.m.
TRANSCRIPT OF SENTENCING
BEFORE THE HONORABLE JANE A. ROE
UNITED STATES DISTRICT JUDGE
APPEARANCES:
For the Government:  Paul Doe, AUSA
For the Defendant:   Ann Poe, Esq.
"""


def test_caption_names_the_judge_and_counsel():
    found = {name: title for name, title, _s, _e in court_people(_CAPTION)}
    assert found == {
        "Jane A. Roe": "United States District Judge",
        "Paul Doe": "Assistant U.S. Attorney",
        "Ann Poe": "defense counsel",
    }


def test_role_labels_resolve_to_the_caption_names():
    known = {"jane a. roe": "Jane A. Roe", "john q. smith": "John Q. Smith"}

    def resolve(name):
        return known.get(name.casefold())

    assert court_role("THE COURT", _CAPTION, resolve) == "Jane A. Roe"
    assert court_role("THE DEFENDANT", _CAPTION, resolve) == "John Q. Smith"
    assert court_role("THE WITNESS", _CAPTION, resolve) is None
    assert court_role("THE COURT", "THE COURT: Be seated.", resolve) is None


def test_rank_in_a_name_cell_goes_to_the_title():
    text = "Name\tRole\n\nLt. Col. Jane Roe\tBattalion commander\n\nJohn Doe\tChaplain\n"
    rows = tabled_people(text)
    assert [(n, t) for n, t, _s, _e in rows] == [
        ("Jane Roe", "Lt. Col., Battalion commander"),
        ("John Doe", "Chaplain"),
    ]
    assert all(text[s:e] == n for n, _t, s, e in rows)


def test_questions_and_procedure_are_no_statements():
    assert _procedure("Mr. Smith, do you wish to add anything?")
    assert _procedure("You have fourteen days to note an appeal. We are adjourned.")
    assert not _procedure("The drone hit the hangar. Was anyone hurt? Two were.")
    assert not _procedure("Four of our soldiers were wounded on Sunday night.")
