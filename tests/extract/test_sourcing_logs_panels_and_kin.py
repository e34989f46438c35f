"""Sourcing in alert logs that drop their full stops (a label before a colon, a present-tense
line that is no headline), a panel report's own voice and what it rests on, a wire's own
correspondent, the unnamed press, figures a body gave out, graded intelligence sources, a
self-named group's bare claim, a casualty's next of kin and a spokesperson who declines to
comment. Sentences are our own."""

from __future__ import annotations

from briefdeck.extract.sourcing_log_lines import drops_full_stops

from .drafting import Drafts

DRAFTS = Drafts("2026-03-10")
_sources = DRAFTS.sources

_LOG = (
    "Alert history export\n\n"
    "10.03.2026 07:02\nNEWS FLASH\n"
    "Army: around a dozen rockets were fired at the valley towns from across the border and "
    "most were intercepted\n\n"
    "10.03.2026 07:20\nNEWS FLASH\n"
    "Red Crescent: medics are treating two people with light shrapnel wounds near the market "
    "square in the town\n\n"
    "10.03.2026 08:05\nNEWS FLASH\n"
    "Army: jets struck the launch sites used in the morning barrage. Regional media report "
    "one person wounded near the border village\n\n"
    "10.03.2026 09:10\nNEWS FLASH\n"
    'Valley Springs mayor Tomas Okoro: "We ask every family to stay near a shelter today and '
    'keep the children indoors"\n\n'
    "10.03.2026 10:40\nNEWS FLASH\n"
    "Rebel military spokesman Omar Dahlan claims the group fired a drone at a naval target off "
    "the coast of the bay\n"
)


def test_a_log_line_opened_by_a_body_and_a_colon_is_that_body_speaking_once():
    found = _sources(_LOG)
    army = [f for f in found if f[2].startswith("Army:")]
    assert [(k, c) for k, c, _ in army] == [("spokesperson", 1)]  # "Army:" again: repeated
    assert any(k == "spokesperson" and t.startswith("Red Crescent:") for k, _, t in found)


def test_a_log_line_opened_by_a_titled_name_is_a_named_official():
    found = _sources(_LOG)
    assert ("named official", 1, "Valley Springs mayor Tomas Okoro") in found


def test_an_unclosed_log_line_that_claims_is_no_headline():
    found = _sources(_LOG)
    assert any(k == "named official" and "Omar Dahlan claims" in t for k, _, t in found)
    assert ("other outlet", 1, "Regional media report") in found


def test_a_story_whose_lines_close_with_full_stops_is_no_log():
    story = "\n\n".join(["The convoy left the base at dawn and reached the border crossing "
                          "before noon on Monday."] * 6)
    assert drops_full_stops(_LOG * 2)
    assert not drops_full_stops(story)


_PANEL = (
    "Letter dated 1 March 2026 from the Panel of Experts addressed to the President.\n\n"
    "The members of the Panel have the honour to transmit the final report of the Panel.\n\n"
    "12. In 2025 the Panel documented 14 attacks on shipping. On the basis of radar data "
    "provided by a Member State, the Panel assesses that the missile came from the coast. "
    "Repairs were estimated by the ship manager at about $1 million. Media reports indicate "
    "that the same broker sold parts to other groups.\n\n"
    "7 The Panel's shipping incident database draws on reporting from maritime agencies.\n"
)


def test_a_panel_report_speaking_in_its_own_voice_is_no_source():
    found = _sources(_PANEL)
    assert not any(t.startswith(("the Panel", "The Panel ")) for _, _, t in found)


def test_what_a_panel_report_rests_on_is_sourced_by_kind():
    found = _sources(_PANEL)
    assert ("anonymous official", 1, "radar data provided by a Member State") in found
    assert ("other", 1, "estimated by the ship manager") in found
    assert ("other outlet", None, "Media reports indicate") in found
    assert any(k == "document" and "incident database draws on" in t for k, _, t in found)


def test_a_wires_correspondent_on_the_spot_is_another_source():
    text = ("A drone hit a car near the village on Monday, the ministry said in a statement. "
            "ANA's correspondent in Tyre reported that rescuers reached the site.\n")
    assert ("other", 1, "ANA's correspondent in Tyre reported") in _sources(text)


def test_figures_a_body_gave_out_are_the_body_speaking():
    text = ("Six soldiers were hurt, according to figures provided by the Pentagon. Nine were "
            "killed, according to figures published by the Ministry of Health.\n")
    found = _sources(text)
    assert ("spokesperson", 1, "according to figures provided by the Pentagon") in found
    assert ("document", 1, "according to figures published by the Ministry of Health") in found


def test_graded_and_well_placed_human_sources_are_anonymous_officials():
    text = ("A human source with direct access (graded B2) reported on 4 Mar that a launch "
            "team moved. A border liaison officer (graded C3) told partners that ten new "
            "airframes had arrived.\n")
    found = _sources(text)
    assert ("anonymous official", 1,
            "A human source with direct access (graded B2) reported") in found
    assert ("anonymous official", 1, "A border liaison officer (graded C3) told") in found


def test_a_self_named_group_claiming_the_attack_speaks_for_itself():
    text = ("A second drone was downed. A group calling itself the Guardians of the Valley "
            "claimed the attack, and jets struck depots the next night.\n")
    assert ("spokesperson", 1, "A group calling itself the Guardians of the Valley claimed the "
            "attack") in _sources(text)


def test_next_of_kin_and_family_members_are_other_sources():
    text = ('"He phoned home every week," said his sister, Amy. Family members said the second '
            "man was a farmer.\n")
    found = _sources(text)
    assert ("other", 1, "said his sister, Amy") in found
    assert ("other", None, "Family members said") in found


def test_a_spokesperson_for_a_named_command_who_declines_to_comment_is_counted():
    text = ("Two officials said the battery would move. A spokesperson for US Central Command "
            "declined to comment on the plan.\n")
    assert ("spokesperson", 1, "A spokesperson for US Central Command declined to comment") \
        in _sources(text)


def test_a_channels_correspondent_named_in_two_words_is_another_source():
    text = "Al Qamar's correspondent in al-Raqqa reported that three drones flew over the town.\n"
    assert ("other", 1, "Al Qamar's correspondent in al-Raqqa reported") in _sources(text)


def test_press_reports_at_large_are_uncounted_and_one_nations_press_is_one():
    text = ("Recent press reports indicate that the broker moved. Hebrew media reports say two "
            "were hurt.\n")
    found = _sources(text)
    assert ("other outlet", None, "Recent press reports indicate") in found
    assert ("other outlet", 1, "Hebrew media reports say") in found


def test_the_same_wires_correspondent_again_is_counted_once():
    text = ("ANA's correspondent in Tyre reported two blasts. Later ANA's correspondent "
            "reported a third.\n")
    assert [t for _, _, t in _sources(text) if "correspondent" in t] == [
        "ANA's correspondent in Tyre reported"]


def test_a_relative_who_is_what_was_said_is_no_source():
    from briefdeck.extract.sourcing_next_of_kin import next_of_kin
    assert next_of_kin("He said his brother was killed in the strike.") == []
    assert next_of_kin('"He was proud," said his father.')


def test_a_story_citing_a_bodys_report_still_hears_that_body():
    from briefdeck.extract.sourcing_report_voice import own_voice
    assert own_voice("A report of the Army found gaps. The Army said on Monday ...") is None
    assert own_voice("We transmit herewith the final report of the Panel.") is not None
