"""Adding a body a late rule found, unless the report's bodies name it already: the same name,
one of their other names, a shorter form of one ("Quillmark" of "Quillmark Logistics, LLC"),
or a name already drafted over the same words. Built once per rule, so a text with thousands of
candidate names is read in one pass, not once per name.
"""

from __future__ import annotations

from bisect import bisect_left

from briefdeck.extract.known_organizations import known_organization
from briefdeck.extract.org_found import Found

# A report names few bodies by any one shape: past this many, the rest are a list or noise.
MOST_ADDED = 30


class NewNames:
    def __init__(self, found: dict[str, Found]) -> None:
        self.found = found
        self.added = 0
        self.named: set[str] = set()
        for key, f in found.items():
            for name in (key, f.name.casefold(), *(a.casefold() for a in f.aliases)):
                self.named.add(name)
                words = name.split(",")[0].split()
                self.named.update(" ".join(words[:i]) for i in range(1, len(words) + 1))
        self.spans = sorted((f.start, f.end) for f in found.values())
        self.starts = [s for s, _ in self.spans]

    def _overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end)  # spans opening before end; the nearest few
        return any(e > start for _, e in self.spans[max(0, i - 4):i])

    def add(self, name: str, start: int, end: int) -> bool:
        """Add name unless named already or the rule has added its share; False when full."""
        if self.added >= MOST_ADDED:
            return False
        key = name.casefold()
        if key in self.named or self._overlaps(start, end) or known_organization(name):
            return True
        self.found[key] = Found(name, start, end)
        self.named.add(key)
        self.added += 1
        return True
