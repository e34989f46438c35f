"""A link aggregator's discussion page (Hacker News, Lobsters and their clones) read as its
conversation.

Such a page is a submitted link, the submitter's note and the readers' comments, and the
comments are what it says: people paste the paywalled story, correct its toll and add what
it left out. The page marks each comment as a "comment", which the story reader drops as
readers' comments under an article; on such a page they are renamed before it reads, as an
issue page's are (issue_threads). Its furniture is known by shape (line rules below): the
"212 points by jo 6 hours ago | hide | past | favorite | 87 comments" line under the
title, each comment's "▲ jo 5 hours ago | parent | next [–]" head (a collapsed one ends
"[+12]"), "[flagged]" bodies, "reply" and "add comment" links.
"""

from __future__ import annotations

import re

from briefdeck.ingest.issue_threads import rename_comment_blocks
from briefdeck.ingest.rules import Rule, _rule

_AGO = r"\d{1,3} (?:minutes?|hours?|days?|weeks?|months?|years?) ago"
# "212 points by tkessler 6 hours ago": the submission's line; "tkessler 6 hours ago |
# parent | next": a comment's head. Possessive/atomic-free: each part is bounded.
_SUBTEXT = re.compile(rf"\b\d{{1,6}} points? by [\w.-]{{1,40}} {_AGO}\b")
_HEAD = re.compile(
    rf"(?:^|▲\s*)(?:\[flagged\]|[\w.-]{{1,40}}) {_AGO} \| (?:parent|prev|next|root)\b"
)
_COMMENT = re.compile(r"comment|comtr|commtext|comhead", re.IGNORECASE)
_NODES = 3000  # elements looked at: a thread's head and first comments are near the top
_CANDIDATES = 60  # stamps whose lines are read before giving up
_LINE_CHARS = 300


def _line_around(el) -> str:
    """The short line an element's stamp sits in: a real page splits the submission's line
    and each head into spans and links ("<span>212 points</span> by <a>jo</a> ...")."""
    for _ in range(4):
        text = " ".join(el.text_content().split())
        parent = el.getparent()
        if (
            parent is None
            or len(text) >= _LINE_CHARS
            or _SUBTEXT.search(text)
            or _HEAD.search(text)
        ):
            return text
        el = parent
    return " ".join(el.text_content().split())


def is_link_thread(tree) -> bool:
    """A link aggregator's thread: its submission line and at least one comment head."""
    subtext = heads = False
    candidates = 0
    for i, el in enumerate(tree.iter()):
        if i > _NODES or candidates > _CANDIDATES:
            break
        text = el.text if isinstance(el.tag, str) else None
        if not text or not (" ago" in text or "point" in text):
            continue
        candidates += 1
        line = _line_around(el)
        if len(line) >= _LINE_CHARS:
            continue
        subtext = subtext or bool(_SUBTEXT.search(line))
        heads = heads or bool(_HEAD.search(line))
        if subtext and heads:
            return True
    return False


def keep_thread_comments(tree) -> None:
    """On a link aggregator's thread, rename the comment blocks' classes and ids so that the
    reader keeps them as the page's content."""
    if is_link_thread(tree):
        rename_comment_blocks(tree, _COMMENT)


# fmt: off
RULES: tuple[Rule, ...] = (
    # The submission's line: its points, submitter, age and tools, and the comment count
    # (the counts would read as figures).
    _rule("forum furniture", rf"^\d{{1,6}} points? by [\w.-]{{1,40}} {_AGO}"
          r"(?:\s*\|\s*(?:hide|past|favorite|favourite|flag|unflag|web|discuss|"
          r"\d{1,6} comments?|edit|delete|vouch))*$", 25, hints=("points by", "point by")),
    # A comment's head: "▲ jo 5 hours ago | parent | next [–]", "[+12]" when collapsed.
    _rule("forum furniture", rf"^(?:▲\s*)?(?:\[flagged\]|\[dead\]|[\w.-]{{1,40}}) {_AGO}"
          r"(?:\s*\|\s*(?:parent|prev|next|root|context|flag|vouch|edit|delete|on: .{1,80}?))+"
          r"(?:\s*\[(?:–|-|\+\d{1,4})\])?$", 25, hints=(" ago |",)),
    # A removed comment's body, and the thread's links: "[flagged]", "add comment".
    _rule("forum furniture", r"^\[(?:flagged|dead|deleted|removed)\]$|^add comment$", 2,
          hints=("flagged", "dead", "deleted", "removed", "add comment")),
    # A moderator's note to the thread: "Please keep the thread about the reporting and avoid
    # flamebait. See the guidelines." It is about the discussion, not the news.
    _rule("forum furniture", r"^please (?:keep|stay|avoid|don['’]t|do not|remember)\b.{0,160}"
          r"\b(?:see|read|review|follow) (?:the|our) (?:site |community |posting )?"
          r"(?:guidelines|rules)\.?$", 40, hints=("guidelines", "rules")),
)
# fmt: on
