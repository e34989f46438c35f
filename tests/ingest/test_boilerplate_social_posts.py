"""Posts pasted from a social network: the network's furniture is flagged, the posts are not;
a thread of stamped posts dates from its latest post."""

from briefdeck.ingest import article_from_text
from briefdeck.ingest.boilerplate import classify


def _flagged(text: str) -> set[str]:
    return {text[f.start : f.end] for f in classify(text)}


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_engagement_counts_are_flagged_alone_or_side_by_side():
    text = _page(
        "Coastal Guard Command",
        "@CoastGuardCmd",
        "Two patrol boats escorted a damaged freighter into the harbour at Port Selwyn on Monday.",
        "8:05 AM · Mar 3, 2024",
        "·",
        "48.7K Views",
        "2,210 Reposts  315 Quotes  6,402 Likes  77 Bookmarks",
        "14 Retweets 3 Quote Tweets 120 Likes",
        "9:15 PM · Mar 3, 2024 · 5.2K Views",
    )
    flagged = _flagged(text)
    assert "48.7K Views" in flagged
    assert "2,210 Reposts  315 Quotes  6,402 Likes  77 Bookmarks" in flagged
    assert "14 Retweets 3 Quote Tweets 120 Likes" in flagged
    assert "9:15 PM · Mar 3, 2024 · 5.2K Views" in flagged
    assert not any("patrol boats" in f for f in flagged)


def test_a_sentence_with_counts_in_it_is_not_engagement():
    text = _page(
        "Officials said 300 shares of the company were sold before the strike on the depot.",
        "The ministry counted 1,200 comments on its draft law, a spokesman said.",
    )
    assert not _flagged(text)


def test_network_buttons_and_sidebars_are_flagged():
    text = _page(
        "Harbour Police",
        "@HarbourPolice",
        "Replying to @CityMayor and @PortAuthority",
        "Divers recovered the second container from the channel near the north pier overnight.",
        "Show more",
        "Translate post",
        "Pinned",
        "Relevant people",
        "Harbour Police",
        "Official account of the Harbour Police. Retweets and likes do not imply endorsement.",
        "Who to follow",
        "What’s happening",
        "Trending in Portugal",
        "33.4K posts",
    )
    flagged = _flagged(text)
    for line in (
        "Replying to @CityMayor and @PortAuthority",
        "Show more",
        "Translate post",
        "Pinned",
        "Relevant people",
        "Official account of the Harbour Police. Retweets and likes do not imply endorsement.",
        "Who to follow",
        "What’s happening",
        "Trending in Portugal",
        "33.4K posts",
    ):
        assert line in flagged, line
    assert not any("Divers" in f for f in flagged)


def test_a_blurb_with_the_endorsement_sign_is_flagged():
    text = _page("Press office of the port authority. RTs ≠ endorsement.")
    assert text.strip() in _flagged(text)


def test_a_thread_of_stamped_posts_dates_from_its_latest_post():
    text = _page(
        "Border Agency",
        "@BorderAgency",
        "Crossings at the northern checkpoint were closed after shelling damaged the road.",
        "6:10 PM · Feb 9, 2025",
        "Border Agency",
        "@BorderAgency",
        "The checkpoint reopened to freight traffic this morning after repairs to the road.",
        "7:45 AM · Feb 11, 2025",
        "Border Agency",
        "@BorderAgency",
        "Passenger traffic resumes tomorrow, the agency said in its latest update on the road.",
        "1:05 PM · Feb 10, 2025",
    )
    assert article_from_text(text).published == "2025-02-11"


def test_an_article_quoting_posts_keeps_its_own_date():
    text = _page(
        "Checkpoint reopens after shelling",
        "Published February 12, 2025",
        "The northern checkpoint reopened on Tuesday, the border agency said in posts online.",
        "6:10 PM · Feb 9, 2025",
        "The agency later said passenger traffic would resume within a day of the freight.",
        "7:45 AM · Feb 11, 2025",
    )
    assert article_from_text(text).published == "2025-02-12"


def test_a_single_stamped_post_keeps_its_stamp_date():
    text = _page(
        "Border Agency",
        "@BorderAgency",
        "The checkpoint reopened to freight traffic this morning after repairs to the road.",
        "7:45 AM · Feb 11, 2025",
    )
    assert article_from_text(text).published == "2025-02-11"
