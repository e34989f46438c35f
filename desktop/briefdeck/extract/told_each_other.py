"""One party telling another is no source of the report.

"In messages quoted in the indictment, Roe told Doe that ..." reports what passed between two
people of the story; the named-speaker scan reads "Roe told Doe" as Roe speaking to the press
(as in "Roe told Reuters"). When the listener is a person the people index holds, the words
are the story's events, sourced elsewhere (here, to the indictment).
"""

from __future__ import annotations

from briefdeck.extract.people import PeopleIndex


def told_a_person(text: str, start: int, end: int, people: PeopleIndex) -> bool:
    """Whether the sourcing text[start:end] ends on "told" and a person of the story."""
    told = text.rfind(" told ", start, end)
    if told < 0:
        return False
    listener = people.mention_at(told + 6, end)
    return listener is not None and listener[0] == told + 6 and listener[1] == end \
        and people.mention_at(start, told) is not None
