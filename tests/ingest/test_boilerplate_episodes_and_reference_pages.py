"""Furniture of podcast episode pages, transcripts, monitoring products, parliamentary record
pages, testimony PDFs and wiki pages; with reporting that shares their words left alone.
Sentences are ours."""

from __future__ import annotations

import pytest

from briefdeck.ingest import article_from_text
from briefdeck.ingest.boilerplate import find_boilerplate

OPENING = (
    "Two rockets landed near a supply depot outside the city late on Friday, damaging a "
    "warehouse, police said."
)
CLOSING = (
    "Local officials said the road to the depot would stay closed while engineers checked the site."
)


def _flags(text: str, line: str) -> bool:
    start = text.index(line)
    return any(a <= start and start + len(line) <= b for a, b in find_boilerplate(text))


def _flagged(line: str) -> bool:
    text = "\n\n".join((OPENING, line, CLOSING))
    return _flags(text, line)


@pytest.mark.parametrize(
    "line",
    [
        "Skip next section What happens to the bases?",
        "Jump to navigation Jump to search",
        "From Wikipedia, the free encyclopedia",
        "This page was last edited on 3 May 2025, at 17:40 (UTC).",
        "Back to search results",
        'Showing 1 - 12 of 40 results for "airbase" (answered 2 May 2025 to 9 May 2025)',
        "Report a problem with this page",
        "No this page is not useful",
        "Written questions, answers and statements",
        "Question for Department for Transport",
        "A weekly podcast from the Harbour Strategy Institute",
        "▶ Play episode   ↓ Download (31.2 MB)   Share",
        "SHOW NOTES",
        "SPONSORS",
        "This week's show was produced by Ana Ruiz. Music by Coldfront.",
        "Today's episode is brought to you by Atlas Boots, made for long patrols.",
        "HOST: One quick thing. Atlas Boots lasts through anything. Use code PATROL for 20% off.",
        "This interview has been condensed and edited for clarity.",
        "[Begins]",
        "[Recording ends]",
        "[Excerpt: Chapter 2, pages 4-9]",
        "Full transcript available to subscribers.",
        "Monitor: Basra desk (JK/PL). Next Gulf shipping digest: 4 June 2025.",
        "Gulf Media Service | Translation",
        "Translation note: our rendering of the spoken Persian; unclear words are marked.",
    ],
)
def test_episode_transcript_and_reference_page_furniture_is_flagged(line):
    assert _flagged(line)


@pytest.mark.parametrize(
    "line",
    [
        "The minister was asked in a written question how many troops remain at the airbase.",
        "She said the show of force was meant to deter further attacks on the convoy routes.",
        "Officials said the drone was brought down by a jammer before it reached the port.",
        "The transcript of the call, released on Monday, shows the general warned of more strikes.",
        "Police said the monitor at the border crossing recorded 40 trucks on Thursday.",
        "Results of the inquiry, showing 12 failures in air defence, were published on Tuesday.",
        "14:05  Sirens sound across the northern towns as interceptors launch",
        "The drills, part of a series hosted by the army, ended on Sunday without incident.",
    ],
)
def test_reporting_that_shares_their_words_is_not_flagged(line):
    assert not _flagged(line)


def test_an_episode_chapter_list_from_zero_is_flagged_but_a_live_blogs_times_are_not():
    chapters = ["00:00  Welcome", "03:12  The strike on the depot", "11:40  What the police know"]
    text = "\n".join([OPENING, "", *chapters, "", CLOSING])
    assert all(_flags(text, c) for c in chapters)
    live = [
        "09:10  Sirens heard in the port",
        "09:25  Interceptors seen over the bay",
        "09:40  Army confirms two rockets",
    ]
    text = "\n".join([OPENING, "", *live, "", CLOSING])
    assert not any(_flags(text, c) for c in live)


def test_a_shows_title_over_its_tagline_is_its_masthead_not_the_headline():
    text = (
        "THE NIGHT WATCH\nA podcast from the Harbour Strategy Institute\n\n"
        "Ep. 12: Rockets at the depot, and what comes next\n\n" + OPENING + "\n\n" + CLOSING
    )
    article = article_from_text(text)
    assert _flags(text, "THE NIGHT WATCH")
    assert article.headline == "Ep. 12: Rockets at the depot, and what comes next"


def test_a_testimonys_running_heads_below_its_start_are_flagged():
    text = "\n\n".join(
        [
            "NOT FOR PUBLICATION UNTIL RELEASED BY THE",
            "SENATE FOREIGN RELATIONS COMMITTEE",
            "Statement of",
            "Admiral Ruth K. Osei, U.S. Navy",
            OPENING,
            "Testimony of Admiral Ruth K. Osei, USN, Commander, Fleet Forces",
            "SFRC, 4 May 2026",
            CLOSING,
        ]
    )
    for line in (
        "SENATE FOREIGN RELATIONS COMMITTEE",
        "SFRC, 4 May 2026",
        "Testimony of Admiral Ruth K. Osei, USN, Commander, Fleet Forces",
    ):
        assert _flags(text, line)
    assert article_from_text(text).headline == "Statement of Admiral Ruth K. Osei, U.S. Navy"


def test_a_datelines_own_line_inside_a_digest_is_not_a_running_head():
    text = "\n\n".join(["Digest of the week", OPENING, "ERBIL, 4 May 2026", CLOSING])
    assert not _flags(text, "ERBIL, 4 May 2026")


def test_a_monitors_name_plate_and_item_row_are_not_the_headline():
    text = "\n\n".join(
        [
            "CASPIAN OPEN MEDIA MONITOR (COMM)",
            "Item AZ-0412 | Priority: Routine | Filed 4 May 2026",
            "Source: State TV, evening bulletin. Language: Azerbaijani.",
            "Defence ministry reports drone shot down near border post",
            OPENING,
            CLOSING,
        ]
    )
    assert _flags(text, "CASPIAN OPEN MEDIA MONITOR (COMM)")
    assert article_from_text(text).headline == (
        "Defence ministry reports drone shot down near border post"
    )


def test_a_series_name_repeated_under_its_running_head_is_not_the_headline():
    text = "\n\n".join(
        [
            "Port Risk Bulletin PRB-2026-04",
            "Page 1 of 2",
            "PORT RISK BULLETIN",
            "Southern approaches: drone threat to tankers at anchor",
            OPENING,
            "Port Risk Bulletin PRB-2026-04",
            "Page 2 of 2",
            CLOSING,
        ]
    )
    assert article_from_text(text).headline == (
        "Southern approaches: drone threat to tankers at anchor"
    )


def test_a_wiki_page_dates_from_its_last_edit_and_its_see_also_list_is_flagged():
    text = "\n\n".join(
        [
            "Rocket attacks on the northern depots",
            OPENING,
            "Date\t2 March 2025 – present",
            CLOSING,
            "See also[edit]",
            "Border crossings of the region",
            "Depot fire of 2019",
            "This page was last edited on 9 June 2026, at 08:15 (UTC).",
        ]
    )
    article = article_from_text(text)
    assert article.published == "2026-06-09"
    assert _flags(text, "Border crossings of the region") and _flags(text, "Depot fire of 2019")


def test_a_page_of_written_answers_dates_from_its_latest_answer():
    text = "\n\n".join(
        [
            "Defence: Bases",
            "Question for Ministry of Defence",
            OPENING,
            "Answered on 3 May 2026",
            "Defence: Convoys",
            "Question for Ministry of Defence",
            CLOSING,
            "Answered on 5 May 2026",
        ]
    )
    assert article_from_text(text).published == "2026-05-05"


def test_a_date_closing_the_page_title_is_not_the_outlet(tmp_path):
    from briefdeck.ingest import read_article

    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Depot hit by rockets: what we know – Harbour Herald – 05/14/2026"
        "</title></head><body><article><h1>Depot hit by rockets: what we know</h1>"
        f"<p>{OPENING}</p><p>{CLOSING}</p></article></body></html>",
        encoding="utf-8",
    )
    article = read_article(page)
    assert article.outlet == "Harbour Herald"
    assert article.headline == "Depot hit by rockets: what we know"
