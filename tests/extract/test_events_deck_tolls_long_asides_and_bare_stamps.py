"""A deck's toll opening its sentence ("Four people hurt as shells hit ..."), a longer phrase
between the group counted and its verb ("serving with the UN force in the south (UNFORCE)"),
and live pages whose clock stamps were read onto the first line of their paragraph ("09:40 The
army says ..."). Every sentence is our own.
"""

from __future__ import annotations

from datetime import date

from briefdeck.extract.stamped_entries import find_entries

from .drafting import day_tolls, drafted_events

PUBLISHED = "2026-06-10"  # a Wednesday


def test_a_deck_s_toll_before_as_is_the_toll_of_the_happening_it_tells():
    text = ("Shells hit Kiryat Shmona\n\nFour people hurt as shells fired at Kiryat Shmona "
            "early Wednesday; army answers. Schools stay closed.\n\nThe shells came from the "
            "north, the army said.\n")
    assert ("2026-06-10", 0, 4) in day_tolls(drafted_events(text, PUBLISHED))


def test_a_sentence_opening_with_a_count_and_a_verb_of_its_own_is_no_deck_toll():
    text = ("Base hit\n\nTwo soldiers wounded as the mortar landed were flown to Germany on "
            "Wednesday, the army said.\n")
    assert [w for _, _, w in day_tolls(drafted_events(text, PUBLISHED))] in ([], [2])


def test_a_long_phrase_and_initials_between_the_group_and_its_verb_keep_the_count():
    text = ("Drone near outpost\n\nThree Irish soldiers serving with the UN force in the south "
            "(UNFORCE) were lightly injured on Wednesday when a drone exploded near their "
            "outpost at Tibnin, the ministry said.\n")
    assert day_tolls(drafted_events(text, PUBLISHED)) == [("2026-06-10", 0, 3)]


def test_a_reporting_clause_between_is_still_no_description_of_the_group():
    text = ("Blast in the market\n\nThe dead included an officer on Wednesday, the agency "
            "said, adding that at least nine others were wounded in Tibnin.\n")
    assert all(w != 1 for _, _, w in day_tolls(drafted_events(text, PUBLISHED)))


def test_clocks_opening_paragraphs_head_the_entries_of_a_live_page():
    text = ("Rockets on the north\n\n06:12 Sirens sound across the Galilee. Residents take "
            "shelter.\n\n09:40 The army says jets struck launchers near Marwahin.\n\n10:25 The "
            "ministry says an Israeli strike on a house in Marwahin killed two people and "
            "wounded three.\n")
    entries = find_entries(text, date(2026, 6, 10))
    assert len(entries) == 3
    assert ("2026-06-10", 2, 3) in day_tolls(drafted_events(text, PUBLISHED))


def test_a_log_whose_clocks_pass_midnight_is_not_one_day_s_entries():
    text = ("Night log\n\n22:10 Sirens reported at the base. Unconfirmed.\n\n23:40 Army "
            "confirms a drone was downed.\n\n02:05 Officials say two soldiers were hurt.\n")
    assert find_entries(text, date(2026, 6, 10)) == []
