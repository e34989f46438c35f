"""Round 45's formats: a form's fields, an issue stamp, a column's greeting, a flash label, a
channel's repost and a notebook's note on its outputs open no BLUF; the BLUF's toll is the
attack its lede names; key points say a figure once, on one line, and no clipped claim."""

from __future__ import annotations

from briefdeck.extract import draft_briefing
from briefdeck.extract.lede_filters import writers_scene
from briefdeck.extract.lede_form_lines import (
    form_field,
    issue_stamp,
    past_flash,
    readers_addressed,
)
from briefdeck.extract.lede_furniture import method_note
from briefdeck.extract.lede_points import raw_summary
from briefdeck.extract.lede_reposts import reposted
from briefdeck.ingest import article_from_text


def test_a_forms_field_is_no_lede_but_a_labelled_sentence_is():
    assert form_field(
        "Delivery Site: Camp Lemonnier, Djibouti, with onward shipment to "
        "outposts in Somalia and Kenya"
    )
    assert not form_field(
        "Summary: U.S. forces are moving two Patriot batteries to Jordan this week."
    )
    assert not form_field("Update: Two soldiers were killed when a rocket hit the camp.")
    assert not form_field("The battalion left the camp on Sunday for the border posts.")


def test_an_issue_stamp_is_no_lede():
    assert issue_stamp("Issued 0615 GMT Monday, March 8, 2027 by the Africa desk, Nairobi")
    assert issue_stamp("Last updated 4 Dec 2026 by the night editor in Doha")
    assert not issue_stamp("Issued orders to withdraw, the general said two posts were hit.")
    assert not issue_stamp("Israeli jets struck the village late on Tuesday night.")


def test_a_columns_greeting_is_no_lede_nor_outlook():
    assert readers_addressed(
        "Dear friends and families of the Lancers, what a long autumn this has been for all of us."
    )
    assert readers_addressed("Ranger families, the holidays will look different this year.")
    assert not readers_addressed(
        "Friends of the victims, the mayor said, were killed at the checkpoint."
    )
    assert not readers_addressed("On Monday, two drones struck the depot near the river.")


def test_a_flash_label_is_skipped_and_the_words_after_it_are_the_lede():
    text = "🚨 BREAKING | Loud explosions reported near the airport in the north of the city."
    assert text[past_flash(text, 0, len(text)) :].startswith("Loud explosions")
    plain = "Loud explosions were reported near the airport."
    assert past_flash(plain, 0, len(plain)) == 0


def test_a_channels_clip_and_its_caveat_are_the_writers_scene():
    assert writers_scene("Footage sent to us from the town: tracer rounds over the hills.")
    assert writers_scene(
        "We could not independently verify where the footage was taken, "
        "but the hills match older clips."
    )
    assert not writers_scene("We could not confirm it, but the army said two were killed.")


def test_a_forwarded_post_is_its_authors_word_not_the_lede():
    text = (
        "Nov 2, 20:14\n\nForwarded from Some Militia Channel\n\nStatement\n\n"
        "Our fighters struck the enemy base with four drones and hit every target.\n\n"
        "Nov 2, 21:30\n\nThe monitor's own post: residents heard two blasts near the base."
    )
    assert reposted(text, text.index("Our fighters"))
    assert not reposted(text, text.index("The monitor's"))


def test_a_notebooks_note_on_its_outputs_is_a_method_note():
    assert method_note(
        "Figures in the outputs are from the raw table; the commentary says which we trust."
    )
    assert method_note("This notebook reloads the tracker every morning before the brief.")
    assert not method_note("The commentary on state television blamed the rebels for the blast.")


def test_a_summary_whose_claimant_was_cut_off_is_raw():
    assert raw_summary('Claimed a drone attack on "the enemy base" that night', "", None)
    assert not raw_summary("A militia claimed a drone attack on the base that night", "", None)


REPORT = (
    "Drones target outpost near Rutba\n\n"
    "Four drones were launched at the Rutba outpost in western Iraq late Monday, three of "
    "which were shot down before they reached it, a coalition official said.\n\n"
    "One drone hit a barracks at the Rutba outpost, wounding two U.S. soldiers.\n\n"
    "Elsewhere, a rumour spread online on Tuesday that an airstrike on Qaim had killed "
    "twelve militia fighters and wounded twenty; officials denied that any strike took "
    "place.\n"
)


def test_the_bluf_toll_is_the_attack_its_lede_names():
    bluf = draft_briefing(article_from_text(REPORT), "2026-11-04").narrative.bluf
    assert "Rutba" in bluf.split(". ", 1)[1]
    assert "12 killed" not in bluf


NEWSLETTER = (
    "The Lancer Ledger\n\n"
    "From the Commander\n\n"
    "Families and friends of the Lancers, this has been an autumn none of us will forget.\n\n"
    "Alpha Company finished its move from Camp Lemonnier to Chabelley Airfield on Oct. 3, "
    "bringing its radars and about 140 soldiers to guard the coalition aircraft there.\n\n"
    "Late on Oct. 9, two rockets hit the airfield. Three of our Alpha Company "
    "soldiers were wounded and all are back on duty.\n"
)


def test_a_columns_greeting_gives_way_to_its_news_and_a_figure_is_said_once():
    narrative = draft_briefing(article_from_text(NEWSLETTER), "2026-11-01").narrative
    assert narrative.bluf.startswith("Alpha Company finished its move")
    assert "forget" not in narrative.outlook
    assert not any(p.startswith("Figure: Three of our") for p in narrative.key_points)
    assert all("\n" not in p for p in narrative.key_points)
    labels = [p.split(": ", 1)[1] for p in narrative.key_points if ": " in p]
    assert len(labels) == len(set(labels))
