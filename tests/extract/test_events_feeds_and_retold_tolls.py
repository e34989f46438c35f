"""Event feeds (short stamped items under day headings), terse tolls with their source after
them, present-tense toll rises, a toll rise naming its town, a strike counted again by
another source, and a revised toll that tells the same count as it came about."""

from __future__ import annotations

from datetime import date

from briefdeck.extract.casualties import find_casualties
from briefdeck.extract.live_feeds import feed_entries

from .drafting import day_tolls, drafted_events

PUB = "2025-06-10"


def _feed() -> str:
    return (
        "Regional monitor\n\nTuesday, 10 June 2025\n\n"
        "1 hour ago\n\n14:05\n\n"
        "Rocket fire on a border village near Karsk, 3 farmers wounded\n\n"
        "4 hours ago\n\n11:20\n\n"
        "Militia drone attack on an army checkpoint outside Velno, no casualties reported\n\n"
        "Monday, 9 June 2025\n\n"
        "20 hours ago\n\n18:40\n\n"
        "Artillery shelling of the market in Dorsk: 2 traders killed, a policeman wounded\n\n"
        "1 day ago\n\n09:10\n\n"
        "Jets bombed a fuel depot west of Karsk overnight, 1 guard killed "
        "according to officials\n\n"
        "Download our app for alerts\n"
    )


def test_a_feed_of_stamped_one_line_items_is_read_item_by_item():
    entries = feed_entries(_feed(), date.fromisoformat(PUB))
    assert len(entries) == 4
    # each item takes the day heading above it
    assert [e.day.iso for e in entries] == ["2025-06-10", "2025-06-10", "2025-06-09",
                                            "2025-06-09"]


def test_each_feed_item_is_an_event_on_its_heading_day_with_its_own_toll():
    tolls = day_tolls(drafted_events(_feed(), PUB))
    assert ("2025-06-10", 0, 3) in tolls
    assert ("2025-06-09", 2, 1) in tolls
    assert ("2025-06-09", 1, 0) in tolls


def test_ordinary_story_with_clock_times_is_no_feed():
    text = ("Clashes in the north\n\nAt 06:10 a drone hit the depot. At 06:40 crews arrived.\n\n"
            "Officials met at 09:00 and again at 12:30 to review the damage, they said.\n")
    assert feed_entries(text, date.fromisoformat(PUB)) == []


def _counts(text: str) -> list[tuple[str, int]]:
    return sorted((c.kind, c.count or 0) for c in find_casualties(text, 0, len(text)))


def test_terse_toll_followed_by_its_source_is_read():
    assert _counts("Shelling hit a bus near Velno, 4 passengers killed according to police") \
        == [("killed", 4)]
    assert _counts("Mortar fire on the camp: 3 guards killed, an interpreter wounded, local "
                   "officials say.") == [("killed", 3), ("wounded", 1)]


def test_terse_toll_after_a_verb_of_saying_is_read():
    assert _counts("Jets struck the port; the rebel channel says 2 workers killed, 5 injured.") \
        == [("killed", 2), ("wounded", 5)]


def test_terse_toll_in_a_table_cell_reads_its_shorthand_next_count():
    assert _counts("3 Mar\tNorth gate\t1 guard killed, 2 WIA\tpolice") == [
        ("killed", 1), ("wounded", 2)]


def test_toll_that_rises_in_the_present_tense_is_a_new_total():
    events = drafted_events("A shell hit a school in Dorsk on Monday, killing one teacher. "
                            "The toll of the shelling rises to 3 killed.", PUB)
    assert day_tolls(events) == [("2025-06-09", 3, 0)]


def test_a_rise_naming_a_town_goes_to_the_event_there_not_the_last_one():
    events = drafted_events(
        "Artillery hit Sumy on Monday, killing two people. Separately, a drone struck a car in "
        "Kharkiv on Monday, killing one man. The Sumy death toll rose to five.", PUB)
    by_place = {e.place: e.killed for e in events}
    assert by_place.get("Sumy") == 5
    assert by_place.get("Kharkiv") == 1


def test_the_strike_counted_again_by_another_source_updates_its_toll():
    events = drafted_events(
        "A drone strike on a shop in Karsk killed one man and wounded two on Monday, a "
        "local channel said. Hours later, the regional governor said the strike killed two "
        "people and wounded five.", PUB)
    assert day_tolls(events) == [("2025-06-09", 2, 5)]


def test_a_revision_that_restates_a_death_from_wounds_adds_no_dead():
    events = drafted_events(
        "One guard was killed and two others hurt when rockets hit the depot in Karsk on "
        "Monday, the ministry said. Later on Monday the ministry revised the toll, saying a "
        "guard had died of his wounds and two other guards were being treated for burns.", PUB)
    assert day_tolls(events) == [("2025-06-09", 1, 2)]


def test_a_new_total_told_after_an_undated_detail_is_the_story_event():
    events = drafted_events(
        "Drones struck a fuel depot in Karsk early Monday, killing two people.\n\n"
        "The army said it shot down five drones and that the other two hit a warehouse.\n\n"
        "The health ministry later raised the toll to three dead and 9 injured.", PUB)
    assert ("2025-06-09", 3, 9) in day_tolls(events)
