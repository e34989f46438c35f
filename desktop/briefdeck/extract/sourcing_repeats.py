"""A person counted once is not counted again under a shorter name.

"Dr. Jane Mary Roe said ..." and, a paragraph later, "Dr. Roe said ..." are one source: the
first citation counts, the second repeats it. The scans count each person once by the name
the people index gives; when the index keeps the shorter name as a person of its own (a
surname of two words, "Al Roe"), the later sourcing is dropped here: its name is the tail of
a name already counted.
"""

from __future__ import annotations

from briefdeck.extract.people import PeopleIndex

_NAMED = ("named official", "other")


def named_again(found: list[tuple[int, int, str, int | None]],
                people: PeopleIndex) -> list[tuple[int, int, str, int | None]]:
    """found (sorted by start) without a named sourcing whose name ends an earlier one's."""
    counted: list[str] = []
    out = []
    for f in found:
        person = people.mention_at(f[0], f[1]) if f[2] in _NAMED else None
        if person:
            name = person[2]
            if any(n != name and n.endswith(" " + name) for n in counted):
                continue
            counted.append(name)
        out.append(f)
    return out
