"""A story that a page holds only in its scripts, for a page saved before its JavaScript ran.

A page built by a JavaScript framework (Next.js and the like) and saved before it rendered
shows a skeleton: "Enable JavaScript", placeholders, "Loading story...", a consent wall.
Its story is still there, in the page's data for search engines (JSON-LD: a NewsArticle's
"articleBody", "headline", "datePublished", "author") or in the framework's page-data blob
(Next.js's __NEXT_DATA__: a "body" beside a "headline"). The story is read from there only
when the visible text does not already show it, so an ordinary page is read as before.
Malformed JSON is skipped, never an error: the visible text is then all there is.
"""

from __future__ import annotations

import html
import json
import re
from collections import deque
from dataclasses import dataclass

import lxml.etree
import lxml.html

_LD_JSON = lxml.etree.XPath("//script[@type='application/ld+json']/text()")
_PAGE_DATA = lxml.etree.XPath("//script[@type='application/json' or @id='__NEXT_DATA__']/text()")

# schema.org types whose articleBody is the story (any *Article type, a blog post, a report)
_ARTICLE_TYPE = re.compile(r"(?:Article|BlogPosting|Report|LiveBlogPosting)$")
_BODY_KEYS = ("articleBody", "body", "bodyText", "content", "text", "story")
_MIN_STORY_CHARS = 400  # a teaser or a description is not the story
_MAX_SCRIPT_CHARS = 5_000_000
_MAX_NODES = 20_000  # a page-data blob is walked this far, no further
_TAGS = re.compile(r"<[a-zA-Z/][^>]*>")
_NOT_WORD = re.compile(r"[\W_]+")  # spaces, punctuation, quote marks and dashes


@dataclass
class ScriptStory:
    text: str
    headline: str = ""
    published: str = ""
    byline: str = ""
    source: str = "JSON-LD"  # where it was found, for the user's note


def _loads(raw: str) -> object:
    raw = raw.strip().removeprefix("<!--").removesuffix("-->").strip()
    if not raw or len(raw) > _MAX_SCRIPT_CHARS:
        return None
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):
        return None


def _nodes(data: object):
    """Every dict in a parsed JSON value, breadth first, at most _MAX_NODES of them."""
    queue, seen = deque([data]), 0
    while queue and seen < _MAX_NODES:
        item = queue.popleft()
        seen += 1
        if isinstance(item, dict):
            yield item
            queue.extend(v for v in item.values() if isinstance(v, dict | list))
        elif isinstance(item, list):
            queue.extend(v for v in item if isinstance(v, dict | list))


def _is_article(node: dict) -> bool:
    kinds = node.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(k, str) and _ARTICLE_TYPE.search(k) for k in kinds)


def _names(value: object) -> str:
    """A JSON-LD author: a name, a Person, or a list of them."""
    items = value if isinstance(value, list) else [value]
    names = [i.get("name") if isinstance(i, dict) else i for i in items]
    return " and ".join(n.strip() for n in names if isinstance(n, str) and n.strip())


def _prose(value: object) -> str:
    """A body as plain paragraphs (a page-data body may be HTML)."""
    if not isinstance(value, str):
        return ""
    text = value
    if _TAGS.search(text):
        try:
            tree = lxml.html.fragment_fromstring(text, create_parent="div")
            for el in tree.iter("p", "h2", "h3", "li", "br", "blockquote"):
                el.tail = "\n\n" + (el.tail or "")
            text = tree.text_content()
        except (lxml.etree.ParserError, ValueError):
            text = _TAGS.sub(" ", text)
    paras = (" ".join(p.split()) for p in re.split(r"\n\s*\n|\n", text))
    return "\n\n".join(p for p in paras if p)


def _story(node: dict, keys: tuple[str, ...], source: str) -> ScriptStory | None:
    for key in keys:
        text = _prose(node.get(key))
        if len(text) >= _MIN_STORY_CHARS:
            headline = node.get("headline") or node.get("title") or ""
            byline = _names(node.get("author")) or node.get("byline") or ""
            published = node.get("datePublished") or node.get("publishedAt") or ""
            return ScriptStory(
                text,
                headline if isinstance(headline, str) else "",
                published if isinstance(published, str) else "",
                byline if isinstance(byline, str) else "",
                source,
            )
    return None


def script_story(tree: lxml.html.HtmlElement) -> ScriptStory | None:
    """The longest story in the page's JSON-LD articles, else in its page-data blobs."""
    found: list[ScriptStory] = []
    for raw in _LD_JSON(tree):
        for node in _nodes(_loads(str(raw))):
            if _is_article(node) and (story := _story(node, ("articleBody",), "JSON-LD")):
                found.append(story)
    if not found:
        for raw in _PAGE_DATA(tree):
            for node in _nodes(_loads(str(raw))):
                if "headline" in node or "title" in node:
                    story = _story(node, _BODY_KEYS, "the page's script data")
                    if story:
                        found.append(story)
    return max(found, key=lambda s: len(s.text)) if found else None


def _folded(text: str) -> str:
    """Text as compared: entities unescaped, quote marks and dashes of any kind alike (only
    letters and digits kept), case folded; a JSON-LD body often writes straight quotes and
    entities where the page shows curly ones."""
    return _NOT_WORD.sub("", html.unescape(text).casefold())


def shown(story: str, visible: str) -> bool:
    """True when the visible text already holds the story: one of its first paragraphs.
    The story itself, its paragraphs run together, is trafilatura's own reading of the
    script (it falls back on it for a short page): not shown."""
    flat = _folded(visible)
    if flat == _folded(story):
        return False
    for para in story.split("\n\n")[:5]:
        probe = _folded(para[:80])[:40]
        if len(probe) >= 24 and probe in flat:
            return True
    return False
