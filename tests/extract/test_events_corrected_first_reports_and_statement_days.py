"""Events of session 23 (events C): a first report's toll that an update corrects, and other
round-48 phrasings. Short texts written for these tests."""

from __future__ import annotations

from tests.extract.drafting import casualty_totals as _toll
from tests.extract.drafting import note_events


def _events(text: str, pub: str = "2026-11-18"):
    return note_events(text, pub)


def test_an_update_replaces_the_first_reports_toll_it_corrects():
    events = _events(
        "A drone hit a police truck at the western gate of Amuda on Tuesday 17 November 2026.\n\n"
        "Our first report (10:05) said two guards were killed and one of our drivers was "
        "injured. This update corrects those numbers. The district hospital says four people "
        "were killed and two more civilians were wounded."
    )
    assert [(e.killed, e.wounded) for e in events] == [(4, 2)]


def test_a_correction_in_the_same_sentence_keeps_the_new_counts():
    events = _events(
        "A drone hit a police truck near Amuda on Tuesday 17 November 2026.\n\n"
        "The initial report gave one guard injured and two killed; this update corrects those "
        "figures: three people were killed and four were wounded."
    )
    assert [(e.killed, e.wounded) for e in events] == [(3, 4)]


def test_a_first_report_with_no_correction_keeps_its_toll():
    assert _toll("The initial report said two guards were killed.") == (2, 0)


def test_a_statement_named_by_its_day_dates_no_attack():
    events = _events(
        "A drone struck the motor pool of Camp Alpha on 1 May 2026, wounding two soldiers.\n\n"
        "The command's public statement of 3 May 2026 reported two soldiers wounded.",
        pub="2026-05-20",
    )
    assert not [e for e in events if e.date == "2026-05-03" and e.kind == "attack"]
    assert [e.date for e in events if e.kind == "attack"] == ["2026-05-01"]


def test_a_filings_press_release_about_an_attack_dates_no_attack():
    events = _events(
        "On December 2, 2026, the Company issued a press release regarding an attack on its "
        "camp near Basra.\n\n"
        "Late on Monday, November 30, 2026, two rockets struck the camp near Basra, wounding "
        "three employees.",
        pub="2026-12-03",
    )
    assert [e.date for e in events if e.kind == "attack"] == ["2026-11-30"]


def test_what_a_corrected_story_wrongly_said_is_no_attack():
    events = _events(
        "An article on Friday about a rocket attack on the base at Kirkuk gave the wrong day. "
        "The attack happened late Tuesday, Nov. 24. The article also said four rockets were "
        "fired; the army said there were two.\n\n"
        "Clarification: A headline and article on Nov. 20 said U.S. troops had left the K-1 "
        "base in Kirkuk.",
        pub="2026-12-02",
    )
    assert [(e.date, e.kind) for e in events if e.kind in ("attack", "withdrawal")] == [
        ("2026-11-24", "attack")
    ]


def test_a_count_a_correction_sets_aside_is_no_one_hurt():
    text = (
        "Two soldiers and a contractor were wounded, not four soldiers, and a Kurdish guard at "
        "the airport's west gate was also hurt."
    )
    assert _toll(text) == (0, 4)


def test_a_site_named_by_its_initials_and_in_full_is_one_place():
    from briefdeck.extract.event_sites import one_name_per_site

    assert one_name_per_site(["FOB Alder", "Forward Operating Base Alder"]) == ["FOB Alder"]
    assert one_name_per_site(["FOB Alder", "Forward Base Alder"]) == [
        "FOB Alder",
        "Forward Base Alder",
    ]
    assert one_name_per_site(["FOB Alder", "Erbil"]) == ["FOB Alder", "Erbil"]


def test_a_timeline_row_of_the_injured_flown_off_is_no_attack():
    events = _events(
        "Statement of the master of the bulk carrier Blue Fen.\n\n"
        "Date\tLT\tEvent\n\n"
        "12 Nov\t2210\tA drone hit the port bridge wing 40 nm west of Hodeidah.\n\n"
        "13 Nov\t0400\tThe two injured flown off by a warship's SH-60 helicopter.\n\n"
        "14 Nov\t0900\tAnchored at Djibouti.",
        pub="2026-11-16",
    )
    assert [e.date for e in events if e.kind == "attack"] == ["2026-11-12"]
