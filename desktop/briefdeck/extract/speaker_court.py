"""A quote's speaker "The Court" in a court's own papers: the judge presiding.

A docket's minute entry or an order writes "The Court stated on the record that the evidence is
"..."", having named the judge it was held before ("proceedings held before Magistrate Judge Jane
Roe"); the words are that judge's. The judge is the one with a judge's title named last before
the quote.
"""

from __future__ import annotations

import bisect

from briefdeck.extract.people import PeopleIndex


def court_speaker(people: PeopleIndex, speaker: str, pos: int) -> str:
    """The judge a quote's speaker "Court" stands for, or the speaker as it was."""
    if speaker not in ("Court", "the Court", "The Court"):
        return speaker
    mentions = people.mentions
    i = bisect.bisect_left(mentions, (pos, -1, ""))
    for _start, _end, name in reversed(mentions[:i]):
        person = people.by_key.get(name.casefold())
        if person and "Judge" in person.title:
            return person.name
    return speaker
