"""A page about one day (a wiki's "Current events" day) is dated by the day its title names."""

from briefdeck.ingest import article_from_text
from briefdeck.ingest.day_pages import title_day

_PAGE = """<!DOCTYPE html><html><head><title>Portal:Current events/2026 March 9 - Wikipedia</title>
</head><body class="mediawiki ltr"><h1>Portal:Current events/2026 March 9</h1>
<div id="p-views">Portal Talk Read Edit View history Tools</div>
<div>March 9, 2026 (Monday) <span>edit history watch</span></div>
<p><b>Armed conflicts and attacks</b></p>
<ul><li>Two rockets land near a checkpoint outside Kirkuk, police say; nobody is hurt.
The launchers are found in a field north of the city later that night. (Rudaw) (Shafaq)</li>
<li>A roadside bomb strikes a supply convoy on the highway south of Nasiriyah, damaging two
trucks; the provincial council says the drivers escaped unharmed. (AP) (Reuters)</li></ul>
<p>This page was last edited on 11 March 2026, at 08:40 (UTC).</p>
</body></html>"""


def test_a_day_page_is_dated_by_its_title_not_its_last_edit():
    assert article_from_text(_PAGE, "day.html").published == "2026-03-09"


def test_only_a_title_that_is_a_day_names_one():
    assert title_day("Portal:Current events/2026 November 27") == "2026-11-27"
    assert title_day("Archive: 3 May 2026") == "2026-05-03"
    assert title_day("Drones hit the base on 27 November 2026") == ""
    assert title_day("Current events/2026 February 30") == ""


def test_a_wiki_pages_tabs_and_heading_actions_are_not_read():
    article = article_from_text(_PAGE, "day.html")
    assert "View history" not in article.text and "watch" not in article.text
    assert "March 9, 2026 (Monday)" in article.text
    assert "Two rockets land near a checkpoint outside Kirkuk" in article.text


def test_action_words_are_kept_off_a_page_that_is_not_a_wiki():
    page = _PAGE.replace('class="mediawiki ltr"', "")
    assert "View history" in article_from_text(page, "day.html").text
