"""Sourcing scans that run after all others, where none found the source: each reads the whole
text for one phrasing of its own (attributions.py keeps its list of scans short this way).

- a contact the writer's team speaks to (sourcing_our_contacts.py);
- an outlet a claim came through, or a set a witness had on (sourcing_via_outlets.py);
- a body's statement named with the outlet that carried it (sourcing_carried_statements.py).
"""

from __future__ import annotations

from briefdeck.extract.people import PeopleIndex
from briefdeck.extract.sourcing_carried_statements import carried_statements
from briefdeck.extract.sourcing_our_contacts import our_contacts
from briefdeck.extract.sourcing_via_outlets import via_outlets


def late_sources(text: str, people: PeopleIndex) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each source the late scans find."""
    return our_contacts(text, people) + via_outlets(text) + carried_statements(text)
