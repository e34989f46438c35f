"""The BLUF opens on the news: not a newsletter's tagline, not a cabinet readout's note that
the meeting was held, not a dateline (one in title case with a day, one a page's reader joined
to the dek above it), nor a numbered paragraph's number. Reports written for these tests."""

from __future__ import annotations

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _bluf(text: str, title: str = "") -> str:
    return draft_briefing(Article(text=text, headline=title), published="2031-03-06").narrative.bluf


def test_a_newsletters_tagline_is_not_the_bluf() -> None:
    text = ("THE GANTRY GAZETTE\n\n"
            "Serving retired crane drivers of the Ashby yards in Lowford, Kent, and Dunmere "
            "since 1982\n\n"
            "On the night of March 2, rockets struck the Ashby container yard, wounding three "
            "dockers and setting two cranes on fire, the harbour police said.\n")
    bluf = _bluf(text, "THE GANTRY GAZETTE")
    assert not bluf.startswith("Serving")
    assert bluf.startswith("On the night of March 2, rockets struck")


def test_a_readouts_routine_meeting_line_is_not_the_bluf() -> None:
    text = ("The Regional Cabinet held its regular weekly meeting on Monday, chaired by the "
            "Governor and attended by the Deputy Governor.\n\n"
            "The Minister of Transport told the Cabinet that two drones struck the Lowford "
            "rail depot on Saturday night and wounded four railway workers.\n")
    bluf = _bluf(text, "Cabinet discusses drone strike on Lowford rail depot, approves repairs")
    assert bluf.startswith("The Minister of Transport told the Cabinet")


def test_a_dateline_with_its_day_is_not_in_the_bluf() -> None:
    text = ("Tyre, 4 March 2031 – The Coastal Journalists' Forum condemns the wounding of two "
            "reporters in a drone strike on their marked van near Tyre on Tuesday evening.\n")
    bluf = _bluf(text, "Two reporters wounded in drone strike near Tyre")
    assert bluf.startswith("The Coastal Journalists' Forum condemns")


def test_a_dateline_joined_to_the_dek_starts_the_bluf_after_it() -> None:
    text = ("Four grants fund field surgery kits in Lowford after a month in which rockets "
            "wounded dockers in the yards LOWFORD, March 5, 2031 -- The Ashby Trust today "
            "announced four grants totaling $1.2 million to clinics that treat casualties of "
            "attacks on the port of Lowford.\n")
    bluf = _bluf(text, "Ashby Trust awards $1.2 million to port clinics in Lowford")
    assert bluf.startswith("The Ashby Trust today announced four grants")


def test_a_numbered_paragraphs_number_is_not_in_the_bluf() -> None:
    text = ("1. Background\n\n"
            "1.1 At dawn on Friday, 3 March 2031, two drones struck the fuel jetty at Lowford "
            "harbour and wounded three stevedores, the harbour police said.\n")
    bluf = _bluf(text, "Lowford harbour: fuel jetty closed")
    assert bluf.startswith("At dawn on Friday")
