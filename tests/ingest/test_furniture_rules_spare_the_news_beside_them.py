"""Furniture rules that must not take the news that shares a page, or a line, with them.

A wire's own sourcing, a verse quoted inside a paragraph, a subscriber count in a business
story and a treaty's "other signatories" are news; an outline's tags and notes are the
analyst's words; a bulleted line built to defeat a pattern must not hang the reader.
"""

import time

from briefdeck.ingest import article_from_text
from briefdeck.ingest.body_fields import keep_body_fields
from briefdeck.ingest.boilerplate import classify
from briefdeck.ingest.line_kinds import article_lines
from briefdeck.ingest.news_citations import is_cited_item
from briefdeck.ingest.outlines import outline_to_text


def _flagged(text: str) -> list[tuple[str, str]]:
    return [(f.rule, text[f.start:f.end]) for f in classify(text)]


def _flagged_words(text: str) -> str:
    return " | ".join(part for _, part in _flagged(text))


_WIRE = (
    "BASRA (Wire) - A militia in Iraq said on Sunday it had attacked a logistics hub near the "
    "port with drones.\n\n{line}\n\n"
    "A spokesman for the coalition declined to comment on the claim when reached by telephone "
    "on Sunday evening."
)


def test_a_wires_verification_caveat_keeps_the_claim_on_its_line():
    line = ("The militia said three drones struck the hub and wounded five guards. "
            "Wire has not independently verified the claims in the statement.")
    assert "wounded five guards" not in _flagged_words(_WIRE.format(line=line))


def test_a_desks_own_disclaimer_line_is_still_its_furniture():
    text = _WIRE.format(line="The desk has not independently verified any of the claims above.")
    assert ("translator's note", "The desk has not independently verified any of the claims "
            "above.") in _flagged(text)


def test_a_verse_cited_inside_a_news_paragraph_takes_only_its_citation():
    line = ('Its statement said the raid killed seven fighters and wounded nine near the dam, '
            'citing a verse: "Strike them wherever you find them" (Quran 4:89).')
    flagged = _flagged_words(_WIRE.format(line=line))
    assert "killed seven fighters" not in flagged
    assert "(Quran 4:89)" in flagged


def test_a_verse_quoted_on_its_own_line_is_still_a_formula():
    text = _WIRE.format(line='"And the believers are but brothers." (Holy Quran, verse 10)')
    assert "religious formula" in dict(_flagged(text))


def test_outline_tags_in_a_sentence_read_as_their_words_and_closing_labels_go():
    source = ("title:: Week notes\n"
              "- Rockets hit #[[Tall Afar]] before dawn, no casualties #attack\n"
              "- Claim posted via #Telegram about a drone on #Sinjar airstrip\n"
              "- Patrols resumed on the road north of the town by midday\n")
    text, _ = outline_to_text(source)
    assert "Rockets hit Tall Afar before dawn, no casualties." in text
    assert "via Telegram about a drone on Sinjar airstrip" in text
    assert "#attack" not in text and "attack" not in text


def test_outline_block_notes_are_read_but_machine_properties_are_not():
    source = ("title:: Week notes\n- Drone strike on the depot at Qayyarah\n"
              "  id:: 6751c2a4-3f1e-4b7a-9d02-8a51e0c7b311\n  collapsed:: true\n"
              "  casualties:: 2 guards killed, 3 wounded\n"
              "  summary:: depot burned for a day; road closed\n"
              "- Patrols resumed on the road north of the town by midday\n")
    text, _ = outline_to_text(source)
    assert "Casualties: 2 guards killed, 3 wounded" in text
    assert "Summary: depot burned for a day; road closed" in text
    assert "6751c2a4" not in text and "collapsed" not in text.lower()


def test_a_long_bracketed_run_of_hyphen_joined_words_is_read_at_once():
    line = "- Strikes hit the port. (Via " + "-".join(["ab"] * 400) + "!)"
    began = time.perf_counter()
    assert not is_cited_item(line)
    assert time.perf_counter() - began < 0.05
    assert is_cited_item("- Two rockets land near the airport. (Rudaw) (AP, AFP)")
    assert not is_cited_item("- Two rockets land near the airport (Rudaw)")


def test_a_subscriber_count_in_a_story_is_news():
    line = "Streamly lost 970,000 subscribers in the quarter."
    assert "subscribers" not in _flagged_words(_WIRE.format(line=line))


def test_other_signatories_in_a_treaty_story_are_news():
    line = "Other signatories include Russia and China, which did not attend."
    assert "Russia" not in _flagged_words(_WIRE.format(line=line))


def test_other_signatories_in_a_letter_are_its_pointer():
    text = ("Dear Secretary Hale,\n\nWe write as families of soldiers posted to bases in Iraq "
            "and Syria, asking for more air defence.\n\n"
            "Additional signatories (140 in all) are listed at example.org/letter.\n\n"
            "Sincerely,\n\nMara Linden")
    assert "letter furniture" in dict(_flagged(text))


_DROP_CAP = """<html><head><title>Night at the fence</title></head><body><article>
<h1>Night at the fence</h1>
<div class="dropcap">{letter}</div><p>{opening} rocket struck the fuel farm at the western gate
on October 3, wounding two contractors, the base said.</p>
<p>Guards said the launch came from an orchard south of the perimeter road.</p>
</article></body></html>"""


def test_a_drop_cap_that_is_the_word_a_keeps_its_space():
    text = article_from_text(_DROP_CAP.format(letter="A", opening=" "), "page.html").text
    assert "A rocket struck the fuel farm" in text
    assert "Arocket" not in text


def test_a_drop_cap_that_begins_a_word_is_still_joined():
    text = article_from_text(_DROP_CAP.format(letter="T", opening="he"), "page.html").text
    assert "The rocket struck the fuel farm" in text
    page = _DROP_CAP.format(letter="A", opening="fter a").replace("the base said", "after dark")
    assert "After a rocket struck" in article_from_text(page, "page.html").text


_SITREP = """<html><head><title>Sitrep: 27 November 2026</title>
<meta property="article:published_time" content="2026-11-28T09:00:00Z"></head><body><article>
<h1>Sitrep: 27 November 2026</h1><p>Published 28 November 2026</p>
<p>Two drones were shot down near the airport on Thursday night, the ministry said in its
daily update on the attacks.</p></article></body></html>"""


def test_a_news_headline_ending_in_a_day_does_not_date_the_page():
    assert article_from_text(_SITREP, "sitrep.html").published == "2026-11-28"


def test_a_field_on_a_texts_first_line_is_not_read_under_its_last():
    text = "Date: Nov 28, 2026\nStrikes on depots\nPatrols resumed on the road north\nEnd notes"
    lines = article_lines(text)
    flags = {0: "time stamp"}
    keep_body_fields(lines, flags, -1)
    assert flags == {0: "time stamp"}
