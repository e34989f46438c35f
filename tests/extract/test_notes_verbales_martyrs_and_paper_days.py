"""A diplomatic note's counts and days: "the count was N martyrs and M wounded" (a translated
statement's word for its dead), and the day a note, letter or statement was issued, which
dates the paper, not the strike or the attack it concerns."""

from __future__ import annotations

from .drafting import casualty_totals, day_tolls, drafted_events

_NOTE = (
    "Ministry of Foreign Affairs note on the Tel Varra strikes\n\n"
    "The Ministry of Foreign Affairs of the Republic of Norvania presents its compliments to the "
    "Embassy of Ostland and, with reference to the airstrikes carried out by Ostland aircraft at "
    "dawn on Tuesday, 9 March 2027, in the Tel Varra district, has the honour to state the "
    "following.\n\n"
    "1. The first count of the provincial health office was two martyrs and six wounded among "
    "the members of the border guard, and a farmer wounded near Sella. The Ministry has since "
    "learned that one of the wounded died of his injuries on 10 March 2027, bringing the number "
    "of martyrs to three.\n\n"
    "2. The Ministry has taken note of the statement issued by the Ostland Defence Staff on 9 "
    "March 2027, which described the strikes as a reply to the rocket attack on Camp Brenner on "
    "the night of 6 March 2027, in which, according to that statement, three Ostland soldiers "
    "were wounded.\n\n"
    "3. The Ministry recalls its Note No. 12/5/404 of 20 February 2027 concerning the strike on "
    "Qara Dagh on 18 February 2027, to which no reply has been received.\n"
)


def test_a_count_of_martyrs_and_wounded_reads_both_kinds():
    assert casualty_totals("The count was four martyrs and seven wounded.") == (4, 7)
    assert casualty_totals("There were two dead and nine injured among the guards.") == (2, 9)


def test_a_pair_of_nouns_not_told_as_a_count_is_left_alone():
    # (no "was", "were", "at" or colon before it: a list of the group's traits, not a toll)
    assert casualty_totals("He thought of martyrs and wounded heroes alike.") == (0, 0)


def test_the_note_counts_the_dead_with_the_one_who_died_of_his_wounds():
    events = day_tolls(drafted_events(_NOTE, "2027-03-11"))
    assert ("2027-03-09", 3, 6) in events


def test_the_attack_a_statement_describes_keeps_its_own_night_not_the_statements_day():
    events = day_tolls(drafted_events(_NOTE, "2027-03-11"))
    assert ("2027-03-06", 0, 3) in events
    assert ("2027-03-09", 0, 3) not in events


def test_a_recalled_notes_day_dates_no_strike():
    events = drafted_events(_NOTE, "2027-03-11")
    assert not any(e.date == "2027-02-20" for e in events)
    assert any(e.date == "2027-02-18" for e in events)
