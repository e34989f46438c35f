"""A social post's own account commenting under it: the update is part of the post.

A news account posts a story as a caption, then pins a comment of its own under it with what
changed ("UPDATE: the ministry now says nine were killed ..."). The story reader drops the
comments under a post as readers' talk, which the others are (their handles, likes and
rumours are furniture); the account's own comment is its latest word on the story. Such a
comment is known by its head: the same profile link the post's head carries. Its words (the
comment's longest part: not its head, age, likes or reply button) are set as a paragraph
after the post's caption, before the comments, so the story reads in the order it was told.
"""

from __future__ import annotations

import lxml.html

_ITEMS = 200  # comments looked at on one page
_PARTS = 8  # a comment's parts: head, text, foot, replies button


def _classes(el) -> list[str]:
    return (el.get("class") or "").lower().split()


def _is_comment(el) -> bool:
    """A comment item: its class names it a comment (not the list, box or form of them)."""
    return el.tag in ("li", "div", "article") and any(c == "comment" for c in _classes(el))


def _profile(el) -> tuple[str, str] | None:
    """The first profile link in an element: (href, shown name)."""
    for a in el.iter("a"):
        href = (a.get("href") or "").strip()
        if href and not href.startswith(("#", "http", "mailto:", "javascript:")):
            return href.rstrip("/"), " ".join(a.text_content().split())
    return None


def _words(comment) -> str:
    """The comment's own words: its longest part with no profile link in it."""
    best = ""
    for part in list(comment)[:_PARTS]:
        if part.tag == "a" or part.find(".//a") is not None:
            continue
        text = " ".join(part.text_content().split())
        if len(text) > len(best):
            best = text
    return best


def keep_author_updates(tree: lxml.html.HtmlElement) -> None:
    """Under a post, the comments its own account wrote: their words set after the caption."""
    comments = []
    for el in tree.iter():
        if isinstance(el.tag, str) and _is_comment(el):
            comments.append(el)
            if len(comments) >= _ITEMS:
                break
    if not comments:
        return
    post = comments[0].getparent()
    while post is not None and post.tag not in ("article", "main", "body"):
        post = post.getparent()
    author = _profile(post) if post is not None else None
    if author is None:
        return
    own = [c for c in comments if _profile(c) == author]
    if not own or len(own) == len(comments):  # a thread of one writer is no post's comments
        return
    # the block of the post the comments hang from: the post's child holding the first one
    block = comments[0]
    while block.getparent() is not None and block.getparent() is not post:
        block = block.getparent()
    if block.getparent() is None:
        return
    at = post.index(block)
    for comment in own:
        words = _words(comment)
        if len(words.split()) < 6:  # "Thanks!", a link: no update
            continue
        p = lxml.html.Element("p")
        p.text = words
        post.insert(at, p)
        at += 1
