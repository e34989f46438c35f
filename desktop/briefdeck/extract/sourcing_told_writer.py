"""A person who told the writer, in the first person: '"...," he told me on the phone'.

A family member's fundraiser, a blog or a first-person feature quotes someone who spoke to the
writer, named only by the pronoun after the quote. The person is a source (of the kind their
name and title give; a relative or a private person is another source), unless already counted
at their name.
"""

from __future__ import annotations

import re

from briefdeck.extract.attribution_kinds import person_kind
from briefdeck.extract.sentences import Sentence
from briefdeck.extract.sourcing_draft import SourcingDraft

_TOLD_WRITER = re.compile(r"[\"”][ \t]*+(?P<who>[Hh]e|[Ss]he)[ \t]++told[ \t]++(?:me|us)\b")


def told_the_writer(d: SourcingDraft, sent: Sentence) -> None:
    """'"...," she told me': the one who spoke to the writer, once."""
    for m in _TOLD_WRITER.finditer(d.text, sent.start, sent.end):
        person = d.people.last_before(m.start())
        name = person[1] if person else ""
        if name in d.named_once:
            continue  # "Roe said ..." before: the same source again
        kind = person_kind(name, d.people) if name else "other"
        if d.add(m.start("who"), m.end(), kind, 1) and name:
            d.named_once.add(name)
