"""A move a journalist asks about, or only "there are reports" of, is not told as done.

The BLUF, the key points and the place roles leave a question turn's reinforcement alone
("Q: There are reports that more Patriot launchers reached X. Were you consulted?"), while the
answer's own news, and the attacks a question takes as given, stay.
"""

from __future__ import annotations

from tests.extract.drafting import Drafts

from briefdeck.extract import draft_briefing
from briefdeck.extract.narrative_denied_reports import with_denial
from briefdeck.ingest.article import Article

DRAFTS = Drafts("2026-11-30", "Weekly press briefing of the ministry spokesman")

BRIEFING = (
    "Spokesman Karim Aziz: Good morning. I will take your questions.\n\n"
    "Kurdistan24: There are reports that two more Patriot launchers arrived at Erbil airport "
    "last week. Was the government consulted?\n\n"
    "Spokesman Karim Aziz: I have seen these reports. No new air-defence systems entered the "
    "country without the approval of the government.\n\n"
    "AFP: A drone struck Harir air base on Saturday, wounding two soldiers. Who launched it?\n\n"
    "Spokesman Karim Aziz: The investigation is continuing.\n"
)


def test_a_reinforcement_asked_about_gives_its_place_no_role():
    roles = {p.name: p.role for p in DRAFTS.facts(BRIEFING).places}
    assert roles.get("Erbil airport", "mentioned") == "mentioned"


def test_the_bluf_and_key_points_do_not_say_asked_air_defences_arrive():
    article = Article(text=BRIEFING, boilerplate=[], headline="Weekly press briefing", outlet="",
                      byline="", published="2026-11-30", url="", path="", format="txt",
                      warnings=[])
    narrative = draft_briefing(article, published="2026-11-30").narrative
    told = " ".join([narrative.bluf, *narrative.key_points])
    assert "arrive at" not in told and "(arriving)" not in told and "(deployed)" not in told


def test_a_question_line_ending_in_a_question_mark_sets_no_move():
    roles = {p.name: p.role for p in DRAFTS.facts(
        "Did the Pentagon send more troops to Al Udeid Air Base after the attack?").places}
    assert roles.get("Al Udeid Air Base", "mentioned") == "mentioned"


def test_a_move_told_by_the_report_itself_still_counts():
    text = ("Two more Patriot launchers arrived at Erbil airport last week, the ministry said. "
            "Reporters asked whether Baghdad had been consulted.")
    roles = {p.name: p.role for p in DRAFTS.facts(text).places}
    assert roles.get("Erbil airport") == "reinforcement"


def test_an_attack_a_question_takes_as_given_keeps_its_target():
    roles = {p.name: p.role for p in DRAFTS.facts(BRIEFING).places}
    assert roles.get("Harir air base") == "attack target"


def test_a_reported_move_the_answer_denies_says_who_denied_it():
    start = BRIEFING.index("There are reports")
    summary = "There are reports that two more Patriot launchers arrived at Erbil airport."
    assert with_denial(summary, BRIEFING, start).endswith("(denied by Spokesman Karim Aziz).")


def test_a_reported_move_nobody_denies_keeps_its_own_hedge():
    text = ("Q: There are reports that troops left Harir. Can you confirm?\n\n"
            "A: The coalition will announce its moves in due course.\n")
    summary = "There are reports that troops left Harir."
    assert with_denial(summary, text, text.index("There")) == summary
