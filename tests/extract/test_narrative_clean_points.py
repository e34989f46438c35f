"""Key points and the BLUF read cleanly: no dateline left at a point's head, one closing mark,
no point that says the BLUF again, no memo purpose line as the lead, no stray list letter at
an outlook's end, and a withdrawal's troop count only from a sentence about it. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from briefdeck.extract import draft_briefing
from briefdeck.extract.lede import clean_clause
from briefdeck.extract.narrative_key_points import _gist, _repeats, _summary
from briefdeck.ingest.article import Article


def test_a_dateline_at_the_head_of_an_event_summary_is_dropped():
    assert _summary("Mar. 3 (KUNA) -- The army said it downed two drones over the bay") == \
        "The army said it downed two drones over the bay."
    assert _summary("Doha, Mar. 3 (QNA) - Air defences engaged a drone") == \
        "Air defences engaged a drone."


def test_a_summary_cut_short_keeps_its_ellipsis_without_a_full_stop_after_it():
    assert _summary("Debris fell on a car park near the port, causing damage…") == \
        "Debris fell on a car park near the port, causing damage…"
    assert not _summary("A drone was shot down.").endswith("..")


def test_a_summary_that_repeats_the_bluf_is_recognised():
    told = _gist("Air defences shot down three hostile drones approaching the capital late on "
                 "Friday, the army said.")
    assert _repeats("Shot down three hostile drones approaching the capital late on Friday.",
                    told)
    assert not _repeats("Police arrested two men who filmed the interception from a rooftop.",
                        told)


def test_a_stray_list_letter_after_the_last_sentence_is_cut():
    assert clean_clause("Keep the battery in place until the threat has passed. c.") == \
        "Keep the battery in place until the threat has passed."
    assert clean_clause("Troops moved to Camp (b)") .endswith("(b).")


MEMO = (
    "MEMORANDUM FOR the Commander\n\n"
    "SUBJECT: Review of Rocket Attacks on Outlying Bases, 1-9 March 2026\n\n"
    "1. PURPOSE. To summarize rocket attacks against the bases during the week and to "
    "recommend changes to the force protection posture at each site.\n\n"
    "2. BACKGROUND. Coalition forces in the north are now concentrated at two bases, with "
    "roughly 800 personnel remaining after the drawdown completed last month.\n"
)


def test_a_memo_purpose_line_does_not_lead_the_bluf():
    briefing = draft_briefing(Article(text=MEMO), published="2026-03-10")
    assert not briefing.narrative.bluf.startswith("To summarize")


STORY = (
    "Troops leave a desert base\n\n"
    "Across Iraq about 2,500 personnel remain, mostly at Erbil Air Base, officials said.\n\n"
    "The last troops withdrew from Harir Air Base on Monday, handing it to the Peshmerga.\n"
)


def test_the_troops_leaving_are_counted_only_from_a_sentence_about_leaving():
    points = draft_briefing(Article(text=STORY), published="2026-03-10").narrative.key_points
    withdrawal = [p for p in points if p.startswith("Withdrawal")]
    assert withdrawal and all("2,500" not in p for p in withdrawal)


def test_a_feed_marker_emoji_does_not_open_the_bluf():
    assert clean_clause("\u26a1\ufe0f Reports of blasts at the border crossing overnight") == \
        "Reports of blasts at the border crossing overnight."
    assert clean_clause("\U0001f534 BREAKING: drones hit the depot") == \
        "BREAKING: drones hit the depot."
    assert clean_clause("\u201cWe are ready,\u201d the general said").startswith("\u201cWe")


def _narrative(text: str, published: str = "2026-11-24"):
    return draft_briefing(Article(text=text), published=published).narrative


def test_a_battery_that_remains_in_place_is_deployed_not_arriving():
    n = _narrative("Two drones were shot down over the desert late on Friday, the ministry said. "
                   "The Sky Sabre air defence system deployed to the region in the summer "
                   "remains in place, the minister told lawmakers.")
    assert "arrive" not in n.bluf


def test_one_unnamed_official_among_named_sources_is_no_warning_of_anonymity():
    n = _narrative("Rockets hit the base on Monday, the army said in a statement. Maj. Gen. "
                   "Jane Roe, the army spokesperson, said no one was hurt. Governor Sami Haddad "
                   "said the launch site was found. One official said the rockets were old.")
    assert not any(p.startswith(("Sourcing: mostly", "Sourcing: anonymous")) for p in n.key_points)
    n = _narrative("Rockets hit the base on Monday, two officials said. A U.S. official said "
                   "no one was hurt. Another official said the launch site was found.")
    assert any(p.startswith(("Sourcing: mostly", "Sourcing: anonymous")) for p in n.key_points)


def test_an_outlook_leaves_out_a_debate_label_and_the_ministers_courtesy():
    n = _narrative("The Minister for the Armed Forces (Jane Roe): With permission, Mr Speaker, "
                   "I will make a statement on our operations in the region. I have today "
                   "authorised four more jets, which will arrive before the end of the month.")
    assert "With permission" not in n.outlook and "(Jane Roe)" not in n.outlook


@pytest.mark.parametrize("courtesy", [
    "Without objection, we will hear more on the drawdown next week.",
    "I am grateful to the minister, who says the jets will arrive next week.",
    "The hearing will now recess and will resume next week.",
    "GOOD MORNING, everyone; we expect to hear from the general next week.",
])
def test_an_outlook_leaves_out_a_chairs_procedure_whatever_its_case(courtesy):
    n = _narrative("Rockets hit the base on Monday, the army said. " + courtesy)
    assert courtesy.split(",")[0].split(" the")[0] not in n.outlook


# -- a toll keeps its words and its source in the BLUF ---------------------------------------
def test_a_toll_in_an_aside_and_who_gave_it_stay_in_the_bluf():
    n = _narrative("The ministry condemned the air strikes on villages near the border, which "
                   "killed 13 people, including two children, and injured more than 20 others, "
                   "according to the state news agency.")
    assert "which killed 13 people, including two children" in n.bluf
    assert n.bluf.endswith("according to the state news agency.")


def test_sourcing_after_a_sentence_without_a_toll_is_cut_but_unnamed_sources_stay():
    n = _narrative("Three rockets landed near the airport late on Tuesday, two security sources "
                   "said on Wednesday, the third such launch this month.")
    assert n.bluf.startswith("Three rockets landed near the airport late on Tuesday, two "
                             "security sources said on Wednesday.")
    n = _narrative("Three rockets landed near the airport late on Tuesday, police spokesman "
                   "Omar Saleh said on Wednesday, the third such launch this month.")
    assert n.bluf.startswith("Three rockets landed near the airport late on Tuesday.")


def test_an_aside_without_a_toll_closes_up_around_the_main_verb():
    assert clean_clause("The war committee, which advises insurers, met on Monday to review "
                        "the listed areas.") == "The war committee met on Monday to review " \
                                               "the listed areas."
    assert clean_clause("Rockets hit a base in western Anbar, which hosts foreign troops, two "
                        "security sources told Shafaq News.") == \
        "Rockets hit a base in western Anbar, two security sources told Shafaq News."


def test_a_long_lede_is_never_cut_before_its_toll():
    lede = ("Warplanes struck military sites in the countryside around the capital and in the "
            "central province late Wednesday and early Thursday, while ground troops pushed "
            "into two villages in the south of the country, killing at least nine people.")
    assert "killing at least nine people" in clean_clause(lede)


def test_an_agency_dateline_set_off_by_a_hyphen_is_not_the_bluf():
    n = _narrative("Doha, November 18 (QNA) - The State of Qatar condemned the strikes on "
                   "villages in southern Syria on Monday night.")
    assert n.bluf.startswith("The State of Qatar condemned")


def test_a_chat_reply_or_a_pasted_link_does_not_open_a_drafted_sentence():
    assert clean_clause("Correct. our head of mission will decide after the meeting.") == \
        "Our head of mission will decide after the meeting."
    assert _summary("<https://example.org/flash/24> - shelling on villages west of the town") \
        == "Shelling on villages west of the town."
    assert _summary("morning all. overnight a car was hit by a drone") == \
        "Overnight a car was hit by a drone."


def test_a_distance_is_no_key_point_by_itself():
    n = _narrative("A drone hit a tanker about 70 nautical miles south-east of the port on "
                   "Friday, the ministry said. A similar blast was reported 100 nautical miles "
                   "off the coast in July. Some 23 sailors were rescued.")
    assert not any("nautical miles" in p for p in n.key_points if p.startswith("Figure:"))


def test_a_duration_is_no_key_point_by_itself():
    n = _narrative("The siren gave about forty seconds of warning before the drone hit the "
                   "motor pool on Sunday, the base said. Moving the second gun will take four "
                   "days. Some 140 people work the night shift there.")
    assert not any(p.startswith("Figure:") and ("seconds" in p or "days" in p)
                   for p in n.key_points)


def test_an_attack_measured_from_a_port_is_near_it_not_on_it():
    n = _narrative("A drone struck a tanker about 70 nautical miles south-east of Duqm on "
                   "Friday, wounding three crew members, the ministry said.", "2026-11-28")
    assert any("attack near Duqm" in p for p in n.key_points)
    assert not any("attack on Duqm" in p for p in n.key_points)


def test_an_attack_on_a_town_itself_is_still_on_it():
    n = _narrative("A drone struck a car park in Juffair on Friday, wounding two people, the "
                   "ministry said. Two other drones fell into the sea off the coast.",
                   "2026-11-28")
    assert not any("off Juffair" in p or "near Juffair" in p for p in n.key_points)


def test_a_toll_restated_as_a_figure_is_not_a_second_key_point():
    n = _narrative("A drone struck a tanker about 70 nautical miles south-east of Duqm on "
                   "Friday, wounding three crew members, the ministry said.", "2026-11-28")
    assert not any(p.startswith("Figure:") and "crew" in p for p in n.key_points)


def test_a_ship_hit_off_a_port_city_named_with_its_country_is_near_it():
    n = _narrative("A missile struck a container ship in the southern Red Sea on Monday.\n\n"
                   "The ship was hit about 60 nautical miles west of the Yemeni port city of "
                   "Hodeidah. One crew member was killed and three others were injured, the "
                   "maritime agency said.", "2026-12-01")
    assert not any("attack on Hodeidah" in p for p in n.key_points)


def test_a_numbered_squadron_keeps_its_number():
    assert clean_clause("No. 1 Squadron deployed six jets to the island on Monday.") == \
        "No. 1 Squadron deployed six jets to the island on Monday."


def test_a_wires_name_before_an_item_is_not_in_its_key_point():
    assert _summary("NNA - The army said a soldier was lightly wounded at dawn") == \
        "The army said a soldier was lightly wounded at dawn."


def test_a_party_read_with_numbers_in_it_is_not_printed_in_a_toll():
    from briefdeck.extract.narrative_phrases import _toll
    from briefdeck.model.facts import Casualties, Event
    event = Event(id="e-1", kind="attack", date="2026-11-22", wounded=3,
                  casualties=[Casualties(party="2 coalition, 1 SDF", wounded=3)])
    assert _toll(event) == "3 wounded"


def test_a_bare_amount_is_no_key_point_by_itself():
    n = _narrative("The ministry said on Monday that it had frozen up to $10 million held by "
                   "the network. The militia bought at least 300 engines through the firm.")
    assert not any(p.startswith("Figure:") and "$10 million" in p for p in n.key_points)


def test_a_heading_that_only_looks_like_a_wire_name_is_kept():
    assert _summary("US - Iran talks resumed in Muscat") == "US - Iran talks resumed in Muscat."


def test_a_figure_is_not_taken_as_said_by_a_bluf_holding_a_longer_number():
    n = _narrative("The ministry said 120 soldiers arrived at the base on Monday. Another 12 "
                   "fighter jets are due in the spring, it said.", "2026-11-24")
    assert any(p.startswith("Figure:") and "12 fighter jets" in p for p in n.key_points) or \
        "12 fighter jets" in n.bluf


def test_a_speakers_label_a_list_word_or_a_stamp_does_not_open_a_point():
    assert _summary("Second, late Saturday, two rockets landed near the airport fence") == \
        "Late Saturday, two rockets landed near the airport fence."
    assert clean_clause("HALVERSEN: The ministry says the last convoy will leave by spring.") \
        == "The ministry says the last convoy will leave by spring."
    assert _summary("9:15 a.m. -- Guards fired on a drone over the north gate") == \
        "Guards fired on a drone over the north gate."
    assert clean_clause("MS. ADEYEMI (through interpreter): Finally, the crossing reopens "
                        "next week.") == "The crossing reopens next week."


def test_ordinary_openings_are_kept():
    assert _summary("Secondary explosions followed the strike on the depot") == \
        "Secondary explosions followed the strike on the depot."
    assert clean_clause("U.S. officials expect the battery to arrive next week.") == \
        "U.S. officials expect the battery to arrive next week."
    assert clean_clause("Next week the battalion rotates home.") == \
        "Next week the battalion rotates home."
