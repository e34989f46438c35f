"""An operation's long name set in quotes after "named" is a name, not speech; a body named
again by its name shortened ("the Guards Corps" after "the Islamic Revolution Guards Corps") is
the same source, while one named without its owner ("the Defence Ministry" after "the Turkish
Defence Ministry") speaks anew; a note's plain line "Security Media Cell: launcher found ..."
sources the body labelled (a headline's label in capitals does not); a statement "on Telegram"
is its owner's words, not the platform's."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-12-02", "Statement")

TEXT = (
    "The Islamic Revolution Guards Corps announces that at dawn today its forces, in an "
    "operation named \"Dawn of the Faithful - Second Wave\", struck two bases.\n\n"
    "The Guards Corps also denies the report published by foreign media on Monday.\n")


def test_a_long_operation_name_is_no_quote():
    texts = [q.text for q in DRAFTS.facts(TEXT).quotes]
    assert not any(t.startswith("Dawn of the Faithful") for t in texts)


def test_a_long_quote_after_named_is_still_speech():
    text = ("The commander named the threat plainly: \"we will shoot down every drone that "
            "comes near the base,\" he said on Monday.\n")
    assert any(q.text.startswith("we will shoot") for q in DRAFTS.facts(text).quotes)


def test_a_body_named_again_by_its_name_shortened_is_one_source():
    sources = [text for _kind, _count, text in DRAFTS.sources(TEXT)]
    assert any("Revolution Guards Corps announces" in t for t in sources)
    assert not any(t.startswith("The Guards Corps") for t in sources)


def test_a_body_named_again_without_its_owner_speaks_anew():
    text = ("Troops killed six fighters in the mountains, the Turkish National Defence Ministry "
            "said on Friday.\n\nA soldier died of his wounds on Saturday, the National Defence "
            "Ministry said in a second statement.\n")
    sources = [text for _kind, _count, text in DRAFTS.sources(text)]
    assert any(t.startswith("the National Defence Ministry said") for t in sources)


NOTES = (
    "Rocket attack notes\n"
    "three rockets fired at the base late Tuesday, one intercepted, no casualties\n"
    "Security Media Cell: launcher found in an orchard east of the base, with a fourth rocket\n"
    "KH statement on Telegram named the dead as \"heroes of the resistance front.\"\n"
    "Interior Ministry: New Border Posts Open on the Western Frontier\n")


def test_a_body_labelled_at_a_notes_line_head_is_a_source():
    sources = DRAFTS.sources(NOTES)
    assert any(kind == "spokesperson" and text.startswith("Security Media Cell")
               for kind, _count, text in sources)
    assert not any(text.startswith("Interior Ministry") for _kind, _count, text in sources)


def test_a_statement_on_a_platform_is_its_owners():
    speakers = {q.text[:12]: q.speaker for q in DRAFTS.facts(NOTES).quotes}
    assert speakers["heroes of th"] != "Telegram"


def test_a_body_with_what_others_say_of_it_in_an_aside_speaks_and_so_do_they():
    text = ("Drones hit the outpost on Sunday.\n\nThe Harbour Brigades, which U.S. officials say "
            "lead the alliance, denied any role in a statement on Monday.\n")
    sources = DRAFTS.sources(text)
    assert any(kind == "spokesperson" and "denied any role" in t for kind, _c, t in sources)
    assert any(kind == "anonymous official" and t == "U.S. officials say"
               for kind, _c, t in sources)


def test_an_analyst_who_puts_it_this_way_is_a_source():
    text = ("The strikes may not deter the militias.\n\nAnalyst Jonas Pereira of the Meridian "
            "Policy Institute put it to us this way: \"A reprisal buys weeks, not years.\"\n")
    sources = DRAFTS.sources(text)
    assert any("Jonas Pereira" in t and "put it to us" in t for _kind, _c, t in sources)


def test_uncounted_officers_who_told_families_are_unnamed_sources():
    text = ("Families were told by unit officers that the radar had been switched off for "
            "repairs.\n\nHe was told by battalion officers to leave the tent.\n")
    sources = DRAFTS.sources(text)
    assert ("anonymous official", None, "unit officers") in sources
    assert not any("battalion" in t for _kind, _c, t in sources)
