"""A web page's stamp line over its story ("Updated 3:14 PM EST, ..." under the headline, a
release's bare "Mar. 4, 2031"), which the story's extraction leaves out, still dates the
page; dates below the story's first paragraph (other stories, sources) never do. Ours."""

from __future__ import annotations

from pathlib import Path

from briefdeck.ingest import read_article

STORY = (
    "<p>Two drones struck a fuel depot outside the port city late on Monday, setting a storage "
    "tank on fire and wounding three workers, the regional governor said in a statement. Fire "
    "crews brought the blaze under control before dawn, and the depot's operator said supplies "
    "to the city would not be interrupted.</p>"
    "<p>The governor said air defences had shot down a third drone over the coast, and that "
    "debris had fallen on an empty warehouse near the harbour without causing injuries.</p>"
)


def _page(tmp_path: Path, header: str, footer: str = "") -> str:
    page = tmp_path / "story.html"
    page.write_text(
        "<html><head><title>Drones hit port fuel depot</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><main>"
        f"<h1>Drones hit port fuel depot</h1>{header}{STORY}{footer}</main></body></html>",
        encoding="utf-8")
    return read_article(page).published


def test_an_updated_stamp_under_the_headline_dates_the_page(tmp_path: Path):
    header = "<div class='meta'><span>Updated 9:05 AM EST, March 4, 2031</span></div>"
    assert _page(tmp_path, header) == "2031-03-04"


def test_a_bare_date_under_a_release_title_dates_the_page(tmp_path: Path):
    assert _page(tmp_path, "<div class='date'>Mar. 4, 2031</div>") == "2031-03-04"


def test_a_day_month_stamp_with_its_clock_dates_the_page(tmp_path: Path):
    assert _page(tmp_path, "<div><time>4 Mar 2031 · 08:40</time></div>") == "2031-03-04"


def test_a_date_of_another_story_under_this_one_does_not_date_the_page(tmp_path: Path):
    related = "<aside><h3>Related</h3><p>Ferry service resumes</p><p>February 27, 2031</p></aside>"
    assert _page(tmp_path, "", related) == ""


def test_a_reference_pages_last_edit_line_at_its_foot_dates_it(tmp_path: Path):
    foot = "<div><p>This page was last edited on 6 March 2031, at 10:12 (UTC).</p></div>"
    assert _page(tmp_path, "", foot) == "2031-03-06"
