"""The first slide says only what the report supports: a rumour or a line marked not to be
briefed moves nobody; a list page's unrelated items are not added up; one strike's competing
tolls give the first teller's and say that accounts differ; a party's statement keeps its claim
but not its epithets; an announced move reads as announced; background years old is no key
point of the news (it comes last, labelled); U.S. casualties are not left out of the key points
for attacks that hurt nobody; a report's own OUTLOOK section is its outlook. Reports written for
these tests."""

from __future__ import annotations

from briefdeck.extract import draft_briefing
from briefdeck.extract.narrative import _attacks_summary
from briefdeck.ingest.article import Article
from briefdeck.model import Event, Place


def _draft(text: str, title: str = ""):
    return draft_briefing(Article(text=text, headline=title), published="2026-12-02")


def test_a_rumour_not_to_be_briefed_gives_the_place_no_role_and_no_bluf_line():
    text = ("Weekly notes\n\n"
            "- Rockets hit Ain al-Asad Air Base on Nov 30, 2026, wounding one U.S. soldier.\n"
            "- TODO check rumour that the Patriot battery moved out of Erbil Air Base — single "
            "source, do not brief yet\n")
    b = _draft(text, "Weekly notes")
    roles = {p.name: p.role for p in b.facts.places}
    assert roles.get("Erbil Air Base", "mentioned") == "mentioned"
    assert "leave" not in b.narrative.bluf and "Erbil" not in b.narrative.bluf


def test_a_day_lists_unrelated_tolls_are_not_added_up():
    items = [("Kharkiv", "Ukraine", 3, None), ("Maiduguri", "Nigeria", 9, None),
             ("Green Zone", "Iraq", None, 2), ("Mogadishu", "Somalia", 5, None)]
    places = [Place(id=f"pl-{i}", name=n, kind="city", country=c)
              for i, (n, c, _, _) in enumerate(items)]
    events = [Event(id=f"ev-{i}", date="2026-11-30", kind="attack", place=n, killed=k,
                    wounded=w, summary=f"- An attack in {n}.")
              for i, (n, _, k, w) in enumerate(items)]
    told = _attacks_summary(events, places)
    assert told.startswith("4 attacks or strikes")
    assert "in all" not in told and "17 killed" not in told
    # (one campaign's attacks, told in prose, still add up)
    # (on different days: four tolls at one site on one day may be one attack's revisions)
    iraq = [e.model_copy(update={"summary": "An attack.", "place": "Green Zone",
                                 "date": f"2026-11-2{k}"}) for k, e in enumerate(events)]
    assert "in all" in _attacks_summary(iraq, places)


def test_one_strikes_competing_tolls_give_the_first_told_and_say_accounts_differ():
    text = ("Council hears of strikes on Deir ez-Zor\n\n"
            "The Security Council met on Wednesday to discuss U.S. strikes in eastern Syria.\n\n"
            "The UN human rights office said U.S. strikes near Deir ez-Zor on 28 November "
            "killed 6 people and wounded 3.\n\n"
            "The Russian delegate said at least 15 people were killed in the strikes of 28 "
            "November.\n\n"
            "The Council will meet again next month.\n")
    bluf = _draft(text, "Council hears of strikes on Deir ez-Zor").narrative.bluf
    assert "6 killed" in bluf
    assert "other accounts" in bluf and "15" in bluf.split("other accounts")[1]


def test_a_partys_statement_keeps_its_claim_but_not_its_epithets():
    text = ("In the name of God\n\n"
            "The Southern Command announces that its drone unit struck the occupied base of "
            "Tal Baydar used by the terrorist American forces on Monday.\n")
    bluf = _draft(text, "Statement No. 2 of the Southern Command").narrative.bluf
    assert "says that its drone unit struck" in bluf
    assert "terrorist" not in bluf and "occupied" not in bluf


def test_an_announced_move_reads_as_announced_not_as_done():
    text = ("Drone hurts two at Tower 22\n\n"
            "A drone struck Tower 22 in Jordan on Sunday, wounding two U.S. soldiers, officials "
            "said.\n\n"
            "The Pentagon said it would send additional troops and a counter-drone battery to "
            "Prince Sultan Air Base within a month.\n")
    n = _draft(text, "Drone hurts two at Tower 22").narrative
    told = " ".join([n.bluf, *n.key_points])
    assert "move to Prince Sultan" not in told
    assert "to be sent to Prince Sultan Air Base" in told and "(announced)" in told


def test_an_attack_years_ago_is_no_key_point_of_the_news_but_background_said_so():
    text = ("Drones hit Harir\n\n"
            "Two drones struck Harir Air Base on 30 November 2026, wounding one U.S. soldier, "
            "officials said.\n\n"
            "On 28 January 2024 a drone attack killed three U.S. soldiers at Tower 22 in "
            "Jordan.\n")
    points = _draft(text, "Drones hit Harir").narrative.key_points
    assert not any(p.startswith(("Jan 2024", "28 Jan 2024")) for p in points)
    assert all(p.startswith("Background") for p in points if "2024" in p)


def test_us_wounded_are_among_the_key_points_before_attacks_that_hurt_no_one_of_theirs():
    text = ("Incident summary\n\n"
            "On 24 November 2026 a rocket struck Camp Taji, wounding four local contractors.\n\n"
            "On 25 November 2026 a roadside bomb hit a convoy near Balad, wounding three Iraqi "
            "police.\n\n"
            "On 27 November 2026 a drone struck Rmelan Landing Zone, wounding two U.S. "
            "soldiers.\n")
    points = _draft(text, "Incident summary").narrative.key_points
    assert any("Rmelan" in p and "wounded" in p for p in points)


def test_a_reports_own_outlook_section_is_its_outlook():
    text = ("WEEKLY SUMMARY 49-26\n\n"
            "1. Two drones were shot down over Erbil Air Base on 30 November 2026.\n\n"
            "2. The base will hold a ceremony on Friday for the new commander of the wing.\n\n"
            "3. OUTLOOK. Expect further drone attempts against Erbil and Harir this week.\n")
    outlook = _draft(text, "WEEKLY SUMMARY 49-26").narrative.outlook
    assert outlook.startswith("Expect further drone attempts against Erbil and Harir")
