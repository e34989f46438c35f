"""Events told in prose: a soldier killed named by an enlisted rank, a hurt contractor who
"also suffered" injuries, a teller's tag closing a sentence, a battalion named with its
regiment, a first count told to families, a reckoned day followed by its date, a strike told
as the cause of a markets story, a victim "in addition to" those counted, a statement's own
words for its dead, a body's word of a move with the day opening the sentence, a Guard unit
mobilized at its station, a drone arriving at a clock time."""

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _events(text: str, published: str = "2026-11-24"):
    return [(e.date, e.kind, e.killed, e.wounded) for e in draft_briefing(
        Article(text=text, path="t.txt", format="txt"), published=published).facts.events]


def test_killing_a_sergeant_by_name_counts_one_dead():
    got = _events("On November 3, a drone hit the barracks at Camp Hawk, killing Sgt. Leon "
                  "Varga Diaz, 31, and wounding five other soldiers.")
    assert got == [("2026-11-03", "attack", 1, 5)]


def test_contractor_who_also_suffered_injuries_adds_to_the_hurt():
    got = _events("Three airmen were wounded when rockets hit Camp Hawk late Saturday. A civilian "
                  "contractor working at the camp also suffered light injuries.")
    assert got == [("2026-11-21", "attack", None, 4)]


def test_statement_named_only_as_the_teller_is_no_announcement():
    got = _events("Two soldiers were hurt when a drone hit Camp Hawk late Saturday. A contractor "
                  "was also hurt, the command said in a statement Sunday.")
    assert [k for _, k, _, _ in got] == ["attack"]


def test_soldiers_of_a_battalion_named_with_its_regiment_are_counted():
    got = _events("Four soldiers of the 2nd Battalion, 120th Field Artillery Regiment were "
                  "wounded in a rocket attack on Camp Hawk late Saturday.")
    assert got == [("2026-11-21", "attack", None, 4)]


def test_count_first_told_to_families_is_not_more_hurt():
    got = _events("Six soldiers were wounded in a rocket attack on Camp Hawk late Saturday. The "
                  "unit first told families four soldiers were hurt.")
    assert got == [("2026-11-21", "attack", None, 6)]


def test_reckoned_day_then_its_date_is_that_date():
    got = _events("On October 20 a drone hit Camp Hawk, wounding three.\n\nTen days earlier, on "
                  "October 10, a drone fell near the airport at Dohuk, wounding two guards.")
    assert ("2026-10-10", "attack", None, 2) in got
    assert all(d != "2026-10-11" for d, _, _, _ in got)


def test_strike_told_as_cause_of_markets_news_takes_its_own_day():
    got = _events("SINGAPORE, Nov 24 - Freight rates rose on Tuesday after a missile struck a "
                  "bulk carrier off Eritrea, killing one sailor.\n\nThe carrier was hit late on "
                  "Monday near Assab, the agency said. One sailor was killed.")
    assert got == [("2026-11-23", "attack", 1, None)]


def test_victim_in_addition_to_those_counted_adds_one():
    got = _events("On 2 November a drone hit an army post near Sinjar, wounding four soldiers, "
                  "in addition to a farmer working nearby.")
    assert got == [("2026-11-02", "attack", None, 5)]


def test_two_groups_of_martyrs_listed_are_both_counted():
    got = _events("On 20 November an enemy strike hit a headquarters near Qaim, in which three "
                  "of the advisers of the Force and five Syrian brothers were martyred.")
    assert [(d, k, w) for d, _, k, w in got] == [("2026-11-20", 8, None)]


def test_body_saying_it_will_send_a_battery_with_the_day_first_is_an_announcement():
    got = _events("On Thursday, the ministry said it would send a second air defence battery "
                  "to Camp Hawk within a month.")
    assert got == [("2026-11-19", "announcement", None, None)]


def test_guard_unit_mobilized_at_its_station_is_a_deployment():
    got = _events("The regiment mobilized at Fort Ridley in March for a year-long tour in "
                  "Kuwait.")
    assert got == [("2026-03", "deployment", None, None)]


def test_drone_arriving_at_a_clock_time_is_no_deployment():
    got = _events("The drone arrived at about 2:10 in the morning on November 18, late on the "
                  "17th in Washington.")
    assert all(k != "deployment" for _, k, _, _ in got)
