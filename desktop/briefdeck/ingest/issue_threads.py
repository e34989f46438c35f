"""An issue or pull request page of a code host (GitHub) read as its conversation.

The opener's post and the comments under it are the page's content: an incident dataset's
issue argues a location or a toll with sources. The page marks each of them as a "comment",
which the story reader drops as readers' comments under an article; on such a page they are
renamed before it reads. Around them, the code host's own furniture: the repository's name
over its tabs, comment headers and timeline events (line rules in rules_social), and the
comments its bots post ("github-actions bot commented on ..."), which restate the project's
rules, not the discussion.
"""

from __future__ import annotations

import re

import lxml.etree

from briefdeck.ingest.line_kinds import ArticleLine

_ROUTE = lxml.etree.XPath("//head/meta[@name='route-pattern']/@content")
# "Title · Issue #412 · owner/repo · GitHub", "Title · Pull Request #12 · owner/repo"
_ISSUE_TITLE = re.compile(r" · (?:Issue|Pull Request|Discussion) #\d+ · [\w.-]+/[\w.-]+(?: · |$)")
_CONVERSATION_ROUTE = re.compile(r"/(?:issues|pull|discussions)/")
_COMMENT = re.compile(r"comment", re.IGNORECASE)


def is_issue_page(tree) -> bool:
    """A code host's issue, pull request or discussion page, by its route or its title."""
    if any(_CONVERSATION_ROUTE.search(str(r)) for r in _ROUTE(tree)[:2]):
        return True
    return bool(_ISSUE_TITLE.search(" ".join((tree.findtext(".//title") or "").split())))


def keep_issue_comments(tree) -> None:
    """On an issue page, keep the comment blocks as the page's content."""
    if is_issue_page(tree):
        rename_comment_blocks(tree)


def rename_comment_blocks(tree, comment: re.Pattern[str] = _COMMENT) -> None:
    """Rename the classes and ids that mark comment blocks ('comment', a thread's 'comtr')
    to 'post', so that the reader keeps the blocks as the page's content, not as readers'
    comments under it."""
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        for attr in ("class", "id"):
            value = el.get(attr)
            if value and comment.search(value):
                el.set(attr, comment.sub("post", value))


# "github-actions bot commented on Nov 23, 2026", "dependabot[bot] commented on ...".
_BOT_HEADER = re.compile(r"^[\w.-]{1,39}(?:\[bot\]| bot)(?: \([A-Z][\w -]{2,30}\))* commented\b")
_BOT_LINES, _BOT_WORDS = 6, 80
# "openconflict / mena-base-incidents" over "Public": the repository's name in its header,
# over its tabs (flagged as a menu or as the page's own furniture).
_REPOSITORY = re.compile(r"^[\w.-]{1,39} / [\w.-]{1,100}$")
_VISIBILITY = frozenset(("Public", "Private", "Internal", "Public archive"))
_HEADER_LINES = 8


def flag_issue_page(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """Flag a bot's comments (header and words, to the next header or event) and the
    repository's name and visibility over the page's tabs."""
    kind = "issue page furniture"
    if kind not in flags.values():
        return
    for i, line in enumerate(lines):
        if i in flags and flags[i] != kind or not _BOT_HEADER.match(line.text):
            continue
        flags[i] = kind
        for j in range(i + 1, min(i + 1 + _BOT_LINES, len(lines))):
            if j in flags or lines[j].words > _BOT_WORDS:
                break
            flags[j] = kind
    for i, line in enumerate(lines[:_HEADER_LINES]):
        if line.text in _VISIBILITY or (
            _REPOSITORY.match(line.text)
            and any(j in flags for j in range(i + 1, min(i + 4, len(lines))))
        ):
            flags.setdefault(i, kind)
