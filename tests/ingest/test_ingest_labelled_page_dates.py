"""A saved page without a date in its metadata is dated by the stamp it labels, even in a
details box the reader drops: "Published:" first, else "Last updated:". Written here."""

from briefdeck.ingest import article_from_text
from briefdeck.ingest.page_dates import labelled_date

STORY = (
    "<p>Engineers reopened the northern runway at the airfield on Tuesday, a week after a "
    "rocket struck its fuel farm, the base commander said in a short statement.</p>"
    "<p>Flights resumed in the afternoon, although two hangars remain closed while "
    "inspectors check them for damage, the commander added on Wednesday.</p>"
)


def test_a_page_is_dated_by_its_last_update_label_when_it_has_no_other():
    page = (
        "<!doctype html><html><head><title>Record 112 | Harbour Watch</title></head><body>"
        "<article><h1>Record 112</h1><div class='meta'><p><b>Grading:</b> Fair</p>"
        f"<p><b>Last updated:</b> April 9, 2031</p></div>{STORY}</article></body></html>"
    )
    assert article_from_text(page).published == "2031-04-09"


def test_a_published_label_wins_over_a_last_update_and_page_order_breaks_ties():
    page = "Last updated: April 9, 2026 | Published: March 5, 2026 | Published: May 1, 2026"
    assert labelled_date(page) == "2026-03-05"
    assert labelled_date("Updated: June 2, 2026 | Updated: January 2, 2026") == "2026-06-02"
    assert labelled_date("The page was published years ago.") == ""


def test_a_journal_article_is_dated_by_its_published_online_line_not_a_date_it_cites():
    paper = (
        "Quiet Fields: Sensor Gaps at Remote Airstrips\n\n"
        "Ana Ruiz (University of Leeds) Received 2 March 2031; Accepted 9 June 2031; "
        "Published online 14 July 2031 Abstract: We study forty alerts.\n\n"
        "Table 1. Alerts\n\nDate\n\nSite\n\n3 Feb 2029\n\nNorth strip\n\n"
        "1. Introduction\n\nThe alert at the north strip on 3 February 2029 was the first "
        "the network logged, and it set the pattern for what followed.\n"
    )
    assert article_from_text(paper).published == "2031-07-14"
