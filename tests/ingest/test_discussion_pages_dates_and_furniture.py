"""Web discussion pages: a forum thread, an issue page, a channel preview, a talk page and a
record profile. Each is dated by its own latest post or update (never its first post, nor a
date its fields table gives for an event), its posts are read as content and the format's
furniture around them is flagged."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.furniture import is_flagged as _flagged
from tests.ingest.furniture import read_page as _html

from briefdeck.ingest.post_stamps import latest_post


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_REPORT = (
    "Two mortar rounds landed near the Falcon Ridge outpost on Monday evening, and the "
    "garrison's spokesman said nobody was hurt and the guard towers were not damaged."
)
_FOLLOW_UP = (
    "The provincial police added on Tuesday that a launch tube was found in an orchard east "
    "of the outpost, with a timer still fixed to it."
)


def _forum_thread() -> str:
    return _page(
        "Forum > Regional News > Falcon Ridge mortar attack",
        "#1 | 03-14-2031, 08:05 PM",
        "quiet_lookout",
        "Senior Member",
        "Join Date: Jun 2018",
        "Posts: 3,402",
        _REPORT,
        "__________________",
        "Maps are not the territory.",
        "#2 | 03-15-2031, 09:40 AM",
        "ridge_runner",
        "Moderator",
        "Join Date: Jan 2012",
        "Posts: 12,775",
        "Quote:",
        "Originally Posted by quiet_lookout",
        _FOLLOW_UP,
        "Last edited by ridge_runner; 03-15-2031 at 10:02 AM. Reason: link fixed",
        "__________________",
        "Keep it civil and keep it sourced.",
    )


def test_a_forum_thread_is_dated_by_its_last_post():
    text = _forum_thread()
    assert latest_post(text.split("\n")) == "2031-03-15"


def test_a_forum_threads_day_month_order_comes_from_its_own_stamps():
    day_first = ["#1 | 14-03-2031, 20:05", "#2 | 02-04-2031, 09:40"]
    assert latest_post(day_first) == "2031-04-02"
    # neither stamp tells the order: no date rather than a guess
    assert latest_post(["#1 | 03-04-2031, 20:05", "#2 | 04-05-2031, 09:40"]) == ""


def test_a_story_dated_above_the_posts_it_quotes_keeps_its_own_date():
    lines = [
        "March 20, 2031",
        "jo-ames commented on Mar 2, 2031",
        "li-wei commented on Mar 3, 2031",
    ]
    assert latest_post(lines) == ""


def test_forum_poster_blocks_signatures_and_edit_notes_are_flagged_not_the_posts():
    text = _forum_thread()
    for line in (
        "quiet_lookout",
        "Senior Member",
        "Join Date: Jun 2018",
        "Posts: 3,402",
        "ridge_runner",
        "Moderator",
        "Posts: 12,775",
        "Quote:",
        "Maps are not the territory.",
        "Keep it civil and keep it sourced.",
        "Last edited by ridge_runner; 03-15-2031 at 10:02 AM. Reason: link fixed",
        "Forum > Regional News > Falcon Ridge mortar attack",
    ):
        assert _flagged(text, line), line
    assert not _flagged(text, _REPORT)
    assert not _flagged(text, _FOLLOW_UP)


_ISSUE_PAGE = """<!DOCTYPE html><html><head>
<title>Outpost row 88: wrong toll · Issue #31 · fieldlog/outpost-incidents · GitHub</title>
<meta name="route-pattern" content="/:user_id/:repository/issues/:id">
<meta property="og:site_name" content="GitHub"></head><body><main>
<div class="repohead"><p>fieldlog / outpost-incidents</p><p>Public</p>
<p>Notifications | Fork 5 | Star 40</p>
<p>Code | Issues 3 | Pull requests 1 | Actions | Projects | Security | Insights</p></div>
<h1>Outpost row 88: wrong toll #31</h1>
<p class="meta">mapper-jo opened this issue on Mar 3, 2031 · 3 comments</p>
<div class="timeline-comment"><p class="comment-head">mapper-jo commented on Mar 3, 2031</p>
<div class="comment-body"><p>{report}</p><p>Reactions: 👍 2</p></div></div>
<div class="event">kay-m added the <span>toll</span> label on Mar 4, 2031</div>
<div class="timeline-comment"><p class="comment-head">ci-helper bot commented on Mar 4, 2031</p>
<div class="comment-body">
<p>A casualty change needs two sources before it is merged.</p></div></div>
<div class="timeline-comment">
<p class="comment-head">kay-m (Maintainer) commented on Mar 6, 2031</p>
<div class="comment-body"><p>{follow_up}</p></div></div>
<div class="event">kay-m closed this as completed in #32 on Mar 7, 2031</div>
<p class="lock">Sign up for free to join this conversation on GitHub.
Already have an account? Sign in to comment</p>
</main></body></html>"""


def test_an_issue_page_reads_its_comments_and_is_dated_by_its_last_event(tmp_path: Path):
    article = _html(
        tmp_path, "issue.html", _ISSUE_PAGE.format(report=_REPORT, follow_up=_FOLLOW_UP)
    )
    assert article.published == "2031-03-07"
    assert _REPORT in article.text and _FOLLOW_UP in article.text
    flagged = [article.text[s:e] for s, e in article.boilerplate]
    joined = "\n".join(flagged)
    for line in (
        "mapper-jo commented on Mar 3, 2031",
        "Reactions: 👍 2",
        "A casualty change needs two sources before it is merged.",
        "kay-m (Maintainer) commented on Mar 6, 2031",
        "Notifications | Fork 5 | Star 40",
        "fieldlog / outpost-incidents",
    ):
        assert line in joined or line not in article.text, line
    assert _REPORT not in joined and _FOLLOW_UP not in joined


def test_issue_timeline_events_and_sidebar_fields_are_flagged():
    text = _page(
        "mapper-jo commented on Mar 3, 2031",
        _FOLLOW_UP,
        "kay-m added the toll and location labels on Mar 4, 2031",
        "kay-m closed this as completed in #32 on Mar 7, 2031",
        "jo-ames mentioned this issue in pull request #32 Fix row 88 on Mar 5, 2031",
        "Labels: toll, location",
        "Participants: 3",
        _REPORT,
    )
    for line in (
        "mapper-jo commented on Mar 3, 2031",
        "kay-m added the toll and location labels on Mar 4, 2031",
        "kay-m closed this as completed in #32 on Mar 7, 2031",
        "jo-ames mentioned this issue in pull request #32 Fix row 88 on Mar 5, 2031",
        "Labels: toll, location",
        "Participants: 3",
    ):
        assert _flagged(text, line), line
    assert not _flagged(text, _REPORT)
    assert not _flagged(text, _FOLLOW_UP)


_CHANNEL = """<!DOCTYPE html><html><head><title>Ridge Monitor – Telegram</title>
<meta property="og:site_name" content="Telegram"></head><body><main>
<div class="tgme_channel_download_telegram">
If you have Telegram, you can view and join Ridge Monitor right away.</div>
<a class="tgme_action_button">VIEW IN TELEGRAM</a>
<div class="tgme_widget_message"><div class="tgme_widget_message_text">{report}</div>
<div class="tgme_widget_message_footer"><span>14.2K</span>
<time datetime="2031-03-14T21:10:00+03:00">Mar 14, 21:10</time></div></div>
<div class="tgme_widget_message"><div>0:12 Please open Telegram to view this post</div>
<div class="tgme_widget_message_text">{follow_up}</div>
<div class="tgme_widget_message_footer"><span>9.8K</span>
<time datetime="2031-03-15T08:30:00+03:00">Mar 15, 08:30</time></div></div>
<div class="tgme_widget_message"><div class="tgme_widget_message_text">
📣 Our backup channel: @ridgemonitor2 . Share the channel with friends 🙏</div>
<div class="tgme_widget_message_footer"><span>3.1K</span>
<time datetime="2031-03-15T09:00:00+03:00">Mar 15, 09:00</time></div></div>
</main></body></html>"""


def test_a_channel_preview_is_dated_by_its_last_message_and_its_prompts_flagged(
    tmp_path: Path,
):
    article = _html(tmp_path, "channel.html", _CHANNEL.format(report=_REPORT, follow_up=_FOLLOW_UP))
    assert article.published == "2031-03-15"
    text = article.text
    for line in (
        "If you have Telegram, you can view and join Ridge Monitor right away.",
        "VIEW IN TELEGRAM",
        "Please open Telegram to view this post",
        "Our backup channel: @ridgemonitor2",
        "9.8K",
    ):
        assert line not in text or _flagged(text, line), line
    assert not _flagged(text, _REPORT)


def test_talk_page_header_boxes_and_banners_are_flagged_not_the_discussion():
    text = _page(
        "Be polite, and welcome to new users · Assume good faith · Avoid personal attacks",
        "Archives: 1 · Auto-archiving period: 30 days",
        "This page is related to the Kashmir conflict, which has been designated as a "
        "contentious topic.",
        "WikiProject Pakistan (High-importance)",
        "A news item involving this article was featured on Wikipedia's Main Page in the "
        '"In the news" section on 3 March 2031.',
        "Casualty count",
        _REPORT,
        "The following is a closed discussion of a requested move. Please do not modify it.",
        _FOLLOW_UP,
    )
    for line in (
        "Be polite, and welcome to new users",
        "Auto-archiving period: 30 days",
        "designated as a contentious topic",
        "WikiProject Pakistan (High-importance)",
        "featured on Wikipedia's Main Page",
        "The following is a closed discussion of a requested move.",
    ):
        assert _flagged(text, line), line
    assert not _flagged(text, _REPORT)
    assert not _flagged(text, _FOLLOW_UP)


_PROFILE = """<!DOCTYPE html><html><head><title>Cpl. Dana Vries | Honour Roll</title></head>
<body><main><h1>Cpl. Dana Vries</h1>
<table><tr><th>Hometown</th><td>Lakeport</td></tr>
<tr><th>Date of death</th><td>March 2, 2031</td></tr></table>
<p>{report}</p><p>{follow_up}</p>
{updated}
</main></body></html>"""


def test_a_profile_is_dated_by_its_last_update_never_by_a_date_of_death(tmp_path: Path):
    updated = '<div class="updated">Profile created Mar. 5, 2031 · Last updated Mar. 19, 2031</div>'
    article = _html(
        tmp_path,
        "profile.html",
        _PROFILE.format(report=_REPORT, follow_up=_FOLLOW_UP, updated=updated),
    )
    assert article.published == "2031-03-19"
    bare = _html(
        tmp_path, "bare.html", _PROFILE.format(report=_REPORT, follow_up=_FOLLOW_UP, updated="")
    )
    assert bare.published != "2031-03-02"


def test_hostile_post_headers_do_not_hang():
    lines = ["#1 | " + "1" * 5000, "#" * 10000, "x commented on " + "Mar 3, 2031 " * 500]
    assert latest_post(lines) == ""
