"""A statement quoted a day after it was issued: its "today" is the day it was issued, told
before in the story, not the day of publication. A revised toll told as a list of groups
("later said four soldiers and a contractor were treated for ...") counts every group, and a
strike "causing light damage and two minor injuries" counts the injuries after the damage.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from briefdeck.extract.casualties import find_casualties

from .drafting import day_tolls, drafted_events

PUBLISHED = "2025-03-13"  # a Thursday


def _rows(text: str) -> list[tuple[str, int | None, str]]:
    return sorted((c.kind, c.count, c.party) for c in find_casualties(text, 0, len(text)))


def _tolls(text: str) -> list[tuple[str | None, int, int]]:
    return sorted(day_tolls(drafted_events(f"Test report\n\n{text}", PUBLISHED)))


def test_a_quoted_today_a_day_after_the_day_named_is_that_day():
    tolls = _tolls(
        "The militia said its fighters shelled Balad Air Base with mortars on "
        "Wednesday morning.\n\n"
        "\"Our heroes shelled today the occupiers at Balad Air Base with mortar rounds,\" the "
        "militia's statement read.")
    assert [d for d, _, _ in tolls] == ["2025-03-12"]


def test_a_quoted_today_with_no_day_named_before_keeps_the_day_of_publication():
    tolls = _tolls(
        "\"Our heroes shelled today the occupiers at Balad Air Base with mortar rounds,\" the "
        "militia's statement read.")
    assert [d for d, _, _ in tolls] == ["2025-03-13"]


def test_injuries_counted_after_the_damage_a_strike_caused():
    rows = _rows("A rocket landed beside the hangar, causing light damage and three minor "
                 "injuries among the ground crew.")
    assert rows == [("wounded", 3, "unspecified")]


def test_damage_alone_is_no_toll():
    assert _rows("A rocket landed beside the hangar, causing light damage and a fire.") == []


def test_a_later_list_of_groups_after_a_first_count_of_none_counts_every_group():
    rows = _rows("The ministry first reported no casualties; it later said three police "
                 "officers and one contractor had been treated for concussion injuries.")
    assert [(k, n) for k, n, _ in rows] == [("wounded", 1), ("wounded", 3)]


def test_a_first_count_given_again_later_still_gives_way_to_the_newer_one():
    rows = _rows("The army initially said one soldier was hurt; an officer later said two "
                 "soldiers were hurt.")
    assert [(k, n) for k, n, _ in rows] == [("wounded", 2)]


def test_a_total_restating_a_groups_count_keeps_that_group():
    from briefdeck.extract.casualties import Casualty
    from briefdeck.extract.toll_updates import merge_tolls

    known = [Casualty(0, 14, "killed", 3, "civilian", "three")]
    restated = [Casualty(60, 65, "killed", 3, "unspecified", "three", total=True)]
    assert [(c.kind, c.count, c.party) for c in merge_tolls(known, restated)] == [
        ("killed", 3, "civilian")]
    risen = [Casualty(60, 65, "killed", 5, "unspecified", "five", total=True)]
    assert [(c.kind, c.count, c.party) for c in merge_tolls(known, risen)] == [
        ("killed", 5, "unspecified")]


def test_a_toll_told_as_the_object_of_a_verb_of_reporting():
    assert _rows("First accounts from the police indicated two people killed and five "
                 "wounded.") == [("killed", 2, "unspecified"), ("wounded", 5, "unspecified")]


def test_a_reported_toll_with_the_dead_named_in_brackets():
    rows = _rows("The governor confirmed three killed (two guards and a driver) and four "
                 "wounded.")
    assert [(k, n) for k, n, _ in rows] == [("killed", 3), ("wounded", 4)]


def test_a_reported_count_followed_by_more_words_is_left_to_other_readings():
    assert _rows("The agency reported two killed in the crash last year, officials said.") == []


def test_an_update_line_replaces_the_first_count_of_the_incident():
    tolls = _tolls(
        "14 Mar 2025, 0810 hrs, Kirkuk: A roadside bomb exploded beside a police vehicle.\n\n"
        "Early reports from police indicated one person killed and one wounded.\n\n"
        "UPDATE 1500 hrs: the provincial council confirmed two killed and three wounded.")
    assert tolls == [("2025-03-14", 2, 3)]


def test_revealing_the_details_of_an_attack_is_the_telling_of_the_attack():
    events = drafted_events(
        "Test report\n\nA police source revealed on Thursday the details of a mortar attack "
        "that hit the outskirts of Kirkuk at dawn.", PUBLISHED)
    assert [e.kind for e in events] == ["attack"]


def test_a_revealed_plan_is_still_an_announcement():
    events = drafted_events(
        "Test report\n\nThe ministry revealed on Thursday that it had approved the transfer "
        "of two air defence batteries to Kirkuk.", PUBLISHED)
    assert "announcement" in [e.kind for e in events]


def test_a_day_after_dates_the_happening_it_opens_a_day_earlier():
    tolls = _tolls("Mortars hit the Kirkuk airport on Thursday, a day after a drone struck "
                   "Balad Air Base and wounded two guards.")
    assert tolls == [("2025-03-12", 0, 2), ("2025-03-13", 0, 0)]


def test_two_days_after_dates_the_happening_two_days_earlier():
    tolls = _tolls("Mortars hit the Kirkuk airport on Thursday, two days after a drone struck "
                   "Balad Air Base.")
    assert [d for d, _, _ in tolls] == ["2025-03-11", "2025-03-13"]


LIVE = "2026-03-07"


def _live(text: str) -> list[tuple[str | None, str, int, int]]:
    events = drafted_events(f"Live updates\n\n{text}", LIVE)
    return sorted((e.place, e.kind, e.killed or 0, e.wounded or 0) for e in events)


def test_a_medic_quoted_on_more_hurt_retells_the_toll_of_the_happening_just_told():
    events = _live(
        "15:10\nA rocket fell in the area of Metula. Medics said four civilians were "
        "injured by shrapnel.\n\n"
        "A paramedic said: \"We treated a woman with shrapnel wounds to her legs. Three more "
        "people were treated for light injuries.\"\n\n"
        "16:25\nSirens sounded again in the Galilee.")
    assert ("Metula", "attack", 0, 4) in events


def test_stamped_entries_at_two_nearby_towns_are_two_happenings():
    events = _live(
        "15:10\nA rocket fell in the area of Metula. Medics said four civilians were "
        "injured by shrapnel.\n\n"
        "16:25\nAn anti-tank missile was fired from Lebanon toward Kiryat Shmona.\n\n"
        "17:40\nA soldier was lightly injured by the anti-tank missile fired toward Kiryat "
        "Shmona earlier today.")
    assert events == [("Kiryat Shmona", "attack", 0, 1), ("Metula", "attack", 0, 4)]


def _totals(text: str) -> list[tuple[str, int | None, bool]]:
    return sorted((c.kind, c.count, c.is_total) for c in find_casualties(text, 0, len(text)))


def test_a_new_toll_split_by_party_counts_each_partys_dead_and_wounded():
    rows = _totals("That takes the toll to two police officers killed and one wounded, and "
                   "four raiders killed and three wounded, the governor said.")
    assert rows == [("killed", 2, True), ("killed", 4, False),
                    ("wounded", 1, True), ("wounded", 3, False)]


def test_a_new_toll_with_its_kind_after_the_group_keeps_that_kind():
    assert _totals("The blast raised the toll to three soldiers killed and two wounded.") == [
        ("killed", 3, True), ("wounded", 2, True)]
