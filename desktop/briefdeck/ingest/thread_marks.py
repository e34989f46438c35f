"""A chat's or a social thread's own marks around the messages, found by their place.

- "(edited)" closing a message in a chat export: the app's note that the poster changed it
  (only the mark is flagged; the message is the poster's words);
- a forum's poster blocks and signatures (forum_posts), an issue page's bot comments
  (issue_threads);
- the replies under a thread page's posts ("Replies", then other users' and the author's
  answers to the end of the page): readers' questions and good wishes, and the author's asides
  to them, are not the thread's reporting.
"""

from __future__ import annotations

import re

from briefdeck.ingest import forum_posts, issue_threads
from briefdeck.ingest.line_kinds import ArticleLine

_EDITED = re.compile(r"\s\((?:edited|modifié|bearbeitet)\)$")
# The kinds a chat export's own lines are flagged as: a text that holds one is an export.
_CHAT_KINDS = frozenset({"chat export note", "engagement counts"})
# "Replies", "Top replies": the heading over a thread page's replies (a chat's "4 replies"
# under one message opens that message's own thread, its team's talk).
_REPLIES = re.compile(r"^(?:top |all |latest )?replies$", re.I)
_REPLY_WORDS = 60  # a reply runs to a few sentences; a longer line is a post of the thread
_REPLY_LINES = 40
_POSTS_ABOVE = 3  # the thread's own posts over the heading


def flag_thread_marks(
    text: str, lines: list[ArticleLine], flags: dict[int, str]
) -> list[tuple[int, int, str]]:
    """Flag a thread page's replies, a forum's poster blocks and signatures, an issue page's
    bot comments; return (start, end, kind) of "(edited)" marks."""
    if forum_posts.has_posts(text):
        forum_posts.flag_posts(lines, flags)
    if " commented on " in text:
        issue_threads.flag_issue_page(lines, flags)
    if "eplies" in text or "EPLIES" in text:
        _flag_replies(lines, flags)
    out: list[tuple[int, int, str]] = []
    if "(" in text and not _CHAT_KINDS.isdisjoint(flags.values()):
        for i, line in enumerate(lines):
            if i not in flags and line.text.endswith(")"):
                m = _EDITED.search(line.text)
                if m:
                    start, end = line.start + m.start() + 1, line.start + m.end()
                    out.append((start, end, "chat export note"))
    return out


def _flag_replies(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """From the last 'Replies' heading to the end, when only short lines follow it."""
    for i in range(len(lines) - 1, _POSTS_ABOVE - 1, -1):
        if lines[i].words <= 3 and _REPLIES.match(lines[i].text):
            tail = lines[i + 1 :]
            if (
                tail
                and len(tail) <= _REPLY_LINES
                and all(ln.words <= _REPLY_WORDS for ln in tail)
                and sum(j not in flags for j in range(i)) >= _POSTS_ABOVE
            ):
                for j in range(i, len(lines)):
                    flags.setdefault(j, "social media")
            return
