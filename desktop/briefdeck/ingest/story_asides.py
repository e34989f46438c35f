"""Asides that are the story's own words: an editor's note or reply, a correction, an update.

HTML ingest drops every <aside> as a sidebar, but a page sometimes boxes the story's own
correction or an editor's reply to letters in one, and that box may hold the revised toll
or the dates. Such an aside inside the article, named so by its class, id or heading,
is turned into a plain block before the body is read; other asides (related stories, most
read, newsletters) stay dropped.
"""

from __future__ import annotations

import re

import lxml.html

# class/id tokens such as "editor-reply", "editors_note", "correction", "story-update"
_OWN_TOKEN = re.compile(
    r"^(?:story[-_]?|article[-_]?)?(?:editor'?s?[-_]?(?:note|reply|response)|corrections?|"
    r"clarifications?|updates?|update[-_]?box|correction[-_]?box)$",
    re.IGNORECASE,
)
# the box's heading, the whole of it: "Editor's reply", "Correction:", "Update (Nov. 3)"
_OWN_HEADING = re.compile(
    r"^(?:editor[’']?s?[’']? (?:note|reply|response)|a note from the editors?|corrections?|"
    r"clarifications?|update[ds]?|this (?:story|article) (?:has been|was) (?:updated|corrected))"
    r"\b[^.]{0,40}$",
    re.IGNORECASE,
)
_HEADINGS = ("h2", "h3", "h4", "h5", "h6", "strong", "b")


def _in_article(el: lxml.html.HtmlElement) -> bool:
    return any(
        up.tag in ("main", "article") or (up.get("role") or "").lower() == "main"
        for up in el.iterancestors()
    )


def _named_own(aside: lxml.html.HtmlElement) -> bool:
    tokens = " ".join((aside.get("class") or "", aside.get("id") or "")).split()
    if any(_OWN_TOKEN.match(token) for token in tokens):
        return True
    for el in aside.iter(*_HEADINGS):
        return bool(_OWN_HEADING.match(" ".join(el.text_content().split())))
    return False


def keep_story_asides(tree: lxml.html.HtmlElement) -> None:
    """Turn the article's own asides (editor's note or reply, correction, update) into
    <section> blocks, so the body reader keeps them."""
    for aside in list(tree.iter("aside")):
        if _in_article(aside) and _named_own(aside):
            aside.tag = "section"
