"""Chronologies inside releases, site-by-site tolls against a whole count, earlier rounds
recalled for context, terse tolls in warnings and tables, and tolls told by an ordinal.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from briefdeck.extract.casualties import find_casualties
from briefdeck.extract.event_triggers import TRIGGER_RE

from .drafting import day_tolls, drafted_events

PUBLISHED = "2025-05-16"  # a Friday


def _tolls(text: str, published: str = PUBLISHED) -> list[tuple[str | None, int, int]]:
    return sorted(day_tolls(drafted_events(text, published)))


def _counts(text: str) -> list[tuple[str, int | None, bool]]:
    return [(c.kind, c.count, c.is_total) for c in find_casualties(text, 0, len(text))]


def _triggers(text: str) -> list[str]:
    return [m.group(0) for m in TRIGGER_RE.finditer(text)]


# --- a toll given to the happening it follows from ------------------------------------------


def test_a_toll_before_after_a_dated_attack_is_that_attacks_not_the_first_clauses():
    text = ("Garrison record\n\nA loitering munition hit the fence of Camp Verity on March 3, "
            "causing no damage, and two guards were treated for minor injuries after a mortar "
            "attack on Outpost Lark on April 9.")
    assert _tolls(text) == [("2025-03-03", 0, 0), ("2025-04-09", 0, 2)]


def test_a_toll_told_after_the_same_days_attack_stays_with_it():
    text = ("Garrison record\n\nA loitering munition hit the fence of Camp Verity on March 3, "
            "and two guards were treated for minor injuries after the blast.")
    assert _tolls(text) == [("2025-03-03", 0, 2)]


# --- handovers and departures in a release's chronology --------------------------------------


def test_a_base_handed_to_a_partner_and_a_departure_from_a_base_are_events():
    assert _triggers("the airfield, which was handed to the national army on Jan. 8") == [
        "was handed to"]
    assert _triggers("the departure of the final allied troops from Camp Osprey on Feb. 2") \
        == ["departure of the final allied troops from"]
    assert _triggers("A new battalion took over perimeter security at the depot") == [
        "took over perimeter security"]
    assert _triggers("He handed the letter to the envoy") == []


def test_a_site_turned_over_or_vacated_is_a_move_but_a_truck_turning_over_is_not():
    assert _triggers("The airstrip was turned over to the local police on June 4") == [
        "was turned over to"]
    assert _triggers("The marines vacated the hilltop outpost on Friday") == ["vacated "]
    assert _triggers("A supply truck turned over on the mountain road") == []
    assert _triggers("The senator vacated his seat") == []


def test_a_missile_impacting_the_water_is_an_attack_but_impacted_morale_is_not():
    assert _triggers("A missile impacted the water near the ferry") == ["impacted the water"]
    assert _triggers("The cuts impacted morale across the fleet") == []


def test_a_withdrawal_is_placed_at_the_base_left_not_the_one_named_before():
    text = ("Garrison record\n\nThe battalion handed over Camp Taji on Jan. 5 and completed "
            "its withdrawal from Al Asad Air Base on Feb. 20.")
    places = {e.date: e.place for e in drafted_events(text, PUBLISHED)}
    assert places == {"2025-01-05": "Camp Taji", "2025-02-20": "Al Asad Air Base"}


def test_taking_over_a_role_is_no_handover():
    assert _triggers("She took over as commander last year.") == []


# --- a toll of the whole happening against the tolls of its sites ---------------------------


def test_a_later_whole_count_goes_to_the_opening_toll_not_the_last_site():
    text = ("Rocket salvo\n\n"
            "Militants fired dozens of rockets at the coast on Thursday, killing two people.\n\n"
            "In Ashkelon, a rocket hit a school, wounding five.\n\n"
            "Near Sderot, one man was killed when a rocket struck his van outside the town "
            "of Netivot, and three people were hurt in the town.\n\n"
            "Paramedics later said three people had been killed and 20 wounded in all.")
    tolls = _tolls(text)
    assert ("2025-05-15", 1, 3) in tolls
    assert ("2025-05-15", 3, 20) in tolls
    assert ("2025-05-15", 4, 23) not in tolls


def test_more_hurt_at_a_part_of_the_country_is_an_event_of_its_own():
    text = ("Rocket salvo\n\n"
            "Near Sderot, one man was killed when a rocket struck his van outside the town "
            "of Netivot on Thursday, and three people were hurt in the town. A further six "
            "people were lightly hurt by debris in northern Israel.")
    tolls = _tolls(text)
    assert ("2025-05-15", 1, 3) in tolls
    assert ("2025-05-15", 0, 6) in tolls


def test_a_country_wide_toll_in_the_lede_is_kept_apart_from_a_towns_own_toll():
    text = ("Rocket salvo\n\n"
            "Militants fired rockets at Israel on Thursday night, killing three people.\n\n"
            "In Ashdod, a rocket hit a warehouse, killing one and wounding nine.")
    tolls = _tolls(text)
    assert ("2025-05-15", 1, 9) in tolls
    assert ("2025-05-15", 3, 0) in tolls


def test_another_count_in_a_region_after_a_towns_toll_is_that_regions_event():
    text = ("Rocket salvo\n\n"
            "Militants fired rockets at Israel on Thursday night.\n\n"
            "In Ashdod, a rocket hit a warehouse, killing one and wounding nine.\n\n"
            "Another seven people were lightly hurt in southern Israel.")
    tolls = _tolls(text)
    assert ("2025-05-15", 1, 9) in tolls
    assert ("2025-05-15", 0, 7) in tolls


# --- earlier rounds recalled for context ------------------------------------------------------


def test_a_dated_war_recalled_with_its_toll_is_an_event_of_that_month_not_the_last_one():
    text = ("Earlier rounds\n\n"
            "On 2 March 2023, militants fired rockets at the port town of Harwick. "
            "A man was killed by shrapnel. "
            "During the short war in August 2023, rockets killed 14 people, officials said.")
    tolls = _tolls(text)
    assert ("2023-03-02", 1, 0) in tolls
    assert ("2023-08", 14, 0) in tolls


def test_a_tourist_toll_is_counted():
    assert _counts("shells hit a picnic area, killing six tourists") == [("killed", 6, False)]
    assert _counts("Police fired on the march, wounding 14 protesters.") == [
        ("wounded", 14, False)]


# --- terse tolls and ordinals -------------------------------------------------------------------


def test_a_toll_with_no_verb_opening_its_sentence_or_cell_is_counted():
    assert _counts("3 crew killed, 4 injured.") == [("killed", 3, False),
                                                     ("wounded", 4, False)]
    assert _counts("Two guards wounded.") == [("wounded", 2, False)]
    assert _counts("| Five sailors injured |") == [("wounded", 5, False)]


def test_a_cell_with_counts_and_no_group_is_a_toll():
    assert _counts("| 4 killed, 7 wounded |") == [("killed", 4, False), ("wounded", 7, False)]
    assert _counts("Losses: 2 dead.") == [("killed", 2, False)]


def test_a_statement_that_reports_a_toll_is_not_part_of_the_group_counted():
    assert _counts("The ministry said in an early statement that four people had been "
                   "killed.") == [("killed", 4, False)]


def test_an_undated_toll_naming_another_region_is_not_the_last_happenings():
    text = ("Border clashes\n\n"
            "On Thursday, a drone struck a fuel depot in Kiryat Shmona. The depot burned for "
            "hours. Crews put the fire out by dawn.\n\n"
            "Officials later said three people had been killed in the Bekaa.")
    assert _tolls(text) == [("2025-05-15", 0, 0)]


def test_an_undated_toll_with_no_place_is_the_first_toll_of_the_happening_just_told():
    text = ("Border clashes\n\n"
            "On Thursday, a drone struck a fuel depot in Kiryat Shmona. The depot burned for "
            "hours. Crews put the fire out by dawn.\n\n"
            "Officials later said three people had been killed.")
    assert _tolls(text) == [("2025-05-15", 3, 0)]


def test_a_group_named_with_a_participle_inside_a_sentence_is_no_toll():
    assert _counts("The 12 soldiers killed in the ambush were buried on Sunday.") == []


def test_an_ordinal_tells_the_toll_so_far():
    assert _counts("Officials said a second crew member was injured in the blast.") == [
        ("wounded", 2, True)]
    assert _counts("A third soldier has died of his wounds.") == [("killed", 3, True)]
    assert _counts("a second drone was shot down") == []


def test_a_warning_with_a_later_update_carries_the_final_toll():
    text = ("NOTICE 012/2025 - INCIDENT 40NM WEST OF PORT TALBA\n\n"
            "1. At 0915 UTC on 14 May 2025, the Master of a northbound tanker reported that "
            "the vessel had been struck by a drone boat.\n\n"
            "2. A second object landed in the sea nearby.\n\n"
            "3. The Master reported: \"Fire on deck. One crew injured.\"\n\n"
            "UPDATE 001\n\n"
            "The operator has confirmed that a second crew member was injured.")
    assert ("2025-05-14", 0, 2) in _tolls(text)


def test_an_explosion_close_to_a_ship_is_an_incident():
    assert _triggers("reported an explosion in close proximity to the vessel") == [
        "explosion in close proximity to"]
    assert _triggers("An explosion at the fireworks plant") == []


def test_a_terse_toll_after_a_semicolon_is_counted():
    assert _counts("Bulk carrier hit by a drone; 2 crew injured.") == [("wounded", 2, False)]


def test_rows_of_a_table_of_earlier_incidents_are_events():
    text = ("Earlier incidents\n\n"
            "| Notice | Date | Place | Summary |\n\n"
            "| 010/2025 | 02 May 2025 | 30NM W of Port Talba | Bulk carrier hit by missile; "
            "fire on deck. 1 crew killed, 2 injured. |\n\n"
            "| 009/2025 | 28 Apr 2025 | 12NM S of Port Talba | Rocket impacted water near a "
            "ferry. No damage. |")
    tolls = _tolls(text)
    assert ("2025-05-02", 1, 2) in tolls
    assert ("2025-04-28", 0, 0) in tolls
