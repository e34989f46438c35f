"""Which facts an output shows, its marking, and staff date-time groups."""

from briefdeck.compose import select_facts
from briefdeck.compose.dtg import dtg
from briefdeck.model import Briefing, Place


def _briefing(*statuses_and_marks) -> Briefing:
    b = Briefing()
    for i, (status, mark) in enumerate(statuses_and_marks, start=1):
        b.insert_fact("places", Place(id=f"pl-{i}", name=f"P{i}", status=status, marking=mark))
    return b


def test_only_accepted_facts_are_shown_once_something_is_reviewed():
    sel = select_facts(_briefing(("accepted", "U"), ("draft", "S"), ("rejected", "TS")))
    assert [p.id for p in sel.of("places")] == ["pl-1"]
    assert not sel.draft and sel.marking == "U"


def test_nothing_reviewed_shows_drafts_and_marks_draft():
    sel = select_facts(_briefing(("draft", "U"), ("draft", "C"), ("rejected", "TS")))
    assert [p.id for p in sel.of("places")] == ["pl-1", "pl-2"]
    assert sel.draft and sel.marking == "C"


def test_include_drafts_adds_drafts_and_rejected_never_leaves():
    sel = select_facts(_briefing(("accepted", "U"), ("draft", "U"), ("rejected", "S")), True)
    assert [p.id for p in sel.of("places")] == ["pl-1", "pl-2"]
    assert sel.draft and sel.marking == "U"


def test_briefing_classification_is_the_floor_of_the_marking():
    b = _briefing(("accepted", "U"))
    b.set_meta("classification", "SECRET")
    assert select_facts(b).marking == "S"


def test_date_time_group_is_written_the_staff_way():
    assert dtg("2020-03-16T12:00:00+00:00") == "161200ZMAR20"
    assert dtg("2020-03-16T08:30:00-04:00") == "161230ZMAR20"
    assert dtg("") == ""
