"""Furniture of official statements and the pages that carry them: a monitor's translation
notice and source line, the statement's number, the opening and closing religious formulas,
the issuing body's letterhead, a subscriber notice, a company letterhead in capitals, a report's
glossary and next-issue lines, "Notes to editors", a caption's credit, a writer's bio link, a
correction notice and a next-story teaser. Every line is written here."""

import pytest

from briefdeck.ingest.boilerplate import classify

_STORY = "\n\nThe ministry said three launchers were seized near the river on Tuesday evening.\n"


def _flagged(text: str) -> set[str]:
    return {text[f.start : f.end] for f in classify(text)}


FURNITURE = [
    "INFORMAL TRANSLATION - FRENCH TEXT IS AUTHORITATIVE",
    "Unofficial translation",
    "Translated by: Northgate Media Watch, Levant Desk",
    "Source: Press Office of the Presidency, official website and Telegram channel, 03/02/2026",
    "Statement No. (47)",
    "Communique No. 12",
    "In the name of God, the Most Gracious, the Most Merciful",
    "And God is the Grantor of success.",
    "Success comes from God.",
    "Translator's note: Numbers in brackets follow the original text.",
    "Northgate Media Watch - for subscriber use only. Redistribution prohibited.",
    "Council of Ministers",
    "NORTHGATE RISK LTD | JOINT OPERATIONS ROOM (JOR) BASRA",
    "Abbreviations: IED improvised explosive device; QRF quick reaction force.",
    "4. NEXT REPORT: 210600C MAR 26",
    "Notes to editors",
    "- For media enquiries, contact the ministry's press office on 020 7946 0001.",
    "Engineers clear a runway after the storm in 2024. U.S. AIR FORCE / SSGT. LEE PARK",
    "Smoke rises over the depot after the raid.Rami Aziz for The Daily Ledger",
    "Mara Lind covers defense for The Ledger. More about Mara Lind",
    "A correction was made on May 3, 2026: An earlier version of this article gave the wrong "
    "day for the attack.",
    "NEXT STORY: Air Force to retire older tankers by 2030",
    "Coalition Spokesperson's Unit",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_official_statement_furniture_is_flagged(line):
    assert line in _flagged(line + _STORY)


REPORTING = [
    "The translation of the ceasefire text was disputed by both delegations on Monday.",
    "The statement number was not given, the spokesman said on Tuesday.",
    "He said God willing the displaced families would return before winter.",
    "The Council of Ministers approved the withdrawal timetable on Sunday, officials said.",
    "Officials said the source of the rockets was a farm near the border.",
    "Troops moved north after the next report of shelling reached the command on Friday.",
    "Rescuers said two families were still missing for days after the strike.",
]


@pytest.mark.parametrize("line", REPORTING)
def test_reporting_near_these_shapes_is_not_flagged(line):
    assert line not in _flagged(line + _STORY)


def test_a_translated_quote_is_not_a_translation_notice():
    line = 'Translation: "We will answer."'
    assert line not in _flagged(line + _STORY)
