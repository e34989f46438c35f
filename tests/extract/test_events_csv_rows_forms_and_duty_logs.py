"""Incidents told in a form's fields rather than prose: a CSV incident table pasted into a
note, an incident form's casualty table by group and its checked incident-type box, a duty
officer's log under its period header, and an aviation occurrence record's fatality fields.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from briefdeck.extract.event_csv_rows import csv_rows
from briefdeck.extract.event_log_entries import log_entries

from .drafting import day_tolls, drafted_events

CSV_NOTE = "\n".join([
    "Weekly export of the tracker",
    "",
    "Rows added this week are below; the totals are checked each Monday by the desk and any",
    "disagreement with the ministry's counts is written up in the notes file of the dataset.",
    "ref,date,site,country,weapon,killed,wounded,source",
    'TR-101,2026-08-03,Karvel outpost,XX,rocket x2,0,2,"Ministry, via TV"',
    "TR-102,2026-08-05,Ostra depot,XX,OWA UAS x1,1,0,Local police",
    "TR-103,2026-08-06,Mirna camp,XX,handover,,,Army statement",
    "",
    "TR-101,2026-08-03,Karvel outpost,XX,rocket x2,0,2,\"Ministry, via TV\"",
])


def test_each_csv_row_under_a_toll_header_is_one_incident() -> None:
    events = drafted_events(CSV_NOTE, "2026-08-08")
    tolls = sorted((d, k, w) for d, k, w in day_tolls(events) if d != "2026-08-06")
    # (the row shown twice is one incident; the handover row is a handover, no attack)
    assert tolls == [("2026-08-03", 0, 2), ("2026-08-05", 1, 0)]
    assert [e.kind for e in events if e.date == "2026-08-06"] == ["handover"]


def test_csv_rows_keep_every_offset_and_a_quoted_comma() -> None:
    text, breaks = csv_rows(CSV_NOTE) or ("", [])
    assert len(text) == len(CSV_NOTE)
    row = text.split("\n")[5]
    assert row.split("\t")[-1].strip() == "Ministry, via TV"
    assert len(breaks) == 4


def test_prose_with_a_killed_comma_is_no_csv_header() -> None:
    assert csv_rows("Two guards were killed, officials said, and date, time, place unknown.") \
        is None


FORM = "\n\n".join([
    "INCIDENT REPORT FORM",
    "Incident type *\t☐ Shelling ☒ Drone strike ☐ Other",
    "Date of incident *\tTuesday 4 August 2026",
    "NARRATIVE",
    "On Tuesday a drone hit a police car at the Karvel junction. Our first report gave two "
    "killed. This update corrects that: according to the clinic, four people were killed and "
    "one more was wounded.",
    "CASUALTIES",
    "Category\tKilled\tInjured\tSource",
    "Police officers\t3\t0\tClinic",
    "Civilians (adults)\t1\t1\tClinic",
    "Civilians (children)\t0\t1\tClinic",
    "TOTAL\t4\t2",
])


def test_a_forms_casualty_table_by_group_is_its_incidents_toll() -> None:
    events = drafted_events(FORM, "2026-08-05")
    bloody = [e for e in events if e.killed or e.wounded]
    assert [(e.date, e.killed, e.wounded, e.kind) for e in bloody] == [
        ("2026-08-04", 4, 2, "strike")]
    assert sorted((c.party, c.killed, c.wounded) for c in bloody[0].casualties) == [
        ("Civilians", 1, 2), ("Police officers", 3, 0)]


LOG = "\n".join([
    "DUTY OFFICER'S LOG",
    "UNIT: Ops Center, Camp Arifjan LOCATION: Camp Arifjan, Kuwait",
    "PERIOD FROM: HOUR 0700 DATE 10 JUN 26 TO: HOUR 0659 DATE 11 JUN 26",
    "1\t0700\tTook over the watch. Nothing to report.",
    "2\t2130\t2x UAS inbound from the east. 1x UAS impact near the fuel point.",
    "3\t2150\tCas report: 1x US SM WIA.",
    "4\t0210\tCas update: 2x US SM WIA.",
    "5\t0659\tHanded over the watch.",
])


def test_a_duty_logs_entries_take_the_period_day_and_the_header_place() -> None:
    entries = log_entries(LOG)
    assert [e.day.iso for e in entries] == ["2026-06-10"] * 3 + ["2026-06-11"] * 2
    bloody = [e for e in drafted_events(LOG, "2026-07-01") if e.killed or e.wounded]
    assert [(e.date, e.wounded, e.place) for e in bloody] == [("2026-06-10", 2, "Camp Arifjan")]


def test_numbered_lines_without_a_period_header_are_no_log() -> None:
    assert log_entries("1\t0700\tTook over.\n2\t2130\tDrone seen.") == ()


RECORD = "\n\n".join([
    "Occurrence record #5501",
    "| Date: | Sunday 2 August 2026 |",
    "| Fatalities: | Fatalities: 0 / Occupants: 3 |",
    "| Other fatalities: | 2 |",
    "| Location: | Karvel airfield |",
    "Narrative:",
    "Late on Sunday a drone struck the apron at Karvel airfield next to a parked freighter, "
    "and three ground workers were wounded.",
])


def test_an_occurrence_records_other_fatalities_are_its_dead() -> None:
    bloody = [e for e in drafted_events(RECORD, "2026-08-04") if e.killed or e.wounded]
    assert [(e.date, e.killed, e.wounded) for e in bloody] == [("2026-08-02", 2, 3)]
