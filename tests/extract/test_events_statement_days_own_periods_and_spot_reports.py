# ruff: noqa: E501  (log rows are as wide as a real net log prints them)
"""A day that only dated a statement is not the day of an undated attack told after it; a
clause naming its own span ("in the past fortnight") takes no day from the sentence before;
a spot report's first size line ("S: 3X ...") does not name the incident a later row tells."""

from __future__ import annotations

from tests.extract.drafting import drafted_events

_STATEMENT = (
    "Drones hit Al Udeid Air Base in Qatar late on 3 March. The Qatari army said four of its "
    "soldiers had been hurt; a U.S. statement the next day added that one American was also hurt. "
    "A retired officer said at least three drones had been launched from the north and that "
    "one had reached the base.\n"
)

_PERIOD = (
    "A U.S. officer said a radar unit had moved from Camp Harlow to Lindon Air Base on 9 "
    "March. A Lindon official said its gunners had shot down nine drones over Varro "
    'province "in the past fortnight alone."\n'
)

_LOG = """TF HARROW - SQUADRON NET - RTO LOG
LOG PERIOD: 091900C MAR 27 - 100700C MAR 27 | SHEET 1 OF 1
TIME(C) | FROM | TO | MESSAGE | ACTION/INIT
----------------------------------------------------------------
1905 | HARROW TOC | ALL | RADIO CHECK, OVER. | NET OPEN /AB
0015 | GATE TOWER | HARROW TOC | SALUTE. S: 4X ONE-WAY UAS. A: INBOUND FROM N. L: 5 KM N OF TIKRIT. T: 100015C. OVER. | ALERT /CD
0019 | GATE 2 | HARROW TOC | 1X UAS IMPACT NEAR DFAC. NO CAS, OVER. | ROGER /CD
0130 | GATE 2 | HARROW TOC | CORRECTION TO 0015 SALUTE: 3X UAS, NOT 4X. I SAY AGAIN 3X UAS, OVER. | CORRECTED /CD
"""


def test_an_undated_attack_after_a_statement_day_joins_the_attack_told():
    attacks = [e for e in drafted_events(_STATEMENT, "2026-03-06") if e.kind == "attack"]
    assert [e.date for e in attacks] == ["2026-03-03"]


def test_a_clause_with_its_own_span_takes_no_day_from_the_sentence_before():
    events = drafted_events(_PERIOD, "2026-03-12")
    assert not any(e.kind == "attack" and e.date == "2026-03-09" for e in events)


def test_a_spot_reports_size_line_does_not_name_the_incident():
    attacks = [e for e in drafted_events(_LOG, "2027-03-10") if e.kind == "attack"]
    assert len(attacks) == 1
    assert attacks[0].date == "2027-03-10"
    assert not attacks[0].summary.startswith("S:")
    assert "4X" not in attacks[0].summary
