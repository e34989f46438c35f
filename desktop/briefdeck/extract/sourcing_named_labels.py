"""A transcript in sentence case names its speaker at the head of each turn, as the text writes
the name, maybe after the role: "Spokesperson Jane Roe: Good afternoon ...". The label is the
sourcing of what follows, counted once per speaker (their first label), its kind from the role
and the person (a spokesperson named is an official). A name labelled only once is no
transcript's turn ("Jane Roe: a profile" heads a section), so a person needs two labels.
"""

from __future__ import annotations

import re

from briefdeck.extract.attribution_kinds import person_kind
from briefdeck.extract.people import PeopleIndex
from briefdeck.extract.sentence_case_labels import LABEL

_LABEL_CHEAP = re.compile(r"\n[A-Z][^\n:\"“]{1,60}:[ \t]")
_MIN_LABELS = 4  # labelled paragraphs of any kind (the questioners' outlets too)


def named_labels(text: str, people: PeopleIndex) -> list[tuple[int, int, str]]:
    """(start, end, name) of each person's first label, for persons labelled twice or more."""
    heads = [m.start() + 1 for m in _LABEL_CHEAP.finditer(text)]
    if len(heads) < _MIN_LABELS:
        return []
    firsts: dict[str, tuple[int, int]] = {}
    counts: dict[str, int] = {}
    for m in filter(None, (LABEL.match(text, at) for at in [0, *heads])):
        person = people.mention_at(m.start("label"), m.end("label"))
        if not person or person[1] != m.end("label"):
            continue  # the label must end on the name
        counts[person[2]] = counts.get(person[2], 0) + 1
        firsts.setdefault(person[2], (m.start("label"), m.end("label")))
    return [(s, e, name) for name, (s, e) in firsts.items() if counts[name] >= 2]


def named_label_sources(text: str, people: PeopleIndex,
                        named_once: set[str]) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each labelled speaker not counted yet."""
    out: list[tuple[int, int, str, int | None]] = []
    for start, end, name in named_labels(text, people):
        if name not in named_once:
            named_once.add(name)
            out.append((start, end, person_kind(name, people, text[start:end]), 1))
    return out
