"""One happening told several ways: tolls told before or after the attack, by place under an
umbrella sentence, by two sources, in later sentences; and what is not a happening at all.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from briefdeck.extract.casualties import find_casualties
from briefdeck.model import Event

from .drafting import day_tolls, drafted_events

PUBLISHED = "2024-03-01"  # a Friday


def _events(text: str, published: str = PUBLISHED) -> list[Event]:
    return drafted_events(text, published)


def _tolls(events: list[Event]) -> list[tuple[str | None, int, int]]:
    return day_tolls(events)


def _count(text: str) -> list[tuple[str, int | None]]:
    return [(c.kind, c.count) for c in find_casualties(text, 0, len(text))]


# --- tolls and the attack they belong to -------------------------------------------------


def test_a_toll_told_before_the_attack_in_its_sentence_is_that_attacks():
    events = _events("Two soldiers were killed and more than 15 wounded in a rocket attack on "
                     "Camp Taji in March 2023, the army said.")
    assert _tolls(events) == [("2023-03", 2, 15)]


def test_tolls_by_village_under_an_umbrella_sentence_are_events_of_their_own():
    events = _events(
        "On Tuesday, Russian artillery shelled the villages of Kupiansk, Izium and Balakliia. "
        "A shell that landed on Izium killed three farmers, the governor said. In Balakliia, "
        "two women were hurt when a mortar round hit the market.")
    by_place = {e.place: (e.killed or 0, e.wounded or 0) for e in events}
    assert by_place["Izium"] == (3, 0)
    assert by_place["Balakliia"] == (0, 2)
    assert all(e.date == "2024-02-27" for e in events)


def test_one_strike_told_by_two_sources_keeps_the_fuller_toll_not_the_sum():
    events = _events(
        "Air strikes killed 14 militia fighters and a civilian near Deir ez-Zor overnight, a war "
        "monitor said on Friday.\n\n"
        "State media said the raid had targeted depots in Deir ez-Zor, killing one civilian and "
        "wounding six other people.")
    assert _tolls(events) == [("2024-03-01", 15, 6)]


def test_an_undated_second_telling_at_the_same_sites_takes_the_attacks_day():
    events = _events(
        "Drones struck a militia depot in Mayadin on Wednesday, killing four fighters.\n\n"
        "The group's leaders met in Beirut.\n\nIts statement did not name them.\n\n"
        "A regional outlet said two drones had hit the depot in Mayadin, killing four men.")
    assert _tolls(events) == [("2024-02-28", 4, 0)]


def test_a_toll_in_a_new_paragraph_goes_to_the_days_attack_not_an_aside_about_another():
    events = _events(
        "A drone hit a U.S. outpost in Syria on Thursday, killing one soldier. It was the worst "
        "attack since January, when another drone hit the same outpost.\n\n"
        "Officials said 12 more troops were wounded.")
    assert ("2024-02-29", 1, 12) in _tolls(events)
    assert ("2024-01", 0, 12) not in _tolls(events)


def test_a_placeless_toll_of_the_overnight_strikes_joins_the_days_strike():
    events = _events(
        "Israeli jets struck targets in Rafah overnight, the military said on Friday. The "
        "health ministry said 12 people had been killed and 30 wounded in the overnight strikes.")
    assert _tolls(events) == [("2024-03-01", 12, 30)]


def test_a_happening_dated_hours_later_is_not_merged_into_the_morning_one():
    events = _events(
        "Two border guards were wounded early on Wednesday in a clash with smugglers near "
        "Ruwaished. Hours later, air defences intercepted two drones over the desert.")
    assert _tolls(events) == [("2024-02-28", 0, 2), ("2024-02-28", 0, 0)]


def test_drones_downed_over_regions_are_part_of_that_nights_attack():
    events = _events(
        "Russia attacked Odesa with drones overnight on Thursday, killing two people.\n\n"
        "The air force said Russia launched 40 drones at Ukraine. Drones were also downed "
        "over the Mykolaiv and Kherson regions.")
    assert _tolls(events) == [("2024-02-29", 2, 0)]


def test_two_parts_of_one_month_dated_attack_are_one_event():
    events = _events("In May 2023, a barrage of ballistic missiles and rockets fired at Ain "
                     "al-Asad Air Base wounded an Iraqi soldier.")
    assert _tolls(events) == [("2023-05", 0, 1)]


def test_a_retaliation_in_the_same_month_stays_its_own_event():
    events = _events("In December 2023 a drone hit Erbil air base, wounding three soldiers. "
                     "Within hours, U.S. jets struck three militia sites.")
    assert len(events) == 2


# --- what is not a happening ----------------------------------------------------------------


def test_a_denied_strike_is_not_an_event_even_when_dated():
    assert _events("A U.S. official said American forces had not carried out any strike in "
                   "Iraq on Wednesday.") == []


def test_a_missile_none_intercepted_is_not_an_interception():
    assert _events("Neither of the two missiles fired on Tuesday was intercepted.") == []


def test_these_strikes_name_strikes_already_told():
    assert _events("These strikes were carried out on Monday to deter further attacks.") == []


def test_the_strike_came_as_names_the_strike_just_told():
    events = _events("Missiles hit the port of Odesa on Monday, killing two workers. The strike "
                     "came as a ship bound for Egypt was loading grain.")
    assert [e.place for e in events] == ["Odesa"]


def test_a_modal_governs_a_second_verb_joined_to_it():
    assert _events("Once the new radars arrive, some units can deploy to other areas or leave "
                   "Syria altogether in the spring.") == []


def test_a_running_tally_since_a_date_is_no_attacks_toll():
    events = _events("About 300 soldiers have been killed in the region since the start of the "
                     "offensive in March 2023, the ministry said.")
    assert all(not e.killed for e in events)


def test_what_a_group_had_done_before_the_attack_is_a_tally():
    events = _events("Rebels hit a tanker on Tuesday, killing two sailors. Before Tuesday's "
                     "attack they had sunk two ships and killed at least four seafarers.")
    assert _tolls(events) == [("2024-02-27", 2, 0)]


def test_attacked_so_many_times_since_a_day_is_a_tally():
    assert _events("U.S. forces in Syria have been attacked at least 90 times since Oct. 17, "
                   "the spokesman said.") == []


def test_where_rockets_were_fired_from_is_not_the_place_attacked():
    events = _events("Rockets were fired at Ain al-Asad Air Base on Monday from a truck parked "
                     "outside the town of Hit.")
    assert [e.place for e in events] == ["Ain al-Asad Air Base"]


def test_a_claimed_new_strike_is_a_happening_but_claiming_the_attack_is_not():
    claimed = _events("On Monday the rebels claimed a strike on a bulk carrier near the Bab "
                      "el-Mandeb strait.")
    assert [e.date for e in claimed] == ["2024-02-26"]
    assert _events("On Monday the rebels claimed the attack.") == []


def test_a_toll_in_a_clause_that_only_names_attacks_belongs_to_the_raid():
    events = _events("On Jan. 14, commandos killed an IS official responsible for planning "
                     "attacks on prisons and two of his associates in a raid near Hajin.")
    assert _tolls(events) == [("2024-01-14", 3, 0)]


# --- places ---------------------------------------------------------------------------------


def test_an_opening_in_place_phrase_places_the_clause_after_it():
    events = _events("In Zolochiv, eight people were injured on Friday when a glide bomb hit "
                     "the centre of the town.")
    assert [(e.place, e.wounded) for e in events] == [("Zolochiv", 8)]


def test_a_mixed_case_dateline_is_not_the_attack_place():
    events = _events("Cairo (AFP) – Air strikes killed nine fighters in eastern Syria on "
                     "Thursday, a monitor said.")
    assert "Cairo" not in events[0].place


def test_an_attack_drone_in_a_background_clause_is_the_happening_told():
    events = _events("The order came after a one-way attack drone struck a barracks at Camp "
                     "Taji on Feb. 5, wounding four soldiers.")
    assert _tolls(events) == [("2024-02-05", 0, 4)]


# --- counting the dead and wounded ------------------------------------------------------------


def test_a_bare_count_with_a_qualifier_is_counted():
    assert _count("A missile strike killed 19 people and injured about 50.") == [
        ("killed", 19), ("wounded", 50)]


def test_a_group_followed_by_a_speech_verb_is_the_source_not_the_toll():
    assert _count("The drone hit the base, wounding two contractors, three officials said.") \
        == [("wounded", 2)]


def test_a_relative_clause_between_group_and_verb_keeps_the_count():
    assert ("killed", 2) in _count("Two guards who patrol the fence were killed.")


def test_nationalities_are_counted_groups():
    assert _count("Seventeen Palestinians had been killed in the strike.") == [("killed", 17)]


def test_a_shoot_down_and_the_missile_it_stopped_are_one_happening():
    events = _events("On Saturday a U.S. destroyer shot down an anti-ship missile fired toward "
                     "the Gulf of Aden.")
    assert _tolls(events) == [("2024-02-24", 0, 0)]


def test_a_count_of_airstrikes_since_a_day_is_a_tally():
    events = _events("Rebels hit a ship on Monday. U.S. forces have conducted at least 40 "
                     "airstrikes in Yemen since Feb. 3.")
    assert [e.date for e in events] == ["2024-02-26"]
