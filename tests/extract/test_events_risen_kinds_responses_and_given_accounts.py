"""A risen toll whose kinds are said after its counts, "the number injured" without "of", an
operation launched in response keeping its own toll, and the day an account was given kept
apart from the day of the harm.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from briefdeck.extract.casualties import find_casualties

from .drafting import day_tolls, drafted_events

PUBLISHED = "2025-09-20"  # a Saturday


def _tolls(text: str) -> list[tuple[str | None, int, int]]:
    return sorted(day_tolls(drafted_events(f"Test report\n\n{text}", PUBLISHED)))


def test_a_risen_toll_names_each_kind_after_its_count() -> None:
    text = "By the evening the toll had climbed to three killed and seven wounded."
    found = find_casualties(text, 0, len(text))
    assert sorted((c.kind, c.count) for c in found) == [("killed", 3), ("wounded", 7)]


def test_a_risen_toll_replaces_a_first_count_of_both_kinds() -> None:
    assert _tolls(
        "A rocket hit a depot outside Kirkuk on Wednesday. Police first said one guard was "
        "killed and two others were hurt. By Thursday the toll had risen to three killed and "
        "four wounded.") == [("2025-09-17", 3, 4)]


def test_the_number_hurt_without_of_is_a_new_total() -> None:
    text = "A later scan found a concussion, bringing the number hurt to four."
    found = find_casualties(text, 0, len(text))
    assert [(c.kind, c.count, c.total) for c in found] == [("wounded", 4, True)]
    text = "The number killed has risen to six, the mayor said."
    assert [(c.kind, c.count) for c in find_casualties(text, 0, len(text))] == [("killed", 6)]


def test_an_operation_launched_in_response_keeps_its_own_toll() -> None:
    assert _tolls(
        "One border guard was killed and three were wounded when gunmen fired on a post near "
        "the frontier on September 15, the ministry said.\n\n"
        "After the attack, a ground operation was launched in the hills and six gunmen were "
        "killed, the ministry added.") == [("2025-09-15", 1, 3)]


def test_a_later_death_after_the_attack_still_adds_to_its_toll() -> None:
    tolls = _tolls(
        "One border guard was killed and three were wounded when gunmen fired on a post near "
        "the frontier on September 15, the ministry said.\n\n"
        "After the attack, the ministry said one more guard had died.")
    assert ("2025-09-15", 2, 3) in tolls or ("2025-09-15", 2, 2) in tolls


def test_the_day_an_account_was_given_is_not_the_day_of_the_harm() -> None:
    assert _tolls(
        "A drone struck near the barracks at the air base on 3 September. The ministry's "
        "first account, given to parliament on the following day, was that two soldiers had "
        "received minor injuries.") == [("2025-09-03", 0, 2)]


def test_a_victim_named_with_an_arabic_surname_is_one_dead() -> None:
    text = "The shell killed Salim Fadhil al-Obeidi, 40, a shepherd, and wounded two boys."
    found = find_casualties(text, 0, len(text))
    assert sorted((c.kind, c.count) for c in found) == [("killed", 1), ("wounded", 2)]


def test_a_kinsman_named_with_the_victim_is_a_second_dead() -> None:
    text = "The raid killed Yusuf Karim, 52, a baker, and his nephew Tariq, 17, neighbours said."
    found = find_casualties(text, 0, len(text))
    assert [(c.kind, c.count) for c in found] == [("killed", 2)]


def test_an_ordinal_after_the_dead_counts_one_of_the_other_kind() -> None:
    assert _tolls(
        "On September 16, a drone hit a fuel truck and killed two drivers. A third man was "
        "wounded.") == [("2025-09-16", 2, 1)]
    assert _tolls(
        "On September 16, a drone hit a checkpoint and wounded two soldiers. A third soldier "
        "was wounded later.") == [("2025-09-16", 0, 3)]


def test_a_dotted_european_date_is_read_day_first() -> None:
    from datetime import date

    from briefdeck.extract.dates import find_dates

    found = find_dates("The mandate was renewed on 28.09.2025 for a year.", date(2025, 9, 30))
    assert [(d.iso, d.precision) for d in found] == [("2025-09-28", "day")]
    found = find_dates("In the night from 14.09. to 15.09.2025, shells fell.", date(2025, 9, 20))
    assert [d.iso for d in found] == ["2025-09-14", "2025-09-15"]
    prose = "The rate rose 12.5 percent; see section 4.2. below."
    assert find_dates(prose, date(2025, 9, 20)) == []
