"""The cover and first slide never add a toll to its own revision, lead a staff paper with its
answer rather than the question it restates, name "the base" the lede leaves unnamed, give no
coordinate or former troop level as a key point, and take no export's or calendar's header
field, app banner or chat message for a title. Texts written for these tests."""

from __future__ import annotations

from briefdeck.extract import draft_briefing
from briefdeck.extract.narrative import _attacks_summary
from briefdeck.extract.narrative_key_points import _COORDINATE
from briefdeck.extract.narrative_tolls import doubtful_total, incidents, may_be_one
from briefdeck.ingest.article import Article
from briefdeck.ingest.headlines import HEADER_FIELD, find_headline
from briefdeck.model import Event, Place


def _draft(text: str, title: str = ""):
    return draft_briefing(Article(text=text, headline=title), published="2026-11-21")


def _ev(i: int, date: str, place: str = "", killed=None, wounded=None, kind="attack",
        weapons=()):
    return Event(id=f"ev-{i}", date=date, kind=kind, place=place, killed=killed,
                 wounded=wounded, weapons=list(weapons), summary="A strike.")


def test_a_toll_and_its_revision_are_never_added_up():
    # one night's strikes told three times as the toll rises, with no place each time
    events = [_ev(1, "2026-11-20", killed=2, wounded=9),
              _ev(2, "2026-11-20", killed=4, wounded=15, kind="strike"),
              _ev(3, "2026-11-20", killed=6, wounded=20),
              _ev(4, "2026-11-21", "Tyre", killed=1)]
    places = [Place(id="pl-1", name="Tyre", kind="city", country="Lebanon")]
    told = _attacks_summary(events, places)
    assert "in all" not in told and "12 killed" not in told and "13 killed" not in told
    assert told.startswith("at least 2 attacks or strikes")
    assert "including at Tyre" in told
    assert doubtful_total(events[:3])


def test_attacks_told_apart_by_site_day_or_country_still_add_up():
    a = _ev(1, "2026-11-20", "Kfar Kila", killed=1)
    b = _ev(2, "2026-11-20", "Khiam", killed=2)
    c = _ev(3, "2026-11-21", killed=3)
    assert not may_be_one(a, b) and not may_be_one(a, c)
    assert len(incidents([a, b, c])) == 3
    syria = _ev(4, "2026-12-02", "Syria", wounded=4)
    yemen = _ev(5, "2026-12-02", "Ras Isa", killed=6)
    assert not may_be_one(syria, yemen)  # a country is no site, but not the other's country


def test_key_points_tell_a_revised_toll_once_and_say_other_tolls_were_told():
    text = ("ALERT LOG\n\n"
            "#01 | 20/11/2026 22:10 | SMS | UPDATE\n"
            "Health Ministry first toll from the strikes on the southern suburbs: "
            "2 killed, 9 wounded. Stay indoors tonight.\n\n"
            "#02 | 21/11/2026 08:30 | SMS | UPDATE\n"
            "Health Ministry now says the strikes late Friday killed 6 people and wounded 20. "
            "Office closed today.\n")
    b = _draft(text)
    assert "in all" not in b.narrative.bluf
    assert "8 killed" not in b.narrative.bluf and "29 wounded" not in b.narrative.bluf
    tolls = [p for p in b.narrative.key_points if "killed" in p]
    assert len(tolls) <= 1


def test_a_staff_paper_leads_with_its_answer_not_the_restated_question():
    text = ("RESPONSE TO REQUEST FOR INFORMATION\n\n"
            "1. QUESTION (AS RESTATED)\n\n"
            "The requester asks: (a) how many rockets have been fired at the border post "
            "since 1 NOV, and (b) what air defence will remain there once the unit leaves.\n\n"
            "2. SHORT ANSWER (BLUF)\n\n"
            "(a) Six rockets have been fired at the border post at Rukban since 1 NOV, and two "
            "soldiers were wounded on 14 NOV. Confidence: HIGH.\n\n"
            "(b) No air defence will remain at the post after the unit leaves. Confidence: "
            "MODERATE.\n")
    b = _draft(text, "RESPONSE TO REQUEST FOR INFORMATION")
    assert b.narrative.bluf.startswith("Six rockets have been fired")
    assert "requester" not in b.narrative.bluf
    assert "requester" not in b.narrative.outlook


def test_the_base_a_lede_leaves_unnamed_is_named_from_the_sentence_before():
    text = ("Notes on the night\n\n"
            "Thread on the rocket attack at Green Village, the U.S. site in eastern Syria. "
            "Three rockets were fired at the base late Thursday, according to U.S. Central "
            "Command, and one hit a storage tent.\n")
    bluf = _draft(text, "Notes on the night").narrative.bluf
    assert "the base (Green Village)" in bluf or "Green Village" in bluf.split(".")[0]


def test_coordinates_are_no_key_point_figures():
    for said in ("43.1207 E", "11.6214 N", "N 33.31", "33° 18'"):
        assert _COORDINATE.search(said)
    for said in ("43 drones", "about 2,000 troops", "0.7% premium"):
        assert not _COORDINATE.search(said)


def test_the_level_a_change_started_from_is_no_force_level():
    text = ("Green Village is one of the last U.S. positions in the province, and officials "
            "said the number of U.S. troops in the country has fallen, down from about 2,000 "
            "troops a year ago.\n\nRockets hit the base on Thursday, wounding two soldiers.\n")
    points = _draft(text, "Rockets hit Green Village").narrative.key_points
    assert not any(p.startswith("Force level: about 2,000") for p in points)


def test_export_and_calendar_header_fields_are_no_headline():
    for field in ("Recipients: 46 staff on the travel list", "PRODID:Microsoft Exchange Server",
                  "Generated by: security desk", "Group: Ops cell (8 members)",
                  "ATTENDEE;CN=Sam Lee:mailto:sam@example.org"):
        assert HEADER_FIELD.match(field)
    for title in ("Iraq: drones hit a base near Erbil", "Update: rockets fired at the airport"):
        assert not HEADER_FIELD.match(title)


def test_a_chat_export_is_titled_by_its_group_and_no_message_is_its_headline():
    lines = [("Signal Desktop - chat export", False), ("Group: Harbour Watch (5 members)", False),
             ("Exported by: Sam Lee on 12/1/26, 10:05", False),
             ("[11/29/26, 22:51] Sam Lee: Loud bangs near the port, no word on damage", False)]
    assert find_headline(lines)[0] == "Signal group \u201cHarbour Watch\u201d"
    assert find_headline(lines[2:])[0] == ""
