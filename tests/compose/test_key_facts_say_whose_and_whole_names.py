"""Key facts keep a name a hard-wrapped line split ('Magen David' / 'Adom said ...'), a subject a
comma splits ('A Counter-Rocket, Artillery and Mortar system ...'), a condition or a speaker
after a comma ('..., if the two are not the same'; '..., two officials said'), say whose a
forwarded post's words are, and leave out a talk page's lines on its own article."""

from __future__ import annotations

from briefdeck.compose.figure_words import figure_words
from briefdeck.compose.forwarded_words import forwarded_from, with_whose
from briefdeck.compose.working_remarks import working_remark
from briefdeck.compose.wrapped_lines import wrapped_break
from briefdeck.model import Figure, Provenance


def _fig(text: str, words: str, unit: str, value: float, label: str = "") -> Figure:
    start = text.index(words)
    return Figure(id="f-1", status="accepted", value=value, unit=unit, text=words,
                  label=label or words,
                  provenance=Provenance(source="src-1", start=start, end=start + len(words)))


_WRAPPED = (
    "Mortar rounds fell on the market in Varna on Monday evening and the Red\n"
    "Crescent said three stall holders were hurt by fragments near the gate.\n"
    "The garrison reported the firing came from the ridge to the east of the\n"
    "Olvan road, about four kilometres from the town centre and its market.\n"
)


def test_a_name_split_by_a_wrapped_line_is_kept_whole():
    bullet = figure_words(_fig(_WRAPPED, "three stall holders", "holders", 3), _WRAPPED).bullet
    assert bullet.startswith("Mortar rounds fell on the market in Varna")
    assert "Red Crescent said three stall holders" in bullet


def test_a_line_ending_on_the_runs_on_into_the_next():
    assert wrapped_break(_WRAPPED, _WRAPPED.index("\nOlvan"))


def test_a_heading_and_a_list_keep_their_breaks():
    text = "Situation\nThree posts were shelled overnight near the river crossing at Olvan.\n"
    assert not wrapped_break(text, text.index("\nThree"))
    listed = ("- Two rockets fell short of the airfield perimeter fence on Monday night\n"
              "- Four drones were shot down over the hills to the north of the base\n")
    assert not wrapped_break(listed, listed.index("\n- Four"))


def test_a_subject_split_by_a_comma_is_kept_whole():
    text = ("Shelling resumed at dawn. A Close-In, Gun and Rocket system destroyed two of the "
            "shells; the third fell short.")
    bullet = figure_words(_fig(text, "two of the shells", "shells", 2), text).bullet
    assert bullet.startswith("A Close-In, Gun and Rocket system destroyed two of the shells")


def test_a_sentence_link_before_a_comma_stays_out():
    text = "Also, Valley Brigade fighters claimed two raids on the depot on Sunday night."
    bullet = figure_words(_fig(text, "two raids", "raids", 2), text).bullet
    assert not bullet.startswith("Also")


def test_a_condition_and_a_speaker_after_a_comma_stay_with_the_count():
    text = "So 2 killed and 5 hurt, if the three guards are not counted twice. Fine."
    bullet = figure_words(_fig(text, "5 hurt", "hurt", 5), text).bullet
    assert bullet.endswith("if the three guards are not counted twice.")
    text = "One driver was killed and two others were hurt, two police officers said. Later."
    bullet = figure_words(_fig(text, "two others", "others", 2), text).bullet
    assert bullet.endswith("two police officers said.")


_CHANNEL = (
    "Valley Monitor\n\nLoud blasts heard near the airfield.\n\n14.2K\n\nMar 3, 21:10\n\n"
    "Forwarded from Border Guard Press | X\n\n"
    "The Border Guard denies any base was hit. Guns brought down three drones over the "
    "dunes south of the river.\n\n9.1K\n\nMar 3, 22:00\n\nValley Monitor\n\n"
    "Two more drones were seen over the valley at night.\n"
)


def test_a_forwarded_posts_sentence_says_whose_it_is():
    at = _CHANNEL.index("three drones")
    assert forwarded_from(_CHANNEL, at) == "Border Guard Press"
    bullet = figure_words(_fig(_CHANNEL, "three drones", "drones", 3), _CHANNEL).bullet
    assert bullet.endswith("(according to Border Guard Press).")


def test_a_later_post_is_not_the_forwarded_channels():
    assert forwarded_from(_CHANNEL, _CHANNEL.index("Two more drones")) == ""


def test_a_sentence_naming_its_speaker_needs_no_other():
    words = "The Border Guard said three drones were shot down."
    assert with_whose(words, _CHANNEL, _CHANNEL.index("three drones")) == words


def test_a_talk_pages_lines_on_its_article_are_no_key_facts():
    assert working_remark("The infobox says 9 killed, the lead says dozens.")
    assert working_remark('Suggest infobox: "9–14 killed (sources differ)".')
    assert working_remark("Article currently says all strikes hit the port.")
    assert working_remark("I think that row mixes up two incidents.")
    assert not working_remark("The lead vehicle was hit and two crew were hurt.")
    assert not working_remark("I think three rockets fell near the gate.")
