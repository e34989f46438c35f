"""A news feed saved to a file keeps every item (it used to be read as a page: one item).

The feed below is written for these tests.
"""

from __future__ import annotations

from briefdeck.extract import draft_briefing
from briefdeck.ingest import article_from_text, read_article

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>Harbour Watch Security Wire</title>
<link>https://example.org/wire</link>
<description>Short security items from the Gulf desk</description>
<item>
<title>Drones intercepted near northern port</title>
<link>https://example.org/wire/1</link>
<pubDate>Wed, 02 Dec 2026 08:10:00 GMT</pubDate>
<description><![CDATA[<p>Air defences shot down three drones approaching the port of
Shuwaikh early on Wednesday, the army said.</p><p>No one was hurt.</p>]]></description>
</item>
<item>
<title>Rocket lands near airport perimeter</title>
<link>https://example.org/wire/2</link>
<pubDate>Mon, 30 Nov 2026 21:40:00 GMT</pubDate>
<description>A rocket struck open ground near the airport late on Monday, wounding two
guards, security officials said.</description>
</item>
<item>
<title>Navy frigate arrives for escort duty</title>
<pubDate>Sat, 28 Nov 2026 12:00:00 GMT</pubDate>
<description>A frigate carrying about 180 sailors reached the Gulf on Saturday to escort
tankers, the defence ministry said.</description>
</item>
</channel>
</rss>
"""


def test_every_item_of_a_feed_saved_as_text_is_read(tmp_path):
    path = tmp_path / "wire.txt"
    path.write_text(FEED, encoding="utf-8")
    article = read_article(path)
    assert article.format == "feed"
    for words in ("three drones", "wounding two guards", "about 180 sailors"):
        assert words in article.text
    assert "<" not in article.text and "https://" not in article.text


def test_a_feed_is_dated_by_its_newest_item_and_titled_by_its_channel():
    article = article_from_text(FEED)
    assert article.published == "2026-12-02"
    assert article.headline == "Harbour Watch Security Wire"


def test_each_items_facts_are_drafted():
    briefing = draft_briefing(article_from_text(FEED))
    figures = {(f.value, f.unit) for f in briefing.facts.figures}
    assert (180.0, "sailors") in figures
    assert any(e.wounded == 2 for e in briefing.facts.events)


def test_a_page_that_only_links_to_its_feed_is_read_as_a_page():
    page = ("<html><head><title>Wire</title><link rel='alternate' type='application/rss+xml' "
            "href='/feed'></head><body><article><p>Rockets hit the base on Monday, the army "
            "said.</p></article></body></html>")
    assert article_from_text(page).format == "html"


def test_a_feed_with_an_entity_bomb_is_not_expanded():
    pairs = zip("abcdefgh", "bcdefghi", strict=True)  # each entity ten of the one before
    lol = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {n} "{("&" + p + ";") * 10}">' for p, n in pairs)
    bomb = (f'<?xml version="1.0"?><!DOCTYPE r [{lol}]><rss><channel><title>Wire</title>'
            "<item><title>&i;</title><description>Rockets hit the base.</description></item>"
            "</channel></rss>")
    article = article_from_text(bomb)
    assert len(article.text) < 1000
