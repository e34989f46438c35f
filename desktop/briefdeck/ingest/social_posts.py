"""A post pasted from a social network's page, with the network's chrome and its comments.

Line rules take the buttons and counts; what is found by place is here:
- the page's name over the post's time line ("28 November at 21:14 · 🌍"): the poster,
  as the network prints it, not a line of the post;
- the page's name again under the post, over its office ("Media Office"): its signature;
- the post in its own script right above the network's "See translation": the original,
  which the translation under it restates;
- the comment thread: known by its "1d  Like  Reply" lines, from the first comment (after
  the post's own buttons and sort menu) to the last such line and the comment box after it.
  Commenters' names and words are the public's, not the post's reporting.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import SENTENCE_END, ArticleLine

# "28 November at 21:14 · 🌍", "3h · 🌍", "Yesterday at 09:02 · 👥": when and to whom it went.
_POST_TIME = re.compile(
    r"^(?:\d{1,2}\s?[smhdw]|yesterday|\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2})"
    r"(?:,? \d{4})?(?: at \d{1,2}[:.]\d{2})?\s*·\s*[\U0001f30d-\U0001f30f\U0001f465\U0001f512]"
)
_SEE_TRANSLATION = re.compile(r"^(?:see translation|translated from )", re.IGNORECASE)
# "1d  Like  Reply  See translation  48": a comment's age, its buttons and its reactions.
_LIKE_REPLY = re.compile(
    r"^(?:(?:\d{1,2}\s?[smhdwy]|\d{1,2} (?:mins?|hrs?|hours?|days?|wks?|weeks?|years?)|"
    r"just now|yesterday)\s*[·•]?\s*)?like\s*[·•|]?\s*reply\b"
    r"(?:\s*[·•|]?\s*(?:see translation|edited|share|hide))*(?:\s*[·•|]?\s*\d[\d,.]*[KkM]?)?$",
    re.IGNORECASE,
)
_COMMENT_BOX = re.compile(r"^write (?:a |an )?(?:public )?(?:comment|reply)", re.IGNORECASE)
_BACK = 6  # the most lines a first comment (name, words) runs above its "Like  Reply"


def _mostly_other_script(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c > "\u024f" for c in letters) * 2 > len(letters)


def flag_post_head(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """The page's name over the post's time line, and the original over 'See translation';
    the page's name signing the post, with the office under it."""
    for i, line in enumerate(lines[:12]):
        if i and i - 1 not in flags and _POST_TIME.match(line.text):
            above = lines[i - 1]
            if above.words <= 14 and not SENTENCE_END.search(above.text):
                flags[i - 1] = "social media"
                _flag_signature(lines, flags, above.text.split(" - ")[0].strip(), i + 1)
        elif (
            i
            and _SEE_TRANSLATION.match(line.text)
            and i - 1 not in flags
            and _mostly_other_script(lines[i - 1].text)
        ):
            flags[i - 1] = "social media"


def flag_comment_thread(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """From the first comment to the last 'Like  Reply' line and the comment box after it."""
    ends = [i for i, ln in enumerate(lines) if ln.words <= 12 and _LIKE_REPLY.match(ln.text)]
    if len(ends) < 2:  # one such line may be a quoted button; a thread has several
        return
    first = ends[0]
    start = max(first - 2, 0)  # the commenter's name and one line of words
    for j in range(first - 1, max(first - _BACK, -1), -1):
        if j in flags:  # the post's own buttons or the sort menu close the post
            start = j + 1
            break
    end = ends[-1]
    while end + 1 < len(lines) and (
        end + 1 in flags or _COMMENT_BOX.match(lines[end + 1].text)
    ):
        end += 1
    for k in range(start, end + 1):
        flags.setdefault(k, "social media")


# "@sbrandt thanks for ...", "@jo@infosec.exchange is this ...": a post opening on another
# account's handle is a reply to it, the thread's conversation with its readers.
_ADDRESSED = re.compile(r"^@[\w.]{1,30}(?:@[\w.-]{1,60})?\s+\S")
_REPLY_WORDS = 60
# what the page sets under each post: its reply, boost and like counters or buttons
_UNDER_A_POST = frozenset(("navigation", "engagement counts", "share buttons", "social media"))


def flag_addressed_replies(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """Replies under a thread's posts: a post that opens on another account's handle and
    sits alone between the page's furniture (the previous post's counters and its own), so
    it is a post of the page, not a line of a story that names an account."""
    for i in range(1, len(lines) - 1):
        line = lines[i]
        if (
            i not in flags
            and line.text[:1] == "@"
            and line.words <= _REPLY_WORDS
            and i - 1 in flags
            and flags.get(i + 1) in _UNDER_A_POST
            and _ADDRESSED.match(line.text)
        ):
            flags[i] = "social media"


def _flag_signature(lines: list[ArticleLine], flags: dict[int, str], page: str, after: int) -> None:
    """'Ministry of X' over 'Media Office' under the post: the page signing its own post."""
    for j in range(after, len(lines) - 1):
        if lines[j].text == page and j not in flags:
            office = lines[j + 1]
            if (
                j + 1 not in flags
                and office.words <= 4
                and office.text[:1].isupper()
                and not SENTENCE_END.search(office.text)
                and not any(c.isdigit() for c in office.text)
            ):
                flags[j] = flags[j + 1] = "signature"
            return
