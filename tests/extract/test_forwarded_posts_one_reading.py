"""One reading of a channel's forwarded post (forwarded_posts.py) for quotes, sourcing, the lede
and organizations; and subjects that only look like a body speaking. Texts are our own."""

from __future__ import annotations

from briefdeck.extract.forwarded_posts import channel_name, forwarded_post, forwarded_speaker
from briefdeck.extract.lede_reposts import reposted
from briefdeck.extract.org_found import Found
from briefdeck.extract.org_press_offices import press_office_aliases

from .drafting import Drafts

DRAFTS = Drafts("2026-11-30")

_PAGE = (
    "River Watch\n\nMar 3, 20:10\n\n"
    "Forwarded from Hill Brigades ☑️\n\nStatement\n\nOur fighters hit the camp.\n\n"
    "Second line of the statement.\n\nThird line.\n\nFourth line with the claim.\n\n"
    '"We will not stop."\n\n👁 9.1K\n\n'
    'Our own note: a farmer called it "a loud night".\n\n'
    "Mar 3, 21:00\n\nRiver Watch\n\nBlasts heard near the bridge.\n"
)


def test_the_channels_name_loses_its_badge_aside_and_second_language():
    assert channel_name("Hill Brigades ☑️") == "Hill Brigades"
    assert channel_name("Valley Cell | خلية الوادي") == "Valley Cell"
    assert channel_name("Lake Front (official channel)") == "Lake Front"
    assert channel_name("Coast Desk 🇮🇶") == "Coast Desk"


def test_a_forwarded_post_ends_at_its_view_count_with_an_eye():
    at = _PAGE.index("We will not stop")
    assert forwarded_speaker(_PAGE, at) == "Hill Brigades"
    assert forwarded_speaker(_PAGE, _PAGE.index("a loud night")) == ""
    assert forwarded_post(_PAGE, _PAGE.index("Blasts heard")) is None


def test_every_line_of_a_repost_is_the_reposts_not_only_the_first_few():
    assert reposted(_PAGE, _PAGE.index("Fourth line"))
    assert not reposted(_PAGE, _PAGE.index("Blasts heard"))


def test_a_news_channel_forwarded_gives_no_speaker():
    page = _PAGE.replace("Hill Brigades", "Hill Events")
    assert forwarded_speaker(page, page.index("We will not stop")) == ""
    assert reposted(page, page.index("Fourth line"))


def test_a_body_press_office_in_lower_case_is_the_body():
    found = {"Border Force": Found("Border Force", 0, 12, ["BF"])}
    press_office_aliases(
        "Later the BF media centre said two were hurt; The BF’s press office agreed.", found
    )
    assert found["Border Force"].aliases == ["BF", "BF media centre", "BF’s press office"]


def test_page_parts_and_plural_claims_are_no_body_speaking():
    texts = [
        t
        for _, _, t in DRAFTS.sources(
            "Resolved: Lead now says the port was hit twice.\n\n"
            "Houthi claims run high: they claimed nine boats sunk this month.\n\n"
            "Vessel reports blast off the coast.\n"
        )
    ]
    assert not any(t.startswith(("Lead", "Houthi claims", "Vessel")) for t in texts)


def test_a_known_party_named_only_by_a_forward_header_is_an_organization():
    page = _PAGE.replace("Hill Brigades ☑️", "Kataib Hezbollah ☑️")
    names = {o.name for o in DRAFTS.facts(page).organizations}
    assert "Kataib Hezbollah" in names
