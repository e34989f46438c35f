"""General event rules: background places, modal clauses, tolls, timeline years, system posture.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

import pytest

from briefdeck.extract import draft_briefing
from briefdeck.extract.casualties import find_casualties
from briefdeck.ingest import article_from_text
from briefdeck.model import Briefing

PUBLISHED = "2024-03-01"  # a Friday


def _draft(text: str) -> Briefing:
    return draft_briefing(article_from_text(text), PUBLISHED)


def _toll(text: str) -> list[tuple[str, int | None, str]]:
    return [(c.kind, c.count, c.party) for c in find_casualties(text, 0, len(text))]


def test_place_in_a_since_the_war_clause_is_not_the_attack_place():
    events = _draft(
        "Militants launched a drone attack on a U.S. base in Syria on Tuesday, the 40th such "
        "attack since the war in Gaza began, officials said."
    ).facts.events
    assert len(events) == 1
    assert "Gaza" not in events[0].place
    assert "Syria" in events[0].place


def test_place_in_an_amid_tensions_clause_is_not_the_attack_place():
    events = _draft(
        "Rockets hit Ain al-Asad air base in Iraq on Monday, wounding two soldiers, "
        "as tensions with Iran rose."
    ).facts.events
    assert [e.wounded for e in events] == [2]
    assert "Iran" not in events[0].place.split(", ")


def test_what_troops_can_do_is_not_a_withdrawal_dated_by_another_clause():
    events = _draft(
        "The outposts will be merged in January, and some of the soldiers can then pull out "
        "of Syria entirely."
    ).facts.events
    assert [e for e in events if e.kind == "withdrawal"] == []


def test_a_conditional_departure_with_its_own_date_is_not_an_event():
    events = _draft("If the talks succeed, the battalion would leave Iraq in April, "
                    "the officer said.").facts.events
    assert events == []


def test_troops_who_left_a_country_in_a_month_are_a_withdrawal():
    events = _draft("The last soldiers left the country in February, ending the mission "
                    "in Kuwait.").facts.events
    assert [(e.kind, e.date) for e in events] == [("withdrawal", "2024-02")]


def test_dozens_of_wounded_is_kept_without_a_count():
    found = find_casualties("wounding dozens of others", 0, 25)
    assert [(c.kind, c.count) for c in found] == [("wounded", None)]
    assert found[0].wording == "dozens" and found[0].is_floor


def test_more_than_forty_wounded_is_forty_as_a_floor():
    text = "more than 40 troops were wounded"
    found = find_casualties(text, 0, len(text))
    assert [(c.count, c.is_floor) for c in found] == [(40, True)]


def test_a_nationality_names_the_party_before_the_trade():
    assert _toll("killing three Americans and a Jordanian contractor") == [
        ("killed", 3, "U.S."), ("killed", 1, "Jordan")]


def test_part_of_a_group_with_a_participle_phrase_is_counted():
    assert _toll("Two of its guards manning the gate were also hurt.") == [
        ("wounded", 2, "unspecified")]


def test_a_further_number_killed_counts_the_number():
    assert _toll("A further four people were killed later.") == [("killed", 4, "unspecified")]


def test_bodies_recovered_are_the_dead():
    assert _toll("Rescue crews recovered five bodies from the collapsed school.") == [
        ("killed", 5, "unspecified")]


def test_later_exact_tally_replaces_an_earlier_floor():
    events = _draft(
        "A drone hit a U.S. outpost in Syria on Sunday, killing one soldier and wounding "
        "more than a dozen others.\n\n"
        "Officials later said 15 U.S. service members had been wounded. Two Syrian guards "
        "were also hurt."
    ).facts.events
    assert [(e.killed, e.wounded) for e in events] == [(1, 17)]


def test_undated_other_attack_does_not_take_the_next_paragraphs_toll():
    events = _draft(
        "Rockets struck a base in Iraq on Thursday, wounding at least three soldiers.\n\n"
        "It was the heaviest attack on the base in a year, when another salvo hit the "
        "runway.\n\n"
        "Officials said 5 U.S. troops had been wounded."
    ).facts.events
    assert [(e.date, e.wounded) for e in events] == [("2024-02-29", 5)]


def test_timeline_month_days_take_the_last_year_written_out():
    events = _draft(
        "Oct. 17, 2022: Rockets hit a base in Syria, wounding two soldiers.\n"
        "Oct. 19: A drone struck Al-Tanf, wounding three troops.\n"
        "Jan. 4: Militants fired rockets at Erbil, killing one contractor."
    ).facts.events
    assert [e.date for e in events] == ["2022-10-17", "2022-10-19", "2023-01-04"]


def test_a_carried_year_never_lands_after_publication():
    events = _draft(
        "In March 2023, militants shelled the base. On Dec. 2, a drone struck the same "
        "base, wounding five soldiers."
    ).facts.events
    assert [e.date for e in events if e.wounded == 5] == ["2023-12-02"]


def test_our_own_aircraft_near_the_word_attack_are_not_an_adversary_weapon():
    systems = _draft("American F-16 jets were parked at the airfield when the attack "
                     "began on Friday.").facts.systems
    assert [(s.name, s.posture) for s in systems] == [("F-16", "mentioned")]


def test_adversary_rockets_fired_are_used_by_adversary():
    systems = _draft("Militants fired Katyusha rockets at the base on Monday.").facts.systems
    assert [s.posture for s in systems] == ["used by adversary"]


def test_a_deployed_system_gets_the_place_it_was_sent_to():
    systems = _draft("The Pentagon deployed a Patriot battery to Erbil last week.").facts.systems
    assert [(s.name, s.posture, s.place) for s in systems] == [("Patriot", "deployed", "Erbil")]


def test_targets_as_a_noun_do_not_make_a_second_event():
    events = _draft("U.S. forces carried out retaliatory strikes on Feb. 2 against 85 targets "
                    "in Iraq and Syria.").facts.events
    assert [(e.kind, e.date) for e in events] == [("strike", "2024-02-02")]
    assert "Syria" in events[0].place


def test_a_group_that_stopped_attacking_is_not_an_attack_but_a_declared_halt():
    events = _draft("The militia said in January it had stopped targeting U.S. forces, "
                    "a spokesman said.").facts.events
    assert [(e.kind, e.date) for e in events] == [("announcement", "2024-01")]


def test_an_exploding_roadside_bomb_is_used_by_adversary():
    systems = _draft("An IED detonated beside a patrol near Kirkuk on Tuesday, wounding "
                     "two soldiers.").facts.systems
    assert [(s.name, s.posture) for s in systems] == [("IEDs", "used by adversary")]


def test_the_weapon_an_attacker_used_is_used_by_adversary():
    systems = _draft("Militants targeted the airport in Erbil with a one-way attack drone "
                     "on Wednesday.").facts.systems
    assert [s.posture for s in systems] == ["used by adversary"]


def test_the_weapon_our_aircraft_used_is_not_an_adversary_weapon():
    systems = _draft("U.S. aircraft struck a militia depot in Syria with Hellfire missiles "
                     "on Friday.").facts.systems
    assert [s.posture for s in systems if s.name == "Hellfire"] == ["mentioned"]


def test_another_base_targeted_last_week_is_its_own_event():
    events = _draft(
        "Drones struck Erbil air base in Iraq on Thursday, wounding two soldiers.\n\n"
        "Another base in the north, Bashur airfield, was also targeted last week, "
        "two officials said."
    ).facts.events
    assert sorted(e.date for e in events) == ["2024-02", "2024-02-29"]


def test_a_clause_without_its_own_subject_takes_the_sentences_subject():
    events = _draft(
        "Feb. 9: U.S. bombers, joined by allied jets from Qatar, strike 30 targets in Syria."
    ).facts.events
    assert [(e.kind, e.date) for e in events] == [("strike", "2024-02-09")]


def test_our_gunship_killing_militants_is_a_strike_of_its_own():
    events = _draft(
        "Nov. 3: A rocket hits a base near Kirkuk, wounding four soldiers. A U.S. helicopter "
        "sent after the launch team kills two militants near the site."
    ).facts.events
    assert sorted((e.kind, e.killed, e.wounded) for e in events) == [
        ("attack", None, 4), ("strike", 2, None)]


def test_a_missile_that_hits_a_base_is_used_by_adversary():
    systems = _draft("A ballistic missile hits Ain al-Asad on Monday, the army said.").facts.systems
    assert [s.posture for s in systems] == ["used by adversary"]


def test_a_toll_reported_on_a_later_day_belongs_to_the_attack():
    events = _draft(
        "A drone struck a U.S. base in Syria on Saturday, wounding at least six soldiers. "
        "On Monday, officials said nine U.S. troops had been wounded."
    ).facts.events
    assert [(e.date, e.wounded) for e in events] == [("2024-02-24", 9)]


def test_an_attack_named_in_a_since_clause_is_background_not_an_event():
    events = _draft("Since the Oct. 7 raid on a border village, militias have attacked "
                    "coalition troops in Syria more than 50 times.").facts.events
    assert events == []


def test_a_place_after_the_embassy_attack_is_not_where_troops_deployed():
    events = _draft("About 800 paratroopers deployed to Kuwait in January after the embassy "
                    "attack in Baghdad.").facts.events
    assert [(e.kind, e.place) for e in events] == [("deployment", "Kuwait")]


def test_a_date_opening_the_next_clause_does_not_date_the_clause_before():
    events = _draft("Throughout the war in Sudan, rebels raided convoys near Kassala; on "
                    "Jan. 9, U.S. jets struck a rebel depot in Yemen.").facts.events
    assert [(e.kind, e.date) for e in events] == [("strike", "2024-01-09")]


def test_a_date_before_when_dates_the_clause_it_introduces():
    events = _draft("The deadliest strike came on Saturday afternoon, when two missiles hit "
                    "a market in Odesa, killing five people.").facts.events
    assert [(e.date, e.killed) for e in events] == [("2024-02-24", 5)]


def test_an_announcement_is_dated_by_the_day_it_was_announced():
    events = _draft("The ministry announced on Tuesday that it would move 900 more troops "
                    "to Poland.").facts.events
    assert [(e.kind, e.date) for e in events] == [("announcement", "2024-02-27")]


def test_a_reported_policy_decision_is_an_announcement_of_that_day():
    events = _draft("Officials said on Wednesday that the government had approved "
                    "longer-range strikes across the border.").facts.events
    assert [(e.kind, e.date) for e in events] == [("announcement", "2024-02-28")]


def test_a_risen_toll_is_the_new_total():
    text = "By nightfall the death toll had risen to 14, the mayor said."
    found = find_casualties(text, 0, len(text))
    assert [(c.kind, c.count, c.is_total) for c in found] == [("killed", 14, True)]


def test_a_toll_update_replaces_the_first_count():
    events = _draft(
        "Rockets struck a market in Kherson on Tuesday, killing five people.\n\n"
        "On Wednesday, officials said the death toll had climbed to nine."
    ).facts.events
    assert [(e.date, e.killed) for e in events] == [("2024-02-27", 9)]


def test_a_string_of_strikes_is_not_an_event_of_its_own():
    events = _draft("Analysts on Thursday counted a wave of attacks on shipping and a string "
                    "of strikes on ports since the autumn.").facts.events
    assert events == []


def test_a_chronicle_of_an_old_year_keeps_that_year():
    events = _draft(
        "On Jan. 3, 2020, a drone strike by U.S. jets killed a militia leader near Baghdad. "
        "On Jan. 8, missiles hit Ain al-Asad, wounding 11 soldiers."
    ).facts.events
    assert [e.date for e in events if e.wounded == 11] == ["2020-01-08"]


def test_a_month_and_year_in_passing_does_not_date_a_recent_attack():
    events = _draft(
        "Bases here have been hit before, as in January 2020. On Jan. 28, a drone hit "
        "Tower 22, killing three soldiers."
    ).facts.events
    assert [e.date for e in events if e.killed == 3] == ["2024-01-28"]


def test_every_group_listed_before_a_passive_verb_shares_it():
    assert _toll("Two Iraqi soldiers, three guards and a civilian interpreter were wounded.") == [
        ("wounded", 1, "civilian"), ("wounded", 3, "unspecified"), ("wounded", 2, "Iraq")]


def test_a_later_breakdown_by_party_splits_the_count_rather_than_adding_to_it():
    events = _draft(
        "A drone hit a supply depot near Tanf on Thursday, wounding seven people.\n\n"
        "Four Syrian fighters and two contractors were wounded, the officials said."
    ).facts.events
    assert [(e.date, e.wounded) for e in events] == [("2024-02-29", 7)]
    rows = {c.party: c.wounded for c in events[0].casualties}
    assert rows == {"Syria": 4, "contractor": 2, "unspecified": 1}


def test_more_wounded_reported_later_add_to_the_toll():
    events = _draft(
        "A drone hit a supply depot near Tanf on Thursday, wounding seven people.\n\n"
        "Two more contractors were wounded by falling debris, the officials said."
    ).facts.events
    assert [e.wounded for e in events] == [9]


def test_calling_an_attack_the_second_this_week_is_no_new_event():
    events = _draft(
        "Rockets struck a logistics hub in Hasakah on Thursday, causing no casualties. "
        "It was the second attack on the hub this week, a monitor said."
    ).facts.events
    assert [e.date for e in events] == ["2024-02-29"]


def test_an_aside_between_the_dead_and_the_verb_keeps_the_count():
    assert _toll("Four sailors, all of them from the same frigate, were killed.") == [
        ("killed", 4, "unspecified")]


def test_counts_in_words_above_a_hundred():
    assert _toll("Nearly two hundred and forty people were wounded.") == [
        ("wounded", 240, "unspecified")]


def test_the_strike_an_attack_avenges_is_no_event_of_that_day():
    events = _draft(
        "On Tuesday militants fired rockets at the Harir base in retaliation for the drone "
        "strike that killed their commander, Abu Said al-Tamimi."
    ).facts.events
    assert [(e.date, e.place, e.killed) for e in events] == [("2024-02-27", "Harir base", None)]


def test_a_date_number_before_an_active_toll_is_not_a_group_of_wounded():
    assert _toll("A second salvo on May 14 wounded three U.S. soldiers and two Iraqi police.") == [
        ("wounded", 3, "U.S."), ("wounded", 2, "Iraq")]


def test_military_shorthand_for_wounded_in_a_digest_table():
    assert _toll("2 Aug\tTanf garrison\t3 rockets\t4 U.S. SM and 1 contractor WIA\tSOHR") == [
        ("wounded", 1, "contractor"), ("wounded", 4, "U.S.")]


def test_a_dated_table_row_naming_a_weapon_is_an_attack():
    events = _draft("Reported attacks\n\n27 Feb\tAl-Tanf garrison, Syria\t2 UAS\tNone\n\n"
                    "26 Feb\tErbil air base, Iraq\t3 rockets\tNone\n").facts.events
    assert [(e.date, e.kind) for e in events] == [("2024-02-27", "attack"),
                                                  ("2024-02-26", "attack")]


def test_overnight_is_the_day_of_publication_unless_a_date_is_named():
    events = _draft("Jets struck depots near Hodeidah overnight, killing four people.\n\n"
                    "An overnight raid on Jan. 12 hit a radar site near Salif.").facts.events
    assert [(e.date, e.killed) for e in events] == [("2024-03-01", 4), ("2024-01-12", None)]


def test_a_dateline_dates_what_its_paragraph_tells_without_a_date():
    events = _draft("DAMASCUS, 28 February — An air strike on a depot in the Kisweh area "
                    "killed three fighters, a monitor said.").facts.events
    assert [(e.date, e.killed) for e in events] == [("2024-02-28", 3)]


def test_two_strikes_on_one_day_in_different_places_stay_apart():
    events = _draft("On Tuesday an Israeli drone strike near Tyre killed two people. "
                    "On Tuesday an air strike near Homs killed three soldiers.").facts.events
    assert sorted(e.killed for e in events) == [2, 3]


def test_a_headline_and_its_story_are_one_event_with_one_toll():
    events = _draft("Strike near Homs kills three\n\nHOMS, 27 February — An air strike on a "
                    "depot near Homs killed two soldiers and a civilian, the ministry said.\n"
                    ).facts.events
    assert [(e.date, e.killed) for e in events] == [("2024-02-27", 3)]


def test_one_of_the_wounded_named_again_is_not_counted_twice():
    events = _draft("Rockets hit the Harir base on Monday, wounding four U.S. soldiers. One of "
                    "the soldiers was seriously hurt and flown to Germany.").facts.events
    assert [e.wounded for e in events] == [4]


def test_a_weekday_after_a_clock_time_in_brackets_does_not_date_the_strike():
    from datetime import date

    from briefdeck.extract.dates import find_dates

    text = "Jets hit the depot shortly after midnight (2130 GMT Thursday), the agency said."
    assert find_dates(text, date(2024, 3, 1)) == []


def test_a_possessive_in_a_since_the_invasion_clause_is_still_background():
    events = _draft("Since Russia's full-scale invasion in February 2022, the alliance has "
                    "reinforced its eastern flank with battle groups in Romania.").facts.events
    assert events == []


def test_the_base_is_the_installation_named_just_before():
    events = _draft("Engineers finished a new hangar at Ain al-Asad Air Base last year.\n\n"
                    "About 200 soldiers arrived at the base on Feb. 27 with four launchers."
                    ).facts.events
    assert [(e.date, e.kind, e.place) for e in events] == [
        ("2024-02-27", "deployment", "Ain al-Asad Air Base")]


@pytest.mark.parametrize("sentence, day", [
    ("The defence council approved the deployment on Tuesday.", "2024-02-27"),
    ("An agreement was reached with Baghdad on Wednesday to end the mission.", "2024-02-28"),
    ("The department disclosed on Thursday that it had kept 2,000 troops there.", "2024-02-29"),
])
def test_approvals_agreements_and_disclosures_are_announcements(sentence, day):
    events = _draft(sentence).facts.events
    assert [(e.kind, e.date) for e in events] == [("announcement", day)]


def test_strikes_told_place_by_place_after_the_dated_raid_are_events_of_that_day():
    events = _draft(
        "On Feb. 27, bombers struck depots at nine sites in Iraq and Syria.\n\n"
        "In Iraq, most of the bombs fell near al-Qaim, where officials said 12 people were "
        "killed and 20 wounded. In Syria, a monitor said 14 fighters were killed in strikes "
        "near Albu Kamal."
    ).facts.events
    tolls = sorted((e.date, e.killed or 0, e.wounded or 0) for e in events)
    assert tolls == [("2024-02-27", 12, 20), ("2024-02-27", 14, 0)]


@pytest.mark.parametrize("sentence", [
    "On Tuesday the ministry condemned the strikes as a breach of sovereignty.",
    "On Tuesday the group claimed the attack in a post on Telegram.",
    "Drones across the border are regularly intercepted by the army, it said on Tuesday.",
    "The tracker counted more than 160 attacks on U.S. forces by Tuesday.",
    "\"We hit what we meant to hit on Tuesday,\" the general said.",
])
def test_naming_counting_or_quoting_attacks_is_no_event(sentence):
    assert _draft(sentence).facts.events == []


def test_a_district_and_its_city_on_one_day_are_one_happening():
    events = _draft("Strike near Damascus kills three\n\nDAMASCUS, 27 February — An air strike "
                    "on a building in the Sayyida Zeinab area killed two soldiers and a civilian, "
                    "the ministry said.\n").facts.events
    assert [(e.date, e.killed) for e in events] == [("2024-02-27", 3)]


def test_a_toll_without_a_place_belongs_to_the_nearest_attack_of_that_day():
    events = _draft(
        "Rockets fell near the Tanf garrison on Feb. 27, causing no damage.\n\n"
        "Jets struck a depot near Qusayr on Feb. 27.[3] State media said the strike killed "
        "seven people and wounded nine others.[4]").facts.events
    tolls = {e.place: (e.killed, e.wounded) for e in events}
    assert tolls["Qusayr"] == (7, 9)
    assert all(k is None for p, (k, _) in tolls.items() if p != "Qusayr")


def test_a_weekly_summary_of_a_strike_told_in_full_adds_no_event():
    events = _draft(
        "Key takeaways: Strikes near Qusayr killed seven people this week.\n\n"
        "Jets struck a depot near Qusayr on Feb. 27, killing seven people and wounding nine."
    ).facts.events
    assert [(e.date, e.killed, e.wounded) for e in events] == [("2024-02-27", 7, 9)]


def test_firing_for_the_second_time_this_week_is_a_tally():
    events = _draft("Militants fired rockets at the garrison for the second time this week."
                    ).facts.events
    assert events == []


def test_a_second_clause_with_its_own_date_keeps_it():
    events = _draft("Last month, U.S. forces shot down a drone over the Harir base, and on "
                    "Feb. 20 an American airstrike near Musayyib killed four fighters."
                    ).facts.events
    assert sorted((e.date, e.killed or 0) for e in events) == [("2024-02", 0), ("2024-02-20", 4)]


@pytest.mark.parametrize("sentence, toll", [
    ("The blast in January 2020 left the base scarred, leaving more than 100 U.S. troops "
     "with brain injuries.", [("wounded", 100, "U.S.")]),
    ("Two peacekeepers were lightly injured when a shell exploded.",
     [("wounded", 2, "unspecified")]),
])
def test_more_ways_to_tell_the_wounded(sentence, toll):
    assert _toll(sentence) == toll


def test_a_name_ending_in_today_is_no_date():
    from datetime import date

    from briefdeck.extract.dates import find_dates

    text = "The strikes were reported by L'Orient Today and by USA Today."
    assert find_dates(text, date(2024, 3, 1)) == []


def test_a_night_from_one_day_to_the_next_is_dated_by_the_morning():
    events = _draft("Russia launched 40 missiles at Ukraine overnight from Tuesday to "
                    "Wednesday, killing two people in Lviv.").facts.events
    assert [(e.date, e.killed) for e in events] == [("2024-02-28", 2)]


@pytest.mark.parametrize("sentence, toll", [
    ("Two Filipino crew members were killed and three others, including an Indian national, "
     "injured.", [("killed", 2, "Filipino"), ("wounded", 3, "unspecified")]),
    ("His death raises the toll from the raid to two American soldiers and three Somali "
     "soldiers.", [("killed", 2, "U.S."), ("killed", 3, "Somali")]),
])
def test_tolls_with_asides_nationalities_and_raised_totals(sentence, toll):
    assert _toll(sentence) == toll


def test_a_dateline_of_two_cities_is_where_the_story_was_filed():
    events = _draft("DUBAI/MANILA, Feb 29 (Wire) - A missile struck a tanker in the Red Sea on "
                    "Tuesday, killing two sailors.").facts.events
    assert [(e.date, e.killed) for e in events] == [("2024-02-27", 2)]
    assert "DUBAI" not in events[0].place


def test_a_running_tally_since_a_date_is_no_part_of_the_days_toll():
    events = _draft(
        "On Tuesday, a drone struck a minibus near the dam, killing five civilians.\n\n"
        "More than 300 people have been killed in the fighting around the dam since "
        "mid-December, a monitor said.").facts.events
    assert [(e.date, e.killed) for e in events] == [("2024-02-27", 5)]


def test_the_previous_night_is_the_day_before_the_dated_attack():
    events = _draft("Drones struck Dnipro on Feb. 27, killing four people.\n\n"
                    "The previous night, drones struck Pavlohrad, injuring two people."
                    ).facts.events
    assert sorted((e.date, e.place, e.killed or 0, e.wounded or 0) for e in events) == [
        ("2024-02-26", "Pavlohrad", 0, 2), ("2024-02-27", "Dnipro", 4, 0)]


def test_one_person_described_by_age_is_counted():
    assert _toll("A 64-year-old woman was injured, the governor said.") == [
        ("wounded", 1, "unspecified")]


def test_the_day_an_attack_took_place_dates_the_attack_told_just_before():
    events = _draft(
        "Militants ambushed a convoy in the desert, killing 19 of them in one of the deadliest "
        "attacks this year, a monitor said Friday.\n\n"
        "The monitor said the attack took place late Wednesday near Sukhnah, when gunmen opened "
        "fire on two buses. It said 14 soldiers and five members of the National Defense Forces "
        "were killed and 11 others were wounded.").facts.events
    assert [(e.date, e.killed, e.wounded) for e in events] == [("2024-02-28", 19, 11)]


def test_a_governors_dated_account_of_a_strike_is_an_event():
    events = _draft('"On the night of Feb. 27, the enemy struck Kharkiv with two S-300 missiles, '
                    'killing two people," the governor wrote on Telegram.').facts.events
    assert [(e.date, e.place, e.killed) for e in events] == [("2024-02-27", "Kharkiv", 2)]


def test_a_strike_on_one_of_several_villages_named_together_keeps_its_own_toll():
    events = _draft(
        "On Feb. 27, Russian forces attacked the villages of Lyptsi, Zolochiv and Vovchansk "
        "with glide bombs. A bomb on Zolochiv killed two residents.").facts.events
    assert ("2024-02-27", 2) in [(e.date, e.killed) for e in events]


def test_a_headline_ending_in_says_does_not_make_the_next_paragraphs_date_a_saying():
    events = _draft("Drones struck Dnipro on Feb. 27, killing four people.\n\n"
                    "Air defence downed 40 drones, military says\n\n"
                    "The previous night, drones struck Pavlohrad, injuring two people."
                    ).facts.events
    assert ("2024-02-26", 2) in [(e.date, e.wounded) for e in events]


def test_a_when_clause_after_since_is_dated_by_it():
    events = _draft("The Feb. 25 raid was the deadliest since January 2020, when fighters attacked "
                    "Camp Simba in Kenya, killing an Army specialist and two contractors."
                    ).facts.events
    assert ("2020-01", 3) in [(e.date, e.killed) for e in events]


def test_when_the_attack_began_dates_the_tolls_told_before_it():
    events = _draft(
        "The Pentagon identified two soldiers killed when militants attacked an airfield in "
        "Somalia.\n\nHis death raises the toll from the attack to two American soldiers and "
        "three Somali soldiers. Eight other U.S. troops were wounded.\n\n"
        "The attack began shortly before dawn on Sunday, Feb. 25, when a bomber drove a truck "
        "into the gate.").facts.events
    assert ("2024-02-25", 5, 8) in [(e.date, e.killed, e.wounded) for e in events]


def test_a_weekday_written_with_its_date_is_that_date():
    from datetime import date

    from briefdeck.extract.dates import find_dates

    found = find_dates("It began on Sunday, Feb. 25, before dawn.", date(2024, 3, 6))
    assert [(d.text, d.iso) for d in found] == [("Feb. 25", "2024-02-25")]


def test_interceptors_fired_in_defence_are_not_an_adversary_weapon():
    systems = _draft("Crews fired 40 Coyote interceptors at drones launched toward the base "
                     "in October.").facts.systems
    assert ("Coyote", "used by adversary") not in [(s.name, s.posture) for s in systems]
    assert "Coyote" in [s.name for s in systems]
