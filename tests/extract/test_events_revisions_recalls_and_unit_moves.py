"""Tolls revised in words that leave out their kind or their subject, happenings recalled by
a definite name or as the start of a count, and unit moves told with the unit as subject.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from briefdeck.extract.casualties import find_casualties

from .drafting import day_tolls, drafted_events


def _counts(text: str) -> list[tuple[str, int | None]]:
    return [(c.kind, c.count) for c in find_casualties(text, 0, len(text))]


def test_a_count_raised_without_its_kind_in_a_sentence_about_injuries_counts_the_hurt() -> None:
    text = ("The command at first reported no injuries, then raised the count to six "
            "soldiers checked for concussion a day later.")
    assert _counts(text) == [("wounded", 6)]


def test_raised_that_to_a_number_updates_the_count_of_injuries_just_told() -> None:
    text = ("Officials said on Friday that three sailors had suffered light injuries. "
            "On Sunday they raised that to five.")
    later = text.index("On Sunday")
    got = [(c.kind, c.count, c.total) for c in find_casualties(text, later, len(text))]
    assert got == [("wounded", 5, True)]


def test_a_bare_count_as_the_subject_of_a_passive_is_a_toll() -> None:
    assert _counts("Four were wounded in the blast.") == [("wounded", 4)]
    assert _counts("Two more were killed overnight.") == [("killed", 2)]
    assert _counts("Five more shells were fired.") == []


def test_a_toll_raised_in_a_later_sentence_replaces_the_first_count() -> None:
    text = (
        "KIRKUK, Iraq (Wire) - Rockets struck a logistics yard at Camp Falcon on Thursday, "
        "officials said.\n\n"
        "The ministry said on Friday that one guard had suffered minor injuries. "
        "On Saturday it raised that to three, saying two had concussions."
    )
    assert ("2025-04-10", 0, 3) in day_tolls(drafted_events(text, "2025-04-13"))


def test_a_toll_told_of_the_initial_strike_belongs_to_the_attack_told_before() -> None:
    text = (
        "Committee hearing\n\n"
        "Mr. DOE. On April 2, a drone hit a barracks at Camp Larkspur. We were told two "
        "soldiers were hurt. Is that still the number?\n\n"
        "General ROE. It has grown. Two were injured in the initial strike, and one more "
        "reported symptoms of concussion the following week."
    )
    tolls = day_tolls(drafted_events(text, "2025-04-20"))
    assert ("2025-04-02", 0, 3) in tolls
    assert all(day == "2025-04-02" for day, _, _ in tolls)


def test_the_happening_that_opened_a_count_since_a_day_is_drafted_at_the_base_counted() -> None:
    text = (
        "ANBAR, Iraq (Wire) - A rocket hit Ain al-Asad air base on Tuesday, wounding one "
        "contractor.\n\n"
        "It was the second attack on Ain al-Asad air base since March 2, when a drone damaged a "
        "water tank without causing casualties."
    )
    events = drafted_events(text, "2025-03-20")
    recalled = [e for e in events if e.date == "2025-03-02"]
    assert recalled and "Ain al-Asad" in recalled[0].place


def test_rockets_seen_to_land_near_a_compound_are_an_attack() -> None:
    text = ("Briefing notes\n\nWe saw three rockets land near the Green Gate compound on "
            "May 9; nobody was hurt.")
    assert [e.date for e in drafted_events(text, "2025-05-12")] == ["2025-05-09"]


def test_a_unit_that_moved_from_one_base_to_another_is_a_deployment_at_the_new_base() -> None:
    text = (
        "Commentary\n\n"
        "When a Patriot battery moved from Kuwait's Camp Arifjan to Erbil in March, it "
        "became the most capable air defense in the region."
    )
    events = drafted_events(text, "2025-06-01")
    moves = [e for e in events if e.kind == "deployment"]
    assert [e.date for e in moves] == ["2025-03"]
    assert "Arifjan" not in moves[0].place


def test_a_unit_flown_in_on_a_day_is_a_deployment_where_it_was_just_sent() -> None:
    text = (
        "ERBIL, Iraq (Wire) - The Army has moved a Patriot battery from Qatar to the air "
        "base at Erbil airport, officials said on Thursday.\n\n"
        "The battery, which had been stationed at Al Udeid Air Base, was flown in on "
        "Tuesday."
    )
    moves = [e for e in drafted_events(text, "2025-05-16") if e.date == "2025-05-13"]
    assert moves and moves[0].kind == "deployment"
    assert "Udeid" not in moves[0].place


def test_a_count_first_given_lower_does_not_replace_the_fuller_toll_told_before() -> None:
    text = (
        "Fact check\n\n"
        "A drone did strike the Camp Taji base on Monday, and officials said it lightly "
        "wounded three Iraqi soldiers.\n\n"
        "The army initially said one soldier had been hurt."
    )
    assert ("2025-02-03", 0, 3) in day_tolls(drafted_events(text, "2025-02-06"))


def test_a_toll_revised_from_a_days_named_attack_takes_that_day() -> None:
    text = (
        "2 hours ago\nCamp Victory, Iraq\n"
        "Command revises toll from Sunday's rocket attack near Camp Victory: four soldiers "
        "being treated for concussion, up from two.\n"
    )
    assert ("2025-07-13", 0, 4) in day_tolls(drafted_events(text, "2025-07-15"))


def test_a_happening_told_that_night_takes_the_day_named_just_before() -> None:
    text = (
        "Hearing record\n\n"
        "Ms. LANE. A militia said it fired on the Ain al-Asad air base on March 4. Is that so?\n\n"
        "Admiral KNOX. A drone neared the base that night and was shot down short of the wire."
    )
    events = drafted_events(text, "2025-03-10")
    assert "2025-03-04" in [e.date for e in events]
