"""Furniture particular to a kind of report is flagged, its reporting kept: a newscast's other
stories in its captions, a letters page's box and policy, a media advisory's header and
logistics, a journal's running head and DOI, a bill's printing marks, a remarks transcript's
header and credit, an alert's motto and distribution note, a translator's notes, a live chat's
rules and moderator credit, a content farm's "Source link", a repository's description."""

from __future__ import annotations

from briefdeck.ingest.boilerplate import classify


def _flagged(text: str) -> str:
    return " ".join(text[f.start : f.end] for f in classify(text))


CAPTIONS = (
    ">>> GOOD EVENING. WE START IN SYRIA, WHERE A DRONE STRUCK AN OUTPOST NEAR TANF.\n"
    "OFFICIALS SAY FOUR SOLDIERS WERE HURT.\n"
    ">> THANK YOU, JO.\n"
    ">>> AND IN SPORTS, THE HOME TEAM LOST FIVE TO ONE ON SATURDAY.\n"
    ">> HIGHLIGHTS AFTER THE BREAK.\n"
    ">>> NOW TO WEATHER: TWO INCHES OF RAIN BY MONDAY.\n"
    ">>> BACK NOW WITH MORE ON THE DRONE ATTACK. A SIXTH SOLDIER WAS\n"
    "TREATED FOR SHOCK AT THE BASE CLINIC AFTER THE\n"
    "STRIKE, THE ARMY SAYS. WE'LL HAVE\n"
    "MORE ON THIS STORY AS IT DEVELOPS.\n"
    ">> WE'LL BE RIGHT BACK.\n"
    "CAPTIONS PAID FOR BY KXYZ NEWS\n"
)


def test_a_newscasts_other_stories_are_flagged_whole_and_its_report_kept():
    flagged = _flagged(CAPTIONS)
    assert "FIVE TO ONE" in flagged and "HIGHLIGHTS AFTER THE BREAK" in flagged
    assert "TWO INCHES OF RAIN" in flagged
    assert "FOUR SOLDIERS" not in flagged and "SIXTH SOLDIER" not in flagged
    assert "BASE CLINIC" not in flagged  # the report's rows, broken mid-sentence, stay
    assert "RIGHT BACK" in flagged and "AS IT DEVELOPS" in flagged and "PAID FOR BY" in flagged


def test_story_changes_without_a_turn_to_another_subject_are_all_kept():
    text = ">>> A ROCKET HIT THE BASE.\nTWO WERE HURT.\n>>> THE PENTAGON SAID THREE WERE HURT.\n"
    assert _flagged(text) == ""


def test_a_story_the_anchor_turns_to_is_kept_when_it_tells_of_an_attack():
    text = (
        ">>> GOOD EVENING. WE OPEN WITH THE SCHOOL BOARD VOTE ON THE NEW GYM.\n"
        ">> IT PASSED FOUR TO THREE.\n"
        ">>> TURNING NOW TO SYRIA, WHERE A ROCKET HIT AN OUTPOST NEAR SHADDADI.\n"
        "THREE SOLDIERS WERE HURT, THE ARMY SAYS.\n"
        ">>> AND FINALLY, THE ARMY SAYS THE MILITIA THAT FIRED IT HAS BEEN NAMED.\n"
        ">>> IN OTHER NEWS, THE COUNTY FAIR OPENS ON FRIDAY.\n"
        ">>> TURNING NOW TO THE FORECAST, SNOW BY MORNING.\n"
    )
    flagged = _flagged(text)
    assert "OUTPOST NEAR SHADDADI" not in flagged and "THREE SOLDIERS" not in flagged
    assert "HAS BEEN NAMED" not in flagged
    assert "COUNTY FAIR" in flagged and "SNOW BY MORNING" in flagged


LETTERS = (
    "Opinion | Letters to the Editor\n\n"
    "The council should not have cut the bridge fund by $2 million, writes a reader.\n\n"
    "Write to us\n\n"
    "Send letters of up to 250 words to letters@example.com.\n\n"
    "Letters must include your name and town. We do not publish anonymous letters.\n\n"
    "Letters are edited for length and clarity.\n"
)


def test_a_letters_pages_kicker_box_and_policy_are_flagged_and_the_letter_kept():
    flagged = _flagged(LETTERS)
    for line in ("Opinion | Letters", "Write to us", "Send letters", "Letters must", "are edited"):
        assert line in flagged
    assert "bridge fund" not in flagged


ADVISORY = (
    "Army National Guard\n\n"
    "State Headquarters - Public Affairs Office, Columbia, S.C.\n\n"
    "FOR PLANNING PURPOSES\n\n"
    "Release No. 27-004 | January 9, 2027\n\n"
    "WHAT:\n\nA farewell ceremony for 120 Soldiers deploying to Kuwait for nine months.\n\n"
    "Parking: Use the north lot off Route 9.\n\n"
    "Cameras are not permitted on the installation.\n"
)


def test_a_media_advisorys_header_and_logistics_are_flagged_and_its_event_kept():
    flagged = _flagged(ADVISORY)
    for line in ("Public Affairs Office, Columbia", "PLANNING PURPOSES", "Release No. 27-004",
                 "Parking:", "Cameras are not permitted"):
        assert line in flagged
    assert "120 Soldiers" not in flagged


def test_printing_marks_running_heads_and_credits_are_flagged():
    text = (
        "REMARKS AS DELIVERED\n\n"
        "Journal of Gulf Affairs, Vol. 9, No. 2 (2027), pp. 14-30\n\n"
        "DOI: 10.1234/jga.2027.00412\n\n"
        "The battalion intercepted 41 drones over Erbil in its nine months there, he said.\n\n"
        "•S 1201 IS\n\n"
        "VerDate Mar 15 2010 09:12 Jan 04, 2027 Jkt 010200 PO 00000 Frm 00002 Fmt 6652\n\n"
        "Transcript prepared by the brigade public affairs office. Checked against delivery.\n\n"
        "Moderated by Jo Ames. Edited by Li Wei.\n\n"
        "Comment rules: be civil and stay on topic.\n\n"
        "Source link\n\n"
        "Care. Courage. Craft.\n\n"
        "This bulletin is for internal use only. Do not forward outside the company.\n"
    )
    flagged = _flagged(text)
    for line in ("AS DELIVERED", "Vol. 9", "DOI:", "S 1201 IS", "VerDate", "Transcript prepared",
                 "Moderated by", "Comment rules", "Source link", "Care. Courage", "internal use"):
        assert line in flagged
    assert "41 drones" not in flagged


def test_a_translation_notice_closing_a_source_line_is_flagged_alone():
    text = (
        "The ministry said two drones were downed over Jizan.\n\n"
        "[End of statement. Source: the state news agency, 3 May 2027. Machine translation, "
        "lightly edited. Not an official English text.]\n"
    )
    flagged = _flagged(text)
    assert flagged.startswith("Machine translation") and "Not an official English text." in flagged
    assert "state news agency" not in flagged


def test_a_repositorys_one_line_description_under_its_name_is_flagged():
    text = (
        "gulf-strikes-log\n\n"
        "A volunteer log of drone strikes on Gulf ports since 2025.\n\n"
        "This repository records 212 strikes, each checked against two sources.\n"
    )
    flagged = _flagged(text)
    assert "volunteer log" in flagged and "212 strikes" not in flagged
    assert "volunteer log" not in _flagged(text.replace("repository", "list"))
