"""Court dockets' dated entries, a fundraiser's stamped updates, reward offers and
designations, attributive dates ("the March 3, 2025, drone attack"), numeric dates read in
the text's own order, and tolls revised by a later word."""

from datetime import date

from tests.extract.drafting import day_tolls, note_events

from briefdeck.extract.date_order import month_first
from briefdeck.extract.dated_lines import dated_lines
from briefdeck.extract.dated_updates import update_entries
from briefdeck.extract.dates import find_dates


def _events(text: str, published: str):
    return [
        (e.date, e.kind, e.place, e.killed or 0, e.wounded or 0)
        for e in note_events(text, published)
    ]


def test_numeric_dates_follow_the_order_the_text_shows():
    text = "Filed 10/21/2027. Hearing set for 11/30/2027. A drone fell near Dovrek on 4/6/2027."
    assert month_first(text) is True
    found = [d.iso for d in find_dates(text, date(2027, 12, 1))]
    assert found[-1] == "2027-04-06"
    day_first = "Filed 21/10/2027. Hearing 30/11/2027. A drone fell near Dovrek on 4/6/2027."
    assert [d.iso for d in find_dates(day_first, date(2027, 12, 1))][-1] == "2027-06-04"
    assert month_first("Seen 4/6/2027 and 5/6/2027 only.") is None


def test_docket_lines_date_what_they_say_happened_yesterday():
    text = (
        "Date Filed   #   Docket Text\n\n"
        " 03/02/2027   1   SEALED COMPLAINT as to Omar Felden (1), with the affidavit of a "
        "special agent attached. (Entered: 03/02/2027)\n\n"
        " 03/05/2027       Minute Entry for proceedings held before the magistrate judge: "
        "Defendant was arrested yesterday at Orly airport on arrival from Tunis. "
        "(Entered: 03/05/2027)\n\n"
        " 03/20/2027   4   ORDER OF DETENTION as to Omar Felden. The Government said that "
        "customs officers seized a further shipment of 30 servo motors at Marseille last "
        "week. (Entered: 03/20/2027)\n"
    )
    entries = dated_lines(text, date(2027, 4, 2))
    assert [e.day.iso for e in entries] == ["2027-03-02", "2027-03-05", "2027-03-20"]
    drafted = _events(text, "2027-04-02")
    assert ("2027-03-04", "other") in [(d, k) for d, k, *_ in drafted]
    assert any(k == "other" and d == "2027-03" for d, k, *_ in drafted)


def test_a_table_or_short_list_of_dates_is_no_docket():
    assert (
        dated_lines("03/02/2027 Filed\n03/05/2027 Heard\n03/20/2027 Closed\n", date(2027, 4, 2))
        == []
    )


def test_fundraiser_updates_date_their_own_weekdays():
    text = (
        "Help Lena recover\n\n"
        "Late on the night of May 3, a rocket hit Ain al-Asad Air Base where my sister works, "
        "wounding two guards.\n\n"
        "Update #2 · 3 days ago by Ruth Amsel, Organizer\n"
        "Dad arrived last night. The company told us the base was hit again on Sunday, "
        "and nobody was hurt.\n\n"
        "Update #1 · May 6, 2027 by Ruth Amsel, Organizer\n"
        "Lena is stable and talking.\n\n"
        "Words of support (12)\n"
    )
    entries = update_entries(text, date(2027, 5, 20))
    assert [e.day.iso for e in entries] == ["2027-05-17", "2027-05-06"]
    drafted = _events(text, "2027-05-20")
    # the Sunday before the update's day (the 17th), at the base told before
    assert ("2027-05-16", "attack", "Ain al-Asad Air Base") in [
        (d, k, p) for d, k, p, *_ in drafted
    ]
    assert not any(k == "deployment" for _, k, *_ in drafted)  # a father's visit


def test_the_base_hit_again_is_the_base_told_before():
    text = (
        "Late on May 3, a rocket hit Ain al-Asad Air Base, wounding two guards.\n\n"
        "He was flown to Landstuhl and then to Walter Reed.\n\n"
        "We are at Walter Reed now. The company said the base was hit again on Sunday."
    )
    again = [e for e in note_events(text, "2027-05-12") if e.date == "2027-05-09"]
    assert again and again[0].place == "Ain al-Asad Air Base"


def test_attributive_date_dates_the_attack_it_qualifies():
    text = (
        "Officials tie him to a rocket attack on Camp Orlen earlier this month, which hurt no "
        "one, and to the planning of the March 3, 2025, drone attack on Post 9 that killed "
        "two soldiers."
    )
    drafted = _events(text, "2027-05-20")
    assert ("2025-03-03", 2) in [(d, k) for d, _, _, k, _ in drafted]
    assert not any(d == "2027-05" and k == 2 for d, _, _, k, _ in drafted)


def test_designation_and_reward_offer_are_announcements():
    text = (
        "The State Department is offering a reward of up to $5 million for information on "
        "Samir Vell, who leads a drone unit.\n\n"
        "On April 2, 2027, the Treasury designated Vell as a Specially Designated Global "
        "Terrorist."
    )
    drafted = _events(text, "2027-05-20")
    assert ("2027-05-20", "announcement") in [(d, k) for d, k, *_ in drafted]
    assert ("2027-04-02", "announcement") in [(d, k) for d, k, *_ in drafted]


def test_a_reward_told_in_a_relative_clause_is_no_news_of_the_day():
    text = (
        "A drone struck Camp Orlen on May 18, wounding one soldier.\n\n"
        "The commander, for whom Washington is offering a reward, was not named."
    )
    assert not any(k == "announcement" for _, k, *_ in _events(text, "2027-05-20"))


def test_a_later_confirmed_toll_replaces_the_first_notification():
    text = (
        "At about 23:30 on 4 May 2027 a drone struck the depot at Camp Orlen.\n\n"
        "The first notification, sent on 5 May, reported one worker injured. The company has "
        "since confirmed to us that three people were hurt."
    )
    assert day_tolls(note_events(text, "2027-05-20"))[0] == ("2027-05-04", 0, 3)


def test_two_groups_of_one_side_listed_in_a_new_count_are_both_kept():
    text = (
        "A drone struck Camp Orlen on 4 May 2027.\n\n"
        "The amended summary states that the attack wounded three U.S. soldiers and one U.S. "
        "civilian contractor."
    )
    assert day_tolls(note_events(text, "2027-05-20"))[0] == ("2027-05-04", 0, 4)


def test_a_base_beside_an_airport_is_the_base():
    text = (
        "Erbil Air Base adjoins Erbil International Airport. At about 23:30 on 4 May 2027 two "
        "drones approached the base; one struck a warehouse."
    )
    assert note_events(text, "2027-05-20")[0].place == "Erbil Air Base"


def test_a_verdict_on_the_strike_told_is_no_new_strike():
    text = (
        "At about 23:30 on 4 May 2027 a drone struck a warehouse at Erbil Air Base.\n\n"
        "A militia claimed the attack on Telegram on 5 May. An official told us that the "
        'strike was "the worst this year".'
    )
    assert [e.date for e in note_events(text, "2027-05-20") if e.kind in ("attack", "strike")] == [
        "2027-05-04"
    ]
