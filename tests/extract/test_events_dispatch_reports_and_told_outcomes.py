"""A dispatch centre's incident report read by its header fields and premise history; the
injured told again as the dead and the treated; a first report's count looked back on; a
happening told by its subject (a capitalised "Strikes", a unit named at length before it
moved); a happening a few hundred meters from a town; the hurt told by their cuts."""

from __future__ import annotations

from tests.extract.drafting import casualty_totals, day_tolls, note_events

_CAD = """FIRE EMERGENCY SERVICES - Camp Lemonnier, Djibouti
COMPUTER AIDED DISPATCH - INCIDENT DETAIL REPORT
Printed: 03/10/2026 05:00   Page 1 of 1
==========================================
Incident No: CL-26-000512      Priority: 1
Nature: ROCKET IMPACT - VEHICLE FIRE
Location: MOTOR POOL 3, SOUTH LOT
Reported: 03/09/2026 22:41:10   Source: tower
Patients: 2   Fatalities: {dead}
==========================================
NARRATIVE
22:41:10  TOWER RPTS IMPACT SOUTH LOT, VEHICLE ON FIRE
22:58:00  M-4 ON SCENE: 1 PT, MINOR
00:35:00  PER CLINIC 2ND PT WALKED IN. TOTAL PTS NOW 2 (1 US, 1 TCN)
==========================================
PREMISE HISTORY - MOTOR POOL 3
02/11/2026 03:05  CL-26-000411  MORTAR ROUND IN MOTOR POOL, NO INJURIES
01/20/2026 14:00  CL-26-000250  ALARM RED, NO IMPACT
01/02/2026 10:00  CL-26-000007  SMOKE INVESTIGATION, BURNT TOAST
==========================================
END OF REPORT
"""


def test_a_dispatch_reports_header_gives_its_incidents_day_toll_and_base():
    events = note_events(_CAD.format(dead=0), "2026-03-10")
    incident = next(e for e in events if e.date == "2026-03-09")
    assert (incident.kind, incident.killed, incident.wounded) == ("attack", 0, 2)
    assert "Lemonnier" in incident.place
    assert sorted((c.party, c.wounded) for c in incident.casualties) == [
        ("U.S.", 1),
        ("third-country national", 1),
    ]


def test_a_dispatch_reports_premise_history_rows_are_earlier_incidents():
    events = note_events(_CAD.format(dead=0), "2026-03-10")
    rows = {e.date: e for e in events if e.date != "2026-03-09"}
    assert sorted(rows) == ["2026-02-11"]  # (an alarm with no impact, burnt toast: none)
    assert (rows["2026-02-11"].kind, rows["2026-02-11"].killed, rows["2026-02-11"].wounded) == (
        "attack",
        0,
        0,
    )


def test_with_deaths_a_dispatch_reports_patients_are_not_taken_as_wounded():
    incident = next(
        e for e in note_events(_CAD.format(dead=1), "2026-03-10") if e.date == "2026-03-09"
    )
    assert (incident.killed, incident.wounded) == (1, None)


def test_a_dispatch_report_of_a_kitchen_fire_tells_no_attack():
    text = _CAD.format(dead=0).replace("ROCKET IMPACT - VEHICLE FIRE", "STRUCTURE FIRE - KITCHEN")
    assert not [e for e in note_events(text, "2026-03-10") if e.date == "2026-03-09"]


def test_the_injured_told_again_as_the_dead_and_the_treated_are_the_same_people():
    text = (
        "Tanker hit\n\nA missile hit the tanker Aldora Star late on Monday off Salalah. "
        "The navy said on Tuesday that four sailors had been injured. By Wednesday the navy "
        "said one sailor had died, and that three sailors were being treated in Salalah.\n"
    )
    assert day_tolls(note_events(text, "2026-05-13"))[0][1:] == (1, 3)


def test_a_death_told_as_another_is_not_one_of_the_injured():
    text = (
        "Tanker hit\n\nA missile hit the tanker Aldora Star late on Monday off Salalah. "
        "The navy said on Tuesday that four sailors had been injured. By Wednesday the navy "
        "said another sailor had died, and that three sailors were being treated.\n"
    )
    assert day_tolls(note_events(text, "2026-05-13"))[0][1:] != (1, 3)


def test_a_first_report_looked_back_on_after_the_toll_adds_no_one():
    text = (
        "Depot hit\n\nOn 3 May 2026, two drones struck the fuel depot at Erbil Air Base. "
        "Four airmen were hurt in the blast; initial reports that night counted two "
        "wounded.\n"
    )
    assert day_tolls(note_events(text, "2026-05-06")) == [("2026-05-03", 0, 4)]


def test_a_sentence_opening_with_strikes_near_a_town_tells_a_strike():
    text = (
        "Field note\n\nOur clinic stayed open all week.\n\nStrikes near Khiam were reported "
        "again on Sunday. Nobody on our team was hurt.\n"
    )
    events = note_events(text, "2026-06-10")
    assert [(e.date, e.kind, e.place) for e in events] == [("2026-06-07", "strike", "Khiam")]


def test_strikes_heading_a_section_tell_no_strike():
    text = "Field note\n\nStrikes near Khiam\n\nOur clinic stayed open all week.\n"
    assert not note_events(text, "2026-06-10")


def test_a_unit_named_at_length_before_it_moved_to_a_base_deployed_there():
    text = (
        "Handover\n\nOn 5 March 2026, coalition forces handed Ain al-Asad Air Base to the "
        "Iraqi army. The last THAAD battery there, Battery C, 2nd Battalion, 62nd Air Defense "
        "Artillery Regiment, had moved east to Erbil a week earlier.\n"
    )
    moved = [(e.date, e.place) for e in note_events(text, "2026-03-20") if e.kind == "deployment"]
    assert moved == [("2026-02-26", "Erbil")]


def test_a_strike_a_few_hundred_meters_from_a_town_happened_there():
    text = (
        "Staff update\n\nOn 9 May 2026, an Israeli strike about 200 meters from our Tyre "
        "clinic shattered its windows.\n"
    )
    assert [e.place for e in note_events(text, "2026-05-12")] == ["Tyre"]


def test_light_cuts_count_the_hurt_and_pay_cuts_do_not():
    assert casualty_totals("Three nurses on the ward had minor cuts from flying glass.") == (0, 3)
    assert casualty_totals("Two guards suffered cuts from broken glass.") == (0, 2)
    assert casualty_totals("Two departments had pay cuts this year.") == (0, 0)
