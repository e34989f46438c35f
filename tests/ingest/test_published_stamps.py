"""A report's publication date comes from its own stamp, not from the period it covers, a
caption's picture date or an update note's numeric date."""

from pathlib import Path

from briefdeck.ingest import article_from_text, read_article


def test_a_cover_sentence_giving_the_release_dates_a_quarterly_report():
    article = article_from_text(
        "FORCE PROTECTION REVIEW\n\n"
        "APRIL 1, 2031-JUNE 30, 2031 | QUARTERLY REPORT TO THE BOARD\n\n"
        "Summary of the Quarterly Review, April 1, 2031-June 30, 2031. "
        "Released August 12, 2031.\n\n"
        "During the quarter the garrison at the northern depot shrank by a third, the review "
        "found, and two rocket attacks were recorded against the airfield.\n")
    assert article.published == "2031-08-12"


def test_a_period_covered_is_not_the_date_of_publication():
    article = article_from_text(
        "JANUARY 1, 2031-MARCH 31, 2031 | QUARTERLY SUMMARY\n\n"
        "The depot was resupplied twice during the quarter, the logistics office said in a "
        "note that gave no date of its own for the summary.\n")
    assert article.published != "2031-01-01"


def test_a_caption_saying_when_a_picture_was_released_does_not_date_the_story():
    article = article_from_text(
        "Tanker burns after strike off the coast\n\n"
        "Smoke rises from a cargo ship in this handout picture released on March 3, 2031.\n\n"
        "By Jo Lane\n\nMarch 4, 2031\n\n"
        "A cargo ship was struck by a drone off the coast on Monday, the navy said.\n")
    assert article.published == "2031-03-04"


def test_a_pages_published_stamp_beats_a_numeric_update_note(tmp_path: Path):
    page = tmp_path / "story.html"
    page.write_text(
        "<html><head><title>Drones strike airfield</title></head><body><article>"
        "<h1>Drones strike airfield</h1><div>Published Mar 03, 2031 at 2:48 PM EST<br>"
        "Updated Mar 04, 2031 at 11:05 AM EST</div>"
        "<p>Update 3/4/31, 11:05 a.m. ET: This article was updated with a revised toll.</p>"
        "<p>Two drones struck the airfield late on Monday, wounding three soldiers, officials "
        "said. A third drone was shot down over the desert west of the base, they said, and "
        "no damage was reported to the aircraft parked on the apron.</p>"
        "</article></body></html>", encoding="utf-8")
    assert read_article(page).published == "2031-03-03"


def test_an_issued_line_with_a_colon_dates_a_weekly_report():
    text = ("Partner Safety Forum\n\nWeekly Report No. 12\n\nReporting period: Monday 3 March - "
            "Sunday 9 March 2031. Issued: 10 March 2031.\n\nOverview\n\nThe forum recorded nine "
            "incidents this week, most of them on the northern roads.\n")
    assert article_from_text(text).published == "2031-03-10"
