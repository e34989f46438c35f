"""A mailing list's digest (Mailman's "Today's Topics" issue) read as its messages.

A digest opens with the list's own notice (where to send posts, how to unsubscribe), lists
"Today's Topics:", then gives each post as "Message: N" over its mail headers and body,
between rules, and closes with a footer message and "End of X Digest, Vol N, Issue N". Only
the posts are the story: each keeps its Date/From/Subject lines (its Date stamps the post,
so "late Monday" counts from the post's day) and its body without the "--" signature. The
list's notice, the topics, the transport headers (To, Message-ID, Content-Type ...), the
footer and the end line are the list's furniture and are left out. A digest is dated by its
latest post, as a thread is.
"""

from __future__ import annotations

import re
from email.utils import parsedate_to_datetime

_MESSAGE = re.compile(r"^Message: \d{1,4}$", re.M)
_TOPICS = re.compile(r"^Today's Topics:$", re.M)
# the headers a post keeps: who, when, what about
_KEPT_HEADER = re.compile(r"^(?:Date|From|Subject):[ \t]", re.I)
_HEADER = re.compile(r"^[A-Za-z][\w-]{1,40}:[ \t]*\S")
_RULE = re.compile(r"^[-_=*]{10,}$")
_END = re.compile(r"^End of .{1,80}\bDigest\b", re.I)
_FOOTER = re.compile(r"^Subject: Digest Footer$", re.I)
# "Apologies for the digest reply.": a poster's note on how the reply was sent, not content
_DIGEST_APOLOGY = re.compile(r"^(?:apologies|sorry)\b.{0,30}\bdigest\b.{0,30}$", re.I)
# a quoted copy of the topics of an earlier digest, in a reply to the whole digest
_QUOTED_TOPICS = re.compile(r"^>[ \t>]*Today's Topics:\s*$", re.I)
_QUOTED_TOPIC = re.compile(r"^>[ \t>]*(?:\d{1,3}\.[ \t].*)?$")
_LIST_TAG = re.compile(r"^(?:(?:Re|Fwd?|AW|SV):\s*)*\[[^\]\n]{1,60}\]\s*", re.I)


def looks_like_digest(text: str) -> bool:
    head = text[:6000]
    return (
        "Today's Topics:" in head
        and _TOPICS.search(head) is not None
        and len(_MESSAGE.findall(text)) >= 2
    )


def _post(lines: list[str]) -> tuple[list[str], str]:
    """A post's kept lines and its Date header's value."""
    out: list[str] = []
    when = ""
    i = 0
    while i < len(lines) and lines[i].strip() and _HEADER.match(lines[i]):  # the headers
        if _KEPT_HEADER.match(lines[i]):
            out.append(lines[i].strip())
            if lines[i][:5].lower() == "date:":
                when = lines[i][5:].strip()
        i += 1
    body = lines[i:]
    for n, line in enumerate(body):  # "-- " opens the signature: the rest is the poster's card
        if line.rstrip() == "--":
            body = body[:n]
            break
    quoting_topics = False
    out.append("")
    for line in body:
        if _QUOTED_TOPICS.match(line):
            quoting_topics = True
            continue
        if quoting_topics and _QUOTED_TOPIC.match(line):
            continue
        quoting_topics = False
        if _DIGEST_APOLOGY.match(line.strip()):
            continue
        out.append(line)
    while out and not out[-1].strip():
        out.pop()
    return out, when


def _iso(value: str) -> str:
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        return ""


def digest_to_text(text: str) -> tuple[str, dict[str, str]] | None:
    """The posts of a digest as text, and its hints (the first post's subject, the latest
    post's day); None when the text is no digest after all."""
    lines = text.split("\n")
    starts = [i for i, line in enumerate(lines) if _MESSAGE.match(line)]
    if len(starts) < 2:
        return None
    out: list[str] = []
    days: list[str] = []
    subject = ""
    for n, start in enumerate(starts):
        stop = starts[n + 1] if n + 1 < len(starts) else len(lines)
        block = lines[start + 1 : stop]
        cut = next(
            (k for k, line in enumerate(block) if _FOOTER.match(line) or _END.match(line)),
            len(block),
        )
        block = [line for line in block[:cut] if not _RULE.match(line.strip())]
        post, when = _post(block)
        if not post:
            continue
        if day := _iso(when):
            days.append(day)
        if not subject:
            subject = next(
                (_LIST_TAG.sub("", p[8:].strip()) for p in post if p[:8].lower() == "subject:"), ""
            )
        out += post + ["", ""]
    if not days:
        return None
    hints = {"published": max(days)}
    if subject:
        hints["headline"] = subject
    return "\n".join(out).strip(), hints
