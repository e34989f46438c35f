"""A social-media post pasted as it showed on screen: the account's display name, its @handle on
the next line, then the post; the words are the account owner's though no marks quote them. Only
a post the writer hands over to ("Here is the ministry's post:") is a quote: a page that is a
thread of posts is itself the reporting. An embedded post signed under it the way the platforms
print it ("— Jane Roe (@janeroe) March 3, 2026") is its signer's words too."""

from __future__ import annotations

import re

from briefdeck.extract.known_organizations import known_organization
from briefdeck.extract.people import PeopleIndex
from briefdeck.extract.sentences import Document

# "U.S. Central Command\n@CENTCOM\nOn Nov. 13 ...": name, handle and the post's first line.
_POST_CARD = re.compile(r"(?m)^(?P<name>[A-Z][^\n@:\"“”]{1,60}?)[ \t]*\n[ \t]*@[A-Za-z0-9_]{2,30}"
                        r"[ \t]*\n[ \t]*(?P<body>[^\n\"“”]{20,})$")


def embedded_posts(doc: Document) -> list[tuple[int, int, str, str]]:
    """(start, end, words, speaker) of each post pasted whole into the text."""
    if "\n@" not in doc.text:  # (cheap: no handle opens a line)
        return []
    found = []
    for m in _POST_CARD.finditer(doc.text):
        if not doc.is_reporting(m.start("body"), m.start("body") + 1) or \
                not doc.text[max(0, m.start() - 300):m.start()].rstrip().endswith(":"):
            continue
        name = " ".join(m.group("name").split())
        body = m.group("body").rstrip()
        found.append((m.start("body"), m.start("body") + len(body), body,
                      known_organization(name) or name))
    return found


# "— Sen. Jane Roe (@SenRoe) March 3, 2026": the signature line of an embedded post.
_SIGNATURE = re.compile(r"[—–][ \t]*(?P<name>[A-Z][^\n()@—–]{1,60}?)[ \t]*"
                        r"\(@[A-Za-z0-9_]{2,30}\)[ \t]+"
                        r"(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]+\d{4}|"
                        r"\d{1,2}[ \t]+[A-Z][a-z]{2,8}[ \t]+\d{4})")
_TITLES = re.compile(r"^(?:Sen|Rep|Gov|Gen|Adm|Col|Dr|Mr|Ms|Mrs|Lt|Maj|Capt)\.?\s+")


def signed_posts(doc: Document, people: PeopleIndex) -> list[tuple[int, int, str, str]]:
    """(start, end, words, speaker) of each embedded post over its signature line."""
    text = doc.text
    if "(@" not in text:
        return []
    found = []
    for m in _SIGNATURE.finditer(text):
        para_start = text.rfind("\n\n", 0, m.start()) + 2 if "\n\n" in text[:m.start()] else 0
        if not text[para_start:m.start()].strip():  # the signature is a line of its own: the
            prev_end = para_start - 2  # post is the paragraph above it
            para_start = text.rfind("\n\n", 0, max(0, prev_end)) + 2 if prev_end > 0 else 0
            body_end = max(prev_end, 0)
        else:
            body_end = m.start()
        body = text[para_start:body_end].strip()
        if len(body.split()) < 5 or "\"" in body or "“" in body or \
                not doc.is_reporting(para_start, para_start + 1):
            continue
        start = text.index(body, para_start)
        name = _TITLES.sub("", " ".join(m.group("name").split()))
        found.append((start, start + len(body), body,
                      people.resolve(name) or known_organization(name) or name))
    return found
