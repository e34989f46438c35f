"""What an HTML page says about its story besides the text: headline, outlet, byline,
publication date and address, from trafilatura's reading of the page checked against what the
page itself shows (its title bar, its stamps, a social post's writer, a chat log's many)."""

from __future__ import annotations

import lxml.html

from briefdeck.ingest.byline_boxes import better_writers
from briefdeck.ingest.chat_exports import chat_log_date, is_chat_log, post_page
from briefdeck.ingest.day_pages import wiki_page_title
from briefdeck.ingest.market_pages import is_market_page
from briefdeck.ingest.page_bylines import header_byline, page_writers
from briefdeck.ingest.page_dates import header_stamp, page_published
from briefdeck.ingest.page_markup import VISIBLE_TEXT
from briefdeck.ingest.page_titles import (
    agency_author,
    page_headline,
    page_title,
    site_name,
    undated_title,
)


def page_hints(doc, tree: lxml.html.HtmlElement) -> dict[str, str]:
    """The page's headline, byline, published, outlet and url, each only where found; `doc`
    is trafilatura's reading of the page (None where it failed)."""
    title, title_outlet = page_title(tree)
    if doc is None:
        return {"outlet": title_outlet} if title_outlet else {}
    values = {
        "headline": undated_title(str(doc.title or "")),
        "byline": doc.author,
        "published": doc.date,
        "outlet": site_name(doc, title_outlet) or title_outlet,
        "url": doc.url,
    }
    if not values["outlet"]:
        values["outlet"] = agency_author(tree)
    values["byline"] = better_writers(str(values["byline"] or ""), tree, str(values["outlet"]))
    values["headline"] = page_headline(values["headline"], title, title_outlet, tree)
    writer, post = post_page(title, tree)
    if writer:  # a social post's page: its writer by name (not by handle), its first post
        values["byline"], values["headline"] = writer, post or values["headline"]
    # a channel's many writers, a market's traders: none of them is the byline
    chat_log = is_chat_log(tree) or is_market_page(tree)
    if chat_log:  # a channel's many writers: none of them, nor its preamble, is the byline
        values["byline"] = ""
        values["published"] = values["published"] or chat_log_date(tree)
    nodes = VISIBLE_TEXT(tree)
    headline = values["headline"]
    values["headline"] = wiki_page_title(headline) or headline
    values["published"] = page_published(tree, nodes, headline, str(values["published"] or ""))
    if not values["published"]:  # read only if the story's own text gives no date either
        values["published_fallback"] = header_stamp(nodes)
    if not values["byline"] and not chat_log:
        values["byline"] = header_byline(nodes)
    hints = {key: " ".join(str(value).split()) for key, value in values.items() if value}
    if "byline" in hints:  # the people, no places, roles, dates
        hints["byline"] = page_writers(hints["byline"], hints.get("outlet", ""))
    if not hints.get("byline"):
        hints.pop("byline", None)
    return hints
