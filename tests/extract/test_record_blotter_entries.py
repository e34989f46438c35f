"""A blotter's entries under day headings: a hostile entry is one attack on its heading's day,
at the base the header names, with the last running total its updates give."""

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article

_HEAD = (
    "SECURITY FORCES DESK BLOTTER\n"
    "Al Asad Air Base, Iraq | Week of 14 - 20 SEP 2026\n"
    "\n"
    "MONDAY, 14 SEP 2026\n"
    "\n"
    "0810 | LOST ID CARD | Dining hall 3\n"
    "A badge was handed in at the front desk and given back at noon.\n"
    "\n"
    "TUESDAY, 15 SEP 2026\n"
    "\n"
    "2250 | HOSTILE ACT - INDIRECT FIRE | Motor pool east\n"
    "Sirens sounded at 2248. Two rounds landed by the fuel point; one fell short in the sand. "
    "First word: one airman hurt by glass.\n"
    "\n"
    "WEDNESDAY, 16 SEP 2026\n"
    "\n"
    "0130 | UPDATE - HOSTILE ACT (ref. 2250, 15 SEP) | Clinic\n"
    "A mechanic came in with a cut hand. Total injured: 2.\n"
    "\n"
    "0915 | UPDATE - HOSTILE ACT (ref. 2250, 15 SEP) | Clinic\n"
    "A guard at the fuel point was seen for ringing ears. "
    "Total injured: 3 (one airman, one mechanic, one guard).\n"
    "\n"
    "1400 | SPEEDING | Perimeter road\n"
    "A truck was stopped at 50 km/h in a 30 zone. Driver warned.\n"
)


def _events(text: str):
    return draft_briefing(Article(text=text), published="2026-09-21").facts.events


def test_a_hostile_entry_is_an_attack_on_its_headings_day_with_the_last_running_total() -> None:
    attacks = [e for e in _events(_HEAD) if e.kind == "attack"]
    assert [(e.date, e.wounded) for e in attacks] == [("2026-09-15", 3)]
    assert attacks[0].killed is None  # no total of the dead: not read as none
    assert attacks[0].place == "Ain al-Asad Air Base"  # the header's base
    assert sum(c.wounded for c in attacks[0].casualties) == 3


def test_a_hostile_entry_with_no_running_total_keeps_its_toll_unknown() -> None:
    text = _HEAD.split("WEDNESDAY")[0] + (
        "WEDNESDAY, 16 SEP 2026\n\n1400 | SPEEDING | Perimeter road\nDriver warned.\n")
    attacks = [e for e in _events(text) if e.kind == "attack"]
    assert [(e.date, e.wounded, e.killed) for e in attacks] == [("2026-09-15", None, None)]


def test_a_blotter_with_no_hostile_entry_drafts_no_attack() -> None:
    text = _HEAD.replace("HOSTILE ACT - INDIRECT FIRE", "NOISE COMPLAINT").replace(
        "UPDATE - HOSTILE ACT", "UPDATE - NOISE")
    assert not [e for e in _events(text) if e.date == "2026-09-15" and e.wounded == 3]
