"""Who speaks where a layout says so, not a sentence: a subtitle's on-screen name caption over
dash cues, a newsroom script's name super over its bite (the reporter's own super is no source),
an analyst's note pasting a quote behind a label ("CENTCOM, pasted:", "Claim: X, Telegram –"),
a body closing the sentence after a clause naming another ("X raised its alert, the Navy said"),
a cable's classifying officer and signature, and the nominee an answers record is titled for."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-11-27", "Caption and note test")

SUBTITLES = (
    "The freighter Lowland Star was struck on Wednesday off the coast.\n\n"
    "CAPT. ILIE BRANESCU Master, MV Lowland Star (by phone)\n\n"
    "- The first drone hit the bridge wing. Nobody was on it.\n\n"
    "- We put the fire out in two hours.\n\n"
    "The navy says a frigate nearby shot down two more drones.\n\n"
    "DR. MAREN HOLT Shipping analyst, Northline Risk\n\n"
    "- Insurers will price this in by Monday.\n\n"
    "Brokers expect premiums to rise again.\n")


def test_a_subtitle_caption_names_the_speaker_of_the_dash_cues_below_it():
    facts = DRAFTS.facts(SUBTITLES)
    names = {p.name for p in facts.people}
    assert {"Ilie Branescu", "Maren Holt"} <= names
    said = {q.text[:20]: q.speaker for q in facts.quotes}
    assert said["The first drone hit "] == "Ilie Branescu"
    assert said["We put the fire out "] == "Ilie Branescu"
    assert said["Insurers will price "] == "Maren Holt"
    assert not any(q.text.startswith("Brokers") for q in facts.quotes)


SCRIPT = (
    "(TAKE VO)\n\n"
    "SUPER: NORTH FIELD, TESTLAND\n\n"
    "(DANA TRACK)\n\n"
    "Two drones hit the north field late Monday, the army said.\n\n"
    "(SOT)\n\n"
    "SUPER: COL. SAMI AL-HADDAD / SPOKESMAN, TESTLAND ARMY\n\n"
    "IN: \"WE SAW THEM...\"\n\n"
    "OUT: \"...BEFORE DAWN.\"\n\n"
    "\"We saw them on radar and we brought both down before dawn.\"\n\n"
    "RUNS :08\n\n"
    "SUPER: DANA WHITE / REPORTING\n\n"
    "\"Officials here say the field will reopen tomorrow.\"\n")


def test_a_script_super_names_the_speaker_of_the_bite_below_it_not_the_reporter():
    facts = DRAFTS.facts(SCRIPT)
    names = {p.name for p in facts.people}
    assert "Sami al-Haddad" in names
    assert "Dana White" not in names
    said = {q.text[:20]: q.speaker for q in facts.quotes}
    assert said["We saw them on radar"] == "Sami al-Haddad"
    assert said.get("Officials here say t", "") == ""
    assert not any(p.name.startswith("North Field") for p in facts.people)


NOTE = (
    "Withdrawal\n\n"
    "Troops left the northern outpost on Saturday.\n"
    "Pasted, SDF statement (28 Nov): \"The handover took place in full coordination.\"\n"
    "CENTCOM, pasted: \"Two service members sustained minor injuries.\"\n"
    "Claim: Islamic Resistance in Iraq, Telegram, Wed morning – \"two drones at the base\".\n"
    "a US defense official to Reuters, pasted: \"We assess this came out of Iraq.\"\n")


def test_a_notes_paste_label_names_the_speaker_not_the_word_pasted():
    said = {q.text[:16]: q.speaker for q in DRAFTS.facts(NOTE).quotes}
    assert "SDF" in said["The handover too"]
    assert "CENTCOM" in said["Two service memb"]
    assert said["two drones at th"] == "Islamic Resistance in Iraq"
    assert said["We assess this c"] == "US defense official"


def test_the_body_closing_a_sentence_speaks_not_the_one_its_clause_names():
    text = ("Naval Support Activity Testport raised its force protection condition over the "
            "weekend, the U.S. Navy said, citing \"the regional threat picture\" rather than a "
            "specific threat.\n")
    assert [q.speaker for q in DRAFTS.facts(text).quotes] == ["U.S. Navy"]


CABLE = (
    "SUBJECT: DRONE STRIKE ON BORDER POST\n\n"
    "TAGS: PREL, MARR\n\n"
    "Classified By: Ambassador K. Brennan for reasons 1.4 (b) and (d)\n\n"
    "1. (C) A drone struck a border post late Monday, killing two soldiers.\n\n"
    "BRENNAN\n"
    "NNNN\n")


def test_a_cable_names_its_ambassador_in_the_classified_by_line_and_the_signature():
    people = DRAFTS.facts(CABLE).people
    assert [(p.name, p.title) for p in people] == [("K. Brennan", "Ambassador")]


def test_a_cable_signature_alone_is_its_sender():
    text = CABLE.replace("Classified By: Ambassador K. Brennan for reasons 1.4 (b) and (d)\n\n",
                         "")
    assert [p.name for p in DRAFTS.facts(text).people] == ["Brennan"]


def test_advance_policy_questions_name_their_nominee_from_the_title():
    text = ("Advance Policy Questions for Harold J. Wyeth\n"
            "Nominee for Under Secretary of the Navy Submitted to the Committee: May 2, 2026\n\n"
            "1. What are the duties of the office?\n\n"
            "Answer: If confirmed, I will review the Navy's posture in the Gulf.\n")
    people = DRAFTS.facts(text).people
    assert [(p.name, p.title) for p in people] == [
        ("Harold J. Wyeth", "Nominee for Under Secretary of the Navy")]
