"""First slide: totals keep their parts' qualifiers, a revised toll replaces the first count,
arriving air defences keep their site, numbered issues and wire marks in titles."""

from __future__ import annotations

from briefdeck.extract.lede_formats import numbered_issue
from briefdeck.extract.narrative_tolls import summed_qualifier
from briefdeck.extract.toll_qualifiers import row_qualifier
from briefdeck.ingest.headlines import find_headline, undecorated
from briefdeck.ingest.statement_titles import numbered_release


def test_a_total_keeps_the_qualifier_its_parts_lean_to():
    assert summed_qualifier(["exact", "exact"]) == "exact"
    assert summed_qualifier(["more than", "exact"]) == "more than"
    assert summed_qualifier(["at least", "exact", "more than"]) == "more than"
    assert summed_qualifier(["at least", "exact"]) == "at least"
    assert summed_qualifier(["up to", "exact"]) == "up to"
    assert summed_qualifier(["about", "exact"]) == "about"
    assert summed_qualifier(["about", "more than"]) is None
    assert summed_qualifier(["up to", "at least"]) is None


def test_a_qualifier_wrapped_onto_the_next_line_is_kept():
    assert row_qualifier("more\nthan 300") == "more than"


def test_a_numbered_issue_names_the_page():
    assert numbered_issue("Chad: Border Clashes - Flash Update No. 3")
    assert numbered_issue("DAILY SITREP No. 12/26")
    assert not numbered_issue("Rockets hit the base for the third time")


def test_wire_marks_and_subject_tags_are_no_words_of_a_title():
    assert undecorated("*MILITIA SAYS IT STRUCK AIRFIELD") == "MILITIA SAYS IT STRUCK AIRFIELD"
    assert (
        undecorated("[Desk List] Morning notes on the harbour fire")
        == "Morning notes on the harbour fire"
    )
    assert (
        undecorated("(LEAD) Navy tracks two launches off the coast")
        == "Navy tracks two launches off the coast"
    )
    assert undecorated("*emphasis* in a line") == "*emphasis* in a line"
    assert undecorated("[Senate]") == "[Senate]"


def test_a_numbered_release_is_titled_by_its_kind_and_number():
    assert numbered_release("PRESS RELEASE", "No PR-7/2027-XYZ") == "Press release No PR-7/2027-XYZ"
    assert numbered_release("PRESS RELEASE", "Rawalpindi, 3 March") == ""


def test_a_highlights_bullet_is_no_headline_under_a_flash_update_head():
    lines = [
        ("Chad: Border Clashes - Flash Update No. 3", True),
        ("As of 2 May", False),
        ("HIGHLIGHTS", False),
        ("• Shelling on two towns killed at least nine people on Monday", False),
    ]
    assert find_headline(lines)[0] == "Chad: Border Clashes - Flash Update No. 3"


def test_a_toll_revised_in_a_later_message_supersedes_the_first():
    from briefdeck.extract.narrative_revisions import revised_toll
    from briefdeck.model import Event, Provenance

    text = (
        "Officials said two sailors were lightly hurt in the drone attack on Camp Lemonnier."
        "\n\nUPDATE, toll revised: a spokesman says four sailors were treated. That makes "
        "four wounded and no deaths.\n\nA drone struck Obock the next day, wounding one."
    )
    first = Event(
        id="ev-1",
        date="2026-05-02",
        kind="attack",
        place="Camp Lemonnier",
        wounded=2,
        provenance=Provenance(source="src-1", start=0, end=80),
    )
    later = Event(
        id="ev-2",
        date="2026-05-03",
        kind="attack",
        wounded=4,
        provenance=Provenance(source="src-1", start=120, end=160),
    )
    other = Event(
        id="ev-3",
        date="2026-05-03",
        kind="attack",
        place="Obock",
        wounded=1,
        provenance=Provenance(source="src-1", start=175, end=220),
    )
    assert revised_toll(first, [first, later, other], text) is later
    assert revised_toll(first, [first, other], text) is None
