"""The first slide opens on the news and its key points are clean lines: not a letter's subject
line nor its writers introducing themselves, not a verbatim record's speaker label, not a
numbered statement's title nor its invocation and greeting, not a ministry's one long sentence
whole; a key point is never an incident table's row, a sentence clipped at its head or cut
short, nor a list's bullet. Reports written for these tests."""

from __future__ import annotations

from briefdeck.extract import draft_briefing
from briefdeck.extract.lede import bare_opening, clean_clause
from briefdeck.extract.lede_points import raw_summary
from briefdeck.extract.narrative_key_points import _summary
from briefdeck.ingest.article import Article


def _narrative(text: str, title: str = ""):
    return draft_briefing(Article(text=text, headline=title), published="2026-11-30").narrative


def test_an_open_letters_subject_line_and_self_introduction_do_not_lead():
    text = ("PARENTS FOR SAFE BASES\n\nNovember 28, 2026\n\nThe Honorable Jane Doe\n"
            "Secretary of the Army\n\n"
            "Re: Counter-drone protection for soldiers at outposts in eastern Syria\n\n"
            "Dear Madam Secretary,\n\n"
            "We are the mothers, fathers and partners of the soldiers who serve at small "
            "outposts along the Euphrates valley in eastern Syria.\n\n"
            "On November 20, a drone struck the dining tent at Green Village in eastern Syria, "
            "wounding five soldiers, two of them seriously.\n\n"
            "We ask that you send more counter-drone guns to these outposts.\n")
    bluf = _narrative(text, "Parents for Safe Bases letter: counter-drone protection").bluf
    assert not bluf.startswith("Re:")
    assert not bluf.startswith("We are")
    assert "Green Village" in bluf


def test_a_letters_own_statement_of_the_news_still_leads():
    text = ("Dear Secretary Doe,\n\n"
            "We write with grave concern about the rising number of drone attacks on soldiers "
            "at outposts in eastern Syria and about the air defences that protect them.\n\n"
            "On November 20, a drone struck the dining tent at Green Village, wounding five.\n")
    bluf = _narrative(text, "Senators' letter to the Secretary of the Army").bluf
    assert bluf.startswith("We write with grave concern about the rising number of drone")


def test_a_verbatim_records_speaker_label_is_not_part_of_the_bluf():
    assert bare_opening("Ms. Okafor: Since our last meeting, fighting has spread.") == \
        "Since our last meeting, fighting has spread."
    assert bare_opening("Mr. Haddad (Lebanon) (spoke in Arabic): Two villages were shelled.") \
        == "Two villages were shelled."
    assert bare_opening("The President: I give the floor to Mr. Haddad.") == \
        "I give the floor to Mr. Haddad."


def test_a_numbered_statements_title_greeting_and_invocation_do_not_lead():
    text = ("Statement No. 7 of the Coastal Defence Command concerning the response to the "
            "enemy\n\n"
            "The brave people of the coast, the loyal fighters of the nation,\n\n"
            "In the name of God, the Merciful, the Command announces that its naval forces "
            "fired four anti-ship missiles at a tanker off Hodeidah on Sunday, setting it on "
            "fire.\n\n"
            "The operation was a response to the enemy's strikes on our ports.\n")
    bluf = _narrative(text, "Statement No. 7 of the Coastal Defence Command concerning the "
                      "response to the enemy").bluf
    assert not bluf.startswith("Statement No. 7")
    assert not bluf.startswith("In the name")
    assert bluf.startswith("The Command says that its naval forces fired four anti-ship")


def test_a_long_opening_sentence_drops_its_time_phrase_and_repeats_not_its_toll():
    told = clean_clause(
        "At dawn on Sunday, 29 November 2026, three explosive-laden drones, in an operation "
        "named \"Dawn Wrath\", struck a border post (29 November) belonging to the 5th "
        "Regiment near Sinjar, west of Mosul, killing one guard and wounding four others, "
        "among them a farmer who was tending sheep close to the post.")
    assert told.startswith("Three explosive-laden drones struck a border post belonging to the "
                           "5th Regiment near Sinjar")  # (whose post it was stays)
    assert "killing one guard and wounding four others" in told
    assert "Dawn Wrath" not in told and "(29 November)" not in told
    # a short sentence keeps its time phrase
    assert clean_clause("At dawn on Sunday, two drones struck a border post near Sinjar.") == \
        "At dawn on Sunday, two drones struck a border post near Sinjar."


def test_raw_text_is_no_key_point():
    row = "120940C NOV 26\tCamp Alpha, IZ\tUAS x1 OWA\tNIL\tEngaged by C-RAM; destroyed."
    text = f"INCIDENTS\n\n{row}\n"
    assert raw_summary("120940C NOV 26 Camp Alpha, IZ UAS x1 OWA NIL Engaged by C-RAM",
                       text, text.index("Camp"))
    text = ("The drone came in as a patrol returned, the same mistake that preceded the "
            "strike on the outpost in 2024, which killed two soldiers.")
    assert raw_summary("Same mistake that preceded the strike on the outpost in 2024",
                       text, text.index("same"))
    assert raw_summary("Two drones struck a depot near the port, wounding four…", "", None)
    assert raw_summary("Whose advisers left the country in March", "", None)
    assert raw_summary("Under which the mission ended in March", "", None)
    assert raw_summary("Was flown to Germany for treatment", "", None)
    text = "On 3 May, two drones struck a depot near the port, wounding four workers."
    assert not raw_summary("Two drones struck a depot near the port, wounding four workers",
                           text, text.index("two"))
    text = "The army said that a drone had been shot down and detained two men near the port."
    assert not raw_summary("A drone had been shot down", text, text.index("a drone"))
    assert raw_summary("Detained two men near the port", text, text.index("detained"))
    assert _summary("- The army says it downed a drone over the bay") == \
        "The army says it downed a drone over the bay."


def test_a_summary_opening_on_a_plain_count_is_a_sentence_not_a_row():
    text = "On Friday 1500 soldiers reached the port after a week at sea."
    assert not raw_summary("1500 soldiers reached the port after a week at sea", text,
                           text.index("1500"))
    assert raw_summary("0930Z Camp Alpha UAS x1 NIL", "", None)
    assert raw_summary("231400 Camp Alpha UAS x1 NIL", "", None)


def test_an_incident_tables_row_becomes_a_timeline_line():
    text = ("WEEKLY SUMMARY 12-26\n\n"
            "1. Three incidents were recorded against the task force this week, up from one "
            "the week before.\n\n"
            "2. A rocket attack on Camp Alpha on 10 NOV wounded two US soldiers.\n\n"
            "3. A roadside bomb near Camp Bravo on 11 NOV wounded one contractor.\n\n"
            "INCIDENTS\n\n"
            "DTG\tLOCATION\tTYPE\tCASUALTIES\tREMARKS\n\n"
            "100210C NOV 26\tCamp Alpha, IZ\tIDF x2 107mm\t2x WIA (US)\tImpacts inside.\n\n"
            "110800C NOV 26\tCamp Bravo, IZ\tIED\t1x WIA (contractor)\tConvoy hit.\n\n"
            "120940C NOV 26\tCamp Delta, IZ\tUAS x1 OWA\tNIL\tEngaged by C-RAM; destroyed.\n")
    points = _narrative(text, "WEEKLY SUMMARY 12-26").key_points
    assert not any("C NOV 26" in p or "\t" in p for p in points), points
