"""HTML page to article text: trafilatura for the body, lxml as the fallback. Offline only.

The page is parsed safely (page_markup) and prepared (wiki chrome off, thread comments kept,
layout tables opened); trafilatura then works on that tree, never on the raw page. Where it
finds too little, the page's visible text is kept (page_body); a page saved before its script
rendered is read from the story the script holds (script_stories). What the page says about
the story (headline, byline, date, outlet) is read by page_hints.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import trafilatura

from briefdeck.ingest import live_stamps
from briefdeck.ingest.author_comments import keep_author_comments
from briefdeck.ingest.drop_caps import join_drop_caps
from briefdeck.ingest.issue_threads import keep_issue_comments
from briefdeck.ingest.link_threads import keep_thread_comments
from briefdeck.ingest.market_pages import keep_market_comments
from briefdeck.ingest.page_body import prose_chars, unwrap_layout_tables, visible_text
from briefdeck.ingest.page_hints import page_hints
from briefdeck.ingest.page_markup import check_page_text, declared_charset, parse
from briefdeck.ingest.post_updates import keep_author_updates
from briefdeck.ingest.script_stories import script_story, shown
from briefdeck.ingest.story_asides import keep_story_asides
from briefdeck.ingest.wiki_chrome import drop_wiki_chrome
from briefdeck.ingest.wiki_diffs import read_wiki_diff

__all__ = ["HtmlPage", "check_page_text", "declared_charset", "html_to_text", "parse"]

_MIN_BODY_CHARS = 80  # shorter than this, trafilatura probably missed the story
_ALL_VISIBLE_KEPT = "story body not recognised: kept all visible text of the page"

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


@dataclass
class HtmlPage:
    text: str
    hints: dict[str, str] = field(default_factory=dict)  # headline, byline, published ...
    warnings: list[str] = field(default_factory=list)


def html_to_text(markup: str, name: str) -> HtmlPage:
    tree = parse(markup, name)
    check_page_text(tree, name)
    drop_wiki_chrome(tree)
    read_wiki_diff(tree)  # a diff page: the new wording as text, the removed aside
    keep_issue_comments(tree)
    keep_thread_comments(tree)
    keep_market_comments(tree)  # a prediction market's traders' comments (market_pages.py)
    keep_author_updates(tree)  # a post's own account's update under it (post_updates.py)
    keep_author_comments(tree)  # a paper's "Author comments on this version" (author_comments.py)
    join_drop_caps(tree)
    unwrap_layout_tables(tree)
    keep_story_asides(tree)
    warnings: list[str] = []
    try:
        doc = trafilatura.bare_extraction(
            tree,
            favor_recall=True,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # noqa: BLE001 - any failure inside trafilatura: use the fallback
        doc = None
    body = (getattr(doc, "text", None) or "").strip()
    if len(body) < _MIN_BODY_CHARS:
        fallback = visible_text(tree)
        if len(fallback) > len(body):
            body = fallback
            warnings.append(_ALL_VISIBLE_KEPT)
    else:
        body = "\n\n".join(line.strip() for line in body.split("\n") if line.strip())
        body = live_stamps.restore(tree, body)  # the <time> stamps of a live page's entries
    hints = page_hints(doc, tree)
    story = script_story(tree)
    # a page saved before it rendered; a script body no longer than the page's prose (a
    # teaser, a description) is never read instead of it
    if story is not None and len(story.text) > prose_chars(body) and not shown(story.text, body):
        body = story.text  # the note on the visible text no longer applies; others stay
        warnings = [w for w in warnings if w != _ALL_VISIBLE_KEPT]
        found = {"headline": story.headline, "published": story.published, "byline": story.byline}
        hints.update({key: " ".join(value.split()) for key, value in found.items() if value})
        warnings.append(f"the page shows no story without JavaScript: read from {story.source}")
    return HtmlPage(body, hints, warnings)
