"""A feature opens on a scene (no name, place or count, only the hour) and tells the news in
the paragraph after it; an interview titled with a pull quote has no headline news. Neither
the scene nor the quotation leads the BLUF."""

from __future__ import annotations

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article

SCENE_FIRST = (
    "Why the Dutch Stay in Jordan\n\n"
    "The rocket landed in the dark, a few minutes before 4 a.m. on Sunday. The guards heard "
    "it whistle over the wire before the flash.\n\n"
    "Three Dutch soldiers were lightly wounded when a rocket struck a storage area at "
    "Muwaffaq Salti Air Base in Jordan, the Defence Ministry in The Hague said on Monday.\n\n"
    "The ministry said the soldiers were treated on the base.\n"
)

NAMED_FIRST = (
    "Why the Dutch Stay in Jordan\n\n"
    "The Dutch contingent at Muwaffaq Salti Air Base came under rocket fire on Sunday, and "
    "three soldiers were lightly wounded, the Defence Ministry said.\n\n"
    "The ministry said the soldiers were treated on the base.\n"
)

PULL_QUOTE_TITLE = (
    "\u201cWe cannot shoot down everything that flies\u201d\n\n"
    "Col. Pieter Lammers leads the Dutch air defence detachment in Jordan. He spoke to us by "
    "phone from the base.\n\n"
    "Q: How many attacks have there been?\n\n"
    "A: A drone struck near the fuel farm at Muwaffaq Salti Air Base on Nov. 2, and one "
    "soldier was wounded.\n"
)


def test_an_opening_scene_does_not_lead_the_bluf():
    bluf = draft_briefing(Article(text=SCENE_FIRST), published="2026-11-23").narrative.bluf
    assert not bluf.startswith("The rocket landed in the dark")
    assert bluf.startswith("Three Dutch soldiers were lightly wounded")


def test_a_news_lede_that_names_its_place_still_leads():
    bluf = draft_briefing(Article(text=NAMED_FIRST), published="2026-11-23").narrative.bluf
    assert bluf.startswith("The Dutch contingent at Muwaffaq Salti")


def test_a_pull_quote_title_is_not_read_as_the_news():
    bluf = draft_briefing(Article(text=PULL_QUOTE_TITLE), published="2026-11-23").narrative.bluf
    assert "We cannot shoot down" not in bluf
    assert bluf.startswith("A drone struck near the fuel farm")


SPOKEN_FIRST = (
    "Morning sync notes\n\n"
    "Um, let's keep this short today because half the team is on the range this morning.\n\n"
    "A rocket hit the fuel point at Camp Buehring in Kuwait on Tuesday night and two "
    "contractors were hurt, the base operations centre reported.\n"
)


def test_a_spoken_filler_sentence_does_not_lead_the_bluf():
    bluf = draft_briefing(Article(text=SPOKEN_FIRST), published="2026-11-26").narrative.bluf
    assert not bluf.startswith("Um,")


ADVISORY_FIRST = (
    "Alerts\n\n"
    "In the coming minutes sirens are expected to sound in your area; stay near a shelter.\n\n"
    "A rocket fired from Lebanon struck a warehouse in Nahariya on Monday evening, and one "
    "man was lightly hurt, paramedics said.\n"
)

STAMPED_TURNS = (
    "Episode 12: the month on the border\n\n"
    "[00:00:04] Speaker 1: Hey everybody, welcome back to the show, and this week it has "
    "been, um, a really busy month on the border.\n\n"
    "[00:00:31] Speaker 2: A drone hit the fuel point at Tower 22 in Jordan on Nov. 3 and "
    "wounded two soldiers.\n"
)


def test_advice_to_the_reader_does_not_lead_the_bluf():
    bluf = draft_briefing(Article(text=ADVISORY_FIRST), published="2026-11-24").narrative.bluf
    assert "your area" not in bluf


def test_a_stamped_turn_and_chatter_do_not_lead_the_bluf():
    bluf = draft_briefing(Article(text=STAMPED_TURNS), published="2026-11-20").narrative.bluf
    assert "[00:00" not in bluf and "welcome back" not in bluf


NOTICE = (
    "Kuwait – Counter-Drone Interceptors\n\n"
    "Nov. 3, 2026\n\n"
    "WASHINGTON – The State Department has approved a possible sale to Kuwait of 120 "
    "counter-drone interceptors and related equipment for an estimated cost of $210 million.\n\n"
    "The agency delivered the required certification notifying Congress today.\n"
)

COVER_LETTER = (
    "Letter from the Panel\n\n"
    "The members of the Panel have the honour to transmit herewith the update requested by "
    "the Committee under paragraph 4 of its mandate.\n\n"
    "Two drones struck the port of Mocha on 3 March 2026, killing one worker, the Panel "
    "found.\n"
)


def test_a_headline_that_looks_like_a_dateline_does_not_hide_the_lede():
    bluf = draft_briefing(Article(text=NOTICE), published="2026-11-03").narrative.bluf
    assert bluf.startswith("The State Department has approved a possible sale to Kuwait")


def test_a_letters_courtesy_formula_does_not_lead_the_bluf():
    bluf = draft_briefing(Article(text=COVER_LETTER), published="2026-03-20").narrative.bluf
    assert "have the honour" not in bluf


def test_a_long_texts_short_opening_chatter_does_not_lead_the_bluf():
    chatter = ("Ops sync\n\nMorning all.\n\nRight then.\n\n"
               "Biggest one, Sunday night at Tal Baydar.\n\n")
    body = "".join(f"Item {n} closed.\n\n" for n in range(1, 35))
    text = chatter + body + "A drone hit the fuel point at Tal Baydar on Sunday night and " \
        "wounded two soldiers.\n"
    bluf = draft_briefing(Article(text=text), published="2026-11-24").narrative.bluf
    assert not bluf.startswith("Biggest one")


def test_news_told_plainly_without_names_is_not_a_scene():
    text = ("Night of drones\n\n"
            "The military said it shot down two drones over the capital late on Tuesday night.\n\n"
            "Officials gave no further details.\n")
    bluf = draft_briefing(Article(text=text), published="2026-11-25").narrative.bluf
    assert bluf.startswith("The military said it shot down two drones")


def test_a_quoted_you_does_not_disqualify_a_lede():
    text = ("Commander warns militias\n\n"
            "The commander of the air base at Erbil said on Monday that \u201cyou cannot hide a "
            "launcher for long\u201d after a rocket attack wounded two guards there.\n")
    bluf = draft_briefing(Article(text=text), published="2026-11-24").narrative.bluf
    assert bluf.startswith("The commander of the air base at Erbil said")
