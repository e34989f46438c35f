"""Furniture of monitoring digests (a ministry's or an NGO's media summary, a desk's daily
round-up) and of pasted news pages: the issuing desk, the hours covered, the digest's
disclaimer and translation note, a contents list, a menu pasted with runs of spaces, a motto
over a section label. Every line is written here."""

import pytest

from briefdeck.ingest.boilerplate import classify
from briefdeck.ingest.line_kinds import article_lines
from briefdeck.ingest.menus import is_spaced_menu

_STORY = "\n\nSecurity forces said two rockets struck an empty field near the airport on Monday.\n"


def _flagged(text: str) -> set[str]:
    return {text[f.start : f.end] for f in classify(text)}


DIGEST_FURNITURE = [
    "Consulate General Basra | Media Monitoring Unit",
    "Regional Information Office | Press Desk",
    "Friday 4 April 2025 | Covers media from 0600 Thursday to 0600 Friday (local time)",
    "Covering reporting published between 1 March and 7 March",
    "Reporting period: 10-16 June 2025",
    "This digest reflects open-source reporting and does not represent the ministry's position.",
    "This bulletin compiles press items and does not necessarily reflect official policy.",
    "Posts below are reproduced as posted (Kurdish posts in desk translation).",
    "Headlines are given verbatim.",
    "Unofficial translation",
]


@pytest.mark.parametrize("line", DIGEST_FURNITURE)
def test_monitoring_digest_furniture_is_flagged(line):
    assert line in _flagged(line + _STORY)


DIGEST_REPORTING = [
    "The minister said the leaked memo does not represent government policy.",
    "The ceasefire covers the front from the river to the hills, the mediators said.",
    "Excerpts of the letter are quoted in full by the state broadcaster.",
    "Iraq | Counter-Terrorism Service",
]


@pytest.mark.parametrize("line", DIGEST_REPORTING)
def test_reporting_that_resembles_digest_furniture_is_kept(line):
    assert line not in _flagged(line + _STORY)


def test_a_bare_contents_heading_takes_its_numbered_list_but_not_the_sections_after_it():
    text = (
        "Contents\n\n1. Border incidents (Agency One)\n\n2. Parliament (Channel Two)\n\n"
        "3. Online (X, Telegram)\n\n1. Agency One: shelling reported near the border\n\n"
        "Agency One (English), 3 May 2025\n\n"
        "Agency One reported that shells landed near two villages overnight, wounding a farmer.\n"
    )
    flagged = _flagged(text)
    assert {"Contents", "1. Border incidents (Agency One)", "2. Parliament (Channel Two)",
            "3. Online (X, Telegram)"} <= flagged
    assert "1. Agency One: shelling reported near the border" not in flagged
    assert "Agency One (English), 3 May 2025" not in flagged


def test_a_menu_pasted_on_one_line_with_runs_of_spaces_is_navigation():
    line = "Home  World  Kurdistan  Politics  Economy  Sports  Opinion and Analysis  Videos"
    assert line in _flagged("The Daily Courier\n" + line + "\n\nTitle of the story here" + _STORY)


def test_a_line_with_double_spaces_inside_a_sentence_is_not_a_menu():
    line = "Officials  said  the  convoy  reached  the  base  on  Tuesday."
    assert not is_spaced_menu(article_lines(line)[0])


def test_a_motto_over_the_section_label_is_page_furniture_and_the_headline_stays():
    text = ("Truth Before Speed\nWorld\nMilitia drones strike a base in northern Iraq\n"
            "By Dana Reyes\n" + _STORY)
    flagged = _flagged(text)
    assert {"Truth Before Speed", "World"} <= flagged
    assert "Militia drones strike a base in northern Iraq" not in flagged


def test_the_publishers_name_over_a_one_line_section_menu_is_masthead():
    text = ("Skip to content\nNorthern Broadcasting Service\n"
            "Home News Sport Business Culture Travel Weather Video Live\n\n"
            "Clashes in the capital leave at least six dead" + _STORY)
    flagged = _flagged(text)
    assert "Northern Broadcasting Service" in flagged
    assert "Clashes in the capital leave at least six dead" not in flagged
