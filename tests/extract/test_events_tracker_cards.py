"""Incident-tracker cards (each under a day line of its own, with a tally line) and a day named
with a possessive after "says"."""

from __future__ import annotations

from datetime import date

from briefdeck.extract.event_cards import card_entries

from .drafting import drafted_events

_TRACKER = """Tracking the strikes on river barges

Gunmen resumed attacks on river barges in mid-February. At least five crew have been killed
this winter, according to the port authority.
The cards below log each attack on barges reported by a port authority or a navy.

Mar. 9, 2027

Basra, near the old port

Drone, barge hit

A drone struck a grain barge at its mooring. A deckhand who was first reported burned died in
hospital the next day, a third crew member said.

Tally: 1 crew killed, 3 wounded

Source: port authority

Mar. 6, 2027

Persian Gulf, about 20 miles south of Umm Qasr

Drones, intercepted

A patrol boat shot down two drones heading for a tanker, the navy said.

Tally: no casualties

Source: navy

How we count

We log an attack when an authority reports it. Tolls are those of the cited source.
"""


def test_each_tracker_card_is_an_incident_on_its_own_day_with_its_tally() -> None:
    # (the lede's toll for the whole winter is the page's summary, no incident of its own)
    events = sorted(drafted_events(_TRACKER, "2027-03-10"), key=lambda e: e.date)
    assert [(e.date, e.kind) for e in events] == [("2027-03-06", "attack"),
                                                  ("2027-03-09", "attack")]
    assert (events[0].killed or 0, events[0].wounded or 0) == (0, 0)
    assert (events[1].killed, events[1].wounded) == (1, 3)  # the tally, not the body's words
    # the heading's place; a sea part gives way to the town it is measured from
    assert [e.place for e in events] == ["Umm Qasr", "Basra"]


def test_day_lines_over_plain_paragraphs_are_no_cards() -> None:
    text = ("Timeline\n\nMar. 9, 2027\n\nA drone struck a barge at Basra on Monday, killing "
            "one.\n\nMar. 6, 2027\n\nTwo drones were shot down off Fao, the navy said.\n")
    assert card_entries(text, date(2027, 3, 10)) == []


def test_a_day_with_a_possessive_after_says_is_the_happenings_day() -> None:
    text = ("Weekly note\n\nThe directorate says Saturday's drone at Harir Air Base was shot down "
            "outside the base, no injuries.\n")
    events = drafted_events(text, "2026-12-01")
    assert [(e.date, e.kind) for e in events] == [("2026-11-28", "attack")]
