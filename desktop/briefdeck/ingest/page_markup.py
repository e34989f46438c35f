"""An HTML page's markup read safely, and the visible text nodes the page readers look at.

The page is parsed with a parser that never touches the network and does not load DTDs or
external entities; everything else (trafilatura included) works on that tree, never on the raw
page.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import lxml.etree
import lxml.html

from briefdeck.errors import InputError
from briefdeck.ingest import limits

PARSER = lxml.html.HTMLParser(
    no_network=True,
    remove_comments=True,
    remove_pis=True,
    default_doctype=False,
    collect_ids=False,
    huge_tree=False,
)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_DOCTYPE = re.compile(r"<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>", re.IGNORECASE | re.DOTALL)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w-]+)", re.IGNORECASE)

# The page's text nodes a reader sees: none of its scripts, styles or templates.
VISIBLE_TEXT = lxml.etree.XPath(
    "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript "
    "or ancestor::template)]"
)

# A page's header ends at its story's first paragraph; dates below it belong to the story,
# to links to other stories or to a list of sources.
_PARAGRAPH_CHARS = 200


def declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace").lower() if m else None


def parse(markup: str, name: str) -> lxml.html.HtmlElement:
    # Entity declarations in an internal DTD subset are dropped before parsing, so
    # nothing can ask for them to be expanded, whatever the parser's defaults.
    markup = _DOCTYPE.sub("", _XML_DECL.sub("", markup, count=1), count=1)
    try:
        return lxml.html.document_fromstring(markup, parser=PARSER)
    except (lxml.etree.ParserError, ValueError) as err:
        raise InputError(f"{name}: not a readable HTML page ({err})") from None


def check_page_text(tree: lxml.html.HtmlElement, name: str) -> None:
    """Refuse a page whose visible text passes the article limit, before the story is looked
    for: that search takes seconds a megabyte, and such a page is not one article."""
    chars = sum(len(" ".join(str(t).split())) for t in VISIBLE_TEXT(tree))
    if chars > limits.MAX_ARTICLE_CHARS:
        raise InputError(limits.too_long(name, chars, "the page holds "))


def header_lines(nodes: list[str]) -> Iterator[str]:
    """The page's visible lines (its text nodes, spaces folded) above its first paragraph."""
    for node in nodes:
        line = " ".join(node.split())
        if len(line) >= _PARAGRAPH_CHARS:
            return
        if line:
            yield line
