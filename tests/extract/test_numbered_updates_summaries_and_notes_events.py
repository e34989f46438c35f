"""Events of notices, summaries and notes: numbered update headings, days just after
publication, forecasts, trade words for ships, place-led lines, a weapon told again under its own
heading, a note that corrects a day or a toll, and a happening named as what another followed."""

from __future__ import annotations

from datetime import date

from tests.extract.drafting import Drafts, day_tolls

from briefdeck.extract.casualties import find_casualties
from briefdeck.extract.dates import find_dates

DRAFTS = Drafts("2026-03-09", "Test report")


def test_an_update_number_before_a_dash_is_no_first_day_of_a_span():
    text = "Update 2 – 5 March, 10:15\n\nWe have cancelled our flights."
    found = [(d.iso, d.precision, d.is_period_end) for d in find_dates(text, date(2026, 3, 9))]
    assert found[0] == ("2026-03-05", "day", False)


def test_a_day_a_few_weeks_after_publication_keeps_its_year():
    text = "The memo assesses the threat until the 20 March handover of the base."
    assert find_dates(text, date(2026, 3, 9))[0].iso == "2026-03-20"


def test_a_year_named_just_before_still_dates_a_timeline_entry():
    text = "In 2026 the strikes went on.\n\n- 9 January: A drone struck a car near the town."
    days = [d.iso for d in find_dates(text, date(2027, 1, 3)) if d.precision == "day"]
    assert days == ["2026-01-09"]


def test_a_forecast_of_attacks_going_on_is_no_event():
    text = ("Shipping rates rose this week. We expect owners to avoid the canal in April "
            "while missile attacks continue.")
    assert not [e for e in DRAFTS.facts(text).events if e.kind == "attack"]


def test_owners_withdrawing_tonnage_is_no_withdrawal():
    text = "Several owners withdrew tonnage from Suez business on Tuesday after the missile hit."
    assert not [e for e in DRAFTS.facts(text).events if e.kind == "withdrawal"]


def test_a_line_led_by_its_town_tells_what_happened_there():
    text = ("Overnight into Sunday, March 8, 2026, Israeli jets hit several Hezbollah sites in "
            "south Lebanon, the army said.\n\n"
            "Bint Jbeil: Jets struck a warehouse on the edge of town. Health officials said "
            "three people were killed and seven hurt.\n"
            "Marjayoun: The army said it also hit a launcher near Marjayoun. Nobody was hurt.")
    events = DRAFTS.facts(text).events
    assert ("2026-03-08", 3, 7) in day_tolls(events)
    assert any("Marjayoun" in (e.place or "") for e in events)


def test_the_weapon_told_again_far_below_takes_the_day_of_its_attack():
    filler = " ".join(f"Point {n} of the summary is about the weather." for n in range(12))
    text = ("Late on Saturday, March 7, 2026, a drone launched from Lebanon struck near Metula. "
            f"{filler}\n\nMetula drone\n\n"
            "The drone hit a parking lot in Metula, and paramedics said one man was lightly hurt.")
    assert ("2026-03-07", 0, 1) in day_tolls(DRAFTS.facts(text).events)


def test_a_note_names_the_strike_by_its_town_and_sets_its_day():
    text = ("On Monday, March 9, 2026, jets struck a house in Nabatieh, killing two people.\n\n"
            "My notes: the army says the Nabatieh strike came at 23:30 on Sunday, so it "
            "belongs to the day before.")
    assert ("2026-03-08", 2, 0) in day_tolls(DRAFTS.facts(text).events)


def test_a_newer_toll_at_a_named_town_far_below_replaces_the_first():
    filler = " ".join(f"Item {n} of the answer covers the ceasefire talks." for n in range(14))
    text = ("On Sunday, jets struck a building in Nabatieh. The ministry said three people "
            f"were killed and nine wounded. {filler}\n\n"
            "Update: the ministry now says 5 killed, 12 wounded at Nabatieh.")
    tolls = day_tolls(DRAFTS.facts(text).events)
    assert ("2026-03-08", 5, 12) in tolls and ("2026-03-08", 8, 21) not in tolls


def test_the_happening_an_attack_followed_keeps_its_own_week():
    text = ("Drones struck Harir air base late Saturday, wounding two soldiers.\n\n"
            "Saturday's attack followed a rocket attack on Erbil air base last week that caused "
            "no injuries.")
    events = DRAFTS.facts(text).events
    assert any(e.date == "2026-03" and "Erbil" in (e.place or "") for e in events)


def test_a_unit_that_arrived_is_a_move_done_whatever_she_would_not_say():
    text = ("She would not say whether an Avenger unit that arrived at Harir earlier this month "
            "had fired.")
    moves = [e for e in DRAFTS.facts(text).events if e.kind == "deployment"]
    assert [(e.date, e.place) for e in moves] == [("2026-03", "Harir")]


def test_as_well_as_adds_another_group_of_the_hurt():
    text = "The blast wounded five soldiers, as well as two members of the Peshmerga."
    assert sum(c.count or 0 for c in find_casualties(text, 0, len(text))) == 7
