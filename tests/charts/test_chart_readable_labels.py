"""Charts a reader can read alone: a timeline row says what happened where when its summary
opens on a pronoun or fragment; a map follows the places' cluster and notes a far stray; two
casualty bars never share a label, and an undated bar uses the report's own words for when."""

import re

from briefdeck.charts.build import figures_spec, map_spec, timeline_spec
from briefdeck.charts.event_names import event_name
from briefdeck.model import Event, Place


def _ev(i: int, summary: str = "", **kw) -> Event:
    kw.setdefault("kind", "attack")
    return Event(id=f"ev-{i}", summary=summary, **kw)


def test_a_summary_opening_on_a_pronoun_becomes_what_happened_where():
    ev = _ev(1, "They hit the garrison again overnight", weapons=["drones"], place="Tanf garrison")
    assert event_name(ev) == "Drone attack on Tanf garrison"


def test_a_summary_opening_on_an_ordinal_fragment_is_rebuilt_even_without_a_place():
    assert event_name(_ev(1, "Third hit the barracks", weapons=["drones"])) == "Drone attack"
    assert event_name(_ev(2, "The second struck a tent", kind="strike")) == "Strike"
    assert event_name(_ev(3, "Second salvo on the camp")) == "Second salvo on the camp"


def test_a_summary_with_its_own_subject_is_kept_without_its_paragraph_mark():
    ev = _ev(1, "(C) Jordanian jets shot down a drone over the border", place="Mafraq")
    assert event_name(ev) == "Jordanian jets shot down a drone over the border"



def test_a_summary_opening_on_who_told_it_is_labelled_by_what_happened():
    ev = _ev(1, "The Pentagon said Monday that drones hit Erbil Air Base late Sunday",
             place="Erbil Air Base")
    assert event_name(ev) == "Drones hit Erbil Air Base late Sunday"
    told = _ev(2, "Officials said that it was the third this week", place="Erbil")  # "It ..."
    assert event_name(told) == "Attack in Erbil"
    kept = _ev(3, "Militia drones said to carry explosives hit the base", place="Erbil")
    assert event_name(kept).startswith("Militia drones")

def test_the_built_label_names_waters_with_the_and_joins_several_places():
    ev = _ev(1, "they have targeted merchant ships", place="Red Sea, Gulf of Aden",
             weapons=["cruise missiles"])
    assert event_name(ev) == "Cruise missile attack in the Red Sea and Gulf of Aden"
    move = _ev(2, "It moved north", kind="deployment", place="Erbil", weapons=["rockets"])
    assert event_name(move) == "Deployment to Erbil"


def test_a_weapon_already_called_an_attack_weapon_is_not_doubled():
    ev = _ev(1, "", weapons=["one-way attack drones"], place="Ruwaished")
    assert event_name(ev) == "Drone attack in Ruwaished"


def test_the_timeline_shows_the_rebuilt_label():
    spec = timeline_spec([_ev(1, "Its crew fled", date="2026-11-17", kind="strike",
                              weapons=["MQ-9 Reaper"], place="Al-Qaim")])
    assert spec.items[0].label == "MQ-9 Reaper strike in Al-Qaim"


def _place(i: int, name: str, lat: float, lon: float, role: str = "mentioned",
           country: str = "") -> Place:
    return Place(id=f"pl-{i}", name=name, lat=lat, lon=lon, kind="city", role=role,
                 country=country)


def test_one_stray_place_far_from_a_tight_cluster_goes_to_the_note_not_the_frame():
    places = [
        _place(1, "Hodeidah", 14.80, 42.95, country="Yemen"),
        _place(2, "Sanaa", 15.35, 44.21, country="Yemen"),
        _place(3, "Bajil", 15.06, 43.29, "attack target", country="Yemen"),
        _place(4, "Stray hospital", 35.84, 38.55, country="Syria"),
    ]
    spec = map_spec(places)
    assert spec.outside == ("Stray hospital",)
    lon_min, lat_min, lon_max, lat_max = spec.bounds
    assert lat_max < 20 and lon_min > 38  # Yemen's west coast, not Libya to Iran


def test_a_far_place_the_report_says_was_attacked_stays_on_the_map():
    places = [
        _place(1, "Hodeidah", 14.80, 42.95, country="Yemen"),
        _place(2, "Sanaa", 15.35, 44.21, country="Yemen"),
        _place(3, "Aden", 12.79, 45.03, country="Yemen"),
        _place(4, "Eilat", 29.56, 34.95, "attack target", country="Israel"),
    ]
    spec = map_spec(places)
    assert spec.outside == () and len(spec.points) == 4


def test_places_spread_across_one_region_are_all_framed():
    places = [
        _place(1, "Baghdad", 33.34, 44.40),
        _place(2, "Erbil", 36.19, 44.01),
        _place(3, "Amman", 31.95, 35.93),
        _place(4, "Tehran", 35.69, 51.39),
    ]
    assert map_spec(places).outside == ()


def test_two_tellings_of_one_days_attack_at_one_place_are_one_bar_with_the_other_toll_noted():
    events = [
        _ev(1, "a", place="Camp Taji", date="2020-03-11", killed=3),
        _ev(2, "b", place="Camp Taji", date="2020-03-11", killed=5),
    ]
    spec = figures_spec(events, [])
    assert spec.categories == ("Camp Taji, 11 Mar 2020 (other tolls: 5 killed)",)
    assert spec.series[0].values == (3.0,)


def test_a_repeated_casualty_bar_is_told_apart_in_words_not_a_bracketed_number():
    events = [
        _ev(1, place="Camp Taji", killed=3, killed_qualifier="at least"),
        _ev(2, place="Camp Taji", killed=2),
        _ev(3, place="Camp Taji", killed=3, killed_qualifier="at least"),
    ]
    cats = figures_spec(events, []).categories
    assert cats == ("Camp Taji (at least 3 killed)", "Camp Taji",
                    "Camp Taji, 3rd attack (at least 3 killed)")
    assert not any(re.search(r"\(\d+\)", c) for c in cats)


def test_a_repeated_bar_is_told_apart_by_the_reports_words_for_when_first():
    events = [
        _ev(1, place="Erbil", date="2020-03-11", date_text="on Wednesday morning", killed=1),
        _ev(2, place="Erbil", date="2020-03-11", date_text="on Wednesday evening", killed=1),
    ]
    assert figures_spec(events, []).categories == (
        "Erbil, 11 Mar 2020", "Erbil, 11 Mar 2020, Wednesday evening")


def test_two_timeline_rows_of_one_kind_and_place_are_told_apart_by_their_day_or_words():
    # on other days their dates tell them apart: no ordinal, which would read as a count
    # of attacks ("2nd drone attack" where the report's second drone was shot down)
    apart = [i.label for i in timeline_spec([
        _ev(1, "they hit it", place="Erbil", date="2020-03-11"),
        _ev(2, "it was hit again", place="Erbil", date="2020-03-14"),
    ]).items]
    assert apart == ["Attack in Erbil", "Attack in Erbil"]
    told = [i.label for i in timeline_spec([
        _ev(1, "they hit it", place="Erbil", date="2020-03-11", date_text="on Wednesday"),
        _ev(2, "it was hit again", place="Erbil", date="2020-03-14", date_text="Saturday"),
    ]).items]
    assert told == ["Attack in Erbil, Wednesday", "Attack in Erbil, Saturday"]


def test_an_undated_bar_says_when_in_the_reports_words_not_undated():
    events = [
        _ev(1, "a", place="Camp Taji", date_text="on Wednesday evening", killed=3),
        _ev(2, "b", place="Camp Taji", date_text="on Saturday", wounded=5),
        _ev(3, "c", place="Camp Taji", wounded=1),
        _ev(4, "He was killed", kind="strike", killed=1),
    ]
    cats = figures_spec(events, []).categories
    assert "undated" not in " ".join(cats)
    assert set(cats) == {"Camp Taji, Wednesday evening", "Camp Taji, Saturday", "Camp Taji",
                         "Strike"}


def test_one_or_another_before_a_noun_is_a_subject_but_before_a_verb_a_fragment():
    assert event_name(_ev(1, "Another drone hit the depot")) == "Another drone hit the depot"
    assert event_name(_ev(2, "One was shot down", weapons=["drones"])) == "Drone attack"


def test_bullets_and_cues_before_a_summary_are_not_its_opening_words():
    assert event_name(_ev(1, "- 11 NOV: rockets hit a post")) == "11 NOV: rockets hit a post"
    assert event_name(_ev(2, "(READER:) The army says it downed a drone")) \
        == "The army says it downed a drone"


def test_a_defenders_jet_is_not_named_as_the_attacks_weapon():
    ev = _ev(1, "Third was shot down by an F-16", weapons=["F-16"], place="Azraq")
    assert event_name(ev) == "Attack in Azraq"


def test_events_drafted_from_one_sentence_are_told_apart_by_place_on_the_timeline():
    one = "Drones struck six sites along the river overnight"
    events = [_ev(i, one, date="2026-11-27", place=town, weapons=["MQ-9 Reaper", "drones"])
              for i, town in enumerate(["Al-Bukamal", "Al-Qaim"])]
    labels = [i.label for i in timeline_spec(events).items]
    assert labels == ["MQ-9 Reaper attack in Al-Bukamal", "MQ-9 Reaper attack in Al-Qaim"]


def test_a_table_row_read_as_a_summary_is_labelled_by_what_happened_where():
    row = _ev(1, "2031-05-02 Varna depot, VA Rocket attack 3x rockets 0 2 Garrison 2 wounded",
              weapons=["rockets"], place="Varna depot")
    assert event_name(row) == "Rocket attack on Varna depot"
    assert event_name(_ev(2, "2 May 2031 Varna depot 2 x UAS Shot down None A1",
                          weapons=["UAS"], place="Varna depot")) == "UAS attack on Varna depot"


def test_a_paragraph_number_and_a_chairs_question_words_are_no_label():
    ev = _ev(1, "1.4 Border guards detained two suspects near Varna", place="Varna")
    assert event_name(ev) == "Border guards detained two suspects near Varna"
    chair = _ev(2, "Let me start with the attack at Varna on 2 May", weapons=["drones"],
                place="Varna depot")
    assert event_name(chair) == "Drone attack on Varna depot"
    lost = _ev(3, "Arrived on 4 May", kind="deployment", place="Varna")
    assert event_name(lost) == "Deployment to Varna"
