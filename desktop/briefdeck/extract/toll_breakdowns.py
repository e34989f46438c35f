"""A count broken down by party right after it: "three were injured, two of them Indian and
one Sri Lankan". The count's parts are its rows, each with its own party; the count read
alone would file all three under the party of the count told before it ("two Indian crew
members were killed and three were injured"), which the breakdown says is wrong. Read only
when the parts each name a party and add up to the count ("three of them for brain
injuries" names none, so it stays a figure)."""

from __future__ import annotations

from functools import lru_cache

import regex

from briefdeck.extract.casualty_rows import Casualty, count_of
from briefdeck.extract.toll_parties import party_of

_NUM = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# ", two of them Indian and one Sri Lankan" after the count's verb ("were injured")
_PARTS = regex.compile(
    rf"[ \t]*+(?:(?:were|was|had[ \t]++been|have[ \t]++been)[ \t]++)?+"
    rf"(?:injured|wounded|hurt|killed)?+[ \t]*+(?:,|:|\(|\u2014|--)[ \t]*+"
    rf"(?P<a>{_NUM})[ \t]++of[ \t]++them[ \t]++(?P<pa>[A-Z][\w'’-]*+(?:[ \t]++[A-Z][\w'’-]*+)?+)"
    rf"(?:,[ \t]*+|[ \t]++)and[ \t]++(?P<b>{_NUM})[ \t]++(?P<pb>(?:an?[ \t]++)?+[A-Z][\w'’-]*+"
    rf"(?:[ \t]++[A-Z][\w'’-]*+)?+)"
)
# "Sri Lankan", "Bangladeshi": a people's name the party list does not know, kept as written
_PEOPLE = regex.compile(r"(?:[A-Z][a-z]++[ \t]++)?+[A-Z][a-z]++(?<=an|ese|ish|i|ino|ina)")


def broken_down(text: str, found: list[Casualty]) -> list[Casualty]:
    """found, each count followed by a breakdown by party as its parts."""
    if not found or not _has_them(text):
        return found
    out: list[Casualty] = []
    for c in found:
        m = _PARTS.match(text, c.end, min(len(text), c.end + 160))
        parts = _parts(m) if m is not None and c.count else None
        if parts is None or sum(n for n, _ in parts) != c.count:
            out.append(c)
            continue
        for (n, party), key in zip(parts, ("a", "b"), strict=True):
            out.append(
                Casualty(
                    m.start(key),
                    m.end("p" + key),
                    c.kind,
                    n,
                    party,
                    wording=m.group(key),
                    added=c.added,
                )
            )
    return out


@lru_cache(maxsize=4)
def _has_them(text: str) -> bool:
    # (asked for each sentence's counts with the whole text: searched once per text)
    return " of them " in text


def _parts(m: regex.Match[str]) -> list[tuple[int, str]] | None:
    parts = []
    for key in ("a", "b"):
        n = count_of(m.group(key))
        words = m.group("p" + key)
        words = regex.sub(r"^an?+[ \t]++", "", words)  # "and one a Sri Lankan"
        party = party_of(words)
        if party == "unspecified" and _PEOPLE.fullmatch(words):
            party = words
        if n is None or party == "unspecified":
            return None
        parts.append((n, party))
    return parts
