"""The BLUF opens on the news, not on a format's furniture: a dateline line, a paper's authors
and history, a speech's salutation, a data set's method, an advisory's logistics, colour about
the setting, a reader's opinion; the outlook leaves out an event's programme and an aside."""

from __future__ import annotations

from briefdeck.extract import draft_briefing
from briefdeck.extract.lede_furniture import (
    dateline_only,
    document_name,
    method_note,
    programme,
    salutation,
)
from briefdeck.ingest.article import Article


def _narrative(text: str, title: str = ""):
    return draft_briefing(Article(text=text, headline=title), published="2026-11-30").narrative


def test_a_dateline_line_and_a_statements_name_are_not_the_news():
    text = ("Ministry of Interior\n\n"
            "Muscat, Sunday 19 Jumada al-Akhirah 1448 AH corresponding to 29 November 2026\n\n"
            "Statement of the Ministry of Interior on the attack on the port of Duqm\n\n"
            "The Ministry of Interior said that two drones struck a fuel depot at the port of "
            "Duqm on Saturday evening, wounding four workers, and that the fire was put out.\n")
    assert dateline_only("Muscat, Sunday 19 Jumada al-Akhirah 1448 AH corresponding to 29 "
                         "November 2026")
    assert document_name("Statement of the Ministry of Interior on the attack on Duqm")
    assert _narrative(text).bluf.startswith("The Ministry of Interior said that two drones")


def test_a_journal_article_leads_with_its_abstract_not_its_authors():
    text = ("Rockets and Rails\n\n"
            "Ana Ruiz (University of Leeds) and Sami Haddad (Qatar University) Received 2 March "
            "2026; Accepted 9 September 2026; Published online 20 November 2026 Abstract: Using "
            "a record of 140 rocket attacks on bases in Iraq since 2023, we show that most were "
            "fired from rails within 15 kilometres of the base.\n\n"
            "1. Introduction\n\nRockets remain the commonest weapon.\n")
    assert _narrative(text).bluf.startswith("Using a record of 140 rocket attacks")


def test_a_speech_skips_its_salutation():
    text = ("Remarks at the Welcome Home Ceremony\n\n"
            "Thank you. Please be seated.\n\n"
            "Governor Mills, General Hart, distinguished guests, families and Soldiers of the "
            "battalion: good afternoon.\n\n"
            "Last spring this battalion sent 400 Soldiers and two Patriot batteries to Al Udeid "
            "Air Base in Qatar, and every one of them is home today.\n")
    assert salutation("Governor Mills, General Hart, distinguished guests: good afternoon.")
    bluf = _narrative(text).bluf
    assert "distinguished guests" not in bluf
    assert bluf.startswith("Last spring this battalion sent 400 Soldiers")


def test_a_data_sets_method_note_is_not_its_news():
    assert method_note("Each row is one incident, checked against two sources before merging.")
    assert method_note("We log the installation, the weapon and the toll as last reported.")
    assert method_note("An incident is logged when two independent outlets report it.")
    assert not method_note("Each of the three rockets struck the airfield, the army said.")


def test_an_advisorys_logistics_and_programme_stay_out():
    text = ("Guard battery to hold send-off ceremony before Gulf deployment\n\n"
            "WHO:\n\nAbout 120 Soldiers of Battery B, 2nd Battalion, with their families and "
            "friends from across the state.\n\nColonel Dana Reyes will speak.\n\n"
            "WHEN:\n\nSunday, Dec. 6, 2026, 11 a.m.\n\nMedia should arrive by 10:15 a.m.\n\n"
            "BACKGROUND\n\nThe battery will deploy for nine months to Kuwait with Avenger "
            "systems to defend bases against drones.\n\n"
            "The battery is expected to return home in the autumn of 2027.\n")
    narrative = _narrative(text, "Guard battery to hold send-off ceremony before Gulf deployment")
    assert narrative.bluf.startswith("The battery will deploy for nine months to Kuwait")
    assert "will speak" not in narrative.outlook
    assert "Media should" not in narrative.outlook
    assert "expected to return home" in narrative.outlook
    assert programme("Colonel Dana Reyes and Major Lee Park will speak.")


def test_colour_about_the_setting_gives_way_to_the_news_after_but():
    text = ("Pool report 4\n\n"
            "The stated purpose of the event was a bill signing on highways, but the President "
            "opened with the overnight air strikes in Syria.\n\n"
            "He said nothing else of note.\n")
    bluf = _narrative(text).bluf
    assert bluf.startswith("The President opened with the overnight air strikes in Syria")


def test_a_letters_page_leads_with_a_fact_not_an_opinion_and_has_no_readers_plans():
    text = ("Letters: drones, bases and our troops\n\n"
            "Enough is enough\n\n"
            "Why are we still there? Sending more missiles just tells them we plan to stay "
            "forever in that desert.\n\nJane Roe, Springfield\n\n"
            "Defence matters\n\n"
            "The drone attack on Nov. 12 wounded three Soldiers at the base because it had no "
            "counter-drone guns at the time.\n\nJohn Doe, Shelbyville\n")
    narrative = _narrative(text, "Letters: drones, bases and our troops")
    assert narrative.bluf.startswith("The drone attack on Nov. 12 wounded three Soldiers")
    assert "we plan to stay" not in narrative.outlook


def test_a_speakers_aside_is_not_the_outlook():
    text = ("Congresswoman on the base attacks\n\n"
            "A drone struck a base in western Iraq on Monday, wounding three U.S. troops, "
            "officials said on Tuesday.\n\n"
            "Look, we have about 2,000 troops in Iraq right now, and that number comes down "
            "next year under the agreement.\n")
    assert "Look" not in _narrative(text).outlook


def test_a_lede_that_only_names_the_base_still_gets_the_attacks_toll():
    text = ("Battalion comes home\n\n"
            "In the spring the battalion had 500 Soldiers spread across Erbil Air Base in Iraq "
            "and Al Udeid Air Base in Qatar for nine months.\n\n"
            "On May 9 drones attacked Erbil Air Base, killing a contractor and wounding two "
            "Soldiers.\n")
    bluf = _narrative(text, "Battalion comes home").bluf
    assert "1 killed" in bluf and "2 wounded" in bluf
