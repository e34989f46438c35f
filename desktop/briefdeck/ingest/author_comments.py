"""A paper's page: the authors' own comments on a version are the paper's words.

A preprint server's landing page sets under the abstract what the authors say of the version
shown ("Author comments on this version": the toll a version corrects, a postscript on a
later attack). The page marks that block with a class naming it comments, like the readers'
comments under a story, which the story reader drops; a block headed as the authors' comments
or notes is renamed (a plain note) before the page is read, so that its words stay with the
abstract. The
readers' comment counter and login line stay furniture (rules_paper_pages).
"""

from __future__ import annotations

import re

import lxml.etree
import lxml.html

from briefdeck.ingest.issue_threads import rename_comment_blocks

_HEADINGS = lxml.etree.XPath("//h2|//h3|//h4")
# "Author comments on this version", "Authors' note", "Comments from the authors"
_AUTHORS_HEADING = re.compile(
    r"^(?:(?:the )?authors?['’]?s?['’]? (?:comments?|notes?|remarks?)|(?:comments?|notes?) "
    r"(?:from|by) the authors?)\b",
    re.IGNORECASE,
)
_COMMENT = re.compile(r"comment", re.IGNORECASE)
_UP = 3  # levels from the heading to the block that holds it


def _marked_comment(el: lxml.html.HtmlElement) -> bool:
    return any(_COMMENT.search(el.get(attr) or "") for attr in ("class", "id"))


def keep_author_comments(tree: lxml.html.HtmlElement) -> None:
    """Rename the comment marks of a block headed as the authors' comments, so it is read."""
    for heading in _HEADINGS(tree)[:60]:
        text = " ".join(heading.text_content().split())
        if len(text) > 60 or "uthor" not in text or not _AUTHORS_HEADING.match(text):
            continue
        block = heading
        for _ in range(_UP):
            if _marked_comment(block):
                rename_comment_blocks(block)
                # its marks named as the authors' ("comments-authors") read as a byline box
                # to the story reader, which drops those too: the block is a plain note
                for attr in ("class", "id"):
                    if block.get(attr):
                        block.set(attr, "version-note")
                break
            parent = block.getparent()
            if parent is None or parent.tag in ("body", "html"):
                break
            block = parent
