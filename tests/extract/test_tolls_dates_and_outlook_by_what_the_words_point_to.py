"""A toll goes to the happening its words point to, a gloss's day stays with the words it
glosses, an announced withdrawal reads as announced, and the outlook prefers a judgement."""

from __future__ import annotations

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _draft(text: str, title: str = ""):
    return draft_briefing(Article(text=text, headline=title), published="2026-12-02")


def _hurt(event) -> tuple[int, int]:
    return event.killed or 0, event.wounded or 0


def test_a_summarys_tolls_at_named_bases_are_not_the_strike_it_mentions():
    text = ("DAILY REPORT 88/26\n\n"
            "1. SUMMARY\n\n"
            "Attacks went on at a high tempo, with three incidents, including one US strike. "
            "Two US soldiers were lightly wounded at Ain al-Asad Air Base and one guard was "
            "killed at Harir Air Base. US forces carried out a strike in Deir ez-Zor province "
            "late on 30 NOV.\n\n"
            "2. INCIDENTS\n\n"
            "a. 301900C NOV 26 – Ain al-Asad Air Base. Two drones came in from the west. One "
            "was engaged by C-RAM. UPDATE 010400C: an official said two US soldiers suffered "
            "minor injuries.\n\n"
            "b. 302200C NOV 26 – US strike near Al-Mayadeen. Two jets struck a depot used by "
            "militias, the Pentagon said.\n")
    events = _draft(text, "DAILY REPORT 88/26").facts.events
    strikes = [e for e in events if e.kind == "strike"]
    assert strikes and all(_hurt(e) == (0, 0) for e in strikes)
    base = [e for e in events if "Ain al-Asad" in (e.place or "")]
    assert base and base[0].wounded == 2 and base[0].date == "2026-11-30"


def test_a_translators_gloss_dates_its_words_and_there_is_the_place_just_named():
    text = ("Statement of the Command\n\n"
            "The Command announces that at dawn today, 1 December 2026, its forces targeted "
            "with ballistic missiles the base of Ain al-Asad in Iraq.\n\n"
            "This was a response to the aggression on the night of 8 Azar [translator: 29 "
            "November 2026] against a headquarters in the Jurf al-Sakhar area, in which "
            "eleven brothers were martyred.\n\n"
            "According to reports, the missiles struck hangars and the command centre at Ain "
            "al-Asad.\n\n"
            "The Pentagon said the November 29 strike at Jurf al-Sakhar targeted a drone "
            "facility. It gave no toll. Local officials said nine people had been killed there.\n")
    events = _draft(text, "Statement of the Command").facts.events
    asad = [e for e in events if "Ain al-Asad" in (e.place or "")]
    assert asad and all(e.date == "2026-12-01" for e in asad)
    jurf = [e for e in events if "Jurf" in (e.place or "")]
    assert jurf and jurf[0].killed == 11  # the same dead told again, not nine more
    assert not any(e.killed == 9 for e in events)


def test_a_withdrawal_told_in_the_future_reads_as_announced():
    text = ("Drone hurts two at Tower 22\n\n"
            "A drone struck Tower 22 in Jordan on Sunday, wounding two U.S. soldiers, officials "
            "said.\n\n"
            "Officials said the Army plans to pull out of Al-Tanf Garrison by the spring.\n")
    n = _draft(text, "Drone hurts two at Tower 22").narrative
    told = " ".join([n.bluf, *n.key_points])
    assert "leave Al-Tanf Garrison" in told and "(announced)" in told
    assert "troops leave Al-Tanf" not in told.replace("Troops", "troops")


def test_an_outlook_section_that_only_expects_gives_way_to_a_judgement_elsewhere():
    text = ("# Weekly brief: drones in the east\n\n"
            "## Key judgements\n\n"
            "1. It is likely that the attacks will go on at one or two a week through "
            "December.\n\n"
            "## Incidents\n\n"
            "Two drones were shot down near Conoco on 30 November 2026.\n\n"
            "## Outlook\n\n"
            "Expect the next attacks to follow the same pattern, after dark and from the "
            "south.\n")
    outlook = _draft(text, "Weekly brief").narrative.outlook
    assert outlook.startswith("It is likely that the attacks will go on")
    text = text.replace("Expect the next", "We assess it is likely the next")
    outlook = _draft(text, "Weekly brief").narrative.outlook
    assert outlook.startswith("We assess it is likely the next attacks")
