"""Quoted words whose owner the words before them name as a noun or a party, not a verb's subject.

A filing or a summary cites statements as things: "the Government cites CENTCOM's statement
that the drones were "..."", "a claim posted on Telegram by the X, which named as its target
"..."": the words are the statement's owner's, not the subject's who cites them. A court's
papers quote the parties by their roles: "Defense counsel describes Mr. Roe as "..."" (the
defence counsel the docket names), "messages in which the defendant asked a co-defendant to
"..."" (the defendant the entry is about: the last one named before the words).
"""

from __future__ import annotations

import bisect
import re

from briefdeck.extract.known_organizations import known_organization
from briefdeck.extract.people import PeopleIndex
from briefdeck.extract.sourcing_owned_statements import WHEN_OWNER

_OWNER = r"(?P<who>[A-Z][\w.&-]*+(?:[ \t]++[A-Z][\w.&-]*+){0,3}+)"
# (each ends where the quotation opens; no other quotation and no sentence's end between)
_STATEMENT_THAT = re.compile(
    r"(?<![\w'’-])(?:[Tt]he[ \t]++)?" + _OWNER + r"['’]s?+[ \t]++(?:(?:own|official|public|"
    r"written|initial|first|later)[ \t]++)?(?:statement|claim|announcement|assertion|account)"
    r"[ \t]++that[ \t][^\"“”;]{0,120}+$"
)
_POSTED_BY = re.compile(
    r"(?<![\w'’-])(?:an?|the)[ \t]++(?:claim|statement|message|post)[ \t]++(?:posted|published|"
    r"issued|released|circulated)[ \t]++(?:(?:online|on[ \t]++(?:Telegram|X|Twitter|social"
    r"[ \t]++media))[ \t]++)?by[ \t]++(?:the[ \t]++)?(?P<who>[A-Z][\w.&-]*+(?:[ \t]++[A-Z]"
    r"[\w.&-]*+){0,3}+(?:[ \t]++(?:of|in|for)(?:[ \t]++the)?[ \t]++[A-Z][\w.&-]*+){0,2}+)"
    r"(?:,[ \t]++which[ \t][^\"“”;]{0,80}+)?[ \t]*+$"
)
_DEFENCE = re.compile(
    r"(?<![\w'’-])(?:(?:[Tt]he|[Hh]is|[Hh]er)[ \t]++)?[Dd]efen[cs]e[ \t]++(?:counsel|attorney|"
    r"lawyer)[ \t]++(?:describes|described|calls|called)[ \t][^\"“”;]{1,60}?[ \t]as[ \t]*+$"
)
_DEFENDANT = re.compile(
    r"(?<![\w'’-])(?:[Tt]he[ \t]++)?defendant[ \t]++(?:asked|told|urged|instructed|directed|"
    r"wrote|texted|messaged)[ \t][^\"“”;]{0,80}+$"
)
# "..., and says he "...": the next quotation of a sentence whose subject said the first
AND_SAYS = re.compile(
    r",?+[\"”’]?+,?+[ \t]++and[ \t]++(?:says|said|adds|added|insists|"
    r"insisted)[ \t]++(?:that[ \t]++)?(?:(?:he|she|they|it)[ \t]++)?$"
)


def _last_titled(people: PeopleIndex, pos: int, words: tuple[str, ...]) -> str:
    """The person named last before pos whose title holds one of words, or ''."""
    mentions = people.mentions
    i = bisect.bisect_left(mentions, (pos, -1, ""))
    for _start, _end, name in reversed(mentions[:i]):
        person = people.by_key.get(name.casefold())
        if person and any(w in person.title for w in words):
            return person.name
    return ""


def cited_owner(text: str, sent_start: int, start: int, people: PeopleIndex) -> str:
    """The owner of quoted words opening at start, as the words before them in their
    sentence name it; '' when they name none this way."""
    head = text[max(sent_start, start - 240) : start].rstrip('“"')
    cut = max(head.rfind('"'), head.rfind("”"), head.rfind("“"))
    head = head[cut + 1 :]  # (the words after the quotation before, if any)
    if not head:
        return ""
    if (
        "statement that" in head
        or "claim that" in head
        or "account that" in head
        or "announcement that" in head
        or "assertion that" in head
    ):
        m = _STATEMENT_THAT.search(head)
        if (
            m
            and m.group("who") not in ("The", "A", "An", "This", "That", "Its", "Their")
            and not WHEN_OWNER.fullmatch(m.group("who").split()[0])
        ):
            person = people.mention_at(*_at(m, start - len(head)))
            return person[2] if person else known_organization(m.group("who")) or m.group("who")
    if " by " in head:
        m = _POSTED_BY.search(head)
        if m:
            person = people.mention_at(*_at(m, start - len(head)))
            return person[2] if person else known_organization(m.group("who")) or m.group("who")
    if "efen" in head and _DEFENCE.search(head):
        return (
            _last_titled(people, start, ("defense counsel", "Defender", "defence counsel"))
            or "defense counsel"
        )
    if "defendant" in head and _DEFENDANT.search(head):
        return _last_titled(people, start, ("defendant",)) or ""
    return ""


def _at(m: re.Match[str], offset: int) -> tuple[int, int]:
    return offset + m.start("who"), offset + m.end("who")
