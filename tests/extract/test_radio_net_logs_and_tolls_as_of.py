# ruff: noqa: E501  (log rows are as wide as a real net log prints them)
"""A radio-net log's rows read as entries dated by its log period (a correction's count
replacing the first, a summary's items, a bracketed earlier incident, a handover on a
weekday); a toll told "as of" a day belongs to the attack before it; a third person hurt
after one of two wounded died."""

from __future__ import annotations

from tests.extract.drafting import day_tolls, drafted_events

_LOG = """TF HARROW - SQUADRON NET - RTO LOG
NCS: HARROW TOC (CAMP VICTORY) | PRI: HARROW 1
LOG PERIOD: 091900C MAR 27 - 100700C MAR 27 | SHEET 1 OF 1
TIME(C) | FROM | TO | MESSAGE | ACTION/INIT
----------------------------------------------------------------
1905 | HARROW TOC | ALL | RADIO CHECK, OVER. | NET OPEN /AB
2010 | TALON 3 | HARROW TOC | SP FROM KIRKUK W/ 4X VEH. FINAL LOAD OF KIRKUK EQUIPMENT, OVER. | ROGER /AB
2133 | TALON 3 | HARROW TOC | CONTACT IED 2 KM N OF TIKRIT. 1X WIA. SEND MEDEVAC, OVER. | QRF OUT /AB
2150 | TALON 3 | HARROW TOC | CORRECTION. 2X WIA TOTAL: 1X US, 1X IA. I SAY AGAIN 2X WIA, OVER. | CORRECTED /AB
0230 | GATE 2 | HARROW TOC | 2X ROCKETS IMPACT NEAR DFAC. NO CAS, OVER. | ROGER /CD
0410 | HARROW S2 | HARROW TOC | A GROUP CLAIMED ON TELEGRAM AN ATTACK ON TIKRIT, OVER. | INFO /CD
0600 | HARROW 3 | ALL | (1) IED TIKRIT 092133C: 2X WIA (1X US, 1X IA). (2) IDF CAMP VICTORY 100230C: NO CAS (CF. 2 MAR, 1X ROCKET, NO CAS). (3) KIRKUK HANDOVER TO IA COMPLETED MONDAY. | APPROVED /CD
"""


def _events():
    return drafted_events(_LOG, "2027-03-10")


def test_a_log_row_is_dated_by_the_period_and_its_clock():
    by_kind = {(e.kind, e.date) for e in _events()}
    assert ("attack", "2027-03-09") in by_kind  # 2133 on the period's first day
    assert ("attack", "2027-03-10") in by_kind  # 0230: past midnight, the next day
    assert ("withdrawal", "2027-03-09") in by_kind  # the final load leaving


def test_a_correction_replaces_the_first_count_and_keeps_the_parties():
    ied = [e for e in _events() if e.date == "2027-03-09" and e.kind == "attack"]
    assert len(ied) == 1
    assert (ied[0].killed, ied[0].wounded) == (0, 2)
    assert sorted(c.party for c in ied[0].casualties) == ["IA", "U.S."]


def test_a_summary_retells_the_rows_once_and_a_bracket_tells_an_earlier_attack():
    tolls = day_tolls([e for e in _events() if e.kind == "attack"])
    assert sorted(tolls) == [("2027-03-02", 0, 0), ("2027-03-09", 0, 2), ("2027-03-10", 0, 0)]


def test_a_handover_on_a_weekday_counts_back_from_the_row_and_a_claim_is_no_attack():
    events = _events()
    assert [e.date for e in events if e.kind == "handover"] == ["2027-03-08"]  # Monday
    assert not any(e.kind == "announcement" for e in events)


def test_rows_without_a_log_period_are_no_radio_log():
    text = _LOG.replace("LOG PERIOD: 091900C MAR 27 - 100700C MAR 27 | SHEET 1 OF 1\n", "")
    assert not any(e.kind == "handover" for e in drafted_events(text, "2027-03-10"))


def test_a_toll_as_of_a_later_day_is_the_attack_before_it():
    text = """Staff note

a. The attack. Early on Tuesday, 9 March 2027, two drones struck the hangar line at Camp Taji.

b. Casualties. The first report listed one soldier hurt. As of noon on 10 March the toll is four wounded: three soldiers and one contractor.
"""
    assert day_tolls(drafted_events(text, "2027-03-11")) == [("2027-03-09", 0, 4)]


def test_a_third_person_hurt_after_one_of_two_wounded_died():
    text = """Ship notice

Late on Monday, 8 March, the cargo ship Brenna Lee was hit by a drone boat about 40 miles west of Mokha, Yemen.

Our first notice reported two crew members injured. One of them, a cook, has since died of his injuries. The other is stable. A third crew member was treated on board for smoke inhalation.
"""
    assert day_tolls(drafted_events(text, "2027-03-11")) == [("2027-03-08", 1, 2)]
