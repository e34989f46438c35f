"""Furniture of a released cable's header, a newsroom system's slug and jump lines, a
television script's cues, a scrolling graphic's notes, a mailer's tagline and sponsor block,
a release's notes to editors, a subtitle file's name, title card and credit, and a note's
source list. Lines of reporting beside them stay unflagged. Every line is written here."""

import pytest
from tests.ingest.furniture import rules_over as _rules_over

from briefdeck.ingest.stamps import dtg_date

STORY = (
    "Two soldiers were wounded late on Monday when a drone struck a guard post near the "
    "border, the army said in a statement.\n\n"
    "The army said it had shot down a second drone over open desert and that the wounded "
    "men were in stable condition.\n\n"
    "Officials said the attack was the third on the post this month."
)

CABLE_HEAD = [
    "DE RUEHXX #0412/01 0871015",
    "ZNY CCCCC ZZH",
    "O 281015Z MAR 27",
    "FM AMEMBASSY NICOSIA",
    "TO RUEHC/SECSTATE WASHDC IMMEDIATE 1180",
    "INFO RUEHLO/AMEMBASSY LONDON PRIORITY 0921",
    "RUEHTV/AMEMBASSY TEL AVIV PRIORITY 0313",
    "C O N F I D E N T I A L NICOSIA 000412",
    "SIPDIS",
    "E.O. 13526: DECL: 03/28/2042",
    "B. STATE 12345",
    "Classified By: Ambassador J. Doe for reasons 1.4 (b) and (d)",
]


@pytest.mark.parametrize("line", CABLE_HEAD)
def test_a_cables_routing_and_handling_lines_are_its_header(line):
    text = "\n".join(CABLE_HEAD) + "\n\n" + STORY
    assert _rules_over(text, line) != []


def test_a_cables_date_time_group_dates_it():
    assert dtg_date(["UNCLASSIFIED", "Date: 04/30/2027", "O 281015Z MAR 27"]) == "2027-03-28"
    assert dtg_date(["Order 281015 of March"]) == ""


NEWSROOM = [
    "SLUG: PORT-STRIKE   DESK: METRO   ED: JMA   LEN: 18.5 IN   PG: A1/A4",
    "STATUS: FINAL-ED   SENT 22:10 03/02/27   BY: JAMES",
    "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    "See PORT, Page A4",
    "A1 JUMP  >>>>>>>>>>>>>>>>>>>>>>>>>>>>",
    "Continued from A1",
    "Staff writer Jo Ames can be reached at jo@ledger.example or 555-555-0100.",
]


@pytest.mark.parametrize("line", NEWSROOM)
def test_a_newsroom_systems_slug_status_rule_and_jump_lines_are_furniture(line):
    text = "\n".join(NEWSROOM[:3]) + "\n\n" + STORY + "\n\n" + "\n\n".join(NEWSROOM[3:])
    assert _rules_over(text, line) != []


def test_a_sentence_that_sends_the_reader_elsewhere_is_reporting():
    line = "See the harbour master, who said the port would reopen on page one of his plan."
    text = STORY + "\n\n" + line
    assert _rules_over(text, line) == []


TV_SCRIPT = (
    "KXYZ LATE NEWS 11P — RUNDOWN PAGE C2\n\nSLUG: BORDER DRONE\n\n"
    "DATE: 03/02/27   WRITER: AMES   PROD: LEE\n\nTRT: 1:20\n\nSTATUS: APPROVED 10:41P\n\n"
    "(ANCHOR ON CAM)\n\n{story}\n\n(TAKE VO)\n\nSUPER: FILE VIDEO\n\n"
    "SUPER: RUWAISHED, JORDAN\n\nNAT SOUND UP FULL :02 THEN UNDER\n\n"
    "SUPER: COL. JO AMES / ARMY SPOKESMAN\n\n"
    "\"We will defend every metre of the border,\" Ames said.\n\nRUNS :07\n\n(SAM TRACK)"
)


@pytest.mark.parametrize("line", [
    "KXYZ LATE NEWS 11P — RUNDOWN PAGE C2", "SLUG: BORDER DRONE", "TRT: 1:20",
    "DATE: 03/02/27   WRITER: AMES   PROD: LEE", "STATUS: APPROVED 10:41P",
    "(ANCHOR ON CAM)", "(TAKE VO)", "SUPER: FILE VIDEO", "NAT SOUND UP FULL :02 THEN UNDER",
    "RUNS :07", "(SAM TRACK)",
])
def test_a_tv_scripts_production_cues_are_furniture(line):
    assert _rules_over(TV_SCRIPT.format(story=STORY), line) != []


@pytest.mark.parametrize("line", [
    "SUPER: RUWAISHED, JORDAN", "SUPER: COL. JO AMES / ARMY SPOKESMAN",
    "\"We will defend every metre of the border,\" Ames said.",
])
def test_a_tv_scripts_name_and_place_supers_and_bites_stay(line):
    assert _rules_over(TV_SCRIPT.format(story=STORY), line) == []


def test_a_bracketed_line_in_a_story_without_script_cues_stays():
    line = "(TAKE COVER)"
    text = STORY + "\n\n" + line + "\n\nThe sirens sounded twice more before dawn."
    assert _rules_over(text, line) == []


@pytest.mark.parametrize("line", [
    "Step 2 of 7",
    "Data source: Ledger analysis of army statements and militia claims.",
    "Methodology: Flight paths are estimates based on debris and launch claims.",
    "Graphics by Jo Ames and Li Wei Chen.",
    "View in browser: https://brief.example/issues/2027-03-02",
    "Security news from the Levant, every weekday at 7 a.m.",
    "- Spokespeople are available for interview in English and Arabic.",
    "- Acme Relief is an independent, international medical humanitarian organisation.",
    "Newsroom / Live Updates",
    "COL, IN",
])
def test_notes_a_page_mailer_or_release_carries_about_itself_are_furniture(line):
    text = STORY + "\n\n" + line + "\n\nThe base reopened its gates on Wednesday, officials said."
    assert _rules_over(text, line) != []


def test_a_sponsors_pitch_under_its_label_is_an_advertisement_up_to_the_rule_line():
    pitch = "Acme Shield: counter-drone cover for bases and ports. Book a demo at acme.example"
    text = (STORY + "\n\n—————————\n\nSPONSORED\n\n" + pitch + "\n\n—————————\n\n"
            "The navy said the exercise would resume on Friday after the storm passed.")
    assert _rules_over(text, pitch) == ["advertisement"]
    assert _rules_over(text, "The navy said the exercise would resume") == []


def test_a_subtitle_files_name_title_card_and_credit_are_furniture():
    text = ("KXYZ_WORLD_PORT_PKG_020327_v2.srt\n\nKXYZ WORLD TONIGHT\n\n" + STORY +
            "\n\nSubtitles by KXYZ Access (c) KXYZ Broadcasting Ltd 2027")
    for line in ("KXYZ_WORLD_PORT_PKG_020327_v2.srt", "KXYZ WORLD TONIGHT",
                 "Subtitles by KXYZ Access (c) KXYZ Broadcasting Ltd 2027"):
        assert _rules_over(text, line) != []


def test_a_mailers_closing_contacts_stop_at_its_rule_line():
    numbers = "3 – drone incidents near the base since September"
    text = (STORY + "\n\nBY THE NUMBERS\n\n" + numbers + "\n\n—————————\n\n"
            "Sign up here: https://brief.example/subscribe\n\n"
            "The Brief is written by Jo Ames in Dubai. Tips: tips@brief.example\n\n"
            "From: The Brief <brief@brief.example>\nTo: desk@example.org\n"
            "Date: Tue, 2 Mar 2027 06:00:00 +0400")
    assert _rules_over(text, numbers) == []
    assert _rules_over(text, "BY THE NUMBERS") == []
