"""Second-hand sourcing as a diary or a letter home writes it.

A writer who hears the news from the set on the wall or from a colleague names no outlet and no
body: "The TV said the embassy put out a statement", "Dale says the office told him nobody is
leaving". The set and "the office" are how the news reached the writer, not sources: the
embassy (or the colleague) is. Such writers name the bodies in plain words instead:

- "the embassy put out a statement": the body's own statement (spokesperson);
- "official count from the RSO": a body's count handed on (spokesperson);
- "a Telegram post from some new outfit calling itself X": the group's own post (spokesperson);
- "a brief with Dale (Dale Roe, our site manager). His version: ...": the person glossed, whose
  account the next words give.
"""

from __future__ import annotations

import re

from briefdeck.extract.attribution_kinds import classify
from briefdeck.extract.people import PeopleIndex

# the set itself, with no channel named ("the TV said"), and an office with no owner that
# "told him" something (a colleague's hearsay)
_UNNAMED_SET = re.compile(r"[Tt]he\s+(?:TV|telly|television|radio)\s+(?:said|says|reported)\b")
_UNOWNED_OFFICE = re.compile(r"[Tt]he\s+office\s+(?:told|tells)(?=\s+(?:him|her|me|us|them)\b)")

_BODY = (
    r"(?:[Tt]he\s+(?:[A-Z][\w.'’-]*\s+){0,3}(?:embassy|consulate|ministry|command|mission|"
    r"government|army|military|militia|group|company|coalition)|"
    r"[Tt]he\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
)
# (a statement put out, not a verb of speech: "put out a statement", "issued a short statement";
# found by its verb, then the body read back from it)
_PUT_OUT = re.compile(
    r"[ \t]+(?:put[ \t]+out|issued|released)[ \t]+a[ \t]+(?:(?:short|brief|written|new)[ \t]+)?"
    r"statement\b"
)
_BODY_BEFORE = re.compile(rf"(?:^|(?<=[\s(,;:]))(?P<who>{_BODY})$")
# a count handed on from a body by its initials or name: "official count from the RSO"
_COUNT_FROM = re.compile(
    r"\b(?:count|toll|figures?|numbers?)[ \t]+from[ \t]+the[ \t]+"
    r"(?P<who>[A-Z]{2,6}\b|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,3})"
)
_OFFICIAL_BEFORE = re.compile(r"(?:(?:the[ \t]+)?official[ \t]+)$")
# a post by a group that names itself: "a Telegram post from some new outfit calling itself X"
_SELF_NAMED_POST = re.compile(
    r"\b(?:a|an)\s+(?:Telegram|Facebook|Instagram|online|social[- ]media)\s+"
    r"(?:post|message|statement|video)\s+(?:from|by)\s+(?:a|an|some)\s+(?:[a-z-]+\s+){0,3}?"
    r"calling\s+itself\s+(?:the\s+)?[A-Z][\w'’-]*(?:[ \t-](?:al|el|[A-Z][\w'’-]*)){0,5}"
)

# a person glossed in brackets with the writer's word for them, whose account follows
_GLOSSED_ACCOUNT = re.compile(
    r"\((?P<who>[A-Z][a-z]+\s+[A-Z][\w'’-]+,\s+(?:our|my)\s+[a-z][\w\s-]{2,40}?)"
    r"\)[.:]?\s+(?:His|Her|Their)\s+(?:version|account|take|story)\s*:"
)


def hearsay_sources(text: str, people: PeopleIndex) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of bodies a second-hand writer names in plain words."""
    out: list[tuple[int, int, str, int | None]] = []
    if "statement" in text and (" put out " in text or "issued a" in text or "released a" in text):
        for m in _PUT_OUT.finditer(text):
            body = _BODY_BEFORE.search(text, max(0, m.start() - 60), m.start())
            if body:
                out.append((body.start(), m.end(), "spokesperson", 1))
    if " from the " in text:
        for m in _COUNT_FROM.finditer(text):
            lead = _OFFICIAL_BEFORE.search(text, max(0, m.start() - 14), m.start())
            out.append((lead.start() if lead else m.start(), m.end(), "spokesperson", 1))
    if "calling itself" in text:
        out += [(m.start(), m.end(), "spokesperson", 1) for m in _SELF_NAMED_POST.finditer(text)]
    if "version" in text or "account" in text or " take" in text or "story" in text:
        for m in _GLOSSED_ACCOUNT.finditer(text):
            kind, _ = classify(m.group("who"), people, m.start("who"))
            out.append((m.start("who"), m.end("who"), kind, 1))
    return out


def heard_through(text: str, found: list[tuple]) -> list[tuple]:
    """`found` without the unnamed set or the owner-less office the news came through."""
    if (
        "he TV" not in text
        and "he office" not in text
        and "elevision" not in text
        and "radio" not in text
        and "telly" not in text
    ):
        return found
    return [
        f
        for f in found
        if not _UNNAMED_SET.match(text, f[0]) and not _UNOWNED_OFFICE.match(text, f[0])
    ]
