"""Pages dated by their month alone anchor the year of their dates without a day being
invented; a newsletter's column heading, a profile's subject and a daybook's title are no
outlet; a Markdown table's rows are data, not a menu; a profile's "About <name>" section is a
biography, not a release's blurb."""

import json

import pytest

from briefdeck.extract import draft_briefing
from briefdeck.ingest import article_from_text
from briefdeck.ingest.boilerplate import classify
from briefdeck.ingest.issue_months import issue_month
from briefdeck.model import Briefing, Source, io

STORY = (
    "Late on the night of Oct. 14 the outpost came under fire from two rockets, and three "
    "of our engineers were slightly hurt; all three are back at work this week.\n\n"
    "The battalion thanks every family that sent parcels, and reminds spouses that the "
    "support office keeps its winter hours from the start of the month onward.\n\n"
    "Another rocket landed outside the wire on Tuesday without hurting anyone, the "
    "battalion's duty officer told the newsletter by telephone from the outpost.\n"
)


def _newsletter(date_line: str) -> str:
    return (
        "THE LANTERN POST\n\nNewsletter of the 4th Engineer Battalion Family Group\n\n"
        f"Camp Example | Volume 3, Issue 11 | {date_line}\n\n"
        "From the Battalion Commander\n\n" + STORY
    )


@pytest.mark.parametrize(
    ("line", "month"),
    [
        ("Camp Example | Volume 3, Issue 11 | November 2025", "2025-11"),
        ("Nov. 2025 | Vol. 3, Issue 11", "2025-11"),
        ("Date: March 2024", "2024-03"),
        ("The Lantern Post — September 2026", "2026-09"),
    ],
)
def test_a_month_and_year_alone_in_a_header_field_dates_the_issue(line, month):
    assert issue_month(f"THE LANTERN POST\n\n{line}\n\n{STORY}") == month


@pytest.mark.parametrize(
    "line",
    [
        "The unit came home in November 2025 after a long tour of the border posts.",
        "Summer 2025 | Volume 3",
        "Spring term 2026",
    ],
)
def test_a_month_named_in_a_sentence_or_a_season_dates_nothing(line):
    assert issue_month(f"{line}\n\n{STORY}") == ""


def test_a_page_with_a_full_date_keeps_it_and_records_no_month():
    article = article_from_text(
        _newsletter("November 2025").replace(
            "Camp Example |", "Published 3 November 2025\n\nCamp Example |"
        )
    )
    assert article.published == "2025-11-03"
    assert article.issue_month == ""


def test_a_month_dated_issue_anchors_month_days_but_not_weekdays():
    article = article_from_text(_newsletter("November 2025"))
    assert article.published == "" and article.issue_month == "2025-11"
    briefing = draft_briefing(article)
    source = briefing.sources[0]
    assert source.published == "" and source.issue_month == "2025-11"  # no day invented
    dated = {e.date_text: e.date for e in briefing.facts.events}
    assert [d for t, d in dated.items() if "Oct. 14" in t] == ["2025-10-14"]
    # "on Tuesday" needs the day of publication, which the page never gave
    assert all(d is None for t, d in dated.items() if "Tuesday" in t)


def test_the_analysts_publication_date_wins_over_the_issue_month():
    briefing = draft_briefing(
        article_from_text(_newsletter("November 2025")), published="2025-11-20"
    )
    source = briefing.sources[0]
    assert source.published == "2025-11-20" and source.issue_month == ""


def test_a_month_day_just_after_the_issue_month_is_left_undated():
    # "Dec. 2" in a November issue: last December or the coming one? The page cannot say.
    text = _newsletter("November 2025").replace("Oct. 14", "Dec. 2")
    briefing = draft_briefing(article_from_text(text))
    assert all(e.date is None for e in briefing.facts.events if "Dec. 2" in (e.date_text or ""))


def test_a_source_month_is_checked_and_old_files_load_without_one(tmp_path):
    with pytest.raises(ValueError):
        Source(issue_month="November 2025")
    assert Source(issue_month="2025-11").issue_month == "2025-11"
    old = json.loads(io.to_json(Briefing(sources=[Source(outlet="Lantern Post")])))
    old["schema_version"] = 3
    del old["sources"][0]["issue_month"]
    path = tmp_path / "old.briefing.json"
    path.write_text(json.dumps(old), encoding="utf-8")
    loaded = io.load(path)
    assert loaded.sources[0].issue_month == ""


def test_a_column_heading_under_its_writers_title_is_no_outlet():
    article = article_from_text(
        _newsletter("November 2025").replace(
            "From the Battalion Commander", "From the Command Sergeant Major"
        )
    )
    assert article.outlet == "The Lantern Post"  # the masthead over "Newsletter of ..."


def test_a_release_from_a_command_still_names_its_issuer():
    text = (
        "From: Joint Example Command Public Affairs\n\nEngineers repaired the runway at the "
        "northern base on Friday, a spokesman said, after rockets hit it last week.\n"
    )
    assert article_from_text(text).outlet == "Joint Example Command"


def test_a_daybook_is_published_by_the_agency_heading_its_title():
    text = (
        "XNA GULF DAYBOOK for Monday, March 2, 2026\nIssued 0500 GMT by the Gulf desk\n\n"
        "======\nDEVELOPING\n======\n\n" + STORY
    )
    assert article_from_text(text).outlet == "XNA"


def test_a_profile_page_is_published_by_the_site_after_the_bar_not_by_its_subject():
    page = (
        "<html><head><title>Sgt. Maria Q. Example | Example Memorial Registry</title>"
        '<meta property="og:title" content="Sgt. Maria Q. Example – Example Memorial '
        'Registry"></head><body><article><h1>Sgt. Maria Q. Example</h1>'
        + "".join(f"<p>{p}</p>" for p in STORY.split("\n\n"))
        + "</article></body></html>"
    )
    article = article_from_text(page)
    assert article.outlet != "Sgt. Maria Q. Example"


def _flags(text):
    return {text[f.start : f.end]: f.rule for f in classify(text)}


def test_the_rows_of_a_ruled_markdown_table_are_content():
    table = (
        "| field | old | new |\n|---|---|---|\n| place | north gate | south gate |\n"
        "| wounded | 1 | 2 |\n"
    )
    text = STORY + "\n" + table + "\nThe correction was accepted by the maintainers.\n"
    flags = _flags(text)
    assert "| place | north gate | south gate |" not in flags
    assert "| field | old | new |" not in flags


def test_a_wiki_navigation_box_drawn_as_a_table_stays_navigation():
    box = (
        "| show | Conflicts of the northern border |\n|---|---|\n"
        "| show | Operations of the example army |\n"
    )
    text = STORY + "\n" + box
    flags = _flags(text)
    assert flags.get("| show | Conflicts of the northern border |") == "navigation"


def test_a_profiles_about_section_is_a_biography_and_a_releases_about_is_its_blurb():
    para = (
        "The garrison near the border had been struck at least four times since the "
        "spring, officials said, and its air defences were strengthened afterwards."
    )
    profile = (
        "About Maria\n\nMaria Example enlisted at 18 and served two tours before her "
        "unit reached the garrison in the summer.\n\nThe Incident\n\n"
        + "\n\n".join([para] * 4)
        + "\n"
    )
    flags = _flags(profile)
    assert flags.get("About Maria") == "profile biography"
    release = (
        STORY + "\nAbout Example Command\n\nExample Command directs the forces of the "
        "region and supports partners across it.\n\n###\n"
    )
    assert _flags(release).get("About Example Command") == "press release furniture"
