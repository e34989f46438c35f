"""Headline, byline, date and outlet are read from the article's own words."""

import pytest

from briefdeck.ingest import article_from_text
from briefdeck.ingest.metadata import parse_date

BODY = (
    "Army engineers began clearing a flooded supply route near the river crossing on "
    "Monday, a spokeswoman for the brigade said in a short statement."
)


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("March 16, 2020", "2020-03-16"),
        ("Updated 3:12 PM EDT, Mon March 16, 2020", "2020-03-16"),
        ("2020-03-16", "2020-03-16"),
        ("16 March 2020", "2020-03-16"),
        ("Published Sept. 4, 2019, 9:00 a.m.", "2019-09-04"),
        ("no date here", ""),
        ("March 16", ""),  # no year: not a publication date
    ],
)
def test_written_dates_are_parsed(written, iso):
    assert parse_date(written) == iso


def test_headline_is_the_first_line_that_is_not_a_sentence():
    article = article_from_text(f"Route reopens after floods\n\n{BODY}")
    assert article.headline == "Route reopens after floods"


def test_no_headline_when_the_story_starts_with_a_sentence():
    article = article_from_text(f"{BODY}\n\nSecond paragraph has no headline either")
    assert article.headline == ""


def test_headline_skips_boilerplate_above_it():
    text = f"Please enable JavaScript to view this page.\n\nRoute reopens after floods\n\n{BODY}"
    assert article_from_text(text).headline == "Route reopens after floods"


@pytest.mark.parametrize(
    ("line", "names", "outlet"),
    [
        ("By Ana Flores", "Ana Flores", ""),
        ("By Ana Flores and Ben Okoro", "Ana Flores and Ben Okoro", ""),
        ("BY ANA FLORES and BEN OKORO", "Ana Flores and Ben Okoro", ""),
        ("By Ana Flores, Reuters", "Ana Flores", "Reuters"),
        ("By Ana Flores | Harbor Ledger News", "Ana Flores", "Harbor Ledger News"),
        ("By Ana Flores, March 2, 2021", "Ana Flores", ""),
        ("By Ana Flores, Senior Pentagon Correspondent", "Ana Flores", ""),
    ],
)
def test_byline_names_and_outlet(line, names, outlet):
    article = article_from_text(f"Route reopens after floods\n{line}\n\n{BODY}")
    assert article.byline == names
    assert article.outlet == outlet


def test_published_date_prefers_published_over_updated():
    text = "Route reopens after floods\nUpdated April 2, 2021\nPublished April 1, 2021\n\n" + BODY
    assert article_from_text(text).published == "2021-04-01"


def test_date_inside_a_sentence_is_not_the_publication_date():
    text = (
        "Route reopens after floods\n\nThe route was first cut on January 5, 2019, when "
        "the dam upstream failed after days of rain, officials said on Monday."
    )
    assert article_from_text(text).published == ""


@pytest.mark.parametrize(
    ("dateline", "outlet"),
    [
        ("BAGHDAD (Reuters) - ", "Reuters"),
        ("WASHINGTON (AP) — ", "Associated Press"),
        ("KYIV, March 3 (AFP) - ", "AFP"),
        ("RIGA, May 9 (Baltic Wire) — ", "Baltic Wire"),
    ],
)
def test_wire_dateline_names_the_outlet(dateline, outlet):
    assert article_from_text(dateline + BODY).outlet == outlet


def test_app_promotion_names_the_outlet():
    text = f"{BODY}\n\nDownload the Harbor Ledger app for alerts\n\n{BODY}"
    assert article_from_text(text).outlet == "Harbor Ledger"


def test_no_outlet_when_nothing_names_one():
    assert article_from_text(BODY).outlet == ""


def test_printed_page_address_is_the_url_and_boilerplate():
    text = f"Route reopens after floods\n\n{BODY}\n\nhttps://news.example.com/route-n42 1/2"
    article = article_from_text(text)
    assert article.url == "https://news.example.com/route-n42"
    assert article.text[article.boilerplate[-1][0] :].startswith("https://news.example.com")


def test_sentence_starting_with_by_is_not_a_byline():
    text = f"Route reopens after floods\nBy Monday, most trucks were moving again\n\n{BODY}"
    assert article_from_text(text).byline == ""


def test_a_section_label_over_the_headline_is_not_the_headline():
    from briefdeck.ingest import article_from_text

    article = article_from_text(
        "The Ledger\nNews & Analysis\nDrones hit depot near river crossing\n\nBy Jo Ames\n\n"
        "Drones struck a fuel depot on Tuesday, officials said, in the third attack this month.\n"
    )
    assert article.headline == "Drones hit depot near river crossing"
    titled = article_from_text("Security and Defence Review\n\nDrones struck a fuel depot on "
                               "Tuesday, officials said, in the third attack this month.\n")
    assert titled.headline == "Security and Defence Review"


def test_the_publishers_name_over_the_story_is_not_the_headline():
    from briefdeck.ingest import article_from_text

    article = article_from_text(
        "Northern Broadcasting Corporation\nHome News Sport\n\nRival brigades clash near the "
        "port\n\nAt least nine people were killed in fighting near the port on Monday night, "
        "the health ministry said.\n"
    )
    assert article.headline == "Rival brigades clash near the port"


def test_an_ambiguous_numeric_stamp_is_read_day_first_when_the_page_writes_that_date_out():
    from briefdeck.ingest.metadata import find_published

    lines = [("Updated: 03/05/2025 09:10", False),
             ("Guards at the crossing, 3 May 2025", False),
             ("Two drones struck the depot on Saturday, officials said.", False)]
    assert find_published(lines) == "2025-05-03"


def test_an_ambiguous_numeric_stamp_stays_month_first_without_a_written_date():
    from briefdeck.ingest.metadata import find_published

    lines = [("Updated: 03/05/2025 09:10", False),
             ("Two drones struck the depot on Saturday, officials said.", False)]
    assert find_published(lines) == "2025-03-05"


SITREP_HEAD = """RESTRICTED - CLIENT USE ONLY
NORTHGATE SECURITY LTD | OPERATIONS ROOM BASRA
WEEKLY SITREP No. 14/25
DTG: 090800C MAR 25
Originator: Night Watch Officer (TK)
1. SUMMARY
Two convoys were delayed at a checkpoint north of Basra, and no client staff were hurt.
"""


def test_a_reports_date_time_group_is_its_date_and_its_numbered_title_its_headline():
    article = article_from_text(SITREP_HEAD)
    assert article.published == "2025-03-09"
    assert article.headline == "WEEKLY SITREP No. 14/25"


def test_a_header_field_is_never_the_headline():
    article = article_from_text("Originator: Desk Analyst (JB)\n\nThree rockets fell near the "
                                "airport on Monday, police said.\n")
    assert not article.headline.startswith("Originator")


def test_a_numeric_stamp_is_read_day_first_when_the_dateline_writes_that_day():
    text = ("Army says border patrol intercepted smuggling drone\n\n"
            "Amman, March 4 (Petra) -- A border patrol shot down a drone carrying drugs near "
            "the Syrian border on Tuesday, the army said.\n\n04/03/2025 10:15:02\n")
    assert article_from_text(text).published == "2025-03-04"


def test_a_title_that_carries_its_date_is_the_headline_but_a_date_stamp_is_not():
    text = ("Gulf Security Update, March 3, 2025\nMonday, 3 March 2025 at 10:00 EST\n\n"
            "Two drones were shot down near the port on Sunday, the coast guard said.\n")
    assert article_from_text(text).headline == "Gulf Security Update, March 3, 2025"
    stamp_first = "Monday, 3 March 2025 at 10:00 EST\n\nTwo drones fell near the port, police said."
    assert article_from_text(stamp_first).headline == ""


def test_an_exported_chat_channel_dates_from_its_latest_day():
    text = "\n\n".join([
        "Harbour Watch",
        "3 March 2026", "22:10", "Two tugs reported a collision near the outer buoy.",
        "4 March 2026", "06:45", "Port police said nobody was hurt in the collision.",
        "5 March 2026", "09:05", "The harbour master reopened the channel to traffic.",
    ])
    assert article_from_text(text).published == "2026-03-05"


def test_a_story_with_one_dated_clock_keeps_its_own_date():
    text = "\n\n".join([
        "Tugs collide near the outer buoy",
        "3 March 2026", "22:10",
        "Two tugs collided near the outer buoy, the port police said. Nobody was hurt.",
        "The harbour master said the channel would reopen on 5 March 2026.",
    ])
    assert article_from_text(text).published == "2026-03-03"
