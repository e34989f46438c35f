"""Official releases as the news of their day (an arms sale notified to the legislature
"today", sanctions imposed "Today," after a dateline), tolls given as superseded ("revising an
earlier toll of ...", "which first put the number at three"), an obituary's death "of wounds
he suffered when ...", a count of the dead named after a comma, "killing the two men inside",
a log's present-tense "media report two wounded", a toll update that names the town where the
hurt were hit, and an app's alert log whose stamps give their full date."""

from __future__ import annotations

from briefdeck.extract.casualties import find_casualties

from .drafting import day_tolls, drafted_events


def _counts(text: str) -> list[tuple[str, int | None]]:
    return sorted((c.kind, c.count) for c in find_casualties(text, 0, len(text)))


def test_an_arms_sale_notified_today_is_an_announcement_of_that_day():
    events = drafted_events(
        "Valdoria - Interceptor sale\n\n"
        "OSTBURG - The State Department has made a determination approving a possible Foreign "
        "Military Sale to Valdoria of radar sets for an estimated cost of $90 million. The "
        "agency delivered the required certification notifying Congress of this possible sale "
        "today.\n\nValdoria hosts allied aircraft at two airfields.\n", "2026-05-08")
    assert [(e.date, e.kind) for e in events] == [("2026-05-08", "announcement")]


def test_sanctions_imposed_today_after_a_dateline_are_an_announcement():
    events = drafted_events(
        "Ministry sanctions drone suppliers\n\n"
        "OSTBURG — Today, the Ministry of Finance is sanctioning three individuals and two "
        "companies that bought engines for attack drones. The network moved $2 million "
        "through front companies.\n", "2026-05-08")
    assert [(e.date, e.kind) for e in events] == [("2026-05-08", "announcement")]


def test_a_paper_named_today_is_still_no_day():
    events = drafted_events(
        "Note\n\nHe read the Valdoria Today, which he buys daily.\n", "2026-05-08")
    assert events == []


def test_an_earlier_toll_told_after_the_new_one_adds_no_hurt():
    assert _counts("Shelling of Dorsk on Sunday killed three people and wounded six, revising "
                   "an earlier toll of two killed and four wounded.") == [
        ("killed", 3), ("wounded", 6)]


def test_a_count_first_given_is_not_the_new_total():
    assert _counts("Five other soldiers were wounded, according to the command, which first "
                   "put the number at two.") == [("wounded", 5)]


def test_an_obituary_death_of_wounds_suffered_when_attacked_counts_one_dead():
    events = drafted_events(
        "Obituary\n\n"
        "Staff Sgt. Arlo Penn, 31, of Millbrook, died Tuesday, May 5, 2026, of wounds he "
        "suffered when a rocket struck Camp Talon in the east.\n\n"
        "Two other soldiers were wounded, the command said.\n", "2026-05-09")
    assert day_tolls(events) == [("2026-05-05", 1, 2)]


def test_groups_named_after_a_count_of_dead_are_those_dead():
    assert _counts("Four sailors were killed, three Ruritanians and one Valdorian, and two "
                   "others were injured.") == [("killed", 4), ("wounded", 2)]


def test_killing_the_two_men_inside_counts_them():
    assert _counts("A drone struck a van on the coast road, killing the two men inside.") == [
        ("killed", 2)]


def test_media_report_in_the_present_tense_gives_a_toll():
    assert _counts("Local media report three people wounded in Dorsk") == [("wounded", 3)]


def _log() -> str:
    return (
        "Civil Defence | Alert history\n"
        "Period: 12.05.2026 00:00 - 12.05.2026 12:00\n\n"
        "12.05.2026 06:02\nRocket fire\nNorth: Nahariya, Shlomi\n\n"
        "12.05.2026 06:20\nUPDATE\nParamedics are treating a woman badly hurt by shrapnel "
        "and two people lightly hurt at an impact site in Nahariya\n\n"
        "12.05.2026 07:30\nNEWS FLASH\nArmy: jets struck the launchers used in this morning's "
        "barrage near Aitaroun across the border. Local media report two people wounded in "
        "Aitaroun\n\n"
        "12.05.2026 08:15\nUPDATE\nParamedics: the woman who was badly hurt in Nahariya this "
        "morning has died of her wounds at the regional hospital. One more person was "
        "lightly hurt, bringing the number of wounded to three\n\n"
        "12.05.2026 10:05\nNEWS FLASH\nArmy: a drone from the south was downed over the bay "
        "near Ashkelon before it reached the coast. No injuries were reported\n"
    )


def test_an_alert_log_with_dated_stamps_keeps_each_town_its_own_toll():
    tolls = sorted(day_tolls(drafted_events(_log(), "2026-05-12")))
    # the strike on Aitaroun keeps the media's count; the Nahariya impact takes the death and the
    # raised count of wounded told of Nahariya, not the strike told last
    assert ("2026-05-12", 0, 2) in tolls
    assert ("2026-05-12", 1, 3) in tolls


def test_an_answer_tells_what_happened_on_the_day_the_question_asked_about():
    events = drafted_events(
        "The interview\n\n"
        "Mara Quill: Take me through the night of March 3 at the base.\n\n"
        "KT: Two drones came in low from the south. The first was shot down by a Patriot "
        "near Al Udeid Air Base and the second fell short. Nobody was hurt.\n", "2026-04-01")
    assert [e.date for e in events] == ["2026-03-03"]


def test_a_place_heading_that_tells_a_happening_is_no_question():
    events = drafted_events(
        "Weekly report\n\n"
        "Tabqa: On 2 March, a mortar round wounded two herders near the dam.\n\n"
        "Manbij: In the evening a quarrel became a gunfight. One man was killed.\n",
        "2026-03-09")
    assert day_tolls(events) == [("2026-03-02", 0, 2)]
