"""Happenings told as people speak or note them: a meeting transcript's turns ("Worst one,
Friday night at Harir." then what came in and where it landed, the toll in the next turn), a
verbless note of an incident ("Second, Monday morning, two rockets near Camp Arifjan."), what
someone "said on <day> that" happened, a happening dated by its distance from a dated one ("a
week after the attack"), a drone told as "the aircraft" that militias fly, an argument against
a move, a running count of rockets fired "since Friday", and tolls left by a strike ("left 2
killed, 4 injured")."""

from __future__ import annotations

from briefdeck.extract.casualties import find_casualties

from .drafting import drafted_events

_TRANSCRIPT = (
    "Ops Sync - Harir\n\n"
    "November 24, 2026, 9:01AM\n\n"
    "Lindqvist, Maria LTC USAF CJTF-OIR (USA)   0:00:03\n\n"
    "Morning everyone. Intel, go ahead.\n\n"
    "Baptiste, Tomas MAJ USARMY CJTF-OIR (USA)   0:00:12\n\n"
    "Thanks ma'am. Worst one, Friday night at Harir. Just after midnight we tracked two drones "
    "inbound from the east. One was engaged by the guns. The other impacted about three hundred "
    "meters from the fuel point.\n\n"
    "Baptiste, Tomas MAJ USARMY CJTF-OIR (USA)   0:00:40\n\n"
    "First report was one wounded, a contractor with a cut from debris. So two wounded, zero "
    "killed, that's the current figure.\n\n"
    "Baptiste, Tomas MAJ USARMY CJTF-OIR (USA)   0:01:05\n\n"
    "Next, Monday morning, two rockets near Camp Arifjan, motor pool side. No casualties.\n")


def _counts(text: str) -> list[tuple[str, int | None]]:
    return sorted((c.kind, c.count) for c in find_casualties(text, 0, len(text)))


def test_a_turn_that_names_the_night_and_place_sets_the_scene_of_what_came_in():
    events = {e.date: e for e in drafted_events(_TRANSCRIPT, "2026-11-24")}
    friday = events["2026-11-20"]
    assert (friday.kind, friday.place) == ("attack", "Harir")
    # the current figure, told in the next turn, is the toll
    assert (friday.killed or 0, friday.wounded) == (0, 2)


def test_a_verbless_note_of_rockets_near_a_base_is_an_attack_of_its_day():
    events = {e.date: e for e in drafted_events(_TRANSCRIPT, "2026-11-24")}
    monday = events["2026-11-23"]
    assert monday.kind == "attack" and "Arifjan" in monday.place
    assert (monday.killed or 0, monday.wounded or 0) == (0, 0)


def test_a_happening_someone_said_on_a_day_takes_that_day():
    events = drafted_events(
        "Interview\n\nReporter: Qatar said on Nov. 12 that three drones were shot down near "
        "Al Udeid. Were those yours?\n\nCommander: That was their engagement.\n", "2026-11-30")
    assert [(e.date, e.kind) for e in events] == [("2026-11-12", "attack")]


def test_an_attack_dated_a_week_before_a_dated_vote_takes_that_day():
    events = drafted_events(
        "Staying on\n\n"
        "The soldiers at the camp on the edge of Harir heard the guns, then the blast. The "
        "aircraft, a model of the kind Iran-aligned militias have flown for years, hit a "
        "parking lot about 200 meters from the barracks late on Wednesday. One soldier was "
        "wounded.\n\n"
        "On Wednesday, exactly one week after the attack, parliament extended the mandate for "
        "the training mission.\n", "2026-12-05")
    attack = next(e for e in events if e.kind != "announcement")
    assert (attack.date, attack.kind, attack.place) == ("2026-11-25", "attack", "Harir")


def test_arguing_that_withdrawing_would_help_the_enemy_is_no_withdrawal():
    events = drafted_events(
        "Debate\n\nThe minister, who visited Erbil earlier this month, has argued that "
        "withdrawing now would hand the militias a victory.\n", "2026-11-28")
    assert [e.kind for e in events if e.kind == "withdrawal"] == []


def test_rockets_fired_since_a_day_are_a_running_count_not_an_attack():
    events = drafted_events(
        "Alerts\n\nThe army said the group could keep up fire for days and that more than 40 "
        "rockets have been fired at the valley since Sunday.\n", "2026-11-24")
    assert events == []


def test_a_strike_that_left_dead_and_injured_in_figures_or_words():
    assert _counts("The strike left 2 killed, 4 injured.") == [("killed", 2), ("wounded", 4)]
    assert _counts("The strike left two killed and four injured.") == [
        ("killed", 2), ("wounded", 4)]
    events = drafted_events(
        "Strike\n\nA drone strike hit a car near Jenin on Tuesday. The strike left 2 killed, "
        "4 injured.\n", "2026-11-26")
    assert [(e.date, e.killed, e.wounded) for e in events] == [("2026-11-24", 2, 4)]


def test_rockets_hours_before_the_attack_on_a_day_are_their_own_happening_that_day():
    events = drafted_events(
        "Base attacked\n\n"
        "Drones hit a base in northeastern Syria late Wednesday, officials said, wounding "
        "three U.S. troops. A drone was shot down near Erbil air base on Tuesday. Hours "
        "before the drone attack on Wednesday, two rockets were fired toward a base at "
        "al-Shaddadi. They landed outside the perimeter.\n", "2026-12-04")
    shaddadi = [e for e in events if "Shaddadi" in e.place]
    assert [(e.date, e.wounded or 0) for e in shaddadi] == [("2026-12-02", 0)]


def test_a_lede_toll_goes_to_the_attack_its_next_paragraph_dates():
    events = drafted_events(
        "Troops hurt\n\n"
        "Three U.S. service members were injured in a drone attack on a base in Syria, the "
        "Pentagon said.\n\n"
        "The attack late on Wednesday on the Qasrak base also killed two fighters of the "
        "SDF, the group said.\n", "2026-12-04")
    assert [(e.date, e.kind, e.killed, e.wounded) for e in events] == [
        ("2026-12-02", "attack", 2, 3)]
