"""A digest whose first entry is numbered has no headline of its own above it: its title is
the series name in its masthead, or there is none. Every line is written here."""

from briefdeck.ingest import article_from_text
from briefdeck.ingest.metadata import find_headline

_ENTRY = (
    "1) Harbour Watch channel\n"
    "Mon 3 Mar, 08:10\n"
    "The channel said patrol boats were seen near the northern pier before dawn on Monday.\n\n"
    "2) Coastal Voice\n"
    "Mon 3 Mar, 09:42\n"
    "The second channel repeated the claim and added that two boats had turned back.\n"
)


def test_a_numbered_entry_is_not_the_headline():
    assert article_from_text(_ENTRY).headline == ""


def test_the_series_title_in_the_masthead_is_the_digest_headline():
    lines = [
        ("RIVERSIDE MONITORING | OPEN-SOURCE DESK", True),
        ("COASTAL CHANNELS WATCH: NORTHERN PORTS", True),
        ("For subscribers only. Not for onward publication.", True),
        ("1) Harbour Watch channel", False),
        ("The channel said patrol boats were seen near the northern pier before dawn.", False),
    ]
    assert find_headline(lines) == ("COASTAL CHANNELS WATCH: NORTHERN PORTS", 1)


def test_a_digest_without_a_series_title_has_no_headline():
    lines = [
        ("Riverside Monitoring Ltd", True),
        ("1) Harbour Watch channel", False),
        ("The channel said patrol boats were seen near the northern pier before dawn.", False),
    ]
    assert find_headline(lines) == ("", -1)
