"""A wiki's "Difference between revisions" page, read as its new text with the old kept aside.

MediaWiki draws a diff as a table: each changed paragraph twice, the removed wording (marked
"−") beside the added one ("+"), in wikitext, with the revisions' heads, edit summaries and
"Line 14:" markers above. The story reader makes little of such a table (it kept half of an
old paragraph and no new one), and the old wording is what the page says is no longer so: a
superseded date or toll. The table is rebuilt as paragraphs before the page is read: the
added and unchanged wording as the page's text, the removed wording under its "−" mark (the
furniture rules flag such a line, so it stays visible but is never drafted), the wikitext's
links, emphasis and reference tags shown as a reader sees them. The revisions' heads and line
markers are left out: they are the page's history, not the story.
"""

from __future__ import annotations

import re

import lxml.html

from briefdeck.ingest.wiki_chrome import is_wiki

REMOVED_MARK = "\u2212 "  # the diff's own marker for a removed line, opening its paragraph

_TABLE_CLASSES = {"diff", "diff-type-table"}
_CELLS = 400  # rows read from one table: a diff longer than that is read as it was
# [[target|shown]] and [[shown]]: a wikilink shows its last part
_LINK = re.compile(r"\[\[(?:[^\[\]|]{0,200}\|)?([^\[\]|]{0,200})\]\]")
# <ref name="x"/> and <ref ...>...</ref>: a footnote's source, shown as a number on the page
_REF = re.compile(r"<ref\b[^<>]{0,200}/>|<ref\b[^<>]{0,200}>[^<]{0,1000}</ref>", re.I)
# {{cite ...}}, {{As of|2026}}: templates, shown as something else or nothing
_TEMPLATE = re.compile(r"\{\{[^{}]{0,500}\}\}")
_EMPHASIS = re.compile(r"'{2,5}")
_HEADING = re.compile(r"^(={1,6})\s*([^=]{1,200}?)\s*\1$")


def _shown(wikitext: str) -> str:
    """The words a reader of the rendered page sees for a line of wikitext."""
    text = " ".join(wikitext.split())
    if "<" in text:
        text = _REF.sub("", text)
    if "{{" in text:
        text = _TEMPLATE.sub("", text)
    if "[[" in text:
        text = _LINK.sub(r"\1", text)
    if "''" in text:
        text = _EMPHASIS.sub("", text)
    heading = _HEADING.match(text)
    return heading.group(2) if heading else text.strip()


def _classes(el) -> set[str]:
    return set((el.get("class") or "").split())


def _paragraph(text: str) -> lxml.html.HtmlElement:
    p = lxml.html.Element("p")
    p.text = text
    return p


def _row_paragraphs(row) -> list[str]:
    """A content row's paragraphs: the removed wording (marked), then the added or unchanged
    one; nothing for a head, a "Line N:" marker or an "N intermediate revisions" row."""
    old = new = context = ""
    for cell in row.iterfind("td"):
        classes = _classes(cell)
        if classes & {"diff-lineno", "diff-multi", "diff-otitle", "diff-ntitle"}:
            return []
        if "diff-deletedline" in classes:
            old = _shown(cell.text_content())
        elif "diff-addedline" in classes:
            new = _shown(cell.text_content())
        elif "diff-context" in classes:
            context = context or _shown(cell.text_content())
    out = [REMOVED_MARK + old] if old else []
    if new or context:
        out.append(new or context)
    return out


def read_wiki_diff(tree: lxml.html.HtmlElement) -> None:
    """Each diff table of a MediaWiki page replaced by its paragraphs, in order."""
    if not is_wiki(tree):
        return
    for table in list(tree.iter("table")):
        if not _TABLE_CLASSES <= _classes(table) or table.getparent() is None:
            continue
        rows = [el for el in table.iter("tr")][:_CELLS]
        texts = [text for row in rows for text in _row_paragraphs(row)]
        if not texts:
            continue
        block = lxml.html.Element("div")
        for text in texts:
            block.append(_paragraph(text))
        block.tail = table.tail
        table.getparent().replace(table, block)
