"""A page of reviews (an employer's, a product's, a place's) dates from its newest item.

Each review carries its own line of fields: a star rating, its date, the writer's role
("2.0 ★★☆☆☆ · Dec 4, 2026 · Current Employee · Technician in Erbil"), and a reply from the
reviewed company under a review has its own stamp ("Response from Acme · Dec 5, 2026"). The
page shows the reviews as they stood at the newest of these, as a thread does at its latest
post; the date reader takes the first it meets, which is only the newest review's.
"""

from __future__ import annotations

import re

from briefdeck.ingest.full_dates import FULL_DATE, parse_date

_STARS = "★☆"
# "4.0 ★★★★☆", "Rated 4 out of 5", "4/5 stars": a review's rating in its line of fields
_RATING = re.compile(r"[★☆]|\b[0-5](?:\.\d)? (?:out of|/) ?5\b|\b[0-5](?:\.\d)?/5\b")
# "Response from Acme Services · Dec 5, 2026", "Reply from the owner · 5 Dec 2026",
# "Employer response · ...": the reviewed party's answer under a review
_REPLY = re.compile(
    r"^(?:(?:employer|company|owner|management)(?:['’]s)? (?:response|reply)|(?:response|reply) "
    r"from\b)",
    re.IGNORECASE,
)
_FIELDS = re.compile(r"\s*[·•|]\s*")
_LINE_CHARS = 240
_MIN_REVIEWS = 2  # one rated line is a story's aside; two or more make a page of reviews
_NODES = 4000


def _field_date(line: str) -> str:
    """The date of a line of fields that has one field that is a date alone."""
    found = ""
    for field in _FIELDS.split(line):
        m = FULL_DATE.fullmatch(field.strip())
        if m:
            if found:
                return ""  # two dates: a period, not a stamp
            found = parse_date(m.group(0)) or ""
    return found


_BLOCKS = ("p", "div", "li", "header", "footer", "dd", "td")


def newest_review(tree) -> str:
    """The newest date among a reviews page's review lines and replies, or ''."""
    reviews: list[str] = []
    replies: list[str] = []
    for i, el in enumerate(tree.iter(*_BLOCKS)):
        if i > _NODES:
            break
        node = el.text_content()
        if len(node) > _LINE_CHARS or ("·" not in node and "•" not in node and "|" not in node):
            continue
        line = " ".join(node.split())
        if (any(c in line for c in _STARS) or "5" in line) and _RATING.search(line):
            if found := _field_date(line):
                reviews.append(found)
        elif line[:1] in "ERCOMercom" and _REPLY.match(line) and (found := _field_date(line)):
            replies.append(found)
    if len(reviews) < _MIN_REVIEWS:
        return ""
    return max(reviews + replies)
