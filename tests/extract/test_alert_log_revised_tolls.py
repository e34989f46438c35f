"""A toll revised across an alert log's stamped entries is one event with the latest toll;
a toll named with its strikes before "is" is read."""

from __future__ import annotations

from briefdeck.extract.casualties import find_casualties

from .drafting import drafted_events

_LOG = (
    "ACME TRAVEL SECURITY - ALERT LOG\n\n"
    "#01 | 03/05/2027 21:10 | SMS | ALERT\n"
    "ACME ALERT: Air strikes reported on the port district of Valmora. Stay indoors.\n\n"
    "#02 | 03/05/2027 23:05 | SMS | UPDATE\n"
    "ACME UPDATE: Health Ministry first toll from Valmora port strikes: 2 killed, 6 wounded.\n\n"
    "#03 | 04/05/2027 03:40 | SMS | UPDATE\n"
    "ACME UPDATE: Health Ministry revised Valmora toll: 4 killed, 9 wounded.\n\n"
    "#04 | 04/05/2027 11:30 | E-MAIL | UPDATE\n"
    "The Health Ministry's latest toll for the strikes on the port district is 6 killed, "
    "including one child, and 15 wounded.\n"
)


def _counts(text: str) -> list[tuple[str, int | None]]:
    return sorted((c.kind, c.count) for c in find_casualties(text, 0, len(text)))


def test_a_toll_revised_across_a_logs_entries_is_one_event_with_the_latest_toll():
    events = [e for e in drafted_events(_LOG, "2027-05-04") if e.killed or e.wounded]
    assert [(e.date, e.killed, e.wounded) for e in events] == [("2027-05-03", 6, 15)]


def test_a_toll_named_with_its_strikes_before_is_gives_its_dead():
    assert _counts(
        "The ministry's latest toll for the strikes on the port district is 6 "
        "killed, including one child, and 15 wounded."
    ) == [("killed", 6), ("wounded", 15)]


def test_a_first_toll_given_at_an_hour_is_not_read_as_a_new_toll():
    # a comma inside the phrase ("toll from the ministry, just after midnight, was") stays out
    assert _counts(
        "The first toll from the ministry, just after midnight, was five people killed."
    ) != [("killed", 5), ("killed", 5)]
