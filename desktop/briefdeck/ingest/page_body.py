"""What finds an HTML page's story when trafilatura does not: the page's visible text, block
by block, layout tables (an HTML e-mail's) opened into plain blocks, and how much of a body is
prose rather than a consent wall or a skeleton waiting for its script."""

from __future__ import annotations

import re

import lxml.etree
import lxml.html

from briefdeck.ingest.page_markup import PARSER

_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "iframe",
    "template",
    "svg",
    "nav",
    "aside",
    "footer",
    "header",
    "form",
    "button",
    "select",
    "head",
    "object",
    "embed",
    "canvas",
    "video",
    "audio",
    "figure",
    "menu",
    "dialog",
)
_BLOCK_TAGS = frozenset(
    (
        "p",
        "div",
        "section",
        "article",
        "main",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "blockquote",
        "pre",
        "table",
        "tr",
        "td",
        "th",
        "dd",
        "dt",
        "dl",
        "br",
        "hr",
        "figcaption",
        "address",
        "body",
    )
)
_SPACES = re.compile(r"[ \t\u00a0]+")


def visible_text(tree: lxml.html.HtmlElement) -> str:
    """Visible text of the page, one block per paragraph, without menus and scripts."""
    tree = lxml.html.fromstring(lxml.html.tostring(tree), parser=PARSER)  # private copy
    for bad in list(tree.iter(*_DROP_TAGS)):
        if bad.getparent() is not None:
            bad.drop_tree()
    chunks: list[str] = []

    def walk(el: lxml.html.HtmlElement) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        block = tag.lower() in _BLOCK_TAGS
        if block:
            chunks.append("\n\n")
        if el.text and tag:
            chunks.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                chunks.append(child.tail)
        if block:
            chunks.append("\n\n")

    walk(tree)
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(chunks).split("\n"))
    return "\n\n".join(line for line in lines if line)


_CELL_BLOCKS = lxml.etree.XPath("./p|./div|./h1|./h2|./h3|./h4|./ul|./ol|./blockquote")
_LAYOUT_CELL_CHARS = 200
_TABLE_PARTS = ("tbody", "thead", "tfoot", "tr", "td", "th")


def _is_layout_table(table: lxml.html.HtmlElement) -> bool:
    """A table that lays out a page rather than holding data: the shape of HTML e-mails
    (nested tables, role="presentation", cells holding several paragraphs each)."""
    if (table.get("role") or "").lower() in ("presentation", "none"):
        return True
    if table.find(".//table") is not None:
        return True
    # a data table's cell may hold two short paragraphs; a story's does not fit in one
    return any(
        len(_CELL_BLOCKS(cell)) >= 2 and len(cell.text_content()) > _LAYOUT_CELL_CHARS
        for cell in table.iter("td", "th")
    )


def unwrap_layout_tables(tree: lxml.html.HtmlElement) -> None:
    """Turn layout tables into plain blocks, so each cell reads as its own paragraphs
    instead of one '| cell | cell |' row that runs headline, story and links together."""
    for table in list(tree.iter("table")):
        if table.tag == "table" and _is_layout_table(table):
            for el in [table, *table.iter(*_TABLE_PARTS)]:
                el.tag = "div"


# A paragraph of a consent wall or of a page skeleton waiting for its script, by its words
_WALL_WORDS = re.compile(
    r"\b(?:cookies?|consent|privacy|(?:our|\d+) partners|personal data|enable javascript|"
    r"javascript (?:is )?(?:disabled|required)|loading|subscribe|sign in|log in|ad ?blocker)\b",
    re.IGNORECASE,
)


def prose_chars(body: str) -> int:
    """The length of the text's paragraphs that are neither a consent wall nor a skeleton's
    "Loading ..." note: a wall can be longer than the story a script holds."""
    return sum(len(p) for p in body.split("\n") if not _WALL_WORDS.search(p))
