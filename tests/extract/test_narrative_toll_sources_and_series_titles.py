"""A wire series is titled by its latest take; the BLUF says whose count a toll is when the
report says so (and only then); an announced rotation of air defences is no arrival."""

from briefdeck.extract import draft_briefing
from briefdeck.extract.lede_series import latest_headline
from briefdeck.extract.narrative_toll_sources import who
from briefdeck.ingest.article import Article


def _draft(text: str, title: str = ""):
    return draft_briefing(Article(text=text, headline=title), published="2026-12-03")


SERIES = ("URGENT\nYEMEN/PORT (URGENT)\nStrikes hit Mukalla, two killed - rebel TV\n\n"
          "PORTVILLE, Dec 3 (Wire) - Air strikes hit Mukalla early on Thursday, killing two "
          "people, the rebel-run television channel said.\n\n"
          "UPDATE 1\nUPDATE 1-Strikes on Mukalla kill five, ministry says\n\n"
          "PORTVILLE, Dec 3 (Wire) - Air strikes on Mukalla early on Thursday killed five "
          "people and wounded eight, the rebel-run health ministry said.\n\n"
          "WRAPUP\nYEMEN/WRAPUP\nWRAPUP 1-Navy strikes Mukalla after tanker attack\n\n"
          "PORTVILLE/LONDON, Dec 3 (Wire) - Navy jets struck rebel depots at Mukalla early "
          "on Thursday after an attack on a tanker, and the rebels vowed to respond.\n\n"
          "The rebel-run health ministry said seven people were killed and ten wounded in "
          "Mukalla.\n")


def test_a_wire_series_is_titled_by_its_latest_take_without_the_slug():
    assert latest_headline(SERIES) == "Navy strikes Mukalla after tanker attack"
    assert latest_headline("UPDATE 1-Strikes on Mukalla kill five\n\nText.") == ""
    assert latest_headline("UPDATE 1\nUPDATE 2\n\nPORTVILLE - Jets struck the port.\n") == ""
    briefing = _draft(SERIES, "Strikes hit Mukalla, two killed - rebel TV")
    assert briefing.meta.title == "Navy strikes Mukalla after tanker attack"
    assert "two killed" not in briefing.meta.title


def test_a_single_story_keeps_its_headline():
    text = "PORTVILLE - Air strikes hit Mukalla on Thursday, killing two people.\n"
    assert _draft(text, "Strikes hit Mukalla").meta.title == "Strikes hit Mukalla"


def test_the_bluf_toll_says_whose_count_it_is():
    bluf = _draft(SERIES, "Strikes hit Mukalla, two killed - rebel TV").narrative.bluf
    # (a count by a body one side runs is that side's claim: told as every claim is)
    assert "7 killed, 10 wounded (according to the rebel-run health ministry)" in bluf
    assert "television" not in bluf  # the first take's source gave another count


def test_a_count_the_report_gives_in_its_own_voice_gets_no_source():
    text = ("Drones struck Camp Zulu late on Monday. Four soldiers were wounded in the attack. "
            "The army said in a statement that the base had been attacked before.\n")
    bluf = _draft(text).narrative.bluf
    assert "4 wounded" in bluf and "according to" not in bluf


def test_another_strikes_count_by_the_same_ministry_lends_no_source():
    text = ("Rockets hit Camp Zulu on Monday, killing two soldiers and wounding three.\n\n"
            "In a separate incident, a drone strike on a market in Townsville killed two people "
            "and wounded three, the provincial health ministry said.\n")
    assert "health ministry" not in _draft(text).narrative.bluf.split("Townsville")[0]


def test_a_source_is_named_short_or_not_at_all():
    assert who("the Houthi-run health ministry said") == "the Houthi-run health ministry"
    assert who("A U.S. defence official, speaking on condition of anonymity, denied") == \
        "a U.S. defence official"
    assert who("according to a U.S. official who spoke on condition of anonymity") == \
        "a U.S. official"
    assert who("Statement from CJTF spokesperson Maj. Ann Roe") == "CJTF spokesperson Maj. Ann Roe"
    assert who("the group said") == "" and who("the Ministry stated") == ""
    assert who("he said") == "" and who("residents said") == ""  # (nobody one could cite)


PANEL = ("MODERATOR: What is arriving?\n\n"
         "ANALYST: At Camp Zulu there's now a Patriot battery that came up from Kuwait last "
         "week. The Pentagon announced two weeks ago that another Patriot battery and a THAAD "
         "battery would go to the region, but those are rotations.\n")


def test_an_announced_rotation_of_air_defences_is_no_arrival():
    briefing = _draft(PANEL)
    if any(s.name == "THAAD" and s.posture == "arriving" for s in briefing.facts.systems):
        assert "THAAD (announced)" in " ".join(briefing.narrative.key_points)
    assert "THAAD air defences arrive" not in briefing.narrative.bluf
    assert "Patriot and THAAD air defences arrive" not in briefing.narrative.bluf
    bluf = _draft("MODERATOR: Who is coming?\n\n" + PANEL.split("\n\n", 1)[1] +
                  "\nANALYST: Drones struck Camp Zulu on Monday and two soldiers were hurt.\n"
                  ).narrative.bluf
    assert "THAAD air defences arrive" not in bluf
