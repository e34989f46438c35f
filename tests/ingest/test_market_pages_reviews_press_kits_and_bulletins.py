"""Pages of kinds met in round 51: a prediction market read with its traders' comments, a
reviews page dated by its newest item, a film's press kit, a governor's proclamation, a poll
release's standing notes, a member magazine's note on its items and a parish bulletin's
weekly lines."""

from __future__ import annotations

from tests.ingest.furniture import is_flagged as _flagged
from tests.ingest.furniture import read_page as _html
from tests.ingest.furniture import rules_over

from briefdeck.ingest.metadata import find_published

_COMMENT_ONE = (
    "The ministry confirmed the blast at the Tarn Ridge depot overnight: two guards hurt, "
    "one of them badly. Yes looks cheap to me."
)
_COMMENT_TWO = (
    "Not quite. The ministry says one guard and one driver were hurt, and the governor said "
    "yesterday the garrison stays where it is."
)


def _market() -> str:
    def comment(head: str, body: str, likes: str) -> str:
        return (
            f'<div class="comment"><p class="author">{head}</p><p>{body}</p>'
            f'<p class="likes">{likes}</p></div>'
        )

    return (
        "<html><head><title>Garrison leaves Tarn Ridge by June? | Pricewell</title></head><body>"
        "<main><h1>Garrison leaves Tarn Ridge by June?</h1>"
        "<p class='stats'>35% chance · Vol. $90,112 · Ends Jun 30, 2027</p>"
        "<p>Buy Yes 35¢ · Buy No 66¢</p>"
        '<h2>Rules</h2><p>This market will resolve to "Yes" if the defence ministry announces '
        "before the end date that the garrison has left the ridge. Otherwise it resolves to "
        '"No". Partial moves do not count.</p>'
        "<section class='comments'><h2>Comments (40)</h2>"
        + comment("ridgewatch · 3h ago · 1,200 Yes", _COMMENT_ONE, "♥ 12 · Reply")
        + comment("quietfox · 1h ago · 5,000 No", _COMMENT_TWO, "♥ 9 · Reply")
        + "<p class='more'>Load 38 more comments</p></section></main></body></html>"
    )


def test_a_market_pages_comments_are_read_and_their_heads_flagged(tmp_path):
    article = _html(tmp_path, "market.html", _market())
    assert "two guards hurt" in article.text
    assert "one guard and one driver" in article.text
    for furniture in ("ridgewatch · 3h ago · 1,200 Yes", "♥ 12 · Reply"):  # dropped or flagged
        assert furniture not in article.text or _flagged(article.text, furniture)
    assert _flagged("ridgewatch · 3h ago · 1,200 Yes\n" + _COMMENT_ONE, "ridgewatch · 3h ago")
    assert _flagged(_COMMENT_ONE + "\n♥ 12 · Reply\n" + _COMMENT_TWO, "♥ 12 · Reply")
    assert not _flagged(article.text, _COMMENT_TWO)


def test_a_markets_end_date_and_traders_date_and_sign_nothing(tmp_path):
    article = _html(tmp_path, "market.html", _market())
    assert article.published == ""
    assert article.byline == ""


def test_a_line_giving_when_something_closes_is_no_publication_date():
    lines = [("Water levy vote", False), ("Turnout 41% · Closes Jan 14, 2027", False)]
    assert find_published(lines) == ""
    assert find_published([("Water levy vote", False), ("Jan 4, 2027", False)]) == "2027-01-04"


def _reviews() -> str:
    def review(meta: str, body: str) -> str:
        return f'<article class="review"><p class="meta">{meta}</p><p>{body}</p></article>'

    return (
        "<html><head><title>Ostmark Catering reviews | JobLens</title></head><body><main>"
        + review(
            "2.0 ★★☆☆☆ · Mar 9, 2027 · Former Employee · Cook in Valden",
            "The canteen closed after the shelling and nobody told us for two days.",
        )
        + "<div class='employer-response'><p><strong>Response from Ostmark Catering</strong>"
        " · Mar 11, 2027</p><p>We are sorry and have changed how we inform staff.</p></div>"
        + review(
            "4.0 ★★★★☆ · Feb 20, 2027 · Current Employee · Driver in Valden",
            "Good pay, long routes, the convoy escorts are professional.",
        )
        + "</main></body></html>"
    )


def test_a_reviews_page_dates_from_its_newest_review_or_reply(tmp_path):
    assert _html(tmp_path, "reviews.html", _reviews()).published == "2027-03-11"


_KIT = "\n".join(
    (
        "NIGHT SHIFT",
        "Six winters at the edge of the port.",
        "OFFICIAL SELECTION | Harbourlight Film Festival 2027",
        "Synopsis",
        "The film follows the harbour pilots of Corran from 2025 until the port closed in "
        "2027. A missile hit the grain pier on the night of May 2, 2026, killing one pilot.",
        "Screenings",
        "- Apr. 3, 2027, 6:00 p.m. | Lantern Cinema, Halden | Q&A with the director",
        "- Apr. 9, 2027 | Old Mill Hall, Brask",
        "Praise",
        '"Quietly devastating." -- The Film Page',
        "Credits",
        "Directed by Ines Volk",
        "Editor: Paul Ardent",
        "Original music: Mika Sand",
        "Broadcast premiere: autumn 2027 on public television.",
        "Produced in association with Tidewell Pictures. Filmed with the cooperation of the "
        "port authority, which did not review the film.",
    )
)


def test_a_press_kits_promotion_lines_are_flagged_and_its_synopsis_kept():
    for line in (
        "Six winters at the edge of the port.",
        "OFFICIAL SELECTION | Harbourlight Film Festival 2027",
        "- Apr. 3, 2027, 6:00 p.m. | Lantern Cinema, Halden | Q&A with the director",
        "- Apr. 9, 2027 | Old Mill Hall, Brask",
        '"Quietly devastating." -- The Film Page',
        "Directed by Ines Volk",
        "Editor: Paul Ardent",
        "Original music: Mika Sand",
        "Broadcast premiere: autumn 2027 on public television.",
    ):
        assert _flagged(_KIT, line), line
    assert _flagged(_KIT, "Produced in association with Tidewell Pictures.")
    assert not _flagged(_KIT, "A missile hit the grain pier on the night of May 2, 2026")


def test_credit_shaped_lines_outside_a_film_page_are_left_alone():
    text = "Harbour report\nEditor: Paul Ardent\nA missile hit the grain pier on Monday night."
    assert "film promotion" not in rules_over(text, "Editor: Paul Ardent")


def test_a_proclamations_heading_and_countersignature_are_flagged():
    text = "\n".join(
        (
            "STATE OF NORTHMARK",
            "EXECUTIVE DEPARTMENT",
            "WHEREAS, Sergeant Ada Lorne of Brask was killed on duty on March 3, 2027;",
            "/s/ Jo Ames, GOVERNOR",
            "By the Governor: /s/ Li Wei, SECRETARY OF STATE",
        )
    )
    assert _flagged(text, "EXECUTIVE DEPARTMENT")
    assert _flagged(text, "By the Governor: /s/ Li Wei, SECRETARY OF STATE")
    assert not _flagged(text, "WHEREAS, Sergeant Ada Lorne of Brask was killed on duty")


def test_a_poll_releases_standing_notes_are_flagged_but_not_its_method():
    method = (
        "The poll was conducted online March 1-4, 2027, among 1,020 adults. The margin of "
        "sampling error is plus or minus 3.1 percentage points. Figures may not add to 100% "
        "because of rounding."
    )
    closing = (
        "The Northmark Poll is a project of the Civic Research Unit at Brask College. It is "
        "not sponsored by any campaign or party. Full crosstabs are available at poll.example.org."
    )
    text = f"Methodology\n{method}\n{closing}\n"
    assert _flagged(text, "Figures may not add to 100% because of rounding.")
    for sentence in (
        "The Northmark Poll is a project of the Civic Research Unit at Brask College.",
        "It is not sponsored by any campaign or party.",
        "Full crosstabs are available at poll.example.org.",
    ):
        assert _flagged(text, sentence), sentence
    assert not _flagged(text, "among 1,020 adults")


def test_a_member_magazines_note_on_where_its_items_come_from_is_flagged():
    text = (
        "Chapter 12 members deployed\nTwo members were hurt in the attack on Monday.\n"
        "Chapter news items are submitted by chapter secretaries and edited by Gazette staff.\n"
    )
    assert _flagged(text, "Chapter news items are submitted by chapter secretaries")


def test_a_bulletins_weekly_lines_are_flagged_and_its_letter_kept():
    letter = (
        "Many of you know that Pvt. Ada Lorne, a member of our youth choir, was hurt when a "
        "drone struck her unit's camp on Monday night. She is recovering in Brask."
    )
    text = "\n".join(
        (
            "St. Anne's Parish · 12 Mill Road, Halden · (555) 555-0100 · stanneshalden.org",
            "Weekend Masses: Saturday 5:00 PM · Sunday 9:00 AM and 11:00 AM",
            "From the Pastor",
            letter,
            "Parish Calendar",
            "Thu., Mar. 11 · Lenten soup supper · Parish hall, 6:00 PM",
            "Please Pray For",
            "Edith Marr · Tom Kessel · Pvt. Ada Lorne · all who are sick",
            "Bulletin deadline is noon Wednesday. Send items to office@stanneshalden.org.",
        )
    )
    for line in (
        "St. Anne's Parish · 12 Mill Road, Halden · (555) 555-0100 · stanneshalden.org",
        "Weekend Masses: Saturday 5:00 PM · Sunday 9:00 AM and 11:00 AM",
        "Thu., Mar. 11 · Lenten soup supper · Parish hall, 6:00 PM",
        "Edith Marr · Tom Kessel · Pvt. Ada Lorne · all who are sick",
        "Bulletin deadline is noon Wednesday.",
    ):
        assert _flagged(text, line), line
    assert not _flagged(text, letter)


def test_a_row_of_names_without_a_prayer_heading_is_left_alone():
    text = "Crew\nEdith Marr · Tom Kessel · Ada Lorne\nThe drone hit the pier on Monday night."
    assert "bulletin furniture" not in rules_over(text, "Edith Marr · Tom Kessel · Ada Lorne")
